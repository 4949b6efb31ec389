"""Session 15 (lead): fixes with a card or line that fails without them."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan import local_parts


def test_restore_letters_reads_a_long_line_once_per_word(monkeypatch: pytest.MonkeyPatch) -> None:
    # A line of one-letter debris (a textured background read as text) once cost the square
    # of its length: every word folded all the others again.
    calls = 0
    fold = local_parts.spelt_fold

    def counting(text: str) -> str:
        nonlocal calls
        calls += 1
        return fold(text)

    monkeypatch.setattr(local_parts, "spelt_fold", counting)
    line = " ".join("abcdefghijklmnopqrstuvwxyz"[i % 26] for i in range(600))
    local_parts.restore_letters(line, "jonathan.bennett")
    assert calls <= 10 * 600


@pytest.mark.parametrize(
    ("line", "local", "stored"),
    [
        ("onathan Bennett", "jonathan_bennett", "Jonathan Bennett"),
        ("Gianluca Ferrar", "ferrari", "Gianluca Ferrari"),
        # the missing letters start the next word: "mariag@" is Maria Garcia's, not "Mariag"
        ("Maria Garcia", "mariag", "Maria Garcia"),
        ("onathan Benne", "jonathan.bennett", "Jonathan Bennett"),
    ],
)
def test_restore_letters_still_restores(line: str, local: str, stored: str) -> None:
    assert local_parts.restore_letters(line, local) == stored


