"""The labelled observations files the matching benches read, and how they read them.

One JSON object a line: ``source``, ``key``, ``seen``, ``region``, ``truth``, ``contact`` (and
``confidence``). ``--blind SEED`` runs the blind generator (bench/blind/matching_gen.py, written
by someone who has not read the matcher); ``--own SEED`` uses the tests' generator
(tests/matching). A file is written once into ``--cache`` and read from there after.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "bench" / "blind" / "matching_gen.py"


def blind_file(seed: int, people: int, folder: Path) -> Path:
    out = folder / f"blind-{seed}-{people}"
    target = out / "observations.jsonl"
    if not target.exists():
        cmd = [sys.executable, str(BLIND), "--seed", str(seed), "--people", str(people)]
        subprocess.run([*cmd, "--out", str(out)], check=True)
    return target


def own_file(seed: int, people: int, folder: Path) -> Path:
    """The tests' generator written in the blind file's shape (about 2 observations a person)."""
    sys.path.insert(0, str(ROOT / "tests" / "matching"))
    from generator import Generator

    target = folder / f"own-{seed}-{people}.jsonl"
    if target.exists():
        return target
    rows = Generator(seed=seed).observations(int(people * 2))
    with target.open("w", encoding="utf-8") as fh:
        for o in rows:
            line = {
                "source": o["source"],
                "key": o["source_key"],
                "seen": o["seen_at"].isoformat(),
                "region": "DE",
                "truth": o["person"],
                "contact": o["payload"],
                "confidence": o["confidence"],
            }
            fh.write(json.dumps(line) + "\n")
    return target


def read_lines(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def parse_seen(value: Any) -> datetime:
    """When a line was seen (its ``seen``), in UTC; a line without one was seen on 1 Jan 2026."""
    if not value:
        return datetime(2026, 1, 1, tzinfo=UTC)
    seen = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return seen if seen.tzinfo else seen.replace(tzinfo=UTC)


def valid_contact(x: dict[str, Any]) -> Any:
    """The line's contact as a source would hand it over: a value that does not validate (an
    OCR'd "celine,legall@...") costs that value, not the whole record (as the vcard source does)."""
    from contactkit.model import Contact

    context = {"default_region": x.get("region")}
    try:
        return Contact.model_validate(x["contact"], context=context)
    except ValueError:
        contact = dict(x["contact"])
        emails = []
        for email in contact.get("emails") or ():
            try:
                Contact.model_validate({"emails": [email]})
                emails.append(email)
            except ValueError:
                continue
        contact["emails"] = emails
        return Contact.model_validate(contact, context=context)


def data_arguments(parser: argparse.ArgumentParser) -> None:
    """--blind SEED or --own SEED, --people, --cache: which data set (shared by the benches)."""
    data = parser.add_mutually_exclusive_group()
    data.add_argument("--blind", type=int, help="Blind generator seed.")
    data.add_argument("--own", type=int, help="The tests' generator seed.")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "ck-eval")


def data_file(args: argparse.Namespace) -> tuple[Path, str]:
    """The observations file the arguments name (generated on first use) and its label."""
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.own is not None:
        return own_file(args.own, args.people, args.cache), f"own seed {args.own}"
    seed = 1 if args.blind is None else args.blind
    return blind_file(seed, args.people, args.cache), f"blind seed {seed}"
