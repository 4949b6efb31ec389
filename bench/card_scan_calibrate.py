"""Measure card_scan's evidence levels on tuning sets: how often each level's value is right.

    python bench/card_scan_calibrate.py DIR [DIR ...] [--cache] [--wrong] [--thresholds 0.85,0.9]

Each DIR holds card images and ``truth.jsonl`` (tests/card_scan/cardgen_world.py, or a blind
*tuning* seed of bench/blind/cards_gen.py; never a seed you report on). Every card is read the way
``contactkit scan`` reads it (prepare, turn upright, OCR, parse). With ``--cache`` the OCR lines
are kept in ``DIR/.ocr-cache.pkl``, so a second run measures a parser change in seconds.

Prints, per field, each evidence level with how many values it
backed and the share right, and the table to paste into ``confidence.CALIBRATED`` (each share
pulled towards its parent level's, see ``shrunk``). With ``--thresholds``, the review rule
read at each threshold with the levels' current calibration: the share of cards sent to
review, the auto-accepted fields that are wrong, and the levels that sent cards to review.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from contactkit import normalize
from contactkit.model import Contact
from contactkit_plugins.card_scan.confidence import ABSENT, probability
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, configure
from contactkit_plugins.card_scan.review_rule import review_fields
from contactkit_plugins.card_scan.scan import OcrOptions, card_lines

sys.path.insert(0, str(Path(__file__).parent))
from card_scan_eval import contact_keys, truth_keys

FIELDS = {
    "name": "name",
    "organization": "company",
    "emails": "emails",
    "phones": "phone_kinds",
    "title": "title",
    "urls": "url",
    "addresses": "address",
}
SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def read_folder(folder: Path, cache: bool) -> dict[str, list[Line]]:
    path = folder / ".ocr-cache.pkl"
    lines: dict[str, list[Line]] = {}
    if cache and path.exists():
        lines = pickle.loads(path.read_bytes())
    options = OcrOptions()
    configure(None)
    for file in sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES):
        if file.name not in lines:
            lines[file.name] = card_lines(file.read_bytes(), 0, options)
    if cache:
        path.write_bytes(pickle.dumps(lines))
    return lines


def _key(value: str | None) -> str:
    return re.sub(r"[^0-9a-z]", "", normalize.fold(value or ""))


def address_key(contact: Contact, truth: str) -> str:
    """The truth's key when every part read is in the printed address, else what was read."""
    if not contact.addresses:
        return ""
    address = contact.addresses[0]
    parts = [_key(p) for p in (address.street, address.postal_code, address.city) if p]
    return truth if parts and all(p in truth for p in parts) else "|".join(parts)


def _show(key: object) -> str:
    return " ".join(sorted(key)) if isinstance(key, frozenset) else str(key)


PRIOR_WEIGHT = 2.0  # how many cards' worth a level's parent counts for


def shrunk(levels: dict[str, list[int]]) -> dict[str, float]:
    """Each level's share right, pulled towards its parent's (``bare/hi`` towards ``bare``, that
    towards a coin toss) by ``PRIOR_WEIGHT`` cards: a level seen a few times is not taken as
    certain, nor as a coin toss when its kin are nearly always right."""
    field_share = 0.5  # kinship, not the field's own share: that is mostly its easy levels
    parents: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for level, (n, right) in levels.items():
        parent = parents[level.split("/")[0]]
        parent[0] += n
        parent[1] += right
    out = {}
    for level, (n, right) in levels.items():
        pn, pr = parents[level.split("/")[0]]
        parent_share = (pr + PRIOR_WEIGHT * field_share) / (pn + PRIOR_WEIGHT)
        # Nothing read by OCR is certain: 0.99 at most.
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


class Sweep:
    """At each review threshold, with the levels' current calibration: cards sent to review,
    auto-accepted fields and how many of them are wrong, and which fields sent cards to review
    (``--thresholds``; the same rule as ``contactkit scan``, ``source.review_fields``)."""

    def __init__(self, thresholds: list[float]) -> None:
        self.thresholds = thresholds
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
        confidence = {f: probability(f, lv) for f, lv in evidence.items()}
        for t in self.thresholds:
            uncertain, left_out = review_fields(confidence, values, t)
            if uncertain:
                self.reviewed[t] += 1
                self.why[t].update(f"{f} [{evidence.get(f)}]" for f in uncertain)
                continue
            for f, ok in right.items():
                empty = not values.get(f)
                if f in left_out or (empty and confidence.get(f, 0.0) < t):
                    continue  # left out, or marked as not read: missing, never wrong
                self.accepted[t] += 1
                self.wrong[t] += not ok
                if not ok:
                    want, got = shown[f]
                    self.misses[t].append(
                        f"{file:<24} {f:<12} {evidence.get(f)!s:<28} {want} | {got}"
                    )

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--cache", action="store_true", help="keep OCR lines per folder")
    parser.add_argument("--region", default="US")
    parser.add_argument("--wrong", action="store_true", help="list the wrong values per level")
    parser.add_argument(
        "--thresholds", default="", help="review thresholds to sweep (comma-separated)"
    )
    args = parser.parse_args()
    sweep = Sweep([float(t) for t in args.thresholds.split(",") if t])
    seen: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for folder in args.folders:
        read = read_folder(folder, args.cache)
        for row in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            truth = json.loads(row)
            if truth["file"] not in read:
                continue
            parsed = parse_card(read[truth["file"]], default_region=args.region)
            want, got = truth_keys(truth), contact_keys(parsed.contact)
            want["address"] = _key(truth.get("address"))
            got["address"] = address_key(parsed.contact, want["address"])
            # The sweep scores what card_scan_eval.py scores: addresses aside.
            right = {f: want[k] == got[k] for f, k in FIELDS.items() if f != "addresses"}
            shown = {f: (_show(want[k]), _show(got[k])) for f, k in FIELDS.items()}
            file = f"{folder.name}/{truth['file']}"
            sweep.add(file, parsed.evidence, parsed.contact.model_dump(mode="json"), right, shown)
            for field, level in parsed.evidence.items():
                counts = seen[(field, level)]
                counts[0] += 1
                right = want[FIELDS[field]] == got[FIELDS[field]]
                counts[1] += right
                if args.wrong and not right:
                    key = FIELDS[field]
                    print(f"{truth['file']} {field} [{level}]: want {want[key]} got {got[key]}")
    if sweep.thresholds:
        sweep.print(args.wrong)
    print(f"{'field':<13} {'level':<24} {'n':>4} {'right':>6} {'share':>6}")
    for (field, level), (n, right) in sorted(seen.items()):
        print(f"{field:<13} {level:<24} {n:4} {right:6} {right / n:6.2f}")
    print("\nCALIBRATED = {")
    for field in FIELDS:
        levels = shrunk({lv: nr for (f, lv), nr in seen.items() if f == field and lv not in ABSENT})
        print(f'    "{field}": {{')
        for level, share in sorted(levels.items()):
            print(f'        "{level}": {share:.3f},')
        print("    },")
    print("}")


if __name__ == "__main__":
    main()
