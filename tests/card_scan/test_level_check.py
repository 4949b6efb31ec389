"""bench/card_scan_level_check.py: the levels that auto-accept, counted on fresh cards."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from card_scan_calibrate import Card
from card_scan_level_check import fonts_of, level_rows, wrong_fields


def _card(file: str, level: str, right: bool, table: str = "s85") -> Card:
    return Card(
        table,
        file,
        {"name": level, "emails": "missing"},
        {},
        {"name": right, "emails": False},
        {"name": ("Jan Kowalski", "Jan Kowalski" if right else "Jan Kowa1ski"), "emails": ("", "")},
    )


def test_a_level_is_marked_where_fresh_cards_measure_it_under_its_table_value():
    cards = [_card(f"a/{i}.jpg", "email", True) for i in range(40)]
    cards += [_card(f"b/{i}.jpg", "largest/hi", i > 3) for i in range(60)]
    table = {"email": 0.99, "largest/hi": 0.987}.get
    rows = level_rows(cards, lambda field, level: table(level, 0.5))
    assert ("emails", "missing") not in rows  # absent fields are no level
    # 40 of 40 right: share 1.0 over the table's 0.99, bound 40 / 40.25 over the bar.
    assert rows[("name", "email")].marks(0.93) == []
    # 56 of 60: share 0.933 under the table's 0.987, its bound (0.915) under the bar.
    wrong = rows[("name", "largest/hi")]
    assert (wrong.n, wrong.wrong) == (60, 4)
    assert wrong.marks(0.93) == ["share<table", "bound<bar"]
    # A level the table keeps under the bar is no accepting level: nothing to mark; one right
    # on each of its two cards is too few to say anything of.
    assert rows[("name", "email")]._replace(n=2, bound=0.8).marks(0.93) == []
    assert wrong._replace(table=0.5).marks(0.93) == []
    assert [f for f, *_ in wrong_fields(cards, "name", "largest/hi")] == [
        "b/0.jpg",
        "b/1.jpg",
        "b/2.jpg",
        "b/3.jpg",
    ]


def test_each_card_is_keyed_to_its_font_as_the_calibration_keys_it(tmp_path):
    folder = tmp_path / "s85_photo"
    folder.mkdir()
    (folder / "truth.jsonl").write_text(
        '{"file": "card-001.jpg", "style": {"font": "C059"}}\n{"file": "card-002.jpg"}\n'
    )
    assert fonts_of([folder]) == {"s85_photo/card-001.jpg": "C059", "s85_photo/card-002.jpg": "?"}
