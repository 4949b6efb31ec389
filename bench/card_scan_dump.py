"""Every field of every card, as card_scan reads it from cached OCR, and what changed between two.

    python bench/card_scan_dump.py dump DIR [DIR ...] --out FILE.tsv   # --cache is implied
    python bench/card_scan_dump.py compare BASE.tsv HEAD.tsv [--list]

A parser change is weighed card by card: dump the tuning folders at the base and at the head
(the OCR lines are kept in ``DIR/.ocr-cache.pkl`` as ``card_scan_calibrate.py --cache`` keeps
them, so a dump takes seconds once a folder was read), then compare. Each row is one field of one
card: ``file``, ``field``, ``status`` (``accepted``; ``review``: a person is asked to look;
``left-out``: read but stored empty; ``not-read``), ``right`` (1 or 0, as ``card_scan_eval.py``
scores it), ``level`` (its evidence), the truth and the value read. The review bar is the one
``contactkit scan`` applies (``calibration.CALIBRATED`` at ``--threshold``, 0.93 by default).

``compare`` prints per field: right -> wrong, wrong -> right, wrong fields newly accepted, and
the cards sent to review and the wrong accepted fields at each side (addresses apart, as the
eval counts them). OCR-stage steps (the second reader, ink looks) do not show in a cached dump:
weigh them on a real uncached run (``card_scan_eval.py``). The recheck does where the cache was
built with it: RapidOCR's readings of the sure rows are kept on the lines (``Line.recheck``).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from contactkit_plugins.card_scan.calibration import probability
from contactkit_plugins.card_scan.review_rule import review_fields

sys.path.insert(0, str(Path(__file__).parent))
from card_scan_calibrate import Card, field_status, read_cards

COLUMNS = ("file", "field", "status", "right", "level", "truth", "read")
Row = dict[str, str]


def field_rows(card: Card, threshold: float) -> list[Row]:
    """One row per field of ``card``, with the status the review rule gives it."""
    confidence = {f: probability(f, lv) for f, lv in card.evidence.items()}
    doubted = review_fields(confidence, card.values, threshold)
    rows = []
    for field in card.right:
        want, got = card.shown[field]
        rows.append(
            {
                "file": card.file,
                "field": field,
                "status": field_status(field, got, confidence, doubted, threshold),
                "right": str(int(card.right[field])),
                "level": card.evidence.get(field, ""),
                "truth": want,
                "read": got,
            }
        )
    return rows


def dump(folders: list[Path], out: Path, region: str, threshold: float) -> None:
    cards = read_cards(folders, cache=True, region=region)
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        for card in cards:
            writer.writerows(field_rows(card, threshold))
    print(f"{len(cards)} cards -> {out}")


def load(path: Path) -> dict[tuple[str, str], Row]:
    with path.open(encoding="utf-8", newline="") as f:
        return {(r["file"], r["field"]): r for r in csv.DictReader(f, delimiter="\t")}


def wrong_accepted(row: Row) -> bool:
    """Wrong and nobody asked to look: a value missed without a flag counts too."""
    return row["status"] == "accepted" and row["right"] == "0" and bool(row["truth"] or row["read"])


def totals(rows: dict[tuple[str, str], Row]) -> tuple[int, int, int]:
    """(cards, cards sent to review, wrong accepted fields; addresses apart)."""
    cards = {file for file, _ in rows}
    reviewed = {file for (file, _), r in rows.items() if r["status"] == "review"}
    wrong = sum(wrong_accepted(r) for (_, field), r in rows.items() if field != "addresses")
    return len(cards), len(reviewed), wrong


def compare(base_path: Path, head_path: Path, listing: bool) -> None:
    base, head = load(base_path), load(head_path)
    moves: Counter[tuple[str, str]] = Counter()
    changed = []
    for key in sorted(base.keys() & head.keys()):
        b, h = base[key], head[key]
        if (b["read"], b["status"], b["level"]) == (h["read"], h["status"], h["level"]):
            continue
        field = key[1]
        moves[(field, "changed")] += 1
        moves[(field, "R->W")] += b["right"] == "1" and h["right"] == "0"
        moves[(field, "W->R")] += b["right"] == "0" and h["right"] == "1"
        moves[(field, "newly wrong accepted")] += wrong_accepted(h) and not wrong_accepted(b)
        moves[(field, "wrong accepted no more")] += wrong_accepted(b) and not wrong_accepted(h)
        changed.append((b, h))
    head_row = f"{'changed':>8} {'R->W':>5} {'W->R':>5} {'+wrong acc':>11} {'-wrong acc':>11}"
    print(f"{'field':<14} {head_row}")
    for field in sorted({f for f, _ in moves}):
        print(
            f"{field:<14} {moves[(field, 'changed')]:8} {moves[(field, 'R->W')]:5}"
            f" {moves[(field, 'W->R')]:5} {moves[(field, 'newly wrong accepted')]:11}"
            f" {moves[(field, 'wrong accepted no more')]:11}"
        )
    for name, rows in (("base", base), ("head", head)):
        cards, reviewed, wrong = totals(rows)
        print(f"{name}: {cards} cards, {reviewed} to review, {wrong} wrong accepted", end="")
        print(" (addresses apart)")
    if listing:
        for b, h in changed:
            print(f"\n{b['file']} {b['field']}  truth: {b['truth']}")
            print(f"  base {b['status']:<8} {b['right']} [{b['level']}] {b['read']}")
            print(f"  head {h['status']:<8} {h['right']} [{h['level']}] {h['read']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="every field of every card to a TSV file")
    dumping.add_argument("folders", nargs="+", type=Path)
    dumping.add_argument("--out", type=Path, required=True)
    dumping.add_argument("--region", default="US")
    dumping.add_argument("--threshold", type=float, default=0.93)
    comparing = commands.add_parser("compare", help="what changed between two dumps")
    comparing.add_argument("base", type=Path)
    comparing.add_argument("head", type=Path)
    comparing.add_argument("--list", action="store_true", help="every changed field")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.folders, args.out, args.region, args.threshold)
    else:
        compare(args.base, args.head, args.list)


if __name__ == "__main__":
    main()
