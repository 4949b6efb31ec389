"""A logo beside the company's name read as letters of it: its first letter printed large (or
styled) and read as a line apart, a monogram before it, a wordmark or initials glued to its
first word, a wordmark read as a word Tesseract all but rejected. Each is dropped or joined
where the domain spells the name so; where it cannot be told, ``initials_glued`` marks the name
``odd`` (``company_confidence``). A first word set small beside a monogram and lost is put back
from the domain (``word_behind_monogram``)."""

from __future__ import annotations

import re

from contactkit import normalize

from .clues import has_legal_form
from .domain_letters import letter_from_domain
from .domains import AND_WORDS, domain_in, domain_label, folded_letters, initials_in, squashed
from .local_parts import spelt_fold, umlaut_plain
from .text_lines import Line
from .word_slips import letters_changed, with_a_letter_lost


def join_logo_letter(
    text: str, texts: list[str], candidates: list[int], i: int, domain: str | None
) -> str:
    """``O`` over ``no Tsusho Co., Ltd.`` beside ono.co.jp: one or two capitals alone on the
    line beside the company, which with the company's first word spell the domain's name
    (and the company alone does not agree with it), are that word's start."""
    if not domain or normalize.is_freemail(domain) or not text.split():
        return text
    label = domain_label(domain)
    first, *rest = text.split()
    if len(label) < 3 or domain_in(text, domain):
        return text  # "J" beside "Jura SA" and jjura.ch: the domain doubles the initial
    for j in (i - 1, i + 1):
        letters = texts[j].strip() if 0 <= j < len(texts) else ""
        if not re.fullmatch(r"[A-Z]{1,2}", letters):
            continue  # (no candidate: too few letters to be words)
        word = letters + first.lower() if not first.isupper() else letters + first
        if squashed(word) == label:
            if j in candidates:
                candidates.remove(j)
            return " ".join([word, *rest])
    return text


def doubted_logo_word(text: str, line: Line) -> str:
    """``miso’ Midori Co.,Ltd.`` (``miso’`` at 0.05): a wordmark logo in small letters before
    the company, read as a word Tesseract all but rejected; dropped where the rest, read
    surely, starts capitalised and holds a legal form."""
    words = text.split()
    if len(words) < 3 or len(line.words) < 3 or line.words[0].text != words[0]:
        return text
    first, rest = line.words[0], line.words[1:]
    if first.conf >= LOGO_WORD_CONF or not small_logo_word(words):
        return text
    if any(w.conf < 0.85 for w in rest):
        return text
    return " ".join(words[1:])


def small_logo_word(words: list[str]) -> bool:
    """A word in small letters before a capitalised name that holds a legal form: a wordmark
    logo's (``miso’ Midori Co.,Ltd.``, ``all Vantage Corporation``), or a name's own particle,
    which each caller tells apart."""
    rest = " ".join(words[1:])
    return words[0][:1].islower() and words[1][:1].isupper() and has_legal_form(rest)


# Tesseract's confidence under which a small-letter word before a company is a logo's.
LOGO_WORD_CONF = 0.2


# A word this many times the height of the line's other words is no letter of the same name.
TALL_LOGO = 2.0
# Where the words after it spell the domain's whole name, a logo's word need stand only this
# much taller ("Li" 93 px over "Hasegawa Kikai Inc." of 50, read at 0.57 beside hasegawa.co.jp:
# the second blind generator's photo seed 5 card 65, accepted as "Li Hasegawa Kikai Inc.").
SPELT_TALL_LOGO = 1.5
# Under it, a tall word of letters is a logo's ink read as letters, not a word set large.
TALL_LOGO_CONF = 0.6


def tall_logo_words(text: str, line: Line, domain: str | None) -> str:
    """``(UE) MOREL ET FILS SARL`` beside morel.fr, ``Q’ Quantum`` beside quantum.pl (seed 74
    photos 42, 55): a logo's monogram read as a word before the company (``tall_logo``).
    Dropped where the rest spells the domain's whole name; else ``company_shapes`` finds the
    name opening on it odd."""
    words = text.split()
    label = domain_label(domain) if domain and not normalize.is_freemail(domain) else ""
    drop = 0
    while (
        drop < min(2, len(words) - 1)
        and len(label) >= 3
        and tall_logo(words, line, drop, SPELT_TALL_LOGO)
    ):
        if label not in squashed(" ".join(words[drop + 1 :])):
            break
        drop += 1
    return " ".join(words[drop:])


def tall_logo(words: list[str], line: Line, n: int = 0, ratio: float = TALL_LOGO) -> bool:
    """The line's ``n``th word, the company's too, is a logo's: its ink ``ratio`` (``TALL_LOGO``)
    times the height of the words after it and more, and a logo's shape (two letters at most, a
    mark, or read unsure); a word of letters read surely ("GRUPO" set large) may be the name's
    own."""
    if n >= min(len(words), len(line.words)) - 1 or line.words[n].text != words[n]:
        return False  # no word after it, or the company's word is not the line's (trimmed)
    first, rest = line.words[n], line.words[n + 1 :]
    heights = sorted(w.height for w in rest)
    if first.height < ratio * heights[len(heights) // 2]:
        return False
    letters = re.sub(r"[\W\d_]", "", first.text)
    return len(letters) <= 2 or letters != first.text or first.conf < TALL_LOGO_CONF


def tall_logo_inside(words: list[str], line: Line) -> bool:
    """``tall_logo`` where the company starts past the line's first word, a word of the logo
    before it left out as unsure ("G N Groupe Nexus", the G at 0.41: "N Groupe Nexus" beside
    nnexus.com, the N 107 pixels tall by a name of 41; photo seed 386 card 42, accepted at
    domain; session 36, late36a)."""
    texts = [w.text for w in line.words]
    for k in range(1, len(texts) - len(words) + 1):
        if texts[k : k + len(words)] == words:
            return tall_logo(words, Line(words=line.words[k:]))
    return False


def strip_monogram(text: str, label: str) -> str:
    """``S R Schmitz & Richter GmbH & Co. KG`` beside srgroup.de, ``| D Ikeda Denki Co., Ltd.``
    beside idgroup.co.jp: a monogram logo of one or two capitals (and a rule) before the name,
    where the domain is the name's initials (with a group word) only once it is dropped."""
    for monogram in MONOGRAM_RES:
        found = monogram.match(text)
        rest = found.group(1) if found else ""
        if len(rest.split()) >= 2 and initials_in(rest, label) and not initials_in(text, label):
            return rest
    return text


# "Ks } Kobayashi Seisakusho" beside ksgroup.co.jp: a monogram's second letter read small, and
# a rule beside it read as a mark.
MONOGRAM_RES = [
    re.compile(
        rf"(?:[^\w\s]+\s+)?(?:(?:[A-Z]{{1,2}}|[A-Z][a-z](?=\s+[^\w\s]))\s+(?:[^\w\s]+\s+)?){{{n}}}(\S.*)"
    )
    for n in (1, 2)
]


def word_behind_monogram(text: str, domain: str | None) -> str | None:
    """``PH Holding B.V.`` beside polderland.com: a monogram of the name's initials printed
    large, the name's first word set small beside it and lost in its reading; the monogram's
    other letters begin the words read after it, and the domain spells the lost word (whole,
    or before the next word). The word put back as the domain spells it; None otherwise."""
    words = text.split()
    if not domain or len(words) < 3 or not re.fullmatch(r"[A-Z]{2,3}\W?", words[0]):
        return None
    letters, rest = re.sub(r"\W", "", words[0]), words[1:]
    if len(rest) < len(letters) - 1:
        return None
    if any(w[:1] != c for w, c in zip(rest, letters[1:], strict=False)):
        return None
    label = domain_label(domain)
    after = squashed(rest[0])
    if len(after) < 3 or initials_in(text, label):
        return None  # "MI I WSPOLNICY SP.K" beside mwgroup.pl: the domain its initials
    head = label[: label.find(after)] if after and label.find(after) > 0 else label
    if len(head) < 4 or not head.startswith(letters[0].lower()) or not head.isalpha():
        return None
    return " ".join([head.upper() if rest[0].isupper() else head.capitalize(), *rest])


def strip_glued_echo(text: str, label: str) -> str:
    """``AZURAZUR S.A.R.L.`` beside aazur.fr: a wordmark logo read glued to the name it repeats;
    the first word is one word twice, and the domain spells it once, not twice. The logo's
    small letters may slip one: ``MIKARIHIKARI TSUSHO`` beside hikari.co.jp (b66 photo 37)."""
    words = text.split()
    first = squashed(words[0]) if words else ""
    half = len(first) // 2
    logo, name = first[:half], first[half:]
    if len(first) % 2 and words[0].isalpha() and _echo_lost_letter(first, label):
        return " ".join([words[0][half:], *words[1:]])
    if len(first) < 6 or len(first) % 2 or letters_changed(logo, name) > 1:
        return text
    if name not in label or first in label:
        return text
    return " ".join([words[0][len(words[0]) // 2 :], *words[1:]])


def _echo_lost_letter(first: str, label: str) -> bool:
    """``SCHMITSCHMITT ENERGIE GMBH`` beside schmitt.de (photo seed 335 card 17, accepted at
    domain+legal+other/hi): the wordmark read with one letter of its double lost, glued to the
    name. The longer half, the name, is what the domain spells, and the shorter the name with one
    letter lost; no word is so written twice."""
    half = len(first) // 2
    logo, name = first[:half], first[half:]
    if len(name) < 5 or name not in label or first in label:
        return False
    return logo in with_a_letter_lost([name], len(name))


def strip_apart_echo(text: str, label: str) -> str:
    """``SOKOL Sokét Sp. z o.o.`` beside sokol.pl (fresh scan seed 83 card 16, P052): a wordmark
    in capitals on the name's row, read as a word before the name it repeats, the name's own
    word read with a letter or two slipped (ó as é, ł as t; accepted at
    ``domain+legal+other/letters``). The wordmark spells the domain's name whole, the next word
    is that word in another case with one or two letters off: one word is kept, as the domain
    spells it. Two names of a firm in one case ("MEYER MEIER") stay."""
    words = text.split()
    if len(words) < 3 or not words[0].isupper() or words[1].isupper():
        return text
    first, second = squashed(words[0]), squashed(words[1])
    if len(first) < 4 or first != label or len(second) != len(first):
        return text
    if not 0 < sum(a != b for a, b in zip(first, second, strict=True)) <= 2:
        return text
    kept = words[0].capitalize() if words[1][:1].isupper() else words[0]
    return " ".join([kept, *words[2:]])


def doubled_first_word(company: str, domain: str | None) -> str:
    """``LUMIERE TUMIERE METALLURGIE S.A.`` beside lumieremetallurgie.fr, its slip put back from
    the domain, ``LOGISTICA = Logistica Cobalt S.rl.`` (session 28, tuning photos 205 and 206,
    both accepted at ``domain+legal`` with the word twice): a wordmark read before the name's
    first word, the same word. Where the domain spells that word once, one is dropped; a name
    whose domain spells it twice ("Walla Walla") stays."""
    words = company.split()
    lettered = [n for n, word in enumerate(words) if re.search(r"[^\W_]", word)]
    if domain and len(lettered) >= 2 and (half := _glued_twice(words[lettered[0]], domain)):
        return " ".join([*words[: lettered[0]], half, *words[lettered[0] + 1 :]])
    if not domain or len(lettered) < 3:
        return company
    if any(set(word) & {"&", "+"} for word in words[lettered[0] + 1 : lettered[1]]):
        return company  # "JONES & JONES LTD": partners of one name
    # spelt_fold keeps a put-back ł an l ("ŁUMIERE" for the domain's lumiere)
    first, second = (umlaut_plain(re.sub(r"\W", "", spelt_fold(words[n]))) for n in lettered[:2])
    label = umlaut_plain(domain_label(domain))
    # The echo with its first letter read as a ł's slip ("TUMIERE", left as read beside a
    # French domain, which puts back no ł): the same word twice all the same.
    echo = letter_from_domain(words[lettered[1]], label, country=None)
    alike = first in (second, umlaut_plain(re.sub(r"\W", "", spelt_fold(echo))))
    if len(first) < 3 or not alike or first not in label or first * 2 in label:
        return company
    if umlaut_plain(squashed(words[lettered[1]])) == first:
        return " ".join(words[lettered[1] :])
    return " ".join([words[lettered[0]], *words[lettered[1] + 1 :]])  # the second's letter put back


def _glued_twice(word: str, domain: str) -> str:
    """``HANSEWERKHANSEWERK`` beside hgroup.de (fresh photo seed 210 card 40, accepted at
    domain+legal+other/hi): the wordmark and the name's same word read without the space
    between them. Its half, where the word is one of four letters or more written twice and
    the domain does not spell it twice; else empty."""
    half = len(word) // 2
    if half < 4 or not word.isalpha() or word[:half].lower() != word[half:].lower():
        return ""
    return "" if umlaut_plain(word.lower()) in umlaut_plain(domain_label(domain)) else word[:half]


def strip_scrap_echo(text: str, label: str) -> str:
    """``LUMEN MEN Lumen Sangyo Co.,Ltd.`` beside lumen-sangyo.co.jp (photo seed 90 card 74,
    accepted at domain+legal): a wordmark read before the name with a scrap of it read again
    (``MEN``), then the name, which starts with the wordmark's word and spells the domain's
    label from its start. The wordmark and the scrap are dropped."""
    words = text.split()
    first = squashed(words[0]) if words else ""
    for k in (2, 3):
        if len(words) <= k or len(first) < 4 or squashed(words[k]) != first:
            continue
        # "Klein & Klein GmbH": partners of one name, the "&" no scrap
        scraps = all(
            1 <= len(squashed(w)) <= 3 and squashed(w) not in AND_WORDS for w in words[1:k]
        )
        if scraps and "".join(squashed(w) for w in words[k:]).startswith(label):
            return " ".join(words[k:])
    return text


def strip_glued_letters(text: str, label: str) -> str:
    """``S DSato Denki Co., Ltd.`` for satodenki.co.jp: a logo's letter or two glued before the
    name's first word in capitals, dropped where the domain's label (``domain_label``: small
    letters and digits only) starts with that word."""
    return re.sub(
        r"(?<![\w&])[A-Z]{1,2}(?=([A-Z][a-z]{2,}))",
        lambda m: "" if label.startswith(normalize.fold(m.group(1))) else m.group(0),
        text,
        count=1,
    )


def strip_doubled_capital(text: str, label: str) -> str:
    """``AAsahi Co.,Ltd.`` beside agroup.co.jp (fresh photo seed 300 card 73, accepted at
    ``domain+legal+other/hi``): a monogram logo's initial read glued before the name's first
    word, which opens on the same capital. No word opens on one capital twice before small
    letters; one is dropped where the domain's label opens on that letter (the firm's initial
    or its name). ``AAA Logistics`` in capitals stays. Where the label opens on the letter
    twice, the name does too and its second letter is a small one read large, as o, s, c, w
    are ("OOsterhuis Bouw B.V." beside oosterhuis-bouw.nl had lost its O and was accepted as
    "Osterhuis": second review, session 33): it is put back small."""
    found = re.match(r"(\W*)([A-Z])\2(?=[a-z]{2,})", text)
    letter = found.group(2).lower() if found else ""
    if not found or not label.startswith(letter):
        return text
    if label.startswith(letter * 2):
        return found.group(1) + found.group(2) + letter + text[found.end() :]
    return found.group(1) + text[found.end() - 1 :]


# A logo's initials read glued to the company's first word (session 16, wrong16):
# ``KKKATO KOGYO CO., LTD.`` beside kato-kogyo.co.jp, ``W SWATANABE SANGYO`` beside
# watanabe-sangyo.co.jp: a monogram of the firm's initials printed left of the name, read as
# letters of its first word. The domain spells the word without them. Session 17 (wrong17):
# ``Dgdelta groep n.v.`` beside ddelta.nl, a "DG" monogram glued to Delta Groep's first word, was
# accepted at ``domain+legal+other/hi``; the initials are the name's own words' too.
def initials_glued(company: str, domain: str | None) -> bool:
    """The company's first long word is a word of the domain, or the start of a domain of one
    word, with one or two initials of the domain's or the name's words before it, or one
    letter of any kind."""
    if not domain:
        return False
    label = next((p for p in domain.lower().split(".") if p != "www"), "")
    parts = [p for p in re.split(r"[-_]", label) if p]
    words = [folded_letters(w) for w in company.split()]
    first = next((w for w in words if len(w) > 1), "")
    if first == label:
        # "Llewellyn Engineering LLP" beside llewellyn.com: the name's own double letter is
        # the domain's whole label, no initial of a monogram ("ddelta" for Delta is the domain
        # doubling one; here the first word is the domain itself).
        return False
    if _monogram_glued(words, company):
        return True
    if len(parts) < 2:
        # One word: itself, or without the initial a domain doubles ("ddelta" for Delta), or
        # the first word's rest that starts a domain joining the name's words ("WCWAGNER & CIE"
        # beside wagnercie.ch, "SSSUZUKI SHOJI" beside suzukishoji.co.jp).
        joined = {first[i:] for i in (1, 2) if label.startswith(first[i:])}
        doubled = label[1:] if label[:1] * 2 == label[:2] else ""
        parts = [p for p in {label, doubled, *joined} if len(p) >= 4]
    for part in parts:
        extra = first[: -len(part)] if first.endswith(part) else None
        named = [part if w == first else w for w in words if w]
        initials = {p[0] for p in parts} | {w[0] for w in named}
        # Or one letter of any kind: a mark read as a letter ("WYAMAGUCHI KOGYO CO., LTD."
        # beside yamaguchi.co.jp, fresh photo seed 139 card 100, accepted; session 26).
        if extra and (len(extra) == 1 or (len(extra) == 2 and set(extra) <= initials)):
            return True
    return False


def _monogram_glued(words: list[str], company: str) -> bool:
    """``PTPioneer Technologies Corporation`` beside ptgroup.com (fresh photo seed 209 card 35,
    accepted at domain+legal+other/hi): the name's monogram, the initials of its first two or
    three words, glued before its first word (``words`` folded, letters only)."""
    words = [w for w in words if w]
    printed = next((w for w in company.split() if re.search(r"[^\W\d_]", w)), "")
    for k in (2, 3):
        # A word in small letters opening with its initials is the name's own ("Adastra Data",
        # second review, session 28): a monogram is capitals glued before a capital.
        if not printed.isupper() and not printed[: k + 1].isupper():
            continue
        head, rest = (words[0][:k], words[0][k:]) if words else ("", "")
        named = [rest, *words[1:]]
        if len(rest) >= 3 and len(named) >= k and head == "".join(w[0] for w in named[:k]):
            return True
    return False
