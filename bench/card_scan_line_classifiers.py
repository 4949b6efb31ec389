"""probablepeople and nameparser as classifiers of card lines, against card_scan's own rules.

    python bench/card_scan_line_classifiers.py DIR [DIR ...]

Each DIR holds card images and ``truth.jsonl`` (a tuning set: tests/card_scan/cardgen_world.py
or a blind tuning seed); the OCR lines come from ``DIR/.ocr-cache.pkl`` as written by
``bench/card_scan_calibrate.py --cache`` (run that first). Every line made of words (no ``@``,
fewer than three digits) is labelled from the truth: the person's name (honorifics and degrees
aside), the company, or other. Each classifier then says name, company or other, and the script
prints precision and recall for names and for companies:

- rules: card_scan's own (``people.name_like`` on ``bare_name``, no strong title word, not a
  country; ``clues.has_legal_form`` for companies);
- probablepeople: its CRF tagger's type (Person / Corporation / Household);
- nameparser: ``HumanName`` with a first and a last name (it cannot tell companies);
- rules + probablepeople veto: the rules' name only when probablepeople also says Person.

probablepeople is not a card_scan dependency: ``pip install probablepeople`` to run this.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import warnings
from pathlib import Path

from nameparser import HumanName
from rapidfuzz import fuzz

from contactkit import normalize
from contactkit_plugins.card_scan.card_fields_reading import _is_words
from contactkit_plugins.card_scan.clues import has_legal_form, is_country
from contactkit_plugins.card_scan.degrees import bare_name
from contactkit_plugins.card_scan.line_cleaning import clean_line
from contactkit_plugins.card_scan.people import name_like
from contactkit_plugins.card_scan.titles import title_score

try:
    import probablepeople
except ImportError:  # measured only here, never needed by card_scan
    probablepeople = None


def _key(value: str | None) -> str:
    return re.sub(r"[^0-9a-z]", "", normalize.fold(value or ""))


def truth_label(text: str, truth: dict) -> str:
    if truth.get("name") and fuzz.ratio(_key(bare_name(text)), _key(truth["name"])) >= 85:
        return "name"
    if truth.get("company") and fuzz.ratio(_key(text), _key(truth["company"])) >= 85:
        return "company"
    return "other"


def rules(text: str) -> str:
    if has_legal_form(text):
        return "company"
    bare = bare_name(text)
    if name_like(bare) and title_score(bare) < 2 and not is_country(bare):
        return "name"
    return "other"


def probable(text: str) -> str:
    try:
        _, kind = probablepeople.tag(text)
    except probablepeople.RepeatedLabelError:
        return "other"
    return {"Person": "name", "Corporation": "company"}.get(kind, "other")


def nameparser_says(text: str) -> str:
    name = HumanName(text)
    return "name" if name.first and name.last else "other"


def rules_with_veto(text: str) -> str:
    said = rules(text)
    return "other" if said == "name" and probable(text) != "name" else said


CLASSIFIERS = {
    "rules": rules,
    "probablepeople": probable,
    "nameparser": nameparser_says,
    "rules + pp veto": rules_with_veto,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    if probablepeople is None:
        raise SystemExit("pip install probablepeople first (it is measured, not a dependency)")
    warnings.filterwarnings("ignore")  # probablepeople warns on every odd token
    counts = {c: {k: [0, 0, 0] for k in ("name", "company")} for c in CLASSIFIERS}
    total = 0
    for folder in args.folders:
        cache = pickle.loads((folder / ".ocr-cache.pkl").read_bytes())
        for row in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            truth = json.loads(row)
            for line in cache.get(truth["file"], []):
                text = clean_line(line.text)
                if "@" in text or sum(c.isdigit() for c in text) >= 3 or not _is_words(text):
                    continue
                want = truth_label(text, truth)
                total += 1
                for name, classify in CLASSIFIERS.items():
                    got = classify(text)
                    for kind, (tp_fp_fn) in counts[name].items():
                        if got == kind:
                            tp_fp_fn[0 if want == kind else 1] += 1
                        elif want == kind:
                            tp_fp_fn[2] += 1
    print(f"{total} word lines from {len(args.folders)} folder(s)")
    print(f"{'classifier':<17} {'name P':>7} {'name R':>7} {'comp. P':>8} {'comp. R':>8}")
    for name, kinds in counts.items():
        shares = []
        for tp, fp, fn in kinds.values():
            shares += [tp / max(1, tp + fp), tp / max(1, tp + fn)]
        print(f"{name:<17} {shares[0]:7.2f} {shares[1]:7.2f} {shares[2]:8.2f} {shares[3]:8.2f}")


if __name__ == "__main__":
    main()
