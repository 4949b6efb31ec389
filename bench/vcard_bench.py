"""vCard import throughput: the ``vcard`` source end to end against bare vobject parsing.

Generates one file of 10,000 vCard 3.0 cards (names, emails, phones, an address, ORG with a
unit, notes with commas, categories, a UID on most cards) and times, in the same process:

* baseline: ``list(vobject.readComponents(text))`` over the whole file;
* ours: ``VCardSource.read`` over the same file: byte-level card splitting, encoding detection,
  parsing, mapping onto ``Contact`` with its normalization (emails, phones, names), source keys,
  and the observations and checkpoint it yields.

Prints cards per second for both and the ratio (ours / baseline; the aim is under 1.5).
Run: ``python bench/vcard_bench.py [cards]``.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import vobject

from contactkit.model import Observation
from contactkit.plugin import standalone_context
from contactkit_plugins.vcard.source import VCardSource

GIVEN = ["Anna", "Björn", "Chloé", "David", "Elena", "François", "Grace", "Hiro", "Ines", "Jonas"]
FAMILY = ["Meyer", "Öztürk", "García", "Smith", "Kowalski", "Rossi", "Dubois", "Tanaka", "Silva"]
COMPANIES = ["Contoso Ltd", "Fabrikam GmbH", "Tailspin Toys", "Litware Inc", "Adventure Works"]


def make_file(path: Path, cards: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    out = []
    for i in range(cards):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        company = rng.choice(COMPANIES)
        domain = company.split()[0].lower() + ".example"
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{family};{given};;;",
            f"FN:{given} {family}",
            f"ORG:{company};Sales",
            "TITLE:Account Manager",
            f"EMAIL;TYPE=INTERNET,WORK,PREF:{given.lower()}.{i}@{domain}",
            f"TEL;TYPE=WORK,VOICE:+1 202 555 {i % 10000:04d}",
            f"TEL;TYPE=CELL:+1 415 555 {(i * 7) % 10000:04d}",
            f"ADR;TYPE=WORK:;;{i} Main Street;Springfield;IL;62701;USA",
            "NOTE:Met at the trade fair\\, booth 12. Follow up in spring.",
            "CATEGORIES:Customers,Trade fair",
        ]
        if i % 10:
            lines.append(f"UID:bench-{i:06d}")
        lines.append("END:VCARD")
        out.append("\r\n".join(lines) + "\r\n")
    path.write_text("".join(out), encoding="utf-8", newline="")


def bare_vobject(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    return sum(1 for _ in vobject.readComponents(text))


def ours(path: Path) -> int:
    source = VCardSource(VCardSource.Config(paths=[path]), standalone_context())
    return sum(1 for item in source.read({}) if isinstance(item, Observation))


def best_of(fn, path: Path, runs: int) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        count = fn(path)
        best = min(best, time.perf_counter() - start)
    return best, count


def main() -> None:
    cards = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    runs = 3
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.vcf"
        make_file(path, cards)
        ours(path)  # warm caches (email/phone normalization imports, regex compilation)
        base_t, base_n = best_of(bare_vobject, path, runs)
        our_t, our_n = best_of(ours, path, runs)
    assert base_n == cards and our_n == cards, (base_n, our_n)
    print(f"file: {cards} vCard 3.0 cards, best of {runs} runs each")
    print(f"bare vobject.readComponents : {base_t:7.3f} s  {cards / base_t:9.0f} cards/s")
    print(f"vcard source end to end     : {our_t:7.3f} s  {cards / our_t:9.0f} cards/s")
    print(f"ratio (ours / bare parse)   : {our_t / base_t:.2f}x  (aim: under 1.5x)")


if __name__ == "__main__":
    main()
