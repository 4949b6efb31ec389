"""Blind check of address-book import: does every email, phone and name reach the store?

The files come from ``bench/blind/addressbook_gen.py``, written by someone who had not read the
vcard plugin, from the exporters' public layouts. Each file is imported with ``contactkit import
FILE --region R --name vcard_N`` (R: the region of the exporter's user, as a person importing it
would give) into one SQLite store per seed; then the observations stored for each file are
compared with the file's truth: every email, every phone (E.164) and every person's name.

Run: ``python bench/vcard_blind_eval.py SEED [SEED...]`` (seed 1 was used while fixing; report
on the others).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

from contactkit import cli as host_cli
from contactkit.cli import cli
from contactkit.normalize import is_cjk

HERE = Path(__file__).parent


def fold(text: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", text or "").casefold().split())
    # 高橋 太郎 and 高橋太郎 are one name: CJK writes it with or without the space
    return text.replace(" ", "") if is_cjk(text) else text


def generate(seed: int, out: Path) -> dict:
    generator = HERE / "blind" / "addressbook_gen.py"
    command = [sys.executable, str(generator), "--seed", str(seed), "--out", str(out)]
    subprocess.run(command, check=True, capture_output=True)
    return json.loads((out / "truth.json").read_text())["files"]


def stored(db: Path) -> dict[str, list[dict]]:
    """Contact payloads per source instance."""
    out: dict[str, list[dict]] = {}
    with sqlite3.connect(db) as conn:
        for source, payload in conn.execute(
            "select source, payload from observations where kind = 'contact'"
        ):
            out.setdefault(source, []).append(json.loads(payload))
    return out


def evaluate(seed: int) -> Counter:
    tally: Counter = Counter()
    misses: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "books"
        files = generate(seed, folder)
        db = Path(tmp) / "store.db"
        names = {}
        for i, (name, truth) in enumerate(sorted(files.items())):
            instance = f"vcard_{i}"
            names[instance] = name
            args = ["-c", str(Path(tmp) / "none.toml"), "--db", str(db), "import"]
            args += [str(folder / name), "--name", instance]
            if truth.get("region"):
                args += ["--region", truth["region"]]
            result = CliRunner().invoke(cli, args)
            if result.exit_code not in (0, 1):
                misses.append(f"{name}: exit {result.exit_code}: {result.output[-300:]}")
        by_source = stored(db)
        for instance, name in names.items():
            truth = files[name]
            payloads = by_source.get(instance, [])
            emails = {e for p in payloads for e in p.get("emails", ())}
            phones = {ph.get("e164") for p in payloads for ph in p.get("phones", ())}
            people = set()
            for p in payloads:
                name_parts = p.get("name") or {}
                people.add(fold(name_parts.get("full", "")))
                # "Patricia M. Miller" is Patricia Miller: given and family name decide
                people.add(fold(f"{name_parts.get('given', '')} {name_parts.get('family', '')}"))
                people.add(fold(f"{name_parts.get('family', '')} {name_parts.get('given', '')}"))
            for person in truth.get("people", ()):
                for email in person.get("emails", ()):
                    tally["emails"] += 1
                    if email.lower() in emails:
                        tally["emails found"] += 1
                    else:
                        misses.append(f"{name}: email {email}")
                for phone in person.get("phones", ()):
                    tally["phones"] += 1
                    if phone in phones:
                        tally["phones found"] += 1
                    else:
                        misses.append(f"{name}: phone {phone} ({person.get('name')})")
                if person.get("name"):
                    tally["names"] += 1
                    if fold(person["name"]) in people:
                        tally["names found"] += 1
                    else:
                        misses.append(f"{name}: name {person['name']!r}")
    for line in misses[:40]:
        print("  missed", line)
    if len(misses) > 40:
        print(f"  ... and {len(misses) - 40} more")
    return tally


def main() -> None:
    host_cli._attach_plugin_commands()  # what the `contactkit` entry point does first
    seeds = [int(s) for s in sys.argv[1:]] or [2, 3]
    print(f"{'seed':>4} {'emails':>14} {'phones':>14} {'names':>14}")
    for seed in seeds:
        t = evaluate(seed)
        cells = [
            f"{t[f'{k} found']}/{t[k]} {t[f'{k} found'] / max(t[k], 1):.3f}"
            for k in ("emails", "phones", "names")
        ]
        print(f"{seed:>4} " + " ".join(f"{c:>14}" for c in cells))


if __name__ == "__main__":
    main()
