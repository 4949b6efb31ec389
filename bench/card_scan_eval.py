"""card_scan on a folder of cards with a ``truth.jsonl``: field accuracy, review load, speed.

    python bench/card_scan_eval.py DIR [DIR ...] [--workers 1] [--misses] [--by-font] [--by-country]

Each DIR holds card images and ``truth.jsonl`` (one JSON object a line: ``file``, ``name``,
``title``, ``company``, ``emails``, ``phones`` [{``e164``, ``kind``}], ``url``, ``address``), as
written by the blind generator (bench/blind/cards_gen.py) or by tests/card_scan/cardgen_world.py.

Two readers on the same images in the same run:

- ``contactkit scan`` as a user runs it: the real command in a subprocess, store included; its
  contacts and review items are then read back from that store. What counts is what the machine
  read, before any person answers the review queue.
- The baseline: bare ``tesseract IMAGE stdout`` and a naive regex (emails, phone-shaped digit
  runs parsed for the configured region, the first capitalised two-word line as the name, the
  first line with a legal form as the company, a line with a job word as the title).

Per field: the share of cards where the value read equals the truth (names, titles and companies
compared case- and punctuation-blind; emails and phones as sets of addresses and E.164 numbers;
the postal address right when something was read and every part read is in the printed address,
or nothing was read where none is printed; ``address_whole`` adds a stricter line, the address
read whole). Also: the share of cards sent to review, and
auto-accepted fields (not flagged for review) that are wrong, counting a value missed without a
flag as wrong too; addresses apart, since alone they send no card to review (a doubtful one is
left out). Speed: cards per minute per core
of each reader (one worker, one OMP thread each), and their ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections import defaultdict
from pathlib import Path

from card_scan_baseline import run_baseline
from card_scan_keys import FIELDS, scored, truth_keys
from card_scan_run import read_store, run_contactkit
from card_scan_score import Score

from contactkit.model import Contact
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.image_files import content_hash
from contactkit_plugins.card_scan.review_rule import review_fields


def evaluate(
    folder: Path,
    workers: int,
    region: str,
    misses: bool,
    review_below: float = REVIEW_BELOW,
    also_below: tuple[float, ...] = (),
    by_font: bool = False,
    by_country: bool = False,
) -> dict:
    truths = [json.loads(line) for line in (folder / "truth.jsonl").read_text().splitlines()]
    truths = [t for t in truths if (folder / t["file"]).exists()]
    files = [folder / t["file"] for t in truths]
    with tempfile.TemporaryDirectory(prefix="card_scan_eval_") as tmp:
        db = Path(tmp) / "eval.db"
        ours_seconds = run_contactkit(folder, db, workers, region)
        read = read_store(db)
    base, base_seconds = run_baseline(files, region)
    ours, bare = Score(), Score()
    fonts: dict[str, Score] = defaultdict(Score)
    countries: dict[str, Score] = defaultdict(Score)
    for truth, file in zip(truths, files, strict=True):
        want = truth_keys(truth)
        key = content_hash(file.read_bytes())
        contact, flagged, conf = read.get(key, (Contact(), {"name"}, {}))
        left_out = {f for f, c in conf.items() if c < review_below} - flagged
        printed = truth.get("address") or ""
        got = scored(contact, want, printed)
        font = truth.get("style", {}).get("font", "?")
        country = truth.get("country") or "?"
        for score in (ours, fonts[font], countries[country]):
            score.add(file.name, want, got, flagged, left_out, conf)
        bare.add(file.name, want, scored(base[file.name], want, printed))
    n = len(files)
    # The same run read at other review thresholds: what would have gone to review, and what
    # would have been accepted wrong (the stored values are the same for thresholds >= 0.85).
    at_other = {}
    for other in also_below:
        score = Score()
        for truth, file in zip(truths, files, strict=True):
            contact, flagged, conf = read.get(
                content_hash(file.read_bytes()), (Contact(), None, {})
            )
            values = contact.model_dump(mode="json")
            flagged = {"name"} if flagged is None else set(review_fields(conf, values, other)[0])
            left_out = {f for f, c in conf.items() if c < other} - flagged
            want = truth_keys(truth)
            score.add(
                file.name,
                want,
                scored(contact, want, truth.get("address") or ""),
                flagged,
                left_out,
                conf,
            )
        at_other[other] = score
    print(f"\n{folder} ({n} cards, default region {region}, {workers} worker(s))")
    print(f"  {'field':<12} card_scan  tesseract+regex")
    for name in FIELDS:
        mark = "" if ours.share(name) > bare.share(name) else "  <= not better"
        print(f"  {name:<12} {ours.share(name):9.3f}  {bare.share(name):15.3f}{mark}")
    print(f"  to review: {ours.reviewed}/{n} ({ours.reviewed / max(1, n):.0%})")
    print(
        f"  auto-accepted fields wrong: {ours.wrong_accepted}/{ours.accepted}; doubtful and "
        f"left out: {ours.left_out}"
    )
    print(f"  addresses stored unflagged, wrong: {ours.minor_wrong}/{ours.minor_accepted}")
    print(f"  address whole (street, postcode, town): {ours.whole / max(1, n):.3f}")
    for other, score in at_other.items():
        print(
            f"  at review_below {other:.2f} (same run): to review {score.reviewed}/{n} "
            f"({score.reviewed / max(1, n):.0%}); auto-accepted fields wrong: "
            f"{score.wrong_accepted}/{score.accepted}"
        )
    ours_rate = n / ours_seconds * 60 / workers
    bare_rate = n / base_seconds * 60
    print(
        f"  speed: card_scan {ours_rate:.1f} cards/min/core (whole command, store included), "
        f"bare tesseract+regex {bare_rate:.1f}; ratio {ours_rate / bare_rate:.2f}"
    )
    if by_font:
        print_by("font", fonts)
    if by_country:
        print_by("country", countries)
    if misses:
        for line in ours.misses:
            print("   ", line)
    return {"ours": ours, "bare": bare}


def print_by(kind: str, groups: dict[str, Score]) -> None:
    """Field shares, review and wrong accepted fields for each group of cards (the font the
    generator printed in, the company's country)."""
    print(f"  {kind:<24} cards  name  comp  email phone title review wrong/accepted")
    for group, score in sorted(groups.items()):
        shares = " ".join(
            f"{score.share(f):.2f}" for f in ("name", "company", "emails", "phones", "title")
        )
        print(
            f"  {group:<24} {score.cards:5d}  {shares}  {score.reviewed / score.cards:5.0%} "
            f"{score.wrong_accepted}/{score.accepted}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--region", default="US", help="the configured default phone region")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    parser.add_argument(
        "--also-below",
        default="",
        help="other review thresholds (>= 0.85, comma-separated) to read the same run at",
    )
    parser.add_argument(
        "--by-font", action="store_true", help="figures for each font in truth's style.font"
    )
    parser.add_argument(
        "--by-country", action="store_true", help="figures for each country in truth's country"
    )
    args = parser.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"card_scan eval; {os.cpu_count()} cores, load average {load:.1f} at start")
    for folder in args.folders:
        also = tuple(float(t) for t in args.also_below.split(",") if t)
        evaluate(
            folder,
            args.workers,
            args.region,
            args.misses,
            also_below=also,
            by_font=args.by_font,
            by_country=args.by_country,
        )


if __name__ == "__main__":
    main()
