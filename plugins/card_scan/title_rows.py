"""A title's rows: one row read as two touching pieces, or one title set on two rows.

On photos of two-column cards Tesseract parts a title row where two words meet and reads the
letter there twice, once in each piece, the stray copy in the wrong case: ``Kierownik`` |
``kLogistyki``, ``KierownikD`` | ``Dzialu Zakupow``, ``Purchasing`` | ``gManager`` (session 16,
blind seeds 11 and 18). The title was taken from one piece (``Kierownik`` at strong/hi, ``Dzialu
Zakupow`` at weak/hi: accepted wrong) or joined with no space (``PurchasingManager``).

A long title wraps onto a second row, which the card sets close under the first, in its size
and aligned with it ("Leiterin Marketing" | "& Kommunikation"): joined where a wrap word stands
at the cut (session 53, the second blind generator's cards), or where the first row ends on a
word no title ends on ("Responsabile" | "Risorse Umane", "Director of Business" | "Development":
session 60). Where none of these shows, a row of words that only qualify a role ("Senior
Account" | "Executive", "SENIOR POLICY" | "OFFICER") is the head of the role word under it
(session 54); a department row under a title ("Account Executive" | "Marketing") is told from
the title's other half by nothing, and stays apart; in capitals under a title in capitals, set
alike ("SENIOR ADVISEUR" | "RUIMTELIJKE ORDENING"), the title is doubted (session 65).
"""

from __future__ import annotations

import re

from contactkit import normalize
from contactkit.geo import country_code

from .clues import has_legal_form
from .lexicon import (
    DEPARTMENT_WORDS,
    FIELD_ADJECTIVES,
    FIELD_WORDS,
    LONE_ROLES,
    POST_NOMINALS,
    REGION_WORDS,
    STRONG_TITLE_WORDS,
    UNIT_NOUNS,
)
from .local_parts import given_name
from .name_rows import joined_lines, pairs
from .places import town_countries
from .text_lines import Line
from .title_mends import mend_title
from .titles import JOINING_WORDS, TITLE_LINE_WORDS, title_score, title_words


def join_title_pieces(
    lines: list[Line], texts: list[str], candidates: list[int]
) -> tuple[list[Line], list[str], list[int]]:
    """Two touching pieces of one row whose letter at the cut is read twice, its stray copy
    marking a word's end or start by its case, joined with a space where they make a title."""
    for a, b, height in pairs(lines, candidates):
        la, lb = lines[a], lines[b]
        if (
            abs(la.top - lb.top) > 0.3 * height
            or not -0.3 * height <= lb.left - la.right <= 0.3 * height
        ):
            continue
        joined = doubled_cut(texts[a].rstrip(), texts[b].lstrip())
        if not joined or title_score(joined) != 2:
            continue
        # "Sales ManagerM" | "Max Mustermann", "Anna SchmidtS" | "Sales Manager": a name beside
        # the title is no part of it, on either side.
        if any(given_name(w) for w in f"{texts[a]} {texts[b]}".split()):
            continue
        return joined_lines(lines, texts, candidates, a, b, joined)
    return lines, texts, candidates


def doubled_cut(left: str, right: str) -> str | None:
    """``Kierownik`` + ``kLogistyki`` → ``Kierownik Logistyki``; ``KierownikD`` + ``Dzialu``
    → ``Kierownik Dzialu``: the copy whose case breaks its word is dropped. None where the
    letter at the cut is not read twice so."""
    if len(left) < 3 or len(right) < 3 or left[-1].lower() != right[0].lower():
        return None
    if right[0].islower() and right[1].isupper() and left[-1].isalpha():
        return f"{left} {right[1:]}"
    if left[-1].isupper() and left[-2].islower() and right[0].isupper():
        return f"{left[:-1]} {right}"
    return None


# Words a title wrapped over two rows is cut before or after: its second row opens on one
# ("Leiterin Marketing" | "& Kommunikation", "Responsabile Marketing" | "e Comunicazione") or its
# first row ends on one ("Head of" | "Strategic Partnerships"). A department row under a title
# opens on a word of its own ("Account Executive" | "Marketing").
WRAP_WORDS = JOINING_WORDS | {"&", "+", "e", "und", "en", "och", "og", "a", "an", "to"}
# How far under the title's row the next one starts (its height from its bottom), how far
# their left edges, centres or right edges lie apart, and how much their heights differ (a row
# of descenders, "Responsabile Marketing", 44 px beside "e Comunicazione", 32).
WRAP_GAP = 1.0
WRAP_ALIGN = 0.6
WRAP_HEIGHTS = 1.5


def join_wrapped_title(
    lines: list[Line], texts: list[str], candidates: list[int], title: int
) -> tuple[list[Line], list[str], list[int], str]:
    """The row under the title's joined onto it where the title runs on (a wrap word at the
    cut), the two rows of one size and aligned as the card sets its block; and that row's text
    ("" where none runs on)."""
    first = texts[title].split()
    for below in sorted(candidates, key=lambda i: lines[i].top):
        words = texts[below].split()
        if not first or not words:
            continue
        if not (_wraps(first[-1]) or _wraps(words[0]) or _continues(first, words)):
            continue
        if has_legal_form(texts[below]):
            continue  # "Commercieel Directeur" over "De Vries & Zonen BV": the company
        if stacked(lines[title], lines[below]) and all(_plain_word(w) for w in words):
            row = region_mended(texts[below].strip())
            joined = f"{texts[title].rstrip()} {row}"
            return (*joined_lines(lines, texts, candidates, title, below, joined), row)
    return lines, texts, candidates, ""


# A director's title set with its last word alone on the next row ("Présidente-directrice" |
# "générale", photo seed 5 card 15, accepted at strong/hi without it): French, Spanish, Italian
# and Polish directors general.
DIRECTOR_WORDS = frozenset({"directeur", "directrice", "director", "directora", "direttore"})
GENERAL_WORDS = frozenset({"general", "generale", "generalny", "generalna"})


# Words no title ends on, its field on the next row: the Italian, French and Portuguese role
# "responsible for" ("Responsabile" | "Risorse Umane"), the German clerk and the Dutch and German
# team leader ("Sachbearbeiterin" | "Buchhaltung", "Teamleider" | "Klantenservice"), and the
# Polish head "of the department" ("Kierownik działu" | "sprzedaży"): the second blind
# generator's held-out seed 12 and tuning seeds, each accepted cut at strong/hi.
FIELD_FOLLOWS = frozenset(
    {"responsabile", "responsable", "responsavel", "sachbearbeiter", "sachbearbeiterin"}
    | {"teamleider", "teamleiter", "teamleiterin", "dzialu"}
)

# A chief executive's Italian title set on two rows ("Amministratrice" | "delegata"), as a
# director general's: its second word alone never names a row of its own.
DELEGATE_OF = {"amministratore": "delegato", "amministratrice": "delegata"}


def runs_on(first: list[str], below: list[str]) -> bool:
    """A title row that runs on to the row under it without a wrap word at the cut: it ends on a
    field's adjective or a word its field follows (``FIELD_FOLLOWS``), the row under it names
    the region the role covers or opens on a Polish "Działu", or a director's or chief
    executive's row is followed by "générale" or "delegata" alone."""
    # A letter read as another put back first ("Kierownik Dziatu": its ł read t)
    last = title_words(mend_title(first[-1]))[-1:]
    if last and (last[0] in FIELD_ADJECTIVES or last[0] in FIELD_FOLLOWS):
        return True  # "Head of Strategic" | "Partnerships", "Responsabile" | "Risorse Umane"
    opening = title_words(below[0])
    if region_row(below) or opening[:1] == ["dzialu"]:
        return True  # "COUNTRY MANAGER" | "UK & IRELAND", "KIEROWNIK" | "DZIALU SPRZEDAZY"
    if len(below) != 1 or len(opening) != 1 or not last:
        return False
    general = opening[0] in GENERAL_WORDS and last[0] in DIRECTOR_WORDS
    return general or DELEGATE_OF.get(last[0]) == opening[0]


_REGION_JOINERS = frozenset(
    {"&", "+", "/", ",", "and", "und", "et", "y", "e"} | {"zona", "region", "regione", "gebiet"}
)


def region_row(words: list[str]) -> bool:
    """A row of countries and regions ("UK & IRELAND", "Benelux", "Spain, Portugal"): the region
    a title on the row above covers (second blind generator's photo seed 6 card 19, "COUNTRY
    MANAGER" accepted without its "UK & IRELAND")."""
    names = [w.strip(",") for w in words if w.strip(",").lower() not in _REGION_JOINERS]
    return bool(names) and all(
        normalize.fold(w) in REGION_WORDS or ((len(w) > 2 or w in ("UK", "US")) and country_code(w))
        for w in (_capital_i(n) for n in names)
    )


def region_mended(row: str) -> str:
    """A region row's country with its capital I read as an l put back ("UK & lreland")."""
    return " ".join(_capital_i(w) for w in row.split(" ")) if region_row(row.split()) else row


def _capital_i(word: str) -> str:
    """ "lreland", "ltaly", "lndia": a country whose capital I was read as a small l."""
    if len(word) > 3 and word[0] == "l" and word[1].islower() and country_code("I" + word[1:]):
        return "I" + word[1:]
    return word


# Words that open a title and never end one: a row opening on one runs on to the role word.
# An engineer's discipline is one ("Mechanical" | "Design Engineer": photo seed 7 cards 10
# and 81); a department is named by a noun ("Engineering"). So is the Dutch general manager's
# "Algemeen" ("ALGEMEEN" | "DIRECTRICE": photo seed 16 card 28).
HEAD_WORDS = frozenset(
    {"senior", "junior", "deputy", "regional", "key", "lead", "algemeen"}
    | {"mechanical", "electrical", "civil", "structural"}
)


def join_title_head(
    lines: list[Line], texts: list[str], candidates: list[int], title: int
) -> tuple[list[Line], list[str], list[int], str]:
    """The row over a title of a role word or two joined before it, where that row only
    qualifies a role ("Senior Account" over "Executive"): the two rows of one size and aligned;
    and that row's text ("" where none)."""
    role = texts[title].split()
    if not 1 <= len(role) <= 2 or title_score(texts[title]) != 2:
        return lines, texts, candidates, ""
    for above in candidates:
        words = texts[above].split()
        if not 1 <= len(words) <= 3 or not stacked(lines[above], lines[title]):
            continue
        if not all(_plain_word(w) for w in words) or has_legal_form(texts[above]):
            continue
        folded = title_words(texts[above])
        if any(w in STRONG_TITLE_WORDS for w in folded):
            continue  # a title of its own: no head of this one
        # Opening on a head word only: a department is set over the title as often ("Sales" |
        # "Office Manager", "Geschäftsführung" | "Sachbearbeiter Buchhaltung": 390 of the first
        # generator's 11,300 photos, where any row of title words was taken for a head). Over
        # a lone role word the row of a role's field is its head ("Business Development" |
        # "Manager": the second generator's scan seeds 6 and 7; none of the first generator's
        # photos sets a row of title words over a lone one of these roles).
        head = folded[:1] and folded[0] in HEAD_WORDS
        # A row ending on a word no title ends on is the head of the one under it ("Business"
        # | "Development Manager": photo seed 14 card 30, accepted as "Development Manager").
        cut = folded[-1:] and folded[-1] in FIELD_ADJECTIVES
        if (head and not DEPARTMENT_WORDS & set(folded)) or cut or _field_over_role(folded, role):
            head, joined = texts[above], f"{texts[above].rstrip()} {texts[title].lstrip()}"
            words_in_order = [*lines[above].words, *lines[title].words]
            lines, texts, candidates = joined_lines(lines, texts, candidates, title, above, joined)
            lines[title] = Line(words_in_order)
            return lines, texts, candidates, head
    return lines, texts, candidates, ""


def role_row_below(
    lines: list[Line], texts: list[str], title: int, used: set[int], taken: set[int]
) -> bool:
    """A row of its own role word set close under the title and left over ("CONSULTANT" |
    "CARDIOLOGIST": the second blind generator's photo seed 5 card 76, accepted at strong/hi as
    "Consultant"): which row is the title, or whether both are, no word tells. None of the first
    generator's 11,300 cached photos sets one so. Likewise a row of plain words in capitals
    under a title in capitals, no other field's (``taken``): the title's second half or a
    department, set alike ("SENIOR ADVISEUR" | "RUIMTELIJKE ORDENING", accepted cut: tuning scan
    6/85)."""
    for i in range(len(lines)):
        if i == title or i in used or not stacked(lines[title], lines[i]):
            continue
        if lines[i].top <= lines[title].top or has_legal_form(texts[i]):
            continue
        if title_score(texts[i]) == 2 or (
            i not in taken and _capitals_below(texts[title], texts[i])
        ):
            return True
    return False


def _capitals_below(title: str, below: str) -> bool:
    """Both rows in capitals, the one below of one to four plain words: no name, no digit, no
    place ("LONDON", "UK & IRELAND": an office's, or the region the title covers) and no letters
    after a name ("FCA CTA")."""
    words = below.split()
    lettered = [w for w in words if w not in ("&", "+")]
    capitals = all(w.isupper() for w in (*title.split(), *lettered) if any(c.isalpha() for c in w))
    plain = 1 <= len(words) <= 4 and bool(lettered) and all(_plain_word(w) for w in words)
    if not (capitals and plain) or any(c.isdigit() for c in below):
        return False
    folded = [normalize.fold(w.strip(",.")) for w in lettered]
    if region_row(words) or any(town_countries(w) for w in folded):
        return False
    return not any(given_name(w) or w in POST_NOMINALS for w in folded)


# A lone "Manager": a shop's or a restaurant's manager prints it so, but beside a row of its
# field left over it is the end of a title not joined ("QUALITY ASSURANCE" | "MANAGER", the row
# above read taller than it; "KEY ACCOUNT" | "MANAGER"; "Facilities" read after it: session 64,
# three of the second generator's cards, all accepted wrong).
LONE_MANAGER_RE = re.compile(r"(?i)^\s*manager\.?\s*$")


def field_row_beside(lines: list[Line], texts: list[str], title: int, taken: set[int]) -> bool:
    """A lone "Manager" title with a row of one to three plain words, no other field's, set
    close above or under it and aligned with it, of its size or up to twice it (Tesseract's
    boxes of a row in capitals may take in a stroke of the row above), or read just before it
    on its own row."""
    if not LONE_MANAGER_RE.match(texts[title]):
        return False
    role = lines[title]
    for i, line in enumerate(lines):
        words = texts[i].split()
        if i == title or i in taken or not 1 <= len(words) <= 3:
            continue
        if not all(_plain_word(w) for w in words) or has_legal_form(texts[i]):
            continue
        above, below = (line, role) if line.top < role.top else (role, line)
        if stacked(above, below, heights=2.0) or _piece_before(line, role):
            return True
    return False


def _piece_before(piece: Line, role: Line) -> bool:
    """``piece`` the start of the role's own row, read as a line of its own on a tilted photo
    ("Facilities" | "Manager", their middles 0.6 of a row apart)."""
    low = min(piece.height, role.height)
    middles = abs(piece.top + piece.bottom - role.top - role.bottom) / 2
    return middles <= 0.7 * low and -0.2 * low <= role.left - piece.right <= low


def _field_over_role(folded: list[str], role: list[str]) -> bool:
    """A row of a role's field words ("Business Development", "Digital Marketing") over a lone
    role word ("Manager")."""
    lone = title_words(" ".join(role))
    if not (len(role) == len(lone) == 1 and lone[0] in LONE_ROLES):
        return False
    # A row naming a unit is a department ("Marketing Department" | "Director"): apart.
    return all(w in ROLE_FIELD_WORDS for w in folded) and not UNIT_NOUNS & set(folded)


# The words a role's field is named by: a title's, a department's, a field's (built once: the
# lexicon's sets hold thousands of words).
ROLE_FIELD_WORDS = TITLE_LINE_WORDS | FIELD_WORDS


def stacked(above: Line, below: Line, heights: float = WRAP_HEIGHTS) -> bool:
    """``below`` the next row under ``above`` in one block: close under it, of its size (the
    taller at most ``heights`` times the other), and aligned with it on the left, the centre or
    the right."""
    height = max(above.height, below.height)
    if not -0.2 * height <= below.top - above.bottom <= WRAP_GAP * height:
        return False
    if height > heights * min(above.height, below.height):
        return False
    edges = (
        abs(above.left - below.left),
        abs(above.right - below.right),
        abs(above.left + above.right - below.left - below.right) / 2,
    )
    return min(edges) <= WRAP_ALIGN * height


def _wraps(word: str) -> bool:
    """A wrap word as a title prints it: small ("of", "e", "und"), or all capitals in a title so
    printed ("OF"); "De" or "La" opens a name ("De Vries", "La Fabbrica")."""
    capitals = word.isupper() and len(word) > 1  # "OF", not "A" opening a row
    return word.lower() in WRAP_WORDS and (word in ("&", "+") or word.islower() or capitals)


def _continues(first: list[str], below: list[str]) -> bool:
    """The title row ``first`` goes on in the row ``below``, no wrap word at the cut: it
    ``runs_on``, it ends on a comma ("AREA SALES MANAGER," | "NORTHERN EUROPE": seeds 11, 12
    and 14, each to review cut), or ``below`` opens on a small word under a title printed in
    mixed case: a title's own words run on so ("Responsable commercial" | "grands comptes"),
    where a department's name opens on a capital."""
    small = below[0].isalpha() and below[0].islower() and len(below[0]) > 2
    mixed = any(not w.isupper() for w in first)
    return runs_on(first, below) or first[-1].endswith(",") or (small and mixed)


def _plain_word(word: str) -> bool:
    """A word of letters (a hyphen, an apostrophe, a dot or comma after) or a wrap sign."""
    return word in ("&", "+") or bool(re.fullmatch(r"[^\W\d_][\w'’-]*[.,]?", word))
