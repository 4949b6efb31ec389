"""The lost-dot check (email_dots) on tuning folders' cached OCR lines: what it reads, finds, costs.

    python bench/email_dots_bench.py DIR [DIR ...] [--out COPY_ROOT]

Each DIR holds card images, ``truth.jsonl`` and the cached lines of
``bench/card_scan_calibrate.py --cache`` (``.ocr-cache.pkl``, read before the dot check existed).
Every address read with no separator that could hold an initial is read again by RapidOCR as
``email_dots`` does (with ``--all``, every other joined address too, so one run gives both rules):
how many addresses each rule reads again, the dots each puts back (right or wrong against the
truth), and the recogniser's CPU time. It also counts the addresses the second reading shows
joined (``shown_joined`` in two crops or more) and how many of those have the right local part.
Each card is turned upright by Tesseract again (the cached boxes are in the turned image's pixels).

With ``--out``, each DIR is copied to COPY_ROOT/DIR (images linked) with its cached lines after
the current dot check, for ``card_scan_calibrate.py --cache`` on them.
"""

from __future__ import annotations

import argparse
import json
import pickle
import time
from collections import Counter
from pathlib import Path

import numpy as np

from contactkit_plugins.card_scan import second_reading
from contactkit_plugins.card_scan.email_dots import (
    CROPS,
    JOINED_RE,
    card_words,
    could_hold_initial,
    dotted_local,
    restore_dots,
    shown_joined,
)
from contactkit_plugins.card_scan.image_files import load_page
from contactkit_plugins.card_scan.imaging import prepare
from contactkit_plugins.card_scan.jobs import OcrOptions
from contactkit_plugins.card_scan.ocr import configure
from contactkit_plugins.card_scan.scan import read_upright


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--all", action="store_true", help="read every joined address again")
    args = parser.parse_args()
    options = OcrOptions()
    configure(None)
    tally: Counter[str] = Counter()
    seconds = {"initial": 0.0, "other": 0.0}
    for folder in args.folders:
        cached = pickle.loads((folder / ".ocr-cache.pkl").read_bytes())
        truths = {}
        for row in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            truth = json.loads(row)
            truths[truth["file"]] = {e.lower() for e in truth.get("emails") or []}
        fresh = dict(cached)
        for name, lines in sorted(cached.items()):
            printed = card_words(lines)
            words = [
                w
                for line in lines
                for w in line.words
                if JOINED_RE.match(w.text) and (args.all or could_hold_initial(w.text, printed))
            ]
            if not words:
                continue
            tally["cards with a joined address"] += 1
            image = prepare(load_page((folder / name).read_bytes(), 0), options.steps)
            # The cached boxes are in the pixels of the image turned upright: turned again
            # the way the scan turns it (Tesseract decides, as it did when the lines were read).
            image, _ = read_upright(image, options)
            fresh[name] = restore_dots(image, lines)
            rgb = np.asarray(image.convert("RGB"))
            for word in words:
                box = (word.left, word.top, word.left + word.width, word.top + word.height)
                crops = [second_reading.crop_box(rgb, box, pad, st) for pad, st in CROPS]
                kind = "initial" if could_hold_initial(word.text, printed) else "other"
                start = time.process_time()
                readings, _ = second_reading.engine().text_rec(crops)
                seconds[kind] += time.process_time() - start
                texts = [str(t) for t, _ in readings]
                local, domain = word.text.split("@", 1)
                dotted = dotted_local(word.text, texts)
                want = truths.get(name, set())
                tally[f"{kind}: read again"] += 1
                tally[f"{kind}: printed dotted"] += any(
                    e.endswith("@" + domain.lower())
                    and e.replace(".", "", 1).startswith(local.lower() + "@")
                    and "." in e.split("@")[0]
                    for e in want
                )
                if dotted:
                    right = f"{dotted}@{domain}".lower() in want
                    tally[f"{kind}: dot put back, {'right' if right else 'WRONG'}"] += 1
                    if not right:
                        print("wrong dot:", folder.name, name, word.text, "->", dotted)
                elif shown_joined(word.text, texts) >= 2:
                    right = local.lower() in {e.split("@")[0] for e in want}
                    tally[f"{kind}: shown joined, {'right' if right else 'WRONG'}"] += 1
                    if not right:
                        print(
                            "shown joined, local wrong:", folder.name, name, word.text, want, texts
                        )
                else:
                    tally[f"{kind}: neither"] += 1
                    print("neither:", folder.name, name, word.text, want, texts)
        if args.out:
            copy = args.out / folder.name
            copy.mkdir(parents=True, exist_ok=True)
            for file in folder.iterdir():
                if not file.name.startswith(".") and not (copy / file.name).exists():
                    (copy / file.name).symlink_to(file.resolve())
            (copy / ".ocr-cache.pkl").write_bytes(pickle.dumps(fresh))
    for key in sorted(tally):
        print(f"{key:45} {tally[key]}")
    for kind, spent in seconds.items():
        n = tally[f"{kind}: read again"]
        each = spent / max(n, 1)
        print(f"{kind}: {spent:.1f} s of CPU in the recogniser, {each:.2f} s an address")


if __name__ == "__main__":
    main()
