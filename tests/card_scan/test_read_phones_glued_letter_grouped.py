"""A one-letter label glued after a number grouped by dots or dashes, as France and Germany
print them ("01.23.45.67.89M +33 6 ..."): the letter is the next number's label (second review,
rev34c; rev34b's narrowing to digits and spaces lost the office number). The floor or unit
before a number that stays no label is tested in test_read_phones_foreign_shapes_kept.py.
Hand-made OCR lines."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.fields import parse_card


@pytest.mark.parametrize(
    ("region", "row", "numbers"),
    [
        (
            "FR",
            "T 01.23.45.67.89M +33 6 12 34 56 78",
            [("+33123456789", "work"), ("+33612345678", "cell")],
        ),
        (
            "DE",
            "T +49 89 1234-567M +49 170 1234567",
            [("+49891234567", "work"), ("+491701234567", "cell")],
        ),
        (
            "DE",
            "T 089/1234567M +49 170 1234567",
            [("+49891234567", "work"), ("+491701234567", "cell")],
        ),
    ],
)
def test_a_label_glued_after_a_grouped_number_labels_the_next(region, row, numbers):
    lines = worded_lines(
        ("Anna Weber", 44), ("Weber GmbH", 34), (row, 30), ("anna@weber.example", 30)
    )
    parsed = parse_card(lines, default_region=region)
    assert [(p.e164, p.kind.value) for p in parsed.contact.phones] == numbers
