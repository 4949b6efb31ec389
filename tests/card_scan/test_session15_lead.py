"""Session 15 (lead): fixes with a card or line that fails without them."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan import local_parts
from contactkit_plugins.card_scan.companies import _form_read


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


@pytest.mark.parametrize(
    ("read", "stored"),
    [
        ("Acme Cor)", "Acme Corp"),  # the form's last letter read as a mark, put back small
        ("ACME COR)", "ACME CORP"),
        ("Schmidt Software Gmb)", "Schmidt Software GmbH"),  # GmbH is written so
    ],
)
def test_a_form_s_last_letter_put_back_in_the_word_s_case(read: str, stored: str) -> None:
    # The review of session 15: "Acme Cor)" was stored "Acme CorP".
    assert _form_read(read) == stored
