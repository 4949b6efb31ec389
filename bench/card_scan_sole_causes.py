"""Which field and evidence level alone sends each card to review: the card would go in but for it.

    python bench/card_scan_sole_causes.py DIR [DIR ...] [--bar 0.93] [--show FIELD:LEVEL ...]

Reads the folders as ``card_scan_calibrate.py`` does (``--cache`` keeps their OCR there). Per
field and level, over the cards sent to review: ``sent`` (cards with a field at it under the bar),
``sole`` (cards it alone sent: lifting it would save them), ``sole R`` (of those, its value right),
and the level's n, right and lower bound over every card read. ``--show field:level`` lists the
sole-cause cards at that level (a level's prefix matches: ``emails:name+domain``), truth | read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.review_rule import MINOR_FIELDS, review_fields

sys.path.insert(0, str(Path(__file__).parent))
from card_scan_calibrate import Card, level_counts, lower_bound, read_cards


def causes(card: Card, bar: float) -> list[str]:
    """The major fields under the bar that a person is asked to look at: the card's causes (a
    minor field under its own bar is left out, never a cause; a field shown only because the
    card goes anyway, under ``SECOND_LOOK``, is none either). The review rule decides."""
    confidence = {field: probability(field, level) for field, level in card.evidence.items()}
    asked = review_fields(confidence, card.values, bar)[0]
    return [f for f in confidence if f in asked and f not in MINOR_FIELDS and confidence[f] < bar]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--cache", action="store_true")
    parser.add_argument("--region", default="US")
    parser.add_argument("--bar", type=float, default=REVIEW_BELOW)
    parser.add_argument("--show", nargs="*", default=[], help="field:level prefix to list")
    args = parser.parse_args()
    cards = read_cards(args.folders, args.cache, args.region)
    seen = level_counts(cards)
    sent: Counter[tuple[str, str]] = Counter()
    sole: Counter[tuple[str, str]] = Counter()
    sole_right: Counter[tuple[str, str]] = Counter()
    shown: list[str] = []
    reviewed = 0
    needless: Counter[str] = Counter()  # cards sent whose every cause is right, by their causes
    for card in cards:
        fields = causes(card, args.bar)
        reviewed += bool(fields)
        if fields and all(card.right[f] for f in fields):
            needless[" + ".join(f"{f} [{card.evidence[f]}]" for f in sorted(fields))] += 1
        for field in fields:
            sent[(field, card.evidence[field])] += 1
        if len(fields) != 1:
            continue
        key = (fields[0], card.evidence[fields[0]])
        sole[key] += 1
        sole_right[key] += card.right[fields[0]]
        for want in args.show:
            f, _, lv = want.partition(":")
            if key[0] == f and key[1].startswith(lv):
                truth, read = card.shown[f]
                shown.append(f"{card.file:<22} {f} [{key[1]}] {card.right[f]}: {truth} | {read}")
    print(
        f"{reviewed} of {len(cards)} cards to review at {args.bar}, every cause right on "
        f"{sum(needless.values())}: " + ", ".join(f"{k} {n}" for k, n in needless.most_common())
    )
    head = f"{'sent':>4} {'sole':>4} {'soleR':>5} {'n':>4} {'right':>5} bound"
    print(f"{'field':<13} {'level':<36} {head}")
    for key, count in sorted(sent.items(), key=lambda kv: (-sole[kv[0]], -kv[1])):
        n, right = seen[key]
        print(
            f"{key[0]:<13} {key[1]:<36} {count:4} {sole[key]:4} {sole_right[key]:5} {n:4} "
            f"{right:5} {lower_bound(n, right):.3f}"
        )
    for row in shown:
        print(row)


if __name__ == "__main__":
    main()
