"""card_scan benchmark: accuracy per field, speed against bare Tesseract, parallel throughput.

    python bench/card_scan_bench.py [--cards 100] [--workers N] [--timing 20] [--sweep 20]
                                    [--throughput 40]

1. Accuracy: ``--cards`` generated cards (tests/card_scan/cardgen.py), once as flatbed scans and
   once as desk photos, through the real source; precision and recall per field, how many cards
   went to review, and how often an auto-accepted field (not flagged) was wrong.
2. Speed: seconds per card end to end (one worker) against bare ``tesseract IMAGE stdout`` on
   the same files in the same run; the ratio is what to compare between machines.
3. Throughput: cards per minute with one worker and with ``--workers`` on the same scans,
   back to back.
4. Sweep (``--sweep N``, 0 to skip): page-segmentation modes and pre-processing steps on N scans
   and N photos, mean field F1, to back the defaults with a measurement.
5. Engines (``--engines N``): the same prepared images of N harder cards per kind
   (cardgen_world) through Tesseract's program (pytesseract), its C API (tesserocr) and, when
   installed, RapidOCR on ONNX Runtime (one thread each); seconds per image and the share of
   the printed name, company, email and phone digits found in the raw text.

Field accuracy on a folder with a truth.jsonl (the blind sets) is bench/card_scan_eval.py.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "card_scan"))

import cardgen  # noqa: E402
import scoring  # noqa: E402

from contactkit.model import Observation, ReviewItem  # noqa: E402
from contactkit.plugin import Settings  # noqa: E402
from contactkit.testing import standalone_context  # noqa: E402
from contactkit_plugins.card_scan import CardScanConfig, CardScanSource  # noqa: E402
from contactkit_plugins.card_scan.image_files import content_hash  # noqa: E402


def make_set(folder: Path, kind: str, seeds: range) -> dict[str, cardgen.CardSpec]:
    folder.mkdir(parents=True, exist_ok=True)
    truth = {}
    for seed in seeds:
        spec, data, ext = cardgen.make_card(seed, kind)
        (folder / f"{kind}{seed:04d}.{ext}").write_bytes(data)
        truth[content_hash(data)] = spec
    return truth


def read_cards(paths: list[Path], workers: int, **options) -> tuple[list, float]:
    context = standalone_context(Settings(default_region="US", review_below=0.8))
    config = CardScanConfig(paths=paths, workers=workers, **options)
    start = time.perf_counter()
    items = [
        i
        for i in CardScanSource(config, context).read({})
        if isinstance(i, Observation | ReviewItem)
    ]
    return items, time.perf_counter() - start


def accuracy(items: list, truth: dict[str, cardgen.CardSpec]) -> dict:
    tally = scoring.Tally()
    reviewed = wrong_accepted = accepted = 0
    for item in items:
        obs = item if isinstance(item, Observation) else item.observation
        spec = truth[obs.source_key]
        tally.add(spec, obs.contact)
        flagged = set(item.uncertain) if isinstance(item, ReviewItem) else set()
        reviewed += bool(flagged)
        want, got = scoring.expected(spec), scoring.observed(obs.contact)
        for name in scoring.FIELDS:
            if got[name] and name not in flagged:
                accepted += 1
                wrong_accepted += not got[name] <= want[name]
    return {
        "tally": tally,
        "reviewed": reviewed,
        "accepted": accepted,
        "wrong_accepted": wrong_accepted,
    }


def print_accuracy(label: str, result: dict, cards: int) -> None:
    tally = result["tally"]
    print(f"\n{label}: {cards} cards")
    print(f"  {'field':<13} precision  recall")
    for name in scoring.FIELDS:
        print(f"  {name:<13} {tally.precision(name):9.3f}  {tally.recall(name):6.3f}")
    print(
        f"  sent to review: {result['reviewed']}/{cards} cards; auto-accepted fields wrong: "
        f"{result['wrong_accepted']}/{result['accepted']}"
    )


def bare_tesseract(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        subprocess.run(["tesseract", str(path), "stdout"], capture_output=True, check=True)
    return time.perf_counter() - start


def mean_f1(tally: scoring.Tally) -> float:
    scores = []
    for name in scoring.FIELDS:
        p, r = tally.precision(name), tally.recall(name)
        scores.append(2 * p * r / (p + r) if p + r else 0.0)
    return sum(scores) / len(scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=100)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timing", type=int, default=20, help="cards per kind for timing")
    parser.add_argument("--throughput", type=int, default=40, help="scans for cards/min")
    parser.add_argument("--sweep", type=int, default=20, help="cards per kind for the sweep")
    parser.add_argument("--engines", type=int, default=20, help="cards per kind for engines")
    parser.add_argument("--first-seed", type=int, default=1000)
    parser.add_argument(
        "--only",
        default="accuracy,speed,throughput,sweep,engines",
        help="comma-separated sections to run",
    )
    args = parser.parse_args()
    # Same for both sides of every comparison: one OpenMP thread per Tesseract process.
    os.environ["OMP_THREAD_LIMIT"] = "1"

    with tempfile.TemporaryDirectory(prefix="card_scan_bench_") as tmp:
        root = Path(tmp)
        seeds = range(args.first_seed, args.first_seed + args.cards)
        truth = {}
        for kind in ("scan", "photo"):
            truth[kind] = make_set(root / kind, kind, seeds)

        only = set(args.only.split(","))
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(
            f"card_scan benchmark, {args.cards} generated cards per kind, {args.workers} workers,"
            f" {os.cpu_count()} cores, load average {load:.1f} at start"
        )
        for kind in ("scan", "photo") if "accuracy" in only else ():
            items, _ = read_cards([root / kind], args.workers)
            print_accuracy(f"{kind}s", accuracy(items, truth[kind]), len(items))

        print("\nspeed, one worker, same files, same run:" if "speed" in only else "")
        for kind in ("scan", "photo") if "speed" in only else ():
            files = sorted((root / kind).iterdir())[: args.timing]
            _, ours = read_cards(files, 1)
            bare = bare_tesseract(files)
            n = len(files)
            print(
                f"  {kind}s: card_scan {ours / n:.3f} s/card, bare tesseract {bare / n:.3f} "
                f"s/card, ratio {ours / bare:.2f}"
            )

        if "throughput" in only:
            throughput(root, args)
        if args.sweep and "sweep" in only:
            sweep(root, truth, args)
        if args.engines and "engines" in only:
            engines(root, args)


def throughput(root: Path, args: argparse.Namespace) -> None:
    files = sorted((root / "scan").iterdir())[: args.throughput]
    _, serial = read_cards(files, 1)
    _, parallel = read_cards(files, args.workers)
    serial_rate, parallel_rate = len(files) / serial * 60, len(files) / parallel * 60
    print(f"\nthroughput, {len(files)} scans, back to back (worker start-up included):")
    print(f"  1 worker: {serial_rate:.1f} cards/min")
    print(
        f"  {args.workers} workers: {parallel_rate:.1f} cards/min "
        f"(x{parallel_rate / serial_rate:.2f})"
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"  load average {load:.1f} on {os.cpu_count()} cores: others' work shares them")


def sweep(root: Path, truth: dict, args: argparse.Namespace) -> None:
    print(f"\nsweep: mean field F1 on {args.sweep} scans / {args.sweep} photos, s/card (wall)")
    off = dict.fromkeys(
        ("find_card", "deskew", "rescale", "flatten", "autocontrast", "binarize"), False
    )
    variants = [
        ("default (psm 11)", {}),
        ("psm 3", {"psm": 3}),
        ("psm 4", {"psm": 4}),
        ("psm 6", {"psm": 6}),
        ("no pre-processing", {"preprocess": off}),
        ("without find_card", {"preprocess": {"find_card": False}}),
        ("without deskew", {"preprocess": {"deskew": False}}),
        ("without rescale", {"preprocess": {"rescale": False}}),
        ("without flatten", {"preprocess": {"flatten": False}}),
        ("with autocontrast", {"preprocess": {"autocontrast": True}}),
        ("with binarize", {"preprocess": {"binarize": True}}),
    ]
    for label, options in variants:
        cells = []
        for kind in ("scan", "photo"):
            files = sorted((root / kind).iterdir())[: args.sweep]
            items, seconds = read_cards(files, args.workers, **options)
            result = accuracy(items, truth[kind])
            cells.append(f"{kind} {mean_f1(result['tally']):.3f} ({seconds / len(files):.2f}s)")
        print(f"  {label:<22} " + "  ".join(cells), flush=True)


def engines(root: Path, args: argparse.Namespace) -> None:

    import cardgen_world
    import pytesseract

    from contactkit_plugins.card_scan.image_files import load_page
    from contactkit_plugins.card_scan.imaging import Steps, prepare
    from contactkit_plugins.card_scan.ocr import read_lines

    print(f"\nOCR engines, {args.engines} harder cards per kind, one thread each, same images:")
    readers = {
        "tesseract program (pytesseract)": lambda image: pytesseract.image_to_string(
            image, config="--psm 11 --dpi 300"
        ),
        "tesseract C API (tesserocr)": lambda image: "\n".join(
            line.text for line in read_lines(image, ["eng"], 11, "tesserocr")
        ),
    }
    try:
        import numpy
        from rapidocr_onnxruntime import RapidOCR

        rapid = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
        readers["RapidOCR (ONNX Runtime)"] = lambda image: "\n".join(
            r[1] for r in (rapid(numpy.array(image.convert("RGB")))[0] or [])
        )
    except ImportError:
        print("  RapidOCR: not installed (pip install rapidocr-onnxruntime to compare it)")
    for kind in ("scan", "photo"):
        specs, images = [], []
        for seed in range(args.first_seed, args.first_seed + args.engines):
            spec, data, _ = cardgen_world.make_card(seed, kind)
            page = prepare(load_page(data), Steps())
            # Upright first (as card_scan turns it), so that only reading is compared.
            turned = _upright_angle(page)
            specs.append(spec)
            images.append(page.rotate(turned, expand=True) if turned else page)
        for label, reader in readers.items():
            start = time.perf_counter()
            texts = [reader(image) for image in images]
            seconds = (time.perf_counter() - start) / len(images)
            print(f"  {kind}s  {label:<33} {seconds:.3f} s/image, found {_found(specs, texts):.3f}")


def _upright_angle(image) -> int:
    from contactkit_plugins.card_scan.ocr import quality, read_lines

    best = max(
        (quality(read_lines(image.rotate(a, expand=True), ["eng"], 11)), a)
        for a in (0, 90, 180, 270)
    )
    return best[1]


def _found(specs, texts) -> float:
    import re

    hits = total = 0
    for spec, text in zip(specs, texts, strict=True):
        flat = re.sub(r"\s", "", text).lower()
        digits = re.sub(r"\D", "", text)
        keys = [spec.name.lower().replace(" ", ""), spec.email.lower()]
        keys += [spec.company.lower().replace(" ", "")]
        keys += [e164[-7:] for _kind, _label, _text, e164 in spec.phones]
        for key in keys:
            total += 1
            hits += key in (digits if key.isdigit() else flat)
    return hits / total


if __name__ == "__main__":
    main()
