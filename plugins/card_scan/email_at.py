"""An address whose ``@`` the second engine read as a letter, put back where the card's website
spells the domain after it.

On blurred photos RapidOCR reads an address row whole but its ``@`` as ``G``, ``g``, ``O`` or
``w`` (``e-mail:katarzynaGssokol.pl`` twice, beside ``www.ssokol.pl``; b1 photo 200), so no
reading holds an address and the card's email was lost. The ``@`` is put back only just before
the website's domain, read on another line of the card, where it ends the reading's address;
two readings must then agree on the address, as for any row reading. Such an address is marked
(``AT_SOURCE``) and measured apart: the letter taken for the ``@`` could be the local part's
last letter with the ``@`` lost.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace

from contactkit import normalize

from .clues import SITE_PREFIX_RE, URL_RE, domain_of
from .domains import squashed
from .email_ink_dots import INK_DOT_SOURCE
from .endings import UNDER_CO_COUNTRIES
from .text_lines import Line, Word

# Marks the words of an address whose @ was put back (fields: level "/at-read").
AT_SOURCE = "email-at"
# Marks a line read from ink beside another line's box, where its start may be hidden.
CUT_SOURCE = "after-line"
# What each mark adds to an email's level: measured apart, so unmeasured ones go to review.
EMAIL_TAGS = {AT_SOURCE: "at-read", CUT_SOURCE: "after-line", INK_DOT_SOURCE: INK_DOT_SOURCE}
# What the recogniser reads an @ as (tuning photos: G, g, O, w; Q and ( from Tesseract).
AT_LOOKALIKES = frozenset("@gGoOQqw(")
# What Tesseract reads an @ as before a site's domain (photo seed 105, URW Bookman: e).
TESSERACT_AT = AT_LOOKALIKES | frozenset("e")
LOCAL_CHAR = re.compile(r"[A-Za-z0-9._%+'-]")
# A word that labels an address ("E-Mail:", "e", "M."): no part of the address after it; also
# with a letter of "mail" lost or doubled under blur ("E-Mal walter@", photo seed 215).
EMAIL_LABEL_WORD_RE = re.compile(r"^(?:e-?ma(?:il|l|i|ll|ii)|mail|e|m)[:;.]?$", re.IGNORECASE)


# An address read with its @ ("anna@", "leroux @ laurent"): a sign read as @ with no letter
# beside it ("@ 02236 159", a phone's icon) is none.
AT_ATTEMPT_RE = re.compile(r"[A-Za-z]\s?@|@\s?[A-Za-z]")
# A word that starts as a site's host or its label, not a local part: "wwwlumen.ch", "Webhelix"
# (not the family names Weber and Webb, which start many an address: "weber@").
NOT_LOCAL_RE = re.compile(r"(?i)(?:www|https?|web(?!er|b)|url|site|internet)")
# A domain's ending read as a word of its own after the dot was lost: "fischer de", "co.uk"
# (without its dot, "couk" is no public suffix).
SUFFIX_WORD_RE = re.compile(rf"(?i)^(?:[a-z]{{2,3}}|co\.(?:{'|'.join(UNDER_CO_COUNTRIES)}))[.,]?$")


def site_domains(lines: list[Line], row: list[Line]) -> set[str]:
    """The registrable domains of the websites read on the card's lines outside ``row``."""
    found = set()
    for line in lines:
        if any(line is part for part in row):
            continue
        for match in URL_RE.finditer(line.text):
            domain = domain_of(match.group(0).rstrip(".,/"))
            if domain and "." in domain:
                found.add(domain.lower())
    return found


def at_put_back(lines: list[Line]) -> list[Line]:
    """Tesseract's lines, where none reads an address's ``@`` (a phone's icon read ``@ 0521`` is
    none), with the ``@`` of one word put back where Tesseract read it as a letter: before the
    website's domain read on another line (``markus.bauerehelix.ch`` beside ``helix.ch``, URW
    Bookman, photo seed 105: the word was taken for a site and the card's address lost; also
    ``e``, the sign's inner loop, for Tesseract), else before a domain another line of the card
    spells (``spelt_put_back``). The word is marked ``AT_SOURCE``: its level is measured apart
    (``/at-read``)."""
    if any(AT_ATTEMPT_RE.search(line.text) for line in lines):
        return lines
    found = []
    for i, line in enumerate(lines):
        for j, word in enumerate(line.words):
            if SITE_PREFIX_RE.match(word.text):
                continue  # a site's own host
            glued = _hyphen_glued(line.words, j)
            text = at_restored(glued or word.text, site_domains(lines, [line]), TESSERACT_AT)
            if text and re.match(r"[A-Za-z][\w.-]*[A-Za-z]@", text):
                found.append((i, j, text, glued is not None))
    if len(found) > 1:
        return lines  # more than one word where a site's domain is glued on
    return _with_at(lines, *found[0]) if found else spelt_put_back(lines)


def _hyphen_glued(words: list[Word], j: int) -> str | None:
    """Word ``j`` and the next as one, where Tesseract parted a hyphenated host at its hyphen
    with no gap between the boxes ("maria.rodriguezedominguez-" | "asociados.es" beside
    www.dominguez-asociados.es, its @ read e at 0.97: photo seed 385 card 37, the address lost
    and the field accepted as missing). A gap is a space printed: two words."""
    if j + 1 >= len(words) or not words[j].text.endswith("-"):
        return None
    word, after = words[j], words[j + 1]
    gap = after.left - word.right
    return word.text + after.text if gap <= word.height // 4 else None


def _with_at(lines: list[Line], i: int, j: int, text: str, glued: bool = False) -> list[Line]:
    """``lines`` with word ``j`` of line ``i`` read ``text``, marked as its @ put back; the
    next word taken into it where ``text`` holds both (``_hyphen_glued``)."""
    words = list(lines[i].words)
    word = words[j]
    if glued:
        after = words.pop(j + 1)
        width = after.right - word.left
        word = replace(word, width=width, conf=min(word.conf, after.conf))
    words[j] = replace(word, text=text, source=AT_SOURCE)
    return [*lines[:i], Line(words), *lines[i + 1 :]]


def spelt_put_back(lines: list[Line]) -> list[Line]:
    """``lines`` with the ``@`` of one word put back where Tesseract read it as a letter before a
    domain whose name is whole words of another line of the card (the company's:
    ``chollowayehelixanalytics.com`` beside "Helix Analytics Corporation"; a site read with its
    dot as a space, ``fischer de``), or a site's label one letter off
    (``robert_brownedaviesjenkinx.com`` beside ``daviesjenkins.com``). Unchanged where no word
    or more than one fits."""
    found = []
    for i, line in enumerate(lines):
        sites = {site.split(".")[0] for site in site_domains(lines, [line])}
        spelt = {run for other in lines if other is not line for run in word_runs(other.text)}
        for j, word in enumerate(line.words):
            if NOT_LOCAL_RE.match(word.text) or "www" in word.text.lower():
                continue  # a site's host or its label glued on: "wwwlumen.ch", "Webhelix.ch"
            if squashed(_host_name(word.text)) in spelt | sites:
                continue  # a site printed bare: "katokogyo.co.jp" beside "Kato Kogyo"
            after = line.words[j + 1].text if j + 1 < len(line.words) else ""
            if _at_ends_word(word.text, after, spelt | sites):
                found.append((i, j, word.text[:-1] + "@"))
            for at in _spelt_places(word.text, after, spelt, sites):
                found.append((i, j, word.text[:at] + "@" + word.text[at + 1 :]))
    return _with_at(lines, *found[0]) if len(found) == 1 else lines


# What an @ read last in a lower-case word comes out as: a capital no local part ends in.
AT_CAPITALS = frozenset("GQ(")


def _at_ends_word(text: str, after: str, names: set[str]) -> bool:
    """``text`` is an address's local part whose ``@`` was read as a capital at its end, a space
    then read before the domain, the next word, which the card spells (``gabriele. wagnerG
    wagner.at`` beside "Wagner & Söhne KG": photo seed 385 card 57, the address lost). A
    lower-case letter there ("jane wagner.at") is the local part's own: left as read."""
    if (
        len(text) < 3
        or text[-1] not in AT_CAPITALS
        or not re.fullmatch(r"[a-z][\w.-]*[a-z]", text[:-1])
    ):
        return False
    label, dot, ending = after.rstrip(".,;:").lower().partition(".")
    if not dot or not re.fullmatch(r"[a-z0-9-]{4,}", label):
        return False
    return normalize.public_suffix(f"x.{ending}") == ending and squashed(label) in names


def _spelt_places(text: str, after: str, spelt: set[str], sites: set[str]) -> list[int]:
    """Where in ``text`` a look-alike of the ``@`` stands before a domain the card spells: its
    ending after a dot or in the next word (``mrichterefischer de``, ``m.richterefischer de``)."""
    ending_apart = SUFFIX_WORD_RE.match(after) is not None
    places = []
    for at in range(2, len(text) - 1):
        local = text[:at].rpartition(":")[2]  # after a label glued on: "E:robert_brown"
        if text[at] not in TESSERACT_AT or not re.match(r"[A-Za-z][\w.-]*[A-Za-z]$", local):
            continue
        domain = text[at + 1 :]
        if ending_apart and "." not in domain:
            domain = f"{domain}.{after}"  # its dot read as a space: "fischer de"
        label, dot, ending = domain.partition(".")
        ending = ending.rstrip(".,;:").lower()
        if not dot or not re.fullmatch(r"[a-z0-9-]{4,}", label.lower()):
            continue
        if normalize.public_suffix(f"x.{ending}") != ending:
            continue  # "x.helix.ch": a host with more labels, or no real ending
        label = label.lower()
        known = squashed(label) in spelt or any(_one_off(label, site) for site in sites)
        # A doubled letter only against a site read elsewhere: the company's words would make
        # a bare site glued of two ("hotelleone.it" beside Albergo Leone) "hot@leone.it"
        if known or _double_read_once(squashed(label), sites):
            places.append(at)
    return places


def _double_read_once(label: str, spelt: set[str]) -> bool:
    """``label`` is a name the card spells with one of its letters doubled: the site's or the
    company's double letter read once there, or the address's twice ("bschmittellumen.ch"
    beside the site read "lumen.ch" and "Lumen SA", the site printed llumen.ch: tuning photo
    seed 315 card 90, read at 0.97 and taken for the site, the card's address lost). Only a
    name of five letters and more, and a site's (the caller's): against the company's words it
    made a bare site glued of two words an address ("hotelleone.it" beside Albergo Leone as
    ``hot@lleone.it``, "atelierrossi.it" as ``ateli@rrossi.it``, the site lost; second review,
    session 33)."""
    if len(label) <= 5:
        return False
    return any(
        label[i] == label[i + 1] and label[:i] + label[i + 1 :] in spelt
        for i in range(len(label) - 1)
    )


def _host_name(text: str) -> str:
    """``text`` read as a host, without its public suffix: ``katokogyo`` for katokogyo.co.jp."""
    host = text.lower().strip(".,;:")
    suffix = normalize.public_suffix(host)
    return host[: -len(suffix) - 1] if suffix and len(host) > len(suffix) else host


def word_runs(text: str, most: int = 4) -> set[str]:
    """The runs of up to ``most`` whole words of ``text``, each squashed: the names a domain
    spells ("helixanalytics" in "Helix Analytics Corporation"; not "atsusho" in "Ishikawa
    Tsusho", the end of a site's label read with a letter before it)."""
    words = [w for w in (squashed(part) for part in text.split()) if w]
    return {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, i + most + 1)}


def _one_off(label: str, site: str) -> bool:
    """One letter read for another, in a label long enough that this is a slip, not a name."""
    if len(label) != len(site) or len(site) < 6:
        return False
    return sum(a != b for a, b in zip(label, site, strict=True)) == 1


def at_restored(
    text: str, domains: set[str], lookalikes: frozenset[str] = AT_LOOKALIKES
) -> str | None:
    """``text`` with the one letter before a website's domain made an ``@``, where that domain
    ends the reading's address (nothing but a separator after it) and a local part stands
    before that letter; None where no domain fits or more than one place does."""
    # Lowered letter by letter: "İ".lower() is two characters, and places found in a lowered
    # text longer than the reading fell beside the letter, or past the reading's end.
    lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    places = set()
    for domain in domains:
        for match in re.finditer(re.escape(domain), lower):
            start, end = match.start(), match.end()
            if end < len(lower) and re.match(r"[a-z0-9-]", lower[end]):
                continue  # a longer host: "ssokol.pl" inside "ssokol.plus"
            if end < len(lower) and lower[end] == "." and re.match(r"\.[a-z]", lower[end:]):
                continue
            at = start - 1
            if at < 1 or text[at] not in lookalikes:
                continue
            if not LOCAL_CHAR.match(text[at - 1]) or text[at - 1] in ".-":
                continue  # no local part before it, or a separator: the @ was lost there
            places.add(at)
    if len(places) != 1:
        return None
    at = places.pop()
    return text[:at] + "@" + text[at + 1 :]


def at_aligned(tesseract: str, reading: str) -> str | None:
    """``reading`` (its spaces dropped) with the letter it read where Tesseract read the line's
    ``@`` made an ``@``; None where that place holds no look-alike of one.

    The doubtful-line re-read took ``comeliahottuip.nl`` (two readings) over Tesseract's
    ``cometiah@ttulp.ni`` (b1 photo 328) and the card lost its only address.
    """
    own, other = "".join(tesseract.split()), "".join(reading.split())
    if own.count("@") != 1:
        return None
    at = own.index("@")
    matcher = difflib.SequenceMatcher(None, own, other, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if i1 <= at < i2 and tag == "replace" and i2 - i1 == j2 - j1:
            place = j1 + at - i1
            if other[place] in AT_LOOKALIKES:
                return other[:place] + "@" + other[place + 1 :]
    return None


def is_email_label(word: str, name: str | None = None) -> bool:
    """Whether ``word`` labels an address (``EMAIL_LABEL_WORD_RE``); a slipped label that is a
    word of the person's name is the address's own ("emal karimi@" for Emal Karimi, its dot read
    as a space)."""
    if not EMAIL_LABEL_WORD_RE.match(word):
        return False
    bare = word.lower().strip(":;.")
    return len(bare) < 3 or not name or bare not in name.lower().split()
