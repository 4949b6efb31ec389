#!/usr/bin/env python3
"""What doubting a sure phone on RapidOCR's reading of its line (``phone_recheck``) catches and
costs, on cached cards.

    python bench/card_scan_phone_recheck.py DIR [...] --dumps DUMP.tsv [...] [--list]

DIRs are cached folders (``DIR/.ocr-cache.pkl`` built with the phone lines rechecked, session
48 on); DUMPs are ``card_scan_dump.py dump`` rows of the same cards at a parser *without* the
phone recheck, which say which phones fields were accepted and whether right. Prints the
accepted phones fields the rule sends to review, right and wrong, and the cards it adds to
review; ``--list`` shows each with both readings of its line.
"""

from __future__ import annotations

import argparse
import csv
import pickle
from pathlib import Path

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.phone_recheck import line_disputed, number_lines
from contactkit_plugins.card_scan.text_lines import Line


def disputes(lines: list[Line], numbers: list[str]) -> list[tuple[str, tuple[str, float]]]:
    """(Tesseract's line, RapidOCR's reading) of each line of ``numbers`` the reading disputes
    (``phone_recheck.line_disputed``)."""
    return [
        (lines[i].text, reading)
        for i, held in number_lines(lines, numbers)
        if (reading := lines[i].recheck) is not None and line_disputed(lines[i], reading, held)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--dumps", nargs="+", type=Path, required=True)
    parser.add_argument("--region", default="US", help="as the dumps were made with")
    parser.add_argument("--list", action="store_true", help="every disputed phones field")
    args = parser.parse_args()
    rows = {}
    for dump in args.dumps:
        with dump.open(encoding="utf-8", newline="") as f:
            rows |= {(r["file"], r["field"]): r for r in csv.DictReader(f, delimiter="\t")}
    reviewed = {file for (file, _), r in rows.items() if r["status"] == "review"}
    sure = wrong = caught = doubted = added = 0
    for folder in args.folders:
        cache = pickle.loads((folder / ".ocr-cache.pkl").read_bytes())
        for name, lines in sorted(cache.items()):
            file = f"{folder.name}/{name}"
            row = rows.get((file, "phones"))
            if row is None or row["status"] != "accepted":
                continue
            sure += 1
            wrong += row["right"] == "0"
            contact = parse_card(lines, default_region=args.region).contact
            found = disputes(lines, [p.e164 for p in contact.phones if p.e164])
            if not found:
                continue
            caught += row["right"] == "0"
            doubted += row["right"] == "1"
            added += file not in reviewed
            if args.list:
                print(f"{file} right={row['right']} truth={row['truth']}")
                for own, (text, conf) in found:
                    print(f"  {own!r}  /  {text!r} at {conf:.2f}")
    print(f"{sure} phones fields accepted, {wrong} of them wrong")
    print(f"to review: {caught} wrong, {doubted} right; cards added to review: {added}")


if __name__ == "__main__":
    main()
