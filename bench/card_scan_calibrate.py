"""Measure card_scan's evidence levels on tuning sets: how often each level's value is right.

    python bench/card_scan_calibrate.py DIR [DIR ...] [--cache] [--wrong] [--thresholds 0.85,0.9]

Each DIR holds card images and ``truth.jsonl`` (tests/card_scan/cardgen_world.py, or a blind
*tuning* seed of bench/blind/cards_gen.py; never a seed you report on). Every card is read the way
``contactkit scan`` reads it (prepare, turn upright, OCR, parse). With ``--cache`` the OCR lines
are kept in ``DIR/.ocr-cache.pkl``, so a second run measures a parser change in seconds.

Prints, per field, each evidence level with how many values it backed, the share right and the
lower bound of that share (``lower_bound``), and the table to paste into
``calibration.CALIBRATED``: each level's lower bound, so a level seen on few cards cannot pass the
review bar however right it was. With ``--thresholds``, the review rule read at each threshold:
with the current ``CALIBRATED``, with the table just measured, and with ``--held-out`` with a
table measured on the other groups only (own, own2, b1big... by folder name), which is what a
fresh set pays; for each, the share of cards sent to review, the auto-accepted fields that are
wrong, and the levels that sent cards to review. ``--z 0`` gives the rule before session 7 (each
share pulled towards its parent level's, ``shrunk``) to compare.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from contactkit_plugins.card_scan.calibration import ABSENT, UNMEASURED, probability
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.review_rule import review_fields

sys.path.insert(0, str(Path(__file__).parent))
from card_scan_cache import read_folder
from card_scan_keys import address_key, address_whole, contact_keys, truth_keys

FIELDS = {
    "name": "name",
    "organization": "company",
    "emails": "emails",
    "phones": "phone_kinds",
    "title": "title",
    "urls": "url",
    "addresses": "address",
}
Chance = Callable[[str, str], float]  # (field, level) -> confidence


def _show(key: object) -> str:
    return " ".join(sorted(key)) if isinstance(key, frozenset) else str(key)


# How sure the table must be of a level's share: its one-sided lower bound at this many standard
# errors (Wilson score). A level right on all of n cards is worth n / (n + z²). Measured on the
# tuning sets, each group held out in turn (--held-out; the review bar 0.93 for the bounds, 0.98
# for the shrunk shares), wrong fields counted as card_scan_eval.py counts them: z 0.5 sends 26 %
# to review with 10 wrong of 4,735 accepted, z 0.84 33 % with 9, z 1.28 41 % with 8, the shrunk
# shares 27 % with 10. What is left are unflagged fields of cards sent to review for another
# reason (a website not read at all) and slips at levels measured on hundreds of cards.
BOUND_Z = 0.5


def lower_bound(n: int, right: int, z: float = BOUND_Z) -> float:
    """The Wilson score lower bound of a share ``right / n`` at ``z`` standard errors: a level
    seen on few cards gets a low bound however right it was, so too little evidence cannot pass
    an accept bar."""
    if n == 0:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - margin) / (1 + z * z / n)


def bounded(levels: dict[str, list[int]], z: float = BOUND_Z) -> dict[str, float]:
    """Each level's confidence: the lower bound of its share right, between 0.01 (a value read
    is never taken for one absent, whose confidence is 0) and 0.99 (nothing read by OCR is
    certain), and kept in its bands' order."""
    return ordered_bands(
        {lv: min(0.99, max(0.01, lower_bound(n, r, z))) for lv, (n, r) in levels.items()}
    )


PRIOR_WEIGHT = 2.0  # how many cards' worth a level's parent counts for (``shrunk``)


def shrunk(levels: dict[str, list[int]]) -> dict[str, float]:
    """Each level's share right, pulled towards its parent's by ``PRIOR_WEIGHT`` cards: the
    rule before the lower bound (``--z 0``), kept to compare what each lets through."""
    parents: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for level, (n, right) in levels.items():
        parent = parents[level.split("/")[0]]
        parent[0] += n
        parent[1] += right
    out = {}
    for level, (n, right) in levels.items():
        pn, pr = parents[level.split("/")[0]]
        parent_share = (pr + PRIOR_WEIGHT * 0.5) / (pn + PRIOR_WEIGHT)
        out[level] = min(0.99, (right + PRIOR_WEIGHT * parent_share) / (n + PRIOR_WEIGHT))
    return ordered_bands(out)


def ordered_bands(shares: dict[str, float]) -> dict[str, float]:
    """Tesseract's confidence bands keep their order: a ``/lo`` level is trusted no more than
    its ``/mid`` sibling, nor that more than ``/hi`` (a band seen once or twice, all right,
    would otherwise be pulled up to its parent's share, above a band that was measured)."""
    out = dict(shares)
    for lower, upper in (("mid", "hi"), ("lo", "mid")):
        for level in out:
            stem, _, band = level.rpartition("/")
            if band == lower and f"{stem}/{upper}" in out:
                out[level] = min(out[level], out[f"{stem}/{upper}"])
    return out


def accepted_fields(
    confidence: dict[str, float],
    values: dict,
    shown: dict[str, tuple[object, object]],
    threshold: float,
) -> list[str]:
    """The fields of ``shown`` that go in without a look at ``threshold``, counted as
    bench/card_scan_eval.py counts them: a field nobody is asked to look at is accepted, on a
    card sent to review too (the person looks at the flagged fields), and a value missed
    without a flag is accepted (and wrong)."""
    uncertain, left_out = review_fields(confidence, values, threshold)
    return [
        f
        for f, (want, got) in shown.items()
        if (want or got)
        and field_status(f, got, confidence, (uncertain, left_out), threshold) == "accepted"
    ]


def field_status(
    field: str,
    got: object,
    confidence: dict[str, float],
    doubted: tuple[list[str], list[str]],
    threshold: float,
) -> str:
    """``review`` (a person is asked to look), ``left-out`` (read but stored empty),
    ``not-read`` (marked as not read: never wrong) or ``accepted``; ``doubted`` is what
    ``review_fields`` gave."""
    uncertain, left_out = doubted
    if field in uncertain:
        return "review"
    if field in left_out:
        return "left-out"
    if not got and confidence.get(field, 1.0) < threshold:
        return "not-read"
    return "accepted"


class Sweep:
    """At each review threshold, with the levels' current calibration: cards sent to review,
    auto-accepted fields and how many of them are wrong, and which fields sent cards to review
    (``--thresholds``; the same rule as ``contactkit scan``, ``source.review_fields``)."""

    def __init__(self, thresholds: list[float], chance: Chance) -> None:
        self.thresholds = thresholds
        self.chance = chance
        self.cards = 0
        self.reviewed = dict.fromkeys(thresholds, 0)
        self.accepted = dict.fromkeys(thresholds, 0)
        self.wrong = dict.fromkeys(thresholds, 0)
        self.why: dict[float, Counter[str]] = {t: Counter() for t in thresholds}
        self.misses: dict[float, list[str]] = {t: [] for t in thresholds}

    def add(
        self,
        file: str,
        evidence: dict[str, str],
        values: dict,
        right: dict[str, bool],
        shown: dict[str, tuple[object, object]],
    ) -> None:
        """``shown``: per field, the truth and the value read, for the table of wrong fields."""
        self.cards += 1
        confidence = {f: self.chance(f, lv) for f, lv in evidence.items()}
        for t in self.thresholds:
            uncertain = review_fields(confidence, values, t)[0]
            if uncertain:
                self.reviewed[t] += 1
                self.why[t].update(f"{f} [{evidence.get(f)}]" for f in uncertain)
            for f in accepted_fields(confidence, values, {f: shown[f] for f in right}, t):
                ok = right[f]
                want, got = shown[f]
                self.accepted[t] += 1
                self.wrong[t] += not ok
                if not ok:
                    self.misses[t].append(
                        f"{file:<24} {f:<12} {evidence.get(f)!s:<28} {want} | {got}"
                    )

    def merge(self, other: Sweep) -> None:
        self.cards += other.cards
        for t in self.thresholds:
            self.reviewed[t] += other.reviewed[t]
            self.accepted[t] += other.accepted[t]
            self.wrong[t] += other.wrong[t]
            self.why[t].update(other.why[t])
            self.misses[t] += other.misses[t]

    def print(self, wrong: bool) -> None:
        print(f"\n{'below':>6} {'to review':>10} {'accepted wrong':>15}  fields that sent cards")
        for t in self.thresholds:
            share = self.reviewed[t] / max(1, self.cards)
            why = ", ".join(f"{f} {n}" for f, n in self.why[t].most_common())
            print(f"{t:6.3f} {share:10.0%} {self.wrong[t]:7}/{self.accepted[t]:<7}  {why}")
            if wrong and self.misses[t]:
                head = f"{'file':<24} {'field':<12} {'level':<28} truth | read"
                print(f"  accepted wrong at {t}: {head}")
                for miss in self.misses[t]:
                    print("   ", miss)


class Card(NamedTuple):
    """One card read: its tuning group (``own2`` of ``own2_scan``), evidence and rightness."""

    group: str
    file: str
    evidence: dict[str, str]
    values: dict
    right: dict[str, bool]
    shown: dict[str, tuple[str, str]]
    whole: bool = False  # the address read whole (card_scan_keys.address_whole)


def read_cards(folders: list[Path], cache: bool, region: str) -> list[Card]:
    cards = []
    for folder in folders:
        read = read_folder(folder, cache)
        for row in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            truth = json.loads(row)
            if truth["file"] not in read:
                continue
            parsed = parse_card(read[truth["file"]], default_region=region)
            want, got = truth_keys(truth), contact_keys(parsed.contact)
            got["address"] = address_key(parsed.contact, want["address"])
            right = {f: want[k] == got[k] for f, k in FIELDS.items()}
            shown = {f: (_show(want[k]), _show(got[k])) for f, k in FIELDS.items()}
            values = parsed.contact.model_dump(mode="json")
            group = folder.name.split("_")[0]
            file = f"{folder.name}/{truth['file']}"
            whole = address_whole(parsed.contact, truth.get("address") or "")
            cards.append(Card(group, file, parsed.evidence, values, right, shown, whole))
    return cards


def level_counts(cards: list[Card]) -> dict[tuple[str, str], list[int]]:
    seen: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for card in cards:
        for field, level in card.evidence.items():
            counts = seen[(field, level)]
            counts[0] += 1
            counts[1] += card.right[field]
    return seen


def table(seen: dict[tuple[str, str], list[int]], z: float) -> dict[str, dict[str, float]]:
    """Per field, each level's confidence: its lower bound, or with ``z`` 0 its share pulled
    towards its parent level's (the rule before session 7, kept to compare)."""
    rule = (lambda lv: bounded(lv, z)) if z else shrunk
    return {
        field: rule({lv: nr for (f, lv), nr in seen.items() if f == field and lv not in ABSENT})
        for field in FIELDS
    }


def sweep(cards: list[Card], thresholds: list[float], chance: Chance) -> Sweep:
    out = Sweep(thresholds, chance)
    for card in cards:
        # The sweep scores what card_scan_eval.py scores: addresses aside.
        right = {f: ok for f, ok in card.right.items() if f != "addresses"}
        out.add(card.file, card.evidence, card.values, right, card.shown)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--cache", action="store_true", help="keep OCR lines per folder")
    parser.add_argument("--region", default="US")
    parser.add_argument("--wrong", action="store_true", help="list the wrong values per level")
    parser.add_argument(
        "--thresholds", default="", help="review thresholds to sweep (comma-separated)"
    )
    parser.add_argument("--z", type=float, default=BOUND_Z, help="the lower bound's z")
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="sweep each group (own, own2, b1big...) with a table measured on the others only",
    )
    args = parser.parse_args()
    thresholds = [float(t) for t in args.thresholds.split(",") if t]
    cards = read_cards(args.folders, args.cache, args.region)
    seen = level_counts(cards)
    if args.wrong:
        for card in cards:
            for field, level in card.evidence.items():
                if not card.right[field]:
                    want, got = card.shown[field]
                    print(f"{card.file} {field} [{level}]: want {want} got {got}")
    if thresholds:
        print("\nWith the current calibration (calibration.CALIBRATED):")
        sweep(cards, thresholds, probability).print(args.wrong)
    if thresholds:
        mine = table(seen, args.z)

        def measured(field: str, level: str) -> float:
            return 0.0 if level in ABSENT else mine.get(field, {}).get(level, UNMEASURED)

        print(f"\nWith the table printed below (z={args.z}), measured on these very cards:")
        sweep(cards, thresholds, measured).print(args.wrong)
    if thresholds and args.held_out:
        # Each group read with a table that never saw it: what a fresh set would pay.
        total = Sweep(thresholds, probability)
        for group in sorted({c.group for c in cards}):
            own = table(level_counts([c for c in cards if c.group != group]), args.z)

            def held_out(field: str, level: str, own=own) -> float:
                return 0.0 if level in ABSENT else own.get(field, {}).get(level, UNMEASURED)

            total.merge(sweep([c for c in cards if c.group == group], thresholds, held_out))
        print(f"\nEach group held out, z={args.z}:")
        total.print(args.wrong)
    print(f"\n{'field':<13} {'level':<24} {'n':>4} {'right':>6} {'share':>6} {'bound':>6}")
    for (field, level), (n, right) in sorted(seen.items()):
        bound = lower_bound(n, right, args.z)
        print(f"{field:<13} {level:<24} {n:4} {right:6} {right / n:6.2f} {bound:6.3f}")
    print("\nCALIBRATED = {")
    for field, levels in table(seen, args.z).items():
        print(f'    "{field}": {{')
        for level, share in sorted(levels.items()):
            # Rounded down: the pasted table passes no level the measured one does not.
            print(f'        "{level}": {math.floor(share * 1000) / 1000:.3f},')
        print("    },")
    print("}")
    # After the table and its paste block, so what reads them reads them as before.
    print_address_shares(cards)


def print_address_shares(cards: list[Card]) -> None:
    """The address as card_scan_eval.py scores it (every part read in the print) and whole."""
    n = max(1, len(cards))
    loose = sum(c.right["addresses"] for c in cards) / n
    print(f"\n  address (every part read is printed): {loose:.3f}")
    print(f"  address whole (street, postcode, town): {sum(c.whole for c in cards) / n:.3f}")


if __name__ == "__main__":
    main()
