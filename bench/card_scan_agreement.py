"""Does a second reading of a sure field's line tell a misread field from a right one?

    python bench/card_scan_agreement.py DIR [DIR ...] [--all] [--tesseract] [--out READINGS.json]
    python bench/card_scan_agreement.py --from READINGS.json [--flagged]

Each DIR holds card images, ``truth.jsonl`` and the OCR cache of ``card_scan_calibrate.py
--cache`` (the lines card_scan read). Every name, company, email and phone accepted at or above
the review bar (``--all``: at any level) is found on its line(s) (``agreement_match``); the
line's crop is read again by RapidOCR's recogniser (``second_reading.CROPS``, three crops) and,
with ``--tesseract``, by Tesseract on the crop grown twice, one line, with and without Otsu's
threshold. Prints, per rule of agreement and field, the wrong fields a disagreement catches, the
right ones it flags, the cards it touches, and the CPU seconds each reading costs per card.
``--out`` keeps the readings, so rules can be compared without reading again (``--from``).

Session 19 (docs/card_scan_log.md, "A second reading of the fields about to be accepted"): on seed
69's photos one RapidOCR crop caught 1 of the 3 wrong sure fields and flagged 4 of 444 right
ones; wired into the reading for names, companies and emails it caught 2 of 7 wrong accepted
fields on seeds 69 and 70 at 2-3 points more review, 3 more on scans, and 0.2 s CPU a card:
measured, not adopted.
"""

from __future__ import annotations

import argparse
import difflib
import json
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.phone_reading import card_regions
from contactkit_plugins.card_scan.recheck import ONE_CROP
from contactkit_plugins.card_scan.row_reading import row_box
from contactkit_plugins.card_scan.second_reading import read_boxes
from contactkit_plugins.card_scan.text_lines import Line

sys.path.insert(0, str(Path(__file__).parent))
from agreement_match import CHECKED, field_lines, field_values, holds, key, sure_values
from card_scan_calibrate import FIELDS
from card_scan_keys import address_key, contact_keys, truth_keys

# The one crop of the cheaper rule: the recheck's.
CROPS = ONE_CROP


def _right(field: str, value: str, right: dict[str, bool], want: dict) -> bool:
    """Whether the value is right: a number or an address each on its own, its kind aside."""
    if field in ("phones", "emails"):
        return value in want[field]
    return right[field]


def tesseract_line(image: Image.Image, box: tuple, otsu: bool) -> tuple[str, float]:
    """Tesseract on the line's crop prepared otherwise than the card: grown twice, one line,
    with ``otsu`` thresholded by Otsu's method."""
    import tesserocr

    from contactkit_plugins.card_scan.ocr import _api

    left, top, right, bottom = box
    pad = max(4, (bottom - top) // 3)
    gray = np.asarray(image.convert("L"))
    crop = gray[max(0, top - pad) : bottom + pad, max(0, left - pad) : right + pad]
    crop = cv2.resize(crop, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
    if otsu:
        _, crop = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    api = _api("eng", 7)
    api.SetPageSegMode(tesserocr.PSM.SINGLE_LINE)
    api.SetImage(Image.fromarray(crop))
    text = api.GetUTF8Text().strip()
    conf = api.MeanTextConf() / 100
    api.Clear()
    return text, conf


def collect(
    folders: list[Path], tesseract: bool, every: bool, one: bool = False
) -> tuple[list[dict], dict, int]:
    from contactkit_plugins.card_scan.image_files import load_page
    from contactkit_plugins.card_scan.imaging import prepare
    from contactkit_plugins.card_scan.jobs import OcrOptions

    records, seconds, cards = [], Counter(), 0
    options = OcrOptions()
    for folder in folders:
        cache = pickle.loads((folder / ".ocr-cache.pkl").read_bytes())
        for row in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            truth = json.loads(row)
            lines = cache.get(truth["file"])
            if lines is None:
                continue
            cards += 1
            parsed = parse_card(lines, default_region="US")
            want, got = truth_keys(truth), contact_keys(parsed.contact)
            got["address"] = address_key(parsed.contact, want["address"])
            right = {f: want[k] == got[k] for f, k in FIELDS.items()}
            values = field_values(parsed) if every else sure_values(parsed)
            if not values:
                continue
            image = _upright(folder / truth["file"], lines, options, prepare, load_page)
            regions = card_regions(lines, "US")
            todo = []
            for f, v in values:
                found = field_lines(f, v, lines, regions)
                if found:
                    todo.append((f, v, row_box([lines[i] for i in found])))
            boxes = [box for _, _, box in todo]
            if not one:
                start = time.process_time()
                readings = read_boxes(image, boxes) if todo else []
                seconds["rapid x3"] += time.process_time() - start
            start = time.process_time()
            single = read_boxes(image, boxes, CROPS) if todo else []
            seconds["rapid x1"] += time.process_time() - start
            if one:
                readings = single
            tess, grey = [], []
            if tesseract:
                start = time.process_time()
                tess = [tesseract_line(image, box, True) for box in boxes]
                seconds["tess otsu"] += time.process_time() - start
                start = time.process_time()
                grey = [tesseract_line(image, box, False) for box in boxes]
                seconds["tess grey"] += time.process_time() - start
            for n, (f, v, box) in enumerate(todo):
                records.append(
                    {
                        "card": f"{folder.name}/{truth['file']}",
                        "field": f,
                        "level": parsed.evidence[f],
                        "sure": probability(f, parsed.evidence[f]) >= REVIEW_BELOW,
                        "value": v,
                        "right": _right(f, v, right, want),
                        "want": str(FIELDS[f] and want[FIELDS[f]]),
                        "line": " | ".join(
                            line.text
                            for line in lines
                            if line.top < box[3]
                            and line.bottom > box[1]
                            and line.left < box[2]
                            and line.right > box[0]
                        ),
                        "rapid": readings[n],
                        "tess": tess[n] if tess else None,
                        "grey": grey[n] if grey else None,
                    }
                )
    return records, seconds, cards


def _upright(path: Path, lines: list[Line], options, prepare, load_page) -> Image.Image:
    """The prepared image turned as the cached lines were read (the boxes are in its pixels):
    of the turns the boxes fit, the one where RapidOCR reads the surest long line alike."""
    image = prepare(load_page(path.read_bytes(), 0), options.steps)
    turns = (90, 270, 0) if image.height > image.width * 1.1 else (0, 180)
    right = max(line.right for line in lines)
    bottom = max(line.bottom for line in lines)
    fit = [image.rotate(a, expand=True) if a else image for a in turns]
    fit = [t for t in fit if t.width >= right and t.height >= bottom] or [image]
    if len(fit) == 1:
        return fit[0]
    probe = max(lines, key=lambda line: (len(line.text) >= 6) * line.mean_conf)
    want = key(probe.text, "name")

    def likeness(turned: Image.Image) -> float:
        text = read_boxes(turned, [row_box([probe])], CROPS)[0][0][0]
        return difflib.SequenceMatcher(None, key(text, "name"), want).ratio()

    return max(fit, key=likeness)


def window(reading: str, value: str, field: str) -> str:
    """The piece of the reading aligned with the field (its characters, folded)."""
    own, want = key(reading, field), key(value, field)
    match = difflib.SequenceMatcher(None, own, want, autojunk=False)
    blocks = [b for b in match.get_matching_blocks() if b.size]
    if not blocks:
        return ""
    start = max(0, blocks[0].a - blocks[0].b)
    end = blocks[-1].a + blocks[-1].size + (len(want) - blocks[-1].b - blocks[-1].size)
    return own[start:end]


def rules(record: dict) -> dict[str, bool]:
    """Per rule, whether the second reading disputes the field."""
    f, value = record["field"], record["value"]
    texts = [text for text, _ in record["rapid"]]
    held = [holds(text, value, f) for text in texts]
    out = {"rapid1-not-holds": not held[0]}
    if len(texts) == 1:  # read with --one
        return out
    out["rapid3-none-holds"] = not any(held)
    out["rapid3-under-2-hold"] = sum(held) < 2
    windows = [window(text, value, f) for text in texts]
    counts = Counter(w for w in windows if w and w != key(value, f))
    agreed = [w for w, n in counts.items() if n >= 2]
    out["rapid3-2-agree-near"] = not any(held) and any(
        _distance(w, key(value, f)) <= 2 for w in agreed
    )
    for name in ("tess", "grey"):
        if record.get(name) is not None:
            out[f"{name}-not-holds"] = not holds(record[name][0], value, f)
            out[f"{name}+rapid1-not-hold"] = out[f"{name}-not-holds"] and not held[0]
    return out


def _distance(a: str, b: str) -> int:
    match = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return max(len(a), len(b)) - sum(block.size for block in match.get_matching_blocks())


def report(records: list[dict], cards: int, seconds: dict, every: bool) -> None:
    names = sorted({rule for r in records for rule in rules(r)})
    wrong = sum(not r["right"] for r in records)
    print(f"{cards} cards, {len(records)} fields read again ({wrong} wrong)")
    for what, spent in seconds.items():
        print(f"  {what}: {spent / max(1, cards):.3f} s CPU per card")
    groups = [("sure", [r for r in records if r["sure"]])]
    if every:
        groups.append(("any level", records))
    for label, chosen in groups:
        print(f"\n{label}: {'rule':<22} {'field':<13} {'wrong caught':>13} {'right flagged':>14}")
        for name in names:
            for f in [*CHECKED, "all"]:
                mine = [r for r in chosen if f in ("all", r["field"])]
                caught = sum(rules(r)[name] and not r["right"] for r in mine)
                flagged = sum(rules(r)[name] and r["right"] for r in mine)
                bad = sum(not r["right"] for r in mine)
                cards_hit = len({r["card"] for r in mine if rules(r)[name]})
                print(
                    f"  {name:<26} {f:<13} {caught:>5}/{bad:<7} {flagged:>6}/{len(mine) - bad:<7}"
                    f" cards {cards_hit}"
                )
    print("\nwrong fields:")
    for r in records:
        if not r["right"]:
            hits = [n for n, v in rules(r).items() if v]
            sure = "SURE " if r["sure"] else ""
            print(
                f"  {sure}{r['card']} {r['field']} [{r['level']}] {r['value']!r} want {r['want']}"
            )
            print(f"      line {r['line']!r} rapid {[t for t, _ in r['rapid']]}")
            print(f"      tess {r['tess']} grey {r.get('grey')}")
            print(f"      disputed by {hits}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--from", dest="source", type=Path, help="readings kept by --out")
    parser.add_argument("--tesseract", action="store_true")
    parser.add_argument("--all", action="store_true", help="fields at every level, not only sure")
    parser.add_argument("--flagged", action="store_true", help="list right fields disputed")
    parser.add_argument("--one", action="store_true", help="only the one crop of the cheap rule")
    args = parser.parse_args()
    if args.source:
        saved = json.loads(args.source.read_text())
        records, seconds, cards = saved["records"], saved["seconds"], saved["cards"]
    else:
        records, seconds, cards = collect(args.folders, args.tesseract, args.all, args.one)
        if args.out:
            args.out.write_text(
                json.dumps({"records": records, "seconds": seconds, "cards": cards})
            )
    report(records, cards, seconds, any(not r["sure"] for r in records))
    if args.flagged:
        for r in records:
            if r["right"] and r["sure"] and rules(r)["rapid1-not-holds"]:
                print(f"  {r['card']} {r['field']} {r['value']!r}: {[t for t, _ in r['rapid']]}")


if __name__ == "__main__":
    main()
