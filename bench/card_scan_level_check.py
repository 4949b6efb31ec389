"""Check the levels that auto-accept against fresh cards: per level, pooled over the folders,
fields, wrong fields, share right and its Wilson lower bound beside ``calibration.CALIBRATED``.

    python bench/card_scan_level_check.py DIR [DIR ...] [--check DIR ...] [--bar 0.93] [--all]

The DIRs are tuning folders (``truth.jsonl`` and images, read as ``card_scan_calibrate.py`` reads
them; ``--cache`` keeps their OCR there too). A level the table puts at or over the bar is marked
``share<table`` where its share right on these cards is under the table's value (the table
claims a lower bound, so a true rate under it was measured on other cards: until session 20,
cards printed in DejaVu fonts only), and ``bound<bar`` where it was wrong here and its own lower
bound falls under the bar (a level right on each of a few cards is not marked: too few to say).
Each accepting level's wrong fields follow, with the font the card was printed in (truth's
``style.font``). ``--check DIR...``: held-out folders, counted for the same levels beside the
tuning ones, read only to confirm a change made on the tuning folders.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from contactkit_plugins.card_scan.calibration import ABSENT, REVIEW_BELOW, probability

sys.path.insert(0, str(Path(__file__).parent))
from card_scan_calibrate import BOUND_Z, Card, level_counts, lower_bound, read_cards


class LevelRow(NamedTuple):
    """One level's fields over the folders read, and what the table gives it."""

    field: str
    level: str
    n: int
    wrong: int
    bound: float
    table: float

    @property
    def share(self) -> float:
        return (self.n - self.wrong) / self.n if self.n else 0.0

    def marks(self, bar: float) -> list[str]:
        """Why the level's table value is not what these cards measured, at ``bar``."""
        out = []
        if self.table >= bar and self.n and self.share < self.table:
            out.append("share<table")
        if self.table >= bar and self.wrong and self.bound < bar:
            out.append("bound<bar")
        return out


def level_rows(
    cards: list[Card],
    chance: Callable[[str, str], float] = probability,
    z: float = BOUND_Z,
) -> dict[tuple[str, str], LevelRow]:
    """Every level the cards show (absent fields aside), pooled over their folders."""
    rows = {}
    for (field, level), (n, right) in level_counts(cards).items():
        if level in ABSENT:
            continue
        bound = lower_bound(n, right, z)
        rows[(field, level)] = LevelRow(field, level, n, n - right, bound, chance(field, level))
    return rows


def fonts_of(folders: list[Path]) -> dict[str, str]:
    """Each card's font (truth's ``style.font``), keyed as ``Card.file`` is: ``folder/file``."""
    out = {}
    for folder in folders:
        for row in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            truth = json.loads(row)
            out[f"{folder.name}/{truth['file']}"] = truth.get("style", {}).get("font", "?")
    return out


def wrong_fields(cards: list[Card], field: str, level: str) -> list[tuple[str, str, str]]:
    """(card file, truth, value read) of each wrong field at ``level``."""
    return [
        (c.file, *c.shown[field])
        for c in cards
        if c.evidence.get(field) == level and not c.right[field]
    ]


def _cell(row: LevelRow | None) -> str:
    if row is None:
        return f"{'-':>5} {'':>5} {'':>6} {'':>6}"
    return f"{row.n:5} {row.wrong:5} {row.share:6.3f} {row.bound:6.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--check", nargs="*", type=Path, default=[], help="held-out folders")
    parser.add_argument("--cache", action="store_true", help="keep OCR lines per folder")
    parser.add_argument("--region", default="US")
    parser.add_argument("--bar", type=float, default=REVIEW_BELOW)
    parser.add_argument("--all", action="store_true", help="every level, not only accepting ones")
    args = parser.parse_args()
    cards = read_cards(args.folders, args.cache, args.region)
    rows = level_rows(cards)
    check_cards = read_cards(args.check, args.cache, args.region) if args.check else []
    check = level_rows(check_cards) if args.check else {}
    head = f"{'field':<13} {'level':<40} {'table':>6} {'n':>5} {'wrong':>5} {'share':>6} "
    head += f"{'bound':>6}"
    if args.check:
        head += f" | {'n':>5} {'wrong':>5} {'share':>6} {'bound':>6} (check)"
    print(head)
    shown = sorted(k for k, r in {**check, **rows}.items() if args.all or r.table >= args.bar)
    for key in shown:
        row = rows.get(key)
        field, level = key
        table = (row or check[key]).table
        line = f"{field:<13} {level:<40} {table:6.3f} "
        line += _cell(row)
        if args.check:
            line += f" | {_cell(check.get(key))}"
        marks = row.marks(args.bar) if row else []
        print(line + ("  " + " ".join(marks) if marks else ""))
    fonts = fonts_of(args.folders)
    for (field, level), row in sorted(rows.items()):
        if row.table < args.bar or not row.wrong:
            continue
        marks = " ".join(row.marks(args.bar))
        print(f"\n{field} [{level}]: {row.wrong} wrong of {row.n} {marks}")
        for file, want, got in wrong_fields(cards, field, level):
            print(f"  {file:<24} {fonts.get(file, '?'):<24} {want} | {got}")


if __name__ == "__main__":
    main()
