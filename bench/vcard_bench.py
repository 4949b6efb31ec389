"""vCard import as a user pays for it: ``contactkit import`` into a fresh SQLite store.

Generates one file of 10,000 vCard 3.0 cards (names, emails, phones, an address, ORG with a
unit, notes with commas, categories, a UID on most cards) and times, in the same process:

* baseline: ``list(vobject.readComponents(text))`` over the whole file;
* source only: ``VCardSource.read`` over the same file (splitting, decoding, parsing, mapping
  onto ``Contact`` with its normalization, source keys), nothing stored;
* whole command: ``contactkit import FILE`` into a new SQLite store (observations written,
  matching, golden records, the run report), as a user runs it.

Then the folder case: N one-card files for N = 500, 1000, 2000 through the whole command, with
the bytes the process wrote (``/proc/self/io``): both should grow linearly in N.

Prints the ratios (ours / bare parse). Run: ``python bench/vcard_bench.py [cards]``.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import vobject
from click.testing import CliRunner

from contactkit import cli as host_cli
from contactkit.cli import cli
from contactkit.model import Observation
from contactkit.testing import standalone_context
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


def source_only(path: Path) -> int:
    source = VCardSource(VCardSource.Config(paths=[path]), standalone_context())
    return sum(1 for item in source.read({}) if isinstance(item, Observation))


def whole_command(path: Path) -> int:
    """``contactkit import PATH`` into a new store; returns the golden records it holds."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        args = ["-c", str(Path(tmp) / "none.toml"), "--db", str(db), "import", str(path)]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        with sqlite3.connect(db) as conn:
            return conn.execute("select count(*) from golden").fetchone()[0]


def written_bytes() -> int:
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("write_bytes:"):
            return int(line.split()[1])
    return 0


def best_of(fn, path: Path, runs: int) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        count = fn(path)
        best = min(best, time.perf_counter() - start)
    return best, count


def main() -> None:
    host_cli._attach_plugin_commands()  # what the `contactkit` entry point does first
    cards = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    runs = 3
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.vcf"
        make_file(path, cards)
        source_only(path)  # warm caches (normalization imports, regex compilation)
        base_t, base_n = best_of(bare_vobject, path, runs)
        src_t, src_n = best_of(source_only, path, runs)
        cmd_t, golden = best_of(whole_command, path, 1)
    assert base_n == cards and src_n == cards and golden > 0, (base_n, src_n, golden)
    print(f"file: {cards} vCard 3.0 cards ({golden} golden records)")
    print(f"bare vobject.readComponents   : {base_t:7.3f} s  {cards / base_t:9.0f} cards/s")
    print(f"vcard source, nothing stored  : {src_t:7.3f} s  {cards / src_t:9.0f} cards/s")
    print(f"contactkit import, store incl.: {cmd_t:7.3f} s  {cards / cmd_t:9.0f} cards/s")
    print(f"ratio source / bare parse     : {src_t / base_t:.2f}x")
    print(f"ratio command / bare parse    : {cmd_t / base_t:.2f}x")
    print()
    print("folder of one-card files, whole command (should grow linearly):")
    print(f"{'files':>6} {'seconds':>8} {'ms/file':>8} {'MB written':>11} {'kB/file':>8}")
    for n in (500, 1000, 2000):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "cards"
            folder.mkdir()
            for i in range(n):
                make_file(folder / f"{i:05d}.vcf", 1, seed=i)
            before, start = written_bytes(), time.perf_counter()
            whole_command(folder)
            took, wrote = time.perf_counter() - start, written_bytes() - before
        print(
            f"{n:>6} {took:8.2f} {took * 1000 / n:8.2f} {wrote / 1e6:11.1f} {wrote / n / 1e3:8.1f}"
        )


if __name__ == "__main__":
    main()
