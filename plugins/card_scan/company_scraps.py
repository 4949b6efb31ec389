"""A company whose legal form was read apart, beside its end (session 17, wrong17).

``SISTEMAS ORBIS`` and, right after it on its row, ``一`` | ``C`` | ``S`` (own seed 30 scan 77,
Sistemas Orbis S.A.): the small form read as specks, each a line of its own, left over. Without
them the name passed as ``domain`` (two words the domain spells, no form). ``LUMEN SHOJI Co.``
and ``.,LTD.`` touching its end (own seed 31 photo 53, Lumen Shoji Co.,Ltd.): the form's end a
line of its own, left over, and the name taken with half a form at ``domain+legal+other/hi``.
A form read whole at the start of the line right after the name, glued to the phone column
beside it (``Helix Ingénierie`` | ``S.A. Ligne directe: +33 ...``, session 18), is the name's.
A form alone picked as the company takes the logo's name printed over it (session 31).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .clues import has_legal_form, known_label, legal_form, legal_form_alone
from .local_parts import given_name, local_letters, local_match, spelt_fold, umlaut_plain
from .row_pieces import untaken_lines
from .text_lines import Line


def form_scraps(company: str, lines: list[Line], index: int, taken: Collection[int]) -> bool:
    """Left-over lines right after the company's line (``index``) on its row, within one and
    a half of its height: a legal form alone, or, where the company has none, marks of one to
    three characters holding two letters or more between them."""
    line = lines[index]
    if not line.words:
        return False
    letters = 0
    for other in untaken_lines(lines, index, taken):
        if not _right_after(line, other):
            continue
        if set(other.text.split()) <= set(company.split()):
            continue  # joined to it: "Koch & Cie" | "Sarl" read "Koch & Cie Sarl"
        if legal_form_alone(other.text):
            return True
        text = other.text.replace(" ", "")
        if len(text) <= 3:
            letters += sum(c.isalpha() for c in text)
    return letters >= 2 and not has_legal_form(company)


# The ends of "GmbH & Co. KG" (and AG's, SE's) printed on a line of their own under the name.
_KG_ENDS = frozenset({"kg", "cokg", "kgaa"})


def kg_below(company: str, lines: list[Line], index: int, taken: Collection[int]) -> bool:
    """The line after the company's (``index``), left over, is the end of a "GmbH & Co. KG"
    the company lacks: ``Schneider & Lange GmbH`` over ``KG`` (fresh photo seed 525 card 85,
    "& Co." unread, accepted at domain+legal+other/hi)."""
    after = index + 1
    if after >= len(lines) or after in taken:
        return False
    end = re.sub(r"[^a-z]", "", lines[after].text.lower())
    form = legal_form(company)
    return end in _KG_ENDS and bool(form) and form[0] in {"gmbh", "ag", "se", "ug"}


def form_beside(company: str, lines: list[Line], index: int) -> str:
    """``company`` (line ``index``) with the legal form that starts the line right after it on
    its row (read with the phone column beside it), where it has none of its own."""
    line = lines[index]
    if has_legal_form(company) or not line.words:
        return company
    for other in lines:
        if other is line or not other.words or not _right_after(line, other):
            continue
        words = other.text.split()
        for size in (3, 2, 1):
            head = " ".join(words[:size])
            form = legal_form(head)
            if len(words) > size and form and form[1] == size and re.search(r"\d", other.text):
                return f"{company} {head}"
    return company


def _right_after(line: Line, other: Line) -> bool:
    """``other`` starts right after ``line`` ends, its middle within ``line``'s height."""
    tall = line.bottom - line.top
    middle = (other.top + other.bottom) / 2
    gap = other.left - line.right
    return line.top <= middle <= line.bottom and -0.5 * tall <= gap <= 1.5 * tall


def name_above_form(
    text: str,
    lines: list[Line],
    texts: list[str],
    candidates: list[int],
    i: int,
    local: str | None = None,
) -> str:
    """``Nova Technik`` over ``AG``, ``sirio`` over ``S.p.A.``: a logo printing the firm's name
    and its form alone on the line under it, the form picked (no domain spells the name): the
    name joined before it. Not a person's name (a given name first, or the name the email's
    ``local`` part is written from), nor a line with a form of its own, nor a line
    the form is neither under nor right after (the person's name at the left, a logo's mark
    and its form under it at the right: the form read as the line after the name)."""
    above = i - 1
    if above not in candidates or not legal_form_alone(text):
        return text
    form, name = lines[i], lines[above]
    under = form.left < name.right and name.left < form.right
    if not under and not _right_after(name, form):
        return text
    words = texts[above].split()
    if not 1 <= len(words) <= 3 or has_legal_form(texts[above]) or given_name(words[0]):
        return text
    parts = spelt_fold(texts[above]).split()
    if _written_from(local, parts):
        return text  # "Wei Zhang", "YAMAMOTO Taro" over "Ltd" beside wei.zhang@: the person's
    if not all(re.fullmatch(r"[^\W\d_][^\W\d_&'-]*", w) for w in words):
        return text  # a title's comma, a number, a mark: no logo's name
    candidates.remove(above)
    return f"{texts[above]} {text}"


def _written_from(local: str | None, parts: list[str]) -> bool:
    """The email's ``local`` part is written from the line's words as from a person's name,
    given name (or its initial) and family name. One word of the line alone is no person's
    name: "Keller" or "Bäckerei Keller" over "AG" beside keller@, "Nova" beside nova@, "Müller
    Söhne" beside mueller@ (a firm named after its owner, or a brand) keep their name (third
    review, rev31c)."""
    if not local or len(parts) < 2:
        return False
    letters = umlaut_plain(local_letters(local))
    if letters in {umlaut_plain(re.sub(r"[^a-z]", "", p)) for p in parts}:
        return False
    return 2 in {local_match(local.lower(), parts), local_match(local.lower(), parts[::-1])}


# Forms a firm may print before its closing one ("Kestrel Holdings plc", "Nexus Group AG",
# "Orbis Company Limited"): read as the last word, the closing form may be what was lost.
_OPEN_FORMS = frozenset({"holdings", "holding", "group", "groupe", "gruppe", "company"})


def _no_closing_form(company: str) -> bool:
    """The company ends on no legal form, or on one firms print before their closing form."""
    form = legal_form(company)
    return form is None or form[0] in _OPEN_FORMS


def form_dropped(company: str, line: Line) -> bool:
    """A scrap of letters (one to three words of at most three characters, two letters or
    more) read after the company's last word on its own line and dropped, where the company
    ends on no closing form: ``Kestrel Holdings Bbf`` (fresh photo seed 378 card 52, its small
    "plc" read at 0.96 and trimmed as a smudge; accepted at domain+legal without it)."""
    words = [w.text for w in line.words]
    last = company.split()[-1] if company.split() else ""
    if last not in words:
        return False
    tail = words[len(words) - 1 - words[::-1].index(last) + 1 :]
    if not tail or len(tail) > 3 or any(len(w) > 3 for w in tail):
        return False
    if sum(c.isalpha() for w in tail for c in w) < 2:
        return False
    return _no_closing_form(company)


def form_beside_lost(company: str, lines: list[Line], index: int) -> bool:
    """A line right after the company on its row opening on an unsure word of letters that is
    no phone label, before digits, where the company ends on no closing form: ``PHILLIPS
    BIOSCIENCES`` | ``Gece (312) 252-2344 ...`` (fresh photo seed 378 card 67: its "Co." read
    with the "O:" label beside it as one word, accepted at domain without its form)."""
    if not _no_closing_form(company):
        return False
    line = lines[index]
    if not line.words:
        return False
    for other in lines:
        if other is line or not other.words or not _right_after(line, other):
            continue
        first = other.words[0]
        letters = first.text.strip(".:")
        if (
            letters.isalpha()
            and len(letters) >= 3
            and first.conf < 0.8
            and not known_label(letters)
            and re.search(r"\d", other.text)
        ):
            return True
    return False
