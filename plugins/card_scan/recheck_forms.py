"""A company's legal form that a second engine reads as another: the form is a closed list, so
two readings naming two forms is a dispute no letter-by-letter measure weighs (``SLL.`` beside
RapidOCR's ``S.L.`` is one letter, under ``recheck_match.DISAGREES``)."""

from __future__ import annotations

from .clues import legal_form, repair_legal_form, trim_after_legal_form


def form_disputed(company: str, reading: str) -> bool:
    """The company and the reading of its row each end on a legal form, and the forms differ
    ("SANCHEZ CONSULTORIA SLL." read "S.L." again: first generator's photo seed 711 card 27,
    accepted at domain+legal). Not where one ends the other: a reading that glued the form's
    first word to the name ("ClearviewNetworks,Pte Ltd") names only its last."""
    ours, theirs = _form(company), _form(reading)
    if ours is None or theirs is None:
        return False
    return not (ours.endswith(theirs) or theirs.endswith(ours))


def _form(text: str) -> str | None:
    found = legal_form(trim_after_legal_form(repair_legal_form(text.strip())))
    return found[0] if found else None
