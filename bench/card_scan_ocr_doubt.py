"""Does OCR doubt tell card_scan's wrong auto-accepted fields from the right ones?

    python bench/card_scan_ocr_doubt.py DIR [DIR ...] [--below 0.93]

Each DIR is a tuning folder as for ``card_scan_calibrate.py`` (read with ``--cache`` there
first: this reads ``DIR/.ocr-cache.pkl``, or reads and writes it). For every field that goes in
without a look (counted as that script counts them), the OCR line it was read from (the line
whose text holds most of the value's letters, or digits for a phone) and these features of it:
the lowest Tesseract confidence of the words that are part of the value, the line's mean
confidence, how many of its words are under 0.75, whether the second engine wrote the line
(its words laid evenly along the box with one confidence: ``second_reading.as_line``; a
one-word line cannot show it), a word at the image's right edge (``Word.at_edge``), the line's
height against the card's median line and the card's mean word confidence. Prints the wrong
accepted fields with their features, then for each feature and cut: the wrong fields it
catches, the right ones it flags, and the cards it would newly send to review.
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import re
import statistics
from collections.abc import Callable
from pathlib import Path

from card_scan_cache import read_folder
from card_scan_calibrate import FIELDS, accepted_fields, read_cards

from contactkit import normalize
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.review_rule import review_fields
from contactkit_plugins.card_scan.text_lines import Line

Feature = dict[str, float]
CUTS: dict[str, tuple[str, tuple[float, ...]]] = {  # feature: (flagged when "<" or ">=", cuts)
    "word": ("<", (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)),
    "line": ("<", (0.7, 0.75, 0.8, 0.85, 0.9)),
    "lo_words": (">=", (1, 2, 3)),
    "second": (">=", (1,)),
    "edge": (">=", (1,)),
    # One measure, the line's height against the card's median line, asked both ways: a line
    # printed small (a slip in small print?) and one printed large (a logo's letters?).
    "height": ("<", (0.6, 0.7, 0.8)),
    "tall": (">=", (1.6, 2.0)),
    "card": ("<", (0.6, 0.7, 0.75, 0.8)),
}


def match_key(field: str) -> Callable[[str], str]:
    """What of a field's text is set beside an OCR line's: a phone's digits (its spacing and
    signs differ), else letters, digits, ``@`` and ``.`` folded (an address keeps its marks)."""
    if field == "phones":
        return lambda text: re.sub(r"\D", "", text)
    return lambda text: re.sub(r"[^0-9a-z@.]", "", normalize.fold(text).lower())


def source_line(lines: list[Line], value: str, key: Callable[[str], str]) -> Line | None:
    """The line holding most of ``value``'s characters in order (at least 60 % of them)."""
    wanted = key(value)
    best, share = None, 0.6
    for line in lines:
        matcher = difflib.SequenceMatcher(None, wanted, key(line.text), autojunk=False)
        held = sum(block.size for block in matcher.get_matching_blocks()) / max(1, len(wanted))
        if held >= share:
            best, share = line, held
    return best


def written_by_second(line: Line) -> bool:
    words = line.words
    if any(w.source for w in words):
        return True
    return len(words) >= 2 and all(
        w.conf == words[0].conf and w.top == words[0].top and w.left == p.left + p.width
        for p, w in itertools.pairwise(words)
    )


def features(lines: list[Line], line: Line, value: str, key: Callable[[str], str]) -> Feature:
    part = [w for w in line.words if key(w.text) and key(w.text) in key(value)] or line.words
    median = statistics.median(other.height for other in lines)
    return {
        "word": min(w.conf for w in part),
        "line": line.mean_conf,
        "lo_words": sum(w.conf < 0.75 for w in line.words),
        "second": float(written_by_second(line)),
        "edge": float(any(w.at_edge for w in part)),
        "height": line.height / median,
        "tall": line.height / median,
        "card": statistics.mean(w.conf for other in lines for w in other.words),
    }


def values_of(field: str, contact: dict) -> list[str]:
    org = contact.get("organization") or {}
    return {
        "name": [(contact.get("name") or {}).get("full") or ""],
        "title": [contact.get("title") or ""],
        "organization": [org.get("name") or ""],
        "emails": contact.get("emails") or [],
        "phones": [p["text"] for p in contact.get("phones") or []],
        "urls": [u["url"].split("//")[-1] for u in contact.get("urls") or []],
    }.get(field, [])


def worst(found: list[Feature]) -> Feature:
    """A field of several values (two phones) takes its least sure source's features."""
    high = {name for name, (sign, _) in CUTS.items() if sign == ">="}  # a high value doubts
    return {k: (max if k in high else min)(f[k] for f in found) for k in found[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--below", type=float, default=REVIEW_BELOW, help="the review bar")
    args = parser.parse_args()
    rows = []  # (card, field, right, features)
    cards, already = set(), set()
    for folder in args.folders:
        read = read_folder(folder, cache=True)
        for card in read_cards([folder], True, "US"):
            lines = read[card.file.split("/", 1)[1]]
            confidence = {f: probability(f, lv) for f, lv in card.evidence.items()}
            shown = {f: card.shown[f] for f in FIELDS if f != "addresses"}
            reviewed = bool(review_fields(confidence, card.values, args.below)[0])
            cards.add(card.file)
            if reviewed:
                already.add(card.file)
            for field in accepted_fields(confidence, card.values, shown, args.below):
                key = match_key(field)
                found = [
                    features(lines, line, value, key)
                    for value in values_of(field, card.values)
                    if value and (line := source_line(lines, value, key))
                ]
                if found:
                    rows.append((card, field, card.right[field], worst(found)))
    wrong = [row for row in rows if not row[2]]
    print(f"{len(rows)} accepted fields with a source line, {len(wrong)} wrong, {len(cards)} cards")
    for card, field, _, feats in wrong:
        shown = " ".join(f"{k} {v:.2f}" for k, v in feats.items())
        print(f"  {card.file:<24} {field:<12} {card.evidence[field]:<26} {shown}")
    print(f"\n{'feature':<10} {'cut':>7} {'wrong caught':>13} {'right flagged':>14}  new cards")
    for name, (sign, cuts) in CUTS.items():
        for cut in cuts:
            hit = [r for r in rows if (r[3][name] < cut if sign == "<" else r[3][name] >= cut)]
            caught = sum(not r[2] for r in hit)
            new = {r[0].file for r in hit} - already
            review = (len(already) + len(new)) / max(1, len(cards))
            print(
                f"{name:<10} {sign}{cut:>6} {caught:>6}/{len(wrong):<6} {len(hit) - caught:>14}"
                f" {len(new):>5} ({review:.0%} to review)"
            )


if __name__ == "__main__":
    main()
