#!/usr/bin/env python3
"""What doubting a sure phone on RapidOCR's reading of its line (``phone_recheck``) catches and
costs, at each bar of the reading's own confidence.

    python bench/card_scan_phone_recheck.py DIR [...] --dumps DUMP.tsv [...] [--list]

DIRs are cached folders (``DIR/.ocr-cache.pkl`` built with the phone rows rechecked); DUMPs are
``card_scan_dump.py dump`` rows of the same cards at a parser *without* the phone recheck, which
say which phones fields were accepted and whether right. For each bar, prints the accepted
phones fields the rule would send to review, right and wrong, and the cards it adds to review.
"""

from __future__ import annotations

import argparse
import csv
import pickle
from collections import Counter
from pathlib import Path

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.phone_recheck import digits, line_disputed, national_digits
from contactkit_plugins.card_scan.text_lines import Line

BARS = (0.0, 0.5, 0.7, 0.85, 0.9, 0.95)


def disputes(lines: list[Line], numbers: list[str]) -> list[tuple[float, str, str]]:
    """(reading's confidence, Tesseract's line, RapidOCR's reading) of each line of ``numbers``
    the reading disputes (``phone_recheck.line_disputed``)."""
    wanted = [national_digits(number) for number in numbers]
    out = []
    for line in lines:
        if line.recheck is None:
            continue
        text, conf = line.recheck
        held = [national for national in wanted if national in digits(line.text)]
        if held and line_disputed(line, held):
            out.append((conf, line.text, text))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--dumps", nargs="+", type=Path, required=True)
    parser.add_argument("--list", action="store_true", help="every disputed phones field")
    args = parser.parse_args()
    rows = {}
    for dump in args.dumps:
        with dump.open(encoding="utf-8", newline="") as f:
            rows |= {(r["file"], r["field"]): r for r in csv.DictReader(f, delimiter="\t")}
    reviewed = {file for (file, _), r in rows.items() if r["status"] == "review"}
    caught: Counter[tuple[float, str]] = Counter()
    added: Counter[float] = Counter()
    sure = wrong = 0
    for folder in args.folders:
        cache = pickle.loads((folder / ".ocr-cache.pkl").read_bytes())
        for name, lines in sorted(cache.items()):
            file = f"{folder.name}/{name}"
            row = rows.get((file, "phones"))
            if row is None or row["status"] != "accepted":
                continue
            sure += 1
            wrong += row["right"] == "0"
            contact = parse_card(lines, default_region="US").contact
            found = disputes(lines, [p.e164 for p in contact.phones if p.e164])
            best = max((conf for conf, _, _ in found), default=-1.0)
            for bar in BARS:
                if best >= bar:
                    caught[(bar, row["right"])] += 1
                    added[bar] += file not in reviewed
            if found and args.list:
                print(f"{file} right={row['right']} truth={row['truth']}")
                for conf, own, other in found:
                    print(f"  {conf:.2f}  {own!r}  /  {other!r}")
    print(f"{sure} phones fields accepted, {wrong} of them wrong")
    print(f"{'bar':>5} {'wrong caught':>13} {'right doubted':>14} {'cards to review':>16}")
    for bar in BARS:
        print(f"{bar:5.2f} {caught[(bar, '0')]:13} {caught[(bar, '1')]:14} {added[bar]:16}")


if __name__ == "__main__":
    main()
