"""Name words read surely and wrongly where nothing on the card spells them (session 15, wrong15).

Each check answers a slip seen accepted on new blind tuning seeds; the name's level goes ``/lo``
(to review) where one fires, so only the doubtful names leave the level.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import NamedTuple

from contactkit import normalize

from .rn_names import common_name_read_m

# What Tesseract's English model makes of ł and Ł (it has neither): "Pawet", "PAWEE", "Michai",
# "Rafak", "Eukasz"; "h" as in the title "Dziahu" (own seed 30 scan 6, session 17).
L_SLIPS = "teik1|h"
# Polish given names and common family names printed with ł (a family name in -ski/-cki also
# in its feminine -ska/-cka).
_L_NAMES = (
    "paweł", "michał", "rafał", "łukasz", "małgorzata", "stanisław", "stanisława", "władysław",
    "władysława", "bolesław", "mirosław", "mirosława", "jarosław", "jarosława", "wiesław",
    "wiesława", "sławomir", "sławomira", "zdzisław", "czesław", "bronisław", "radosław",
    "przemysław", "bogusław", "bogusława", "sławek", "mikołaj",
    "kozłowski", "ziółkowski", "jabłoński", "głowacki", "michałowski", "pawłowski", "sokołowski",
    "orłowski", "małecki", "głowiński", "gołębiowski", "kłosowski", "przybyłowski", "wołowski",
    "białecki", "białkowski", "żółkowski", "michałek", "białek", "białas", "kołodziej", "piłat",
    "pawłowicz", "michałkiewicz", "wasiłek", "przybył", "kiełbasa", "kłos", "wołoszyn",
    "bartłomiej", "włodzimierz", "włodarczyk", "kołodziejczyk", "gołąb",
)  # fmt: skip
L_NAMES = frozenset([*_L_NAMES, *(n[:-1] + "a" for n in _L_NAMES if n.endswith(("ski", "cki")))])


class LetterSlip(NamedTuple):
    """Names a country's cards print with ``letters`` the English model reads as one of
    ``slips``, Tesseract sure of it."""

    names: frozenset[str]
    letters: str
    slips: str
    countries: frozenset[str]

    def here(self, countries: Collection[str]) -> bool:
        """The card is of a country that prints these names."""
        return not self.countries.isdisjoint(countries)

    def fits(self, plain: str) -> set[str]:
        """The names ``plain`` (folded) is, with one of their ``letters`` read as a slip at
        least once."""
        return {name for name in self.names if self._slipped(plain, name)}

    def _slipped(self, plain: str, name: str) -> bool:
        if len(plain) != len(name):
            return False
        slipped = 0
        for read, printed in zip(plain, name, strict=True):
            if printed in self.letters and read in self.slips:
                slipped += 1
            elif read != ("l" if printed == "ł" else normalize.fold(printed)):
                return False
        return slipped > 0


L_SLIP = LetterSlip(L_NAMES, "ł", L_SLIPS, frozenset({"PL"}))
L_T_SLIP = LetterSlip(L_NAMES, "ł", "t", frozenset())
# Names in their own right a ł name with its ł read t is: doubted on a Polish card only, where
# "Rafat" is Rafał misread (so not in _OWN_NAMES, which keeps a name from being put back).
_T_OWN_NAMES = frozenset({"rafat"})


def l_misread(word: str, countries: Collection[str]) -> bool:
    """``PAWEE`` for Paweł, ``Ziotkowska`` for Ziółkowska: on a Polish card (the only language
    here that writes ł), a name printed with ł, read with another letter there (Tesseract sure
    of it); or a q no u follows (``Dqbrowski``)."""
    plain = normalize.fold(word)
    if not L_SLIP.here(countries):
        # Off a Polish card (no clue named Poland: "Pawet Kaminski", tuning photo 372/96,
        # accepted at largest/hi; session 37; a Pole's name on a German card alike): a ł read
        # t, the English model's commonest slip of it, makes no name of any language; shorter
        # words ("Ktos") and names of their own ("Matecki"; the Arabic "Rafat") aside.
        if len(plain) < 5 or plain in _OWN_NAMES or plain in _T_OWN_NAMES:
            return False
        return bool(L_T_SLIP.fits(plain))
    # "Dqbrowski": an ą or ę read q, which Polish writes in no name (session 17)
    return bool(L_SLIP.fits(plain)) or Q_SLIP_RE.search(plain) is not None


# A q no u follows: an ą or ę the English model read as q; no name nor title word of the
# languages here writes it so (also ``title_checks.lexicon_slip``: "Zarzqdu" for Zarządu).
Q_SLIP_RE = re.compile(r"q(?!u)")


# German firms join their trade to a word ("Holzbau", "Kunststofftechnik", "Autohandel"): a name
# ending so is a firm named for its owner ("Wolf Holzbau", seed 18 photo 56, taken for Wolfgang
# Fuchs's name at smaller+given). No family name on the tuning cards ends so.
TRADE_ENDINGS = ("bau", "technik", "handel", "logistik", "consult")


def trade_compound(word: str) -> bool:
    """A folded word that is a trade joined to a longer word (``holzbau``)."""
    return any(word.endswith(e) and len(word) >= len(e) + 3 for e in TRADE_ENDINGS)


# German family names printed with ü (session 16, wrong16): Tesseract's English model reads
# the ü as u (the name folds alike: right) or as i ("Kriger" for Krüger, sure of it: wrong).
# Müller too since session 23 (words23): "Miller" is a name of its own (Emily and Felix Miller on
# own seeds' German cards), but on the pooled tuning photos every "Miller" on a German-speaking
# card the address did not spell was a Müller (4 of 4, two accepted at email+initial/mid beside
# margaretem@, ursulam@); the word is doubted, not changed. Given names too, where the tables
# lack them: "Ginter" for Günter beside g.schulz@ and gmueller@ (photo seeds 222 card 53 and 211
# card 63, at email+initial/mid and /hi, the address checking its initial only; session 29).
# Given names, put back before the family name only: "Ginter" last is a family name of its own
# ("Markus Ginter" beside markus@ was made Markus Günter; session 29, wrong29b), doubted still.
_U_GIVEN = frozenset({"günter", "rüdiger", "jürg", "jürgen"})
_U_NAMES = (
    *_U_GIVEN,
    "müller", "krüger", "günther", "hübner", "kühn", "kühne", "dürr", "lüdtke", "schütz",
    "schütze", "jürgens", "brückner", "bürger", "fürst", "küster", "lüders", "schüler", "türk",
    "wünsch", "würth", "zürcher", "brüggemann", "frühwirth", "grün", "grüner", "hüther", "blümel",
    "mühlbauer", "büttner", "rübsamen", "lübke", "rühl", "kübler", "hüttner", "stümpfle",
    "glück", "kümmel", "lücke", "rücker", "düring", "füssel", "grünewald", "mückenberger",
    "schürmann", "tüchler", "nüssle", "bühler", "gürtler", "hürlimann", "lüthi", "stüssi",
    "zünd", "brünger", "pflüger", "krümmel", "würz", "sürig", "kürten", "fügner", "bülow",
)  # fmt: skip
U_NAMES = frozenset(_U_NAMES)
GERMAN_SPEAKING = frozenset({"DE", "AT", "CH", "LI", "LU"})  # where names are spelt with ü, ß
U_SLIP = LetterSlip(U_NAMES, "ü", "i", GERMAN_SPEAKING)
# German family names printed with ö, which the English model reads as é ("Sandra Schréder" for
# Schröder beside sandra@, fresh photo seed 522 card 11, accepted at email+initial/mid; RapidOCR
# read "Schroder"). Only an é or è read at the ö's place counts: a plain e is a name of its own
# as printed (Behm, Kehler, Meller, Leffler, Peschl: review rev46).
O_NAMES = frozenset(
    {
        "schröder", "köhler", "möller", "könig", "böhm", "förster", "göbel", "kröger", "löffler",
        "rösler", "höhne", "schön", "schöne", "hölzl", "pöschl", "vögele", "höfler", "döring",
        "röder", "stöckl", "köster", "völker", "schönberger", "jörg", "mörike", "pölzl", "kölbl",
    }
)  # fmt: skip


O_SLIP = LetterSlip(O_NAMES, "ö", "éè", GERMAN_SPEAKING)


def o_read_acute(word: str, countries: Collection[str]) -> str | None:
    """The name of ``O_NAMES`` that ``word`` is with its ö read é or è, on a German-speaking
    card; else None. The word is matched as read, not folded: folded, a printed plain e would
    count as the é."""
    if not O_SLIP.here(countries):
        return None
    return next(iter(sorted(O_SLIP.fits(word.lower()))), None)


# Family names printed with ß whose ß Tesseract reads as a small b or f ("Silke Weib" for Weiß,
# photo seed 340 card 79, email+initial/mid beside silkew@; "Weib", "Weif" on check photos 332
# card 81, 335 card 55; session 33, umlaut33): doubted, not changed, no letter of the card
# telling b from ß. Not Groß, Strauß: Grob, Straub are names of their own.
SZ_NAMES = frozenset({"weiß", "weißmann", "voß", "preuß", "krauß", "heß"})
SZ_SLIP = LetterSlip(SZ_NAMES, "ß", "bf", GERMAN_SPEAKING)


def u_misread(word: str, countries: Collection[str]) -> bool:
    """``Kriger`` for Krüger: on a German-speaking card, a family name printed with ü, read
    with i there (a name in its own right only by chance: ``Miller``); ``Weib`` for Weiß
    (``SZ_NAMES``); ``Schréder`` for Schröder (``O_NAMES``)."""
    plain = normalize.fold(word)
    return U_SLIP.here(countries) and bool(
        U_SLIP.fits(plain) or SZ_SLIP.fits(plain) or o_read_acute(word, countries)
    )


# The German-speaking countries whose cards are written in German alone. Switzerland and
# Luxembourg write French too ("Boéchat SA" beside boechat.ch, a Jura name).
GERMAN_ONLY = GERMAN_SPEAKING - {"CH", "LU"}
ACUTE_INSIDE_RE = re.compile(r"[^\W\d_][éè][^\W\d_]")


def acute_on_german_card(word: str, countries: Collection[str]) -> bool:
    """An é or è inside a name word on a card of only German-writing countries: most often its
    ö read so, whether or not ``O_NAMES`` lists the name ("Jan zu Léwenstein" beside
    schulzlehmann.de, RapidOCR reading "Lowenstein": fresh photo seed 622 card 1, accepted at
    email+initial/mid). Not a final é ("René")."""
    return bool(countries) and set(countries) <= GERMAN_ONLY and bool(ACUTE_INSIDE_RE.search(word))


# A ü read "ii" between consonants (session 20: the serif faces, URW Bookman, P052, C059 and
# Liberation Serif, draw the ü's dots close over a narrow u): "Giinter", "Kriiger", and in the
# addresses "Miinchen", "Ziirich". Photo seed 79, 200 cards: every "ii" so placed was a ü on a
# German-speaking card (4 words, 2 of them names); German writes no "ii". Put back on such cards.
II_FOR_U_RE = re.compile(r"(?<=[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])ii(?=[b-df-hj-np-tv-zß])")


def umlaut_put_back(name: str, countries: Collection[str]) -> str:
    """``Giinter Hoffmann`` → ``Günter Hoffmann`` on a German-speaking card."""
    if not GERMAN_SPEAKING & set(countries):
        return name
    return II_FOR_U_RE.sub("ü", name)


# Letters romanised Japanese never writes (Hepburn, Kunrei and the passport's spellings alike):
# in a Japanese name one is a slip, most often an i read as l ("GOTOH Yul" for Yui Gotoh, b27
# photo 95, accepted at email+initial/hi beside y.gotoh@).
NOT_ROMAJI_RE = re.compile(r"[lqx]")


# A romanised Japanese word, syllable by syllable: a vowel after at most one consonant (or sh,
# ch, ts, or one with y), a long vowel's h ("Gotoh"), a lone n, a doubled consonant ("Hattori").
ROMAJI_RE = re.compile(
    r"(?:(?:sh|ch|ts|[kgsztdnhbpmrjfwy]|[kgnhbpmr]y)?[aeiou]h?|n(?![aeiouy])"
    r"|([kstpgdbmc])(?=\1)|t(?=ch))+"
)


def romaji_slip(word: str, countries: Collection[str]) -> bool:
    """On a Japanese card, a name word holding a letter romanised Japanese never writes, or
    letters it never writes together ("MASAHTRO" for Masahiro, i read t: photo seed 94 card
    41, accepted at email+initial/hi beside m.gotoo@)."""
    if "JP" not in countries:
        return False
    folded = normalize.fold(word)
    return NOT_ROMAJI_RE.search(folded) is not None or not ROMAJI_RE.fullmatch(folded)


# Spanish family names that carry an accent (the commonest, by the civil register's counts):
# Tesseract keeps the mark and misreads the vowel under it ("Gémez" for Gómez, scan seed 127
# card 113, accepted at email+other/hi beside rosario@), a surname no register holds.
_ACCENTED_SURNAMES = (
    "garcía", "rodríguez", "gonzález", "fernández", "lópez", "martínez", "sánchez", "pérez",
    "gómez", "martín", "jiménez", "hernández", "díaz", "álvarez", "muñoz", "gutiérrez",
    "domínguez", "vázquez", "ramírez", "suárez", "marín", "núñez", "cortés", "méndez", "león",
    "márquez", "peña", "giménez", "ibáñez", "durán", "benítez", "román", "sáez",
    "velázquez", "ordóñez", "gálvez", "peláez", "báez", "chávez", "juárez", "estévez", "vélez",
)  # fmt: skip
ACCENTED_SURNAMES = frozenset(_ACCENTED_SURNAMES)
_ACCENTED_FOLDED = frozenset(normalize.fold(n) for n in _ACCENTED_SURNAMES)
SPANISH_SPEAKING = frozenset(
    {"ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "UY", "PY", "BO", "CR", "GT", "PA", "DO"}
)
# An á read d too, as the light faces' small a with its accent is ("Ferndndez" for Fernández,
# fresh photo seed 300 card 21; titles' "ä read d", titles.STEM_ONLY_SLIPS).
ACCENT_SLIP = LetterSlip(ACCENTED_SURNAMES, "áéíóú", "aeiou", SPANISH_SPEAKING)
A_READ_D_SLIP = LetterSlip(ACCENTED_SURNAMES, "á", "d", SPANISH_SPEAKING)
# The ñ of a family name read as two letters, its tilde joined to the n ("Mufioz", "Ibafiez":
# fresh photo seed 300 card 42, scan seed 303 card 77; local_parts.SPELT_SLIPS where the address
# spells n): the table's ñ names, as read with "fi" or "fl" for the ñ, folded.
_ENYE_READ = {
    normalize.fold(name.replace("ñ", two)): name
    for name in _ACCENTED_SURNAMES
    if "ñ" in name
    for two in ("fi", "fl")
}
# A small ú read "ti", its accent joined to the u's first stem ("Jestis" for Jesús, fresh photo
# seed 324 card 29, accepted at email+other/hi beside jromero@): Spanish names printed with ú
# inside the word. No name of the tables, nor a Spanish word, is spelt so.
_U_ACUTE_NAMES = ("jesús", "raúl", "saúl")
_ENYE_READ.update({normalize.fold(n.replace("ú", "ti")): n for n in _U_ACUTE_NAMES})


# The r and n of a family name run together and read "m", its accent lost with them ("Inmaculada
# Hemandez Fermandez" beside inmaculada.hemandez@, the address's small print read so too, or its n
# read m: check seed 366 card 36, both accepted; session 35). No name of the tables is so.
_RN_READ_M = {
    normalize.fold(name).replace("rn", read): name
    for name in _ACCENTED_SURNAMES
    if "rn" in normalize.fold(name)
    for read in ("m", "rm")
}


def rn_read_surname(local: str) -> bool:
    """A word of the address ``local`` that is a family name of the tables with its "rn" read
    "m" or "rm" (``hemandez``): the address's small print run together as the name's was."""
    return any(w in _RN_READ_M for w in normalize.fold(local).split())


def enye_read(plain: str, countries: Collection[str]) -> str | None:
    """The table's name ``plain`` (folded) is, its ñ read "fi" or "fl" (a family name), its ú
    read "ti" (``_U_ACUTE_NAMES``) or its "rn" read "m" (``_RN_READ_M``), on a Spanish-speaking
    card; else None."""
    if not ACCENT_SLIP.here(countries):
        return None
    return _ENYE_READ.get(plain) or _RN_READ_M.get(plain)


def accent_misread(word: str, countries: Collection[str]) -> bool:
    """``Gémez`` for Gómez: on a Spanish-speaking card, a word one vowel off a common accented
    family name, the vowel it differs in the one under the accent (and no such name itself:
    each holds one accented vowel at most)."""
    if not ACCENT_SLIP.here(countries):
        return False
    plain = normalize.fold(word)
    if enye_read(plain, countries):
        return True
    slipped = ACCENT_SLIP.fits(plain) | A_READ_D_SLIP.fits(plain)
    return plain not in _ACCENTED_FOLDED and bool(slipped)


# Polish family names end in -ski, -cki, -dzki (-ska...), and no name in another language the
# cards print ends in "sk" or "dzk": read so, the name lost its last letter at the print's edge
# or in wide spacing ("Jozef Lewandowsk" beside jozef@, fresh photo seed 148 card 26, accepted
# at email+other/hi). No tuning name ends so; "-ck" is German (Beck: 14 names right), left.
CUT_ENDING_RE = re.compile(r"[a-z]{3,}(?:sk|dzk)$")


def letter_misread(word: str, countries: Collection[str]) -> bool:
    """A name word with a letter its country's names print read as another, Tesseract sure of
    it: ``PAWEE`` (ł), ``Kriger`` (ü), ``Gémez`` (ó), ``Yul`` on a Japanese card; or a Polish
    family name's last letter lost (``Lewandowsk``)."""
    return (
        CUT_ENDING_RE.search(normalize.fold(word)) is not None
        or l_misread(word, countries)
        or u_misread(word, countries)
        or romaji_slip(word, countries)
        or accent_misread(word, countries)
        or common_name_read_m(word)  # "Foumier": a common name's rn read m (rn_names)
    )


# Names in their own right one letter off a name of the tables above, as Tesseract reads them
# right (folded): doubted all the same, but never written as the table's name ("Wirth" is no
# slip of Würth, "Bittner" none of Büttner, "Gámez" none of Gómez; own seeds' German cards
# print Emily and Felix Miller).
_OWN_NAMES = frozenset(
    {
        "miller", "wirth", "bittner", "kimmel", "ricker", "glick", "bihler", "kister", "ginther",
        "wirz", "dirr", "kihn", "griner", "first", "birger", "hibner", "gamez", "marton", "lean",
        "maron", "duren", "matecki",
    }
)  # fmt: skip


def misread_put_back(name: str, countries: Collection[str], local: str | None) -> str:
    """``Pawet Sadowski`` → ``Paweł Sadowski``, ``Anna Kriger`` → ``Anna Krüger``: a word the
    address does not spell, read with another letter where exactly one name of the tables
    above prints ł (a Polish card), ü (a German-speaking one) or an accented vowel (a
    Spanish-speaking one), written as that name; not a name in its own right. The name stays
    doubted (the caller marks it repaired): the tables guess the letter, nothing on the card
    checks it."""
    spelt = normalize.fold(local or "")
    slips = [slip for slip in (L_SLIP, U_SLIP, ACCENT_SLIP, A_READ_D_SLIP) if slip.here(countries)]
    words = name.split()
    for i, word in enumerate(words):
        plain = normalize.fold(word)
        if len(plain) < 4 or not letter_misread(word, countries):
            continue
        if spelt and plain in spelt and not _umlaut_slipped_in_address(plain, countries):
            continue
        if plain in _OWN_NAMES:
            continue
        found = {n for slip in slips for n in slip.fits(plain) if plain != normalize.fold(n)}
        if enye := enye_read(plain, countries):
            found.add(enye)
        if o_name := o_read_acute(word, countries):
            found.add(o_name)
        if len(found) == 1:
            put = found.pop()
            if put in _U_GIVEN and 0 < i == len(words) - 1:
                continue  # a given name last is a family name of its own ("Markus Ginter")
            words[i] = put.upper() if word.isupper() else put[0].upper() + put[1:]
    return " ".join(words)


def el_for_l(name: str, printed: str, countries: Collection[str], local: str | None) -> str:
    """``MICHAEL Michalak`` → ``Michał``: on a Polish card a given name printed in capitals whose
    Ł was read as the two letters E and L (photo seed 339 card 21, ``MICHAEL MICHALAK`` accepted
    at largest+given; ``RAFAEL`` beside rafal@, session 29), where the Polish name with ł is of
    the tables and the address does not spell the word as read. The name stays doubted."""
    words = name.split()
    # Only where every clue is Polish: a German or Dutch Michael on a card with a Polish branch
    # beside ("MICHAEL SCHMIDT", a Munich and a Wrocław address) is spelt so (second review).
    if not (words and printed.isupper() and set(countries) == {"PL"}):
        return name
    plain = normalize.fold(words[0])
    if not plain.endswith("ael") or plain[:-2] + "ł" not in L_NAMES:
        return name
    if local and plain in normalize.fold(local):
        return name
    words[0] = words[0][:-2] + ("Ł" if words[0].isupper() else "ł")
    return " ".join(words)


def _umlaut_slipped_in_address(plain: str, countries: Collection[str]) -> bool:
    """``plain`` (folded) is a given name of the ü table read with i on a German-speaking card:
    an address there writes the ü as ue or u, never i, and "Jirgen" is nobody's name, so one
    spelling it so ("Jirgen Grossmann" beside jirgengrossmann@) was read with the same slip and
    checks nothing (session 32). A family name so spelt may be a name of its own ("Kriger"
    beside anna.kriger@ stays)."""
    fits = U_SLIP.fits(plain) if U_SLIP.here(countries) else set()
    return bool(fits) and fits <= _U_GIVEN
