"""A job title on a card: the line with title words, its slips put back."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from contactkit import normalize

from .accent_slips import field_i_for_f
from .clues import Found, has_legal_form
from .lexicon import (
    DEPARTMENT_WORDS,
    FIELD_WORDS,
    OWN_TITLE_WORDS,
    STRONG_TITLE_WORDS,
    TITLE_WORDS,
)
from .local_parts import spelt_fold
from .slogans import slogan_line, slogan_words
from .text_lines import Line

# Titles written as capitals' initials: a word that folds to one but is not printed in
# capitals is another word misread ("MOORE SYSTEMS CoO.", the form "Co." read with an o).
ACRONYM_TITLES = frozenset({"ceo", "cto", "cfo", "coo", "cio", "cmo", "vp", "svp", "evp"})

# The ligatures' letters a light face runs together, read as one "m" ("ffi" of Officer: "Chief
# Financial Omcer"): title_checks.ligature_read sends such a title to review, title_mends puts
# the letters back.
LIGATURES = ("ffi", "ffl", "ff", "fi", "fl")


def title_score(text: str) -> int:
    """2 for a strong title word, 1 for two weak ones, else 0 (a slogan scores nothing)."""
    if slogan_line(text):  # "Ihr Partner für Antriebstechnik": Partner, and no title
        return 0
    marks = ".,;:()"
    lower = {normalize.fold(w.strip(marks)) for w in text.split() if not w.strip(marks).isupper()}
    words = [w for w in title_words(text) if w not in ACRONYM_TITLES & lower]
    if slogan_words(words):
        return 0
    strong = sum(w in STRONG_TITLE_WORDS or compound_title(w) for w in words)
    weak = sum(w in TITLE_WORDS for w in words)
    return 2 if strong else (1 if weak >= 2 else 0)


def title_words(text: str) -> list[str]:
    """The words of a title line, folded (``title_parts``)."""
    return [part for w in re.split(r"[\s,/&]+", text) if w for part in title_parts(w)]


def title_parts(word: str) -> list[str]:
    """The word folded: whole where the lexicon has it with its hyphen ("technico-commercial";
    folding makes the hyphen a space), else its parts ("Président-directeur": two words)."""
    # ł kept as the lexicon writes it, an l (``fold`` drops it: "Działu" read "dziau")
    folded = spelt_fold(word)
    joined = folded.replace(" ", "-")
    return [joined] if joined in TITLE_WORDS else folded.split()


# German and Dutch join a field and a role in one word ("Vertriebsleiter", "Verkaufsberaterin",
# "Projektmanager"): the ending tells the role. So do Finnish, Swedish, Norwegian and Danish
# ("Kehityspäällikkö", "Myyntijohtaja", "Inköpschef", "Økonomisjef", "Salgsleder").
TITLE_ENDINGS = (
    "leiter", "leiterin", "berater", "beraterin", "manager", "managerin", "referent",
    "referentin", "ingenieur", "ingenieurin", "direktor", "direktorin", "leider", "adviseur",
    "paallikko", "johtaja", "chef", "sjef", "leder", "ansvarig", "ansvarlig",
)  # fmt: skip


def compound_title(word: str) -> bool:
    return len(word) >= 9 and word.endswith(TITLE_ENDINGS)


def pick_title(lines: list[Line], texts: list[str], candidates: list[int]) -> Found | None:
    """The title among ``candidates``: the best scored line with no legal form, capitalised before
    small letters, the first of equals."""
    scored = [(i, title_score(title_letters(texts[i]))) for i in candidates]
    scored = [(i, s) for i, s in scored if s and not has_legal_form(texts[i])]
    if not scored:
        return None
    # A slogan in small letters under the logo ("partner in logistiek", a title word in it) is
    # no title beside a capitalised one as strong: "Projectleider" under it (photo seed 79 card
    # 24, the slogan accepted at strong/hi). The first line wins among the rest.
    i, score = max(scored, key=lambda p: (p[1], texts[p[0]] != texts[p[0]].lower(), -p[0]))
    conf = lines[i].mean_conf * (1.0 if score == 2 else 0.8)
    return Found(title_letters(texts[i]), conf, i)


# Letters the English model makes of Polish, French and German ones in title words: "Gtéwna"
# and "Gléwna" for Główna, "Handiowy" for Handlowy, "Contréleur" for Contrôleur,
# "Geschaftsfuihrung" and "Geschaftsfihrung" for Geschäftsführung, "Qualitatasicherung".
TITLE_SLIPS = (
    *(("t", "ł"), ("é", "ó"), ("i", "l"), ("é", "ô")),
    *(("ui", "ü"), ("ii", "ü"), ("i", "ü"), ("as", "ss")),
    # "Geschaftsfithrung", "Logjstica", "Zakup6w" (session 12)
    *(("it", "ü"), ("j", "í"), ("6", "ó")),
    # "Kierownik Dziahu Zakupow" (own seed 30 scan 6, sure of it; session 17)
    ("h", "ł"),
    # "Prezes Zarzqdu" (blind seed 25 scan 93, accepted at strong/mid; session 17)
    ("q", "ą"),
    # "Geschaftsftihrer": ü read "ti" by serif faces (Noto Serif, URW Bookman: fresh scan seed
    # 83 cards 142, 206, both to review as leftover; session 20), as the domains' slips have it
    ("ti", "ü"),
    # "Assistenz der Geschaftsftthrung": ü read "tt" (Noto Serif; fresh photo seed 519 card 100,
    # accepted at strong/mid; session 46)
    ("tt", "ü"),
    # Two printed letters read as one and round letters read d, inside a word (session 25,
    # slips25): "Vertnebsinnendienst" (ri read n), "Entwickdungsingenieur" (l read d, accepted
    # at strong/hi), "Geschdftsftihrung" (ä read d, accepted at strong/mid), "Contrdleur".
    *(("n", "ri"), ("d", "l"), ("d", "ä"), ("d", "ô")),
    # A t read f, its bar's ends alike: "Geschaffsfuhrung" (URW Gothic, fresh photo seed 137
    # card 92, accepted at strong/hi; session 26)
    ("f", "t"),
    # An ä read i by serif faces in a blurred photo: "Geschiftsfiihrung" (C059, its ü read ii,
    # fresh photo seed 164 card 25, accepted at strong/mid; session 27)
    ("i", "ä"),
    # A Spanish í read f, as in the names (accent_slips): "Responsable de Logfstica" (session 32)
    ("f", "í"),
    # An ß read b or B inside a word, as in the names and the companies: "AuBendienstmitarbeiter"
    # (the second blind generator's tuning seeds 1, 11 and 14: six cards, each to review as
    # leftover)
    ("b", "ß"),
    ("B", "ß"),
    # A Nordic Ø read Q, as in the addresses: "Qkonomichef" (tuning seeds 5 and 7)
    ("Q", "Ø"),
)
# Umlauts read as other letters where no earlier slip puts them back (session 33, umlaut33):
# an ä read "ii" ("Assistenz der Geschiiftsfiihrung", pool p344 card 74, accepted wrong at
# strong/mid), an ü read "ul", "il" or a ("Geschaftsfulhrung", "Geschaftsfahrung": photo seeds
# 324 card 11, 340 card 29; "Geschaftsfilhrung": pool p344 card 47). Only inside their stems
# (STEM_ONLY_SLIPS), and a title they mend goes to review (title_levels): the lexicon folds
# the umlaut away, so it alone confirms no letter.
UMLAUT_SLIPS = (("ii", "ä"), ("ul", "ü"), ("il", "ü"), ("a", "ü"))


# The lexicon's words printed with an ä, which it folds to a: the only places "ä read i" is put
# back ("Geschiftsführung"). Elsewhere it is "a read i": "Responsible" (the lexicon's
# responsable) made "Responsäble", accepted at strong/hi; Dutch "Leider" "Leäder" (session 27,
# review27b). So "ä read d" too ("Geschdftsführung"): elsewhere the ä only folds into another
# form of a word the lexicon has, its d the misread of another letter: "Kierownik Logistykd"
# (Logistyki) made "Logistykä", Logistyka, accepted at strong/hi (fresh photo seed 278 card 42;
# session 31). Polish and the other languages of the lexicon write no ä.
UMLAUT_A_STEMS = ("geschäft", "qualität", "käufer", "kaufmänn")
# The stems of the lexicon's words printed with an ü ("Geschäftsführer", "Geschäftsführung"):
# an a or "ul" read for the ü of another word is a letter read plain ("Consultant").
UMLAUT_U_STEMS = ("führ",)
STEM_ONLY_SLIPS = {
    ("i", "ä"): UMLAUT_A_STEMS,
    ("d", "ä"): UMLAUT_A_STEMS,
    ("ii", "ä"): UMLAUT_A_STEMS,
    ("ul", "ü"): UMLAUT_U_STEMS,
    ("il", "ü"): UMLAUT_U_STEMS,
    ("a", "ü"): UMLAUT_U_STEMS,
}


# A slip's letters and a stem as patterns, compiled once: every title word of every card tries
# each slip (160,000 finds on 500 cards).
@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _slip_fits(tried: str, at: int, slip: tuple[str, str]) -> bool:
    """A slip put back at ``at`` of ``tried`` that may stand there: any but a
    ``STEM_ONLY_SLIPS`` one, which only inside one of its stems."""
    stems = STEM_ONLY_SLIPS.get(slip)
    if stems is None:
        return True
    lower = tried.lower()
    return any(m.start() <= at < m.end() for stem in stems for m in _compiled(stem).finditer(lower))


def _slipped(word: str, slips: tuple[tuple[str, str], ...]) -> list[str]:
    """``word`` with one of ``slips`` put back, at each place it may stand."""
    out = []
    for read, printed in slips:
        for at in (m.start() for m in _compiled(read).finditer(word)):
            tried = word[:at] + printed + word[at + len(read) :]
            if _slip_fits(tried, at, (read, printed)):
                out.append(tried)
    return out


# The lexicon's words with their umlauts read plain ("Einkaufer", "Leiter Qualitatssicherung",
# "Geschaftsfuhrer": 36 titles of the tuning photos, 21 of the pool, right only as folded): the
# umlauts put back as German prints them, in the stems no word writes plain. Not "Kaufmann"
# (the singular has no ä) nor "Fuhrpark" (a u of its own): only "kaufmännisch" and an ü
# before -er or -ung after the s of "Geschäfts".
PLAIN_STEMS = {
    "geschaft": "geschäft",
    "qualitat": "qualität",
    "kaufer": "käufer",
    "kaufmannisch": "kaufmännisch",
    "sfuhrer": "sführer",
    "sfuhrung": "sführung",
}
_PLAIN_STEMS_RE = re.compile("|".join(PLAIN_STEMS), re.IGNORECASE)


def printed_umlauts(word: str) -> str:
    """``word`` with the umlauts of ``PLAIN_STEMS`` put back, in capitals in a word all in
    capitals ("GeschaftsfUhrung", a small u read capital, makes "Geschäftsführung")."""
    letters = list(word)
    for found in _PLAIN_STEMS_RE.finditer(word):
        printed = PLAIN_STEMS[found.group().lower()]
        for n, letter in enumerate(printed, found.start()):
            if letter != letters[n].lower():
                letters[n] = letter.upper() if word.isupper() else letter
    return "".join(letters)


LONGEST_TITLE_WORD = 40  # "Geschäftsführungsassistentin" is 28


# Cached: each candidate line is tried as a title, the pick again, and its doubt twice more;
# the answer depends on the text alone (the lexicon's words and slips).
@lru_cache(maxsize=4096)
def title_letters(title: str, umlauts: bool = True) -> str:
    """Each title word the lexicon lacks is put back where one or two of ``TITLE_SLIPS`` make
    it a title word (``Gtéwna Ksiegowa`` → ``Główna Ksiegowa``); two words read as one
    (``LeiterEinkauf``) are parted where one of them is a title word. ``umlauts``: the
    ``UMLAUT_SLIPS`` too."""
    slips = (*TITLE_SLIPS, *UMLAUT_SLIPS) if umlauts else TITLE_SLIPS
    words = [part for word in title.split() for part in camel_parts(word)]
    for n, word in enumerate(words):
        if 0 < n < len(words) - 1 and (title.isupper() or not word.isupper()):
            words[n] = word = _joining_umlaut(word)
        # Past any title word's length (a line of debris): the tries grow with the square of
        # the slips' places (a 2,000-letter "fifi..." took minutes).
        if not 4 <= len(word) <= LONGEST_TITLE_WORD:
            continue
        # Umlauts a word was read without are put back in the hand-written words only; a
        # listed title stays as read ("Geschaftsleiter", Catalan "Qualitat").
        if word_spelt(word, SLIP_SOURCE_WORDS):
            words[n] = printed_umlauts(word)
            continue
        if word_spelt(word):
            continue
        if (known := unknown_letter(word)) is not None:
            words[n] = known
            continue
        tries = [word]
        for _ in range(2):
            tries = [tried for t in tries for tried in _slipped(t, slips)]
            found = next((t for t in tries if word_spelt(t)), None)
            if found:
                words[n] = printed_umlauts(found)
                break
        else:
            # "Director de Ingenierfa": a field word the lexicon lacks, its í read f where the
            # Spanish ending writes it; the title is doubted for it (title_levels).
            words[n] = field_i_for_f(word) or word
    return " ".join(words)


# Letters a "?" inside a title word stands for: Tesseract's mark for a glyph it could not
# name, most often a letter its English model lacks ("Gesch?ftsleitung": the second blind
# generator's scan seed 7 card 73, accepted at strong/hi as "Geschftsleitung", the mark dropped).
UNKNOWN_LETTERS = "aeiouäöüßéèêáíóúñçłøå"


def unknown_letter(word: str) -> str | None:
    """``word`` with its one "?" between letters put back as the letter that makes it a title
    word, or None where letters making other words fit."""
    if word.count("?") != 1 or not 0 < word.index("?") < len(word) - 1:
        return None
    found = {c: tried for c in UNKNOWN_LETTERS if word_spelt(tried := word.replace("?", c))}
    if len({normalize.fold(t) for t in found.values()}) != 1:
        return None
    # The plain letter where it spells the word: the lexicon puts back the umlauts its words
    # are printed with ("Geschaftsleitung" is Geschäftsleitung), no accent a plain word lacks.
    plain = next((t for c, t in found.items() if c.isascii()), None)
    return printed_umlauts(plain or next(iter(found.values())))


# What the English model makes of "für" joining a German title ("Partner fiir
# Antriebstechnik", "Leiter fir Vertrieb"): its ü read ii or i. No language here writes either.
# Only between two words, and in capitals only in a title all in capitals: FIR (an air
# traffic control's Flight Information Region) is a title's acronym ("Head of FIR Operations",
# "Leiter FIR Bremen"; second review, session 33).
_FUR_READS = frozenset({"fiir", "fir", "fuir"})


def umlaut_slip_undone(read: str) -> bool:
    """An ``UMLAUT_SLIPS`` slip put back in a word of the title ``read``: a letter only the
    folded lexicon checks, so the title goes to review."""
    return title_letters(read) != title_letters(read, umlauts=False)


def _joining_umlaut(word: str) -> str:
    """``fiir`` → ``für``: the joining word with its ü put back (session 32)."""
    if word.lower() not in _FUR_READS:
        return word
    return "FÜR" if word.isupper() else ("Für" if word[0].isupper() else "für")


CAMEL_RE = re.compile(r"^([A-ZÀ-Þ][a-zß-ÿ]{2,})([A-ZÀ-Þ][a-zß-ÿ]{2,})$")


def camel_parts(word: str) -> list[str]:
    """A word that is two capitalised words joined, the space between them not read."""
    found = CAMEL_RE.match(word)
    if found and not known_title_word(word) and any(map(known_title_word, found.groups())):
        return list(found.groups())
    return [word]


# A title names a field too ("Responsable de Logística", "Bereichsleiter Logistik"): the
# lexicon's department words are words of a title as well, for its slips and its spelling.
TITLE_LINE_WORDS = TITLE_WORDS | DEPARTMENT_WORDS
# The words whose misreads the title checks derive (a letter lost, changed, added; an end
# cut): the hand-written ones, each slip measured on the tuning cards. The listed titles of 23
# languages would make many a right word one letter off one ("Plant" beside Planta).
SLIP_SOURCE_WORDS = OWN_TITLE_WORDS | DEPARTMENT_WORDS


def known_title_word(word: str) -> bool:
    folded = spelt_fold(word.strip(",.;:"))
    return folded in TITLE_LINE_WORDS or compound_title(folded)


# Words that join a title's words ("Assistenz der Geschäftsführung", "Head of Sales").
# "ds." (do spraw, "for"): "Specjalista ds. Sprzedaży", Specialist for Sales.
JOINING_WORDS = frozenset(
    {"de", "der", "des", "du", "la", "of", "and", "for", "fur", "et", "y", "i", "di", "del", "w"}
    | {"ds"}
)


def lexicon_spelt(title: str) -> bool:
    """Every word of the title is a title word of the lexicon or joins two: a reading the
    lexicon confirms whole, however unsure Tesseract was of its letters (an umlaut read
    plain, "Geschaftsfuhrung" at 0.67). A field word counts beside a role word."""
    words = [w.strip(",.;:") for w in title_words(title)]
    # A role word strong alone, or a compound's title ending ("Projektingenieur"): a field word
    # beside "Sales" or "Operations" alone is a department ("Plant Operations", "Overseas Sales")
    titled = any(w in STRONG_TITLE_WORDS or _spelt_compound(w, _ANY_FIELD) for w in words)
    fields = FIELD_WORDS if titled else frozenset()
    known, compound_fields = _LINE_WORDS | fields, TITLE_WORDS | fields
    return bool(words) and all(w in known or _spelt_compound(w, compound_fields) for w in words)


# The words a title line is spelt with; the fields a compound title may open with.
_LINE_WORDS = TITLE_LINE_WORDS | JOINING_WORDS
_ANY_FIELD = TITLE_WORDS | FIELD_WORDS


def word_spelt(word: str, words: frozenset[str] = TITLE_LINE_WORDS) -> bool:
    """A lexicon word, or a compound whose field is one too: a compound's ending alone
    ("Entwickdungsingenieur") makes it a title word but spells none of its field's letters.
    ``words``: the lexicon asked (the slips' source words, ``SLIP_SOURCE_WORDS``, for a mend)."""
    folded = spelt_fold(word.strip(",.;:"))
    return folded in words or _spelt_compound(folded, words)


def _spelt_compound(word: str, fields: frozenset[str] = TITLE_WORDS) -> bool:
    """A compound whose field is a lexicon word too ("Vertriebsleiter"): its ending alone
    confirms none of its letters ("Vertricbsleiter", an e read c, ends as well)."""
    word = word.strip(",.;:")
    ending = next((e for e in TITLE_ENDINGS if word.endswith(e) and len(word) > len(e)), "")
    field = word[: len(word) - len(ending)] if ending else ""
    return bool(field) and (field in fields or field.removesuffix("s") in fields)
