#!/usr/bin/env python3
"""What rechecking sure fields (``recheck``) would cost and catch, from kept readings.

    python bench/card_scan_recheck.py READINGS.json [...] --dumps DUMP.tsv [...]

READINGS are ``card_scan_agreement.py --one --out`` files: each sure name, company and email of
a set of cached cards with RapidOCR's reading of its row. DUMPs are the per-field rows of the
same cards as the parser leaves them (file, field, status, right ...), which say the cards
already going to review. For each bar of disagreement (and of RapidOCR's own confidence), prints
the wrong sure fields the recheck sends to review, the right ones it sends, and the share of cards
to review before and after: tune the bar on tuning sets, then read it off on others.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

from contactkit_plugins.card_scan import recheck_match
from contactkit_plugins.card_scan.recheck_match import RECHECKED, disagreement, field_lines
from contactkit_plugins.card_scan.text_lines import Line, Word

BARS = (0.5, 1.0, 1.5, 2.0)
SURE_READING = (0.0, 0.5, 0.7, 0.85)


def _row_line(text: str) -> Line:
    """The row's Tesseract text as one line (the finder reads the text, not the boxes)."""
    return Line([Word(part, 0.9, 10 * n, 0, 9, 20) for n, part in enumerate(text.split())])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("readings", nargs="+", type=Path)
    parser.add_argument("--dumps", nargs="+", type=Path, required=True)
    parser.add_argument("--bar", type=float, default=1.0, help="bar whose fields are listed")
    parser.add_argument("--sure", type=float, default=0.0, help="reading confidence listed")
    parser.add_argument("--lost", type=float, help="weigh a lost letter so (recheck_match.LOST)")
    args = parser.parse_args()
    if args.lost is not None:
        recheck_match.LOST = args.lost
        recheck_match._align.cache_clear()
    records = [
        r
        for path in args.readings
        for r in json.loads(path.read_text())["records"]
        if r["sure"] and r["field"] in RECHECKED
    ]
    cards = {r["card"] for r in records}
    in_review, seen = set(), set()
    for path in args.dumps:
        for row in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"):
            folder = row["file"].split("/")[0]
            if not any(card.startswith(folder + "/") for card in cards):
                continue
            seen.add(row["file"])
            if row["status"] == "review":
                in_review.add(row["file"])
    # Readings kept before the row finder changed: a row it would not pick now is not read.
    records = [r for r in records if field_lines(r["field"], r["value"], [_row_line(r["line"])])]
    for r in records:
        text, conf = r["rapid"][0]
        r["cost"] = disagreement(r["value"], text, r["field"], r["line"])
        r["conf"] = conf
    wrong = [r for r in records if not r["right"]]
    print(
        f"{len(seen)} cards, {len(in_review)} to review already "
        f"({len(in_review) / max(1, len(seen)):.1%}); {len(records)} sure fields, "
        f"{len(wrong)} wrong"
    )
    print(
        f"{'bar':>4} {'sure':>5} {'wrong caught':>13} {'right sent':>11} {'new cards':>10} review"
    )
    for bar in BARS:
        for sure in SURE_READING:
            hit = [r for r in records if r["cost"] >= bar and r["conf"] >= sure]
            caught = sum(not r["right"] for r in hit)
            sent = sum(r["right"] for r in hit)
            new = {r["card"] for r in hit} - in_review
            after = (len(in_review) + len(new)) / max(1, len(seen))
            right = len(records) - len(wrong)
            print(
                f"{bar:>4} {sure:>5} {caught:>6}/{len(wrong):<6} {sent:>5}/{right:<5}"
                f" {len(new):>10} {after:.1%}"
            )
    print(f"\nbar {args.bar}, reading at least {args.sure}:")
    for r in records:
        if (r["cost"] >= args.bar and r["conf"] >= args.sure) or not r["right"]:
            mark = "WRONG" if not r["right"] else "right"
            print(
                f"  {mark} {r['card']} {r['field']} {r['value']!r} read {r['rapid'][0][0]!r}"
                f" ({r['conf']:.2f}) cost {r['cost']}"
            )


if __name__ == "__main__":
    main()
