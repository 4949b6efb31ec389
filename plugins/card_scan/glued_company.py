"""A company read into one line with the phone column beside it, parted from the numbers.

Such a line is parted where the words before the numbers end in a legal form. In photos the form
is often read glued to the label after it ("Herrmann & Cie Sarlnate: | 079 ...", Sàrl and
Natel) or misread ("ZIMMERMANN & CIE SARK | +41 ..."), and the whole line went to the phones: no
company was read. Then the line is parted where the words before the numbers spell the domain
of an address or website the card prints.
"""

from __future__ import annotations

import re

from contactkit import normalize

from .clues import digit_count, legal_form, repair_legal_form, trim_after_legal_form
from .company_labels import LABEL_WORDS, label_or_clipped, label_slip
from .domains import domain_in, folded_letters
from .lexicon import LEGAL_FORMS, PHONE_LABELS, STREET_WORDS
from .text_lines import Line, Word
from .word_slips import words_one_letter_off


class PartedLine(Line):
    """A company's words parted from the phone column by the domain alone: what ends it (a
    form, or a slip of one) is unchecked, and ``company_confidence.company_level`` measures it
    apart."""


def card_domains(lines: list[Line]) -> list[str]:
    """The hosts the card prints after an ``@`` or a ``www.``, as domains to compare."""
    found = []
    for line in lines:
        text = line.text.lower()
        found += re.findall(r"@\s?([a-z0-9-]+(?:\.[a-z0-9-]+)+)", text)
        found += re.findall(r"www\.\s?([a-z0-9-]+(?:\.[a-z0-9-]+)+)", text)
    return [d for d in dict.fromkeys(found) if not normalize.is_freemail(d)]


def part_at_domain(line: Line, start: int, domains: list[str]) -> list[Line] | None:
    """``line`` parted before word ``start`` (where the numbers begin): the company, its words
    up to the label glued before the numbers, and the rest; None where they spell no domain."""
    words = list(line.words[:start])
    labels: list[Word] = []
    if words and (glued := _part_number(words[-1])):  # "LTP+81": the number's start glued on
        words[-1], number = glued
        labels.append(number)
    while words and not _form_then_label(words[-1]) and _label_like(words[-1].text):
        labels.insert(0, words.pop())
    if words and (glued := _form_then_label(words[-1])):
        words[-1], label = glued
        labels.insert(0, label)
    if _street_like(_text(words)) or digit_count(_text(line.words[start:])) < 8:
        return None  # "Siemensstraße 12, 80333 München" beside siemens.de: an address
    # The name spells the domain; up to two words after it are its form, read or misread
    # ("KROL I WSPOLNICY SE Koss", Sp.k.).
    names = [" ".join(w.text for w in words[:end]) for end in range(len(words), 0, -1)][:3]
    spelt = [n for n in names if len(folded_letters(n)) >= 4]
    if not any(domain_in(n, d) for n in spelt for d in domains):
        return None
    words[-1] = _form_slip(words[-1])
    return [PartedLine(words), Line([*labels, *line.words[start:]])]


def _part_number(word: Word) -> tuple[Word, Word] | None:
    found = re.fullmatch(r"([^\W\d_][\w.,:!|]*?)([+(]?\d.*)", word.text)
    if not found:
        return None
    share = round(word.width * len(found.group(1)) / len(word.text))
    head = Word(found.group(1), word.conf, word.left, word.top, share, word.height)
    number = Word(found.group(2), word.conf, word.left + share, word.top, word.width - share,
                  word.height)  # fmt: skip
    return head, number


def _form_slip(word: Word) -> Word:
    """``SARK`` → ``SARL``: a last word one letter from exactly one legal form (of the same
    length) is that form misread; ``Sar!`` is ``Sarl``, its l read as a mark. Only on a parted
    line, whose level doubts its form anyway."""
    marked = re.sub(r"(?<=[^\W\d_])[!|1]$", "l", word.text)
    if marked != word.text and normalize.fold(marked).replace(".", "") in LEGAL_FORMS:
        return Word(marked, word.conf, word.left, word.top, word.width, word.height)
    letters = folded_letters(word.text)
    if len(letters) < 2 or letters in LEGAL_FORMS:
        return word
    near = words_one_letter_off(letters, LEGAL_FORMS)
    if len(near) != 1:
        return word
    at = next(k for k, (a, b) in enumerate(zip(letters, near[0], strict=True)) if a != b)
    places = [k for k, c in enumerate(word.text) if c.isalpha()]
    if len(places) != len(letters):
        return word  # a letter folding changed ("ß"): left as read
    put = near[0][at].upper() if word.text[places[at]].isupper() else near[0][at]
    text = word.text[: places[at]] + put + word.text[places[at] + 1 :]
    return Word(text, word.conf, word.left, word.top, word.width, word.height)


def _text(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


def _street_like(text: str) -> bool:
    folded = normalize.fold(text)
    return bool(STREET_END_RE.search(folded)) or any(w in STREET_WORDS for w in folded.split())


# A word ending as streets do in the languages whose cards run a street into one word.
STREET_END_RE = re.compile(
    r"(?:strasse|strae|str|weg|gasse|platz|allee|damm|straat|laan|vej|gatan|gata)\b"
)


def _label_like(text: str) -> bool:
    """A rule, a phone label or a slip of one ("keicfono" Teléfono), a word ending in ":"."""
    word = normalize.fold(text).strip(".:|,;")
    if not re.search(r"[a-z]", word) or text.endswith(":") or word in LABEL_WORDS:
        return True
    return label_slip(word, 75, shortest=6, labels=PHONE_LABELS)


def _form_then_label(word: Word) -> tuple[Word, Word] | None:
    """``Sarlnate:``: a legal form and the label after it read as one word."""
    if not word.text.endswith(":"):
        return None
    for size in range(len(word.text) - 2, 1, -1):
        head = word.text[:size]
        if normalize.fold(head).replace(".", "") in LEGAL_FORMS and legal_form(f"x {head}"):
            share = round(word.width * size / len(word.text))
            form = Word(head, word.conf, word.left, word.top, share, word.height)
            rest = Word(word.text[size:], word.conf, word.left + share, word.top,
                        word.width - share, word.height)  # fmt: skip
            return form, rest
    return None


# The most words a company's name and form take before the phone column ("Grabowski i
# Wspolnicy Sp. z o.o." is six): past them a line of debris is not tried at every word (a line
# of 1,000 digits took 15 s, each word's prefix searched for a legal form).
MOST_COMPANY_WORDS = 12


def part_company_from_numbers(lines: list[Line]) -> list[Line]:
    """A company and the phone column beside it read as one line ("Ingenieria Altair S.A. Movil
    +34 719 04 76 03", "MIDORI SANGYO CO.,LTD. TEL: +81 3-3776-7784"): parted before the first
    phone label or number, where the words before it end in a legal form. The whole line went
    to the phones, and the company was not read at all."""
    out: list[Line] = []
    domains = card_domains(lines)
    for line in lines:
        line = _part_glued_number(line)
        words = [w.text for w in line.words]
        # "Opakowania Nexus Sp. z 0.0. Tel. | 12-969-30-51": the form's usual slips undone (its
        # "0.0." starts no number).
        cut = next(
            (
                k
                for k in range(2, min(len(words), MOST_COMPANY_WORDS + 1))
                if _starts_numbers(words[k:])
                and legal_form(trim_after_legal_form(repair_legal_form(" ".join(words[:k]))))
            ),
            None,
        )
        if cut:
            out += [Line(line.words[:cut]), Line(line.words[cut:])]
            continue
        if ended := _label_glued_end(line):
            out += ended
            continue
        # No form read before the numbers ("Herrmann & Cie Sarlnate: | 079 ..."): the domain
        # tells the company's words.
        start = next((k for k in range(1, len(words)) if _starts_numbers(words[k:])), None)
        parted = part_at_domain(line, start, domains) if start and domains else None
        out += parted or [line]
    return out


def _label_glued_end(line: Line) -> list[Line] | None:
    """``KESTREL HOLDINGS PLGirect:``: the phone column's label read onto the company's form,
    the letter where they touch misread (PLC and Direct: C and D read as one G). Parted where
    the word's end is a label, or one less its first letter, and its start one letter from a
    legal form: the form, put back, is unchecked (``PartedLine``)."""
    if len(line.words) < 2 or not line.words[-1].text.endswith(":"):
        return None
    word = line.words[-1]
    letters = word.text[:-1]
    for size in range(2, min(len(letters) - 2, 6)):
        tail = normalize.fold(letters[size:])
        if not label_or_clipped(tail, 4):
            continue
        share = round(word.width * size / len(word.text))
        head = Word(letters[:size], word.conf, word.left, word.top, share, word.height)
        form = _form_slip(head)
        if normalize.fold(form.text).replace(".", "") not in LEGAL_FORMS:
            continue
        label = Word(letters[size:] + ":", word.conf, word.left + share, word.top,
                     word.width - share, word.height)  # fmt: skip
        return [PartedLine([*line.words[:-1], form]), Line([label])]
    return None


# A legal form with the phone column's first digits glued on: "Gmbh71", "B:V31" (B.V.).
GLUED_NUMBER_RE = re.compile(r"([A-Za-z][A-Za-z.:]{0,7}?)(\(?\d[\d()\-/.]*)")


def _part_glued_number(line: Line) -> Line:
    """``Weber Elektrotechnik Gmbh71 620 0376 Tel. ...``: the word that glues a legal form to a
    number parted in two, where the words before it and the form are a company's."""
    for k, word in enumerate(line.words[1:], start=1):
        glued = GLUED_NUMBER_RE.fullmatch(word.text)
        if not glued:
            continue
        form = glued.group(1).replace(":", ".")
        before = " ".join(w.text for w in line.words[:k])
        if not legal_form(f"{before} {form}"):
            continue
        share = round(word.width * len(form) / len(word.text))
        left = Word(form, word.conf, word.left, word.top, share, word.height)
        right = Word(glued.group(2), word.conf, word.left + share, word.top, word.width - share,
                     word.height)  # fmt: skip
        return Line([*line.words[:k], left, right, *line.words[k + 1 :]])
    return line


def _starts_numbers(words: list[str]) -> bool:
    # "Ligne directe: 03.28...", "Tel. direct": a label of two words counts as one.
    size = next((n for n in (2, 1) if len(words) > n and _label_words(words[:n])), 0)
    label = size > 0
    rest = " ".join(words[size:])
    return (label or re.match(r"[+(\d]", rest) is not None) and digit_count(rest) >= 6


def _label_words(words: list[str]) -> bool:
    """One phone label, or two words of the label list ("Ligne directe")."""
    folded = [normalize.fold(w).strip(".:|") for w in words]
    if len(folded) == 1:
        return folded[0] in PHONE_LABELS
    return all(w in LABEL_WORDS for w in folded)
