"""How sure card_scan is of a field: what backs the value, turned into a measured probability.

Tesseract's own word confidence says little on its own: it is sure of many slips ("Kohler" for
"Köhler", "lonbridge"). What does tell is agreement between fields printed independently: the
email's local part written from the name, its domain naming the company and the website. Each
field's evidence is reduced to a *level* (``email``, ``domain+legal``, ``ocr/hi``...); each level's
share of right values was measured on the tuning sets (since session 22 the pooled all-font tuning
photos; ``bench/card_scan_calibrate.py`` prints the table), and the lower bound of that share is the
field's confidence: a field at 0.97 was right at least about 97 times in 100, on enough cards to say
so (the table and the review threshold are in ``calibration``). The company's levels are in
``company_confidence``.
"""

from __future__ import annotations

import re

from contactkit import geo, normalize

from .accent_slips import spanish_i_misread
from .census_names import census_slip, odd_opening
from .clues import domain_of
from .domains import domain_in, loose_domain
from .endings import foreign_ending, glued_ending, known_suffix, slipped_ending
from .lexicon import COMPANY_WORDS, NAME_PARTICLES, TITLE_WORDS, TRADE_WORDS
from .local_parts import (
    cut_short,
    initials_code,
    local_letters,
    local_match,
    spelt_fold,
    spelt_letters,
    spelt_words,
    umlaut_plain,
)
from .local_separators import hyphened_words, joined_kind
from .name_checks import acute_on_german_card, letter_misread, rn_read_surname, trade_compound
from .name_order import order_guessed, order_printed, two_part
from .name_rows import RowLine, TailLine
from .name_slips import (
    POLISH_SLIP_RE,
    SLIP_RE,
    echoed_given,
    family_slip,
    honorific_glued,
    known_given,
    lost_double_n,
    near_given,
    umlaut_as_i,
)
from .name_wide_rows import WideRowLine
from .people import capital_family
from .text_lines import Line
from .web import spelt_elsewhere
from .word_confidence import ocr_band, words_conf


def read_conf(line: Line, value: str) -> float:
    """``words_conf``, but 0 where a word of ``value`` is a word of the line with its start put
    back (``lost_initial``: "Kimberly" for "berly"): letters Tesseract never read."""
    read = {spelt_letters(w.text) for w in line.words}
    for word in map(spelt_letters, value.split()):
        if word not in read and any(len(r) >= 4 and word.endswith(r) for r in read):
            return 0.0
    return words_conf(line, value)


def unconfirmed_words(name: str, local: str) -> tuple[list[str], list[str]]:
    """(words the local part gives only the initial of, words it does not hold at all).

    ``g.martin@`` for ``Guadalupe Martin de la Fuenth`` confirms "martin" letter for letter;
    "guadalupe" only by its initial and "fuenth" not at all, so an OCR slip there ("Fuenth"
    for "Fuente", "Di" for the degree "DI") is unchecked. Particles are not counted.
    """
    letters = local_letters(local)
    initials, absent = [], []
    for word in spelt_fold(name).split():
        plain = re.sub(r"[^a-z]", "", word)
        if len(plain) < 2 or word in NAME_PARTICLES or plain in letters:
            continue
        # "moeller" for MOLLER: the umlaut read plain and spelt out. Not a word read with the
        # e the address lacks (``_e_not_spelt``).
        if umlaut_plain(plain) == plain and plain in umlaut_plain(letters):
            continue
        (initials if plain[0] in initials_of(local.lower()) else absent).append(word)
    return initials, absent


def initials_of(local: str) -> set[str]:
    """Letters a local part may give a word by: ``l.moeller`` l, ``carlosf`` f, ``jsmith`` j."""
    pieces = [p for p in re.split(r"[^a-z]+", local) if p]
    out = {p[0] for p in pieces} | {p[-1] for p in pieces}
    return out | {p for p in pieces if len(p) == 1}


def name_level(
    name: str,
    line: Line,
    local: str | None,
    near: bool,
    largest: bool,
    countries: frozenset[str] = frozenset(),
    card_letters: str = "",
) -> str:
    """The name's level: by what the email's local part spells of it, else by its shape on the
    card. ``countries``: what the card's clues and numbers name (``name_slips.card_countries``);
    ``card_letters``: the letters of the card's other lines as an email spells them
    (``local_parts.spelt_letters``)."""
    words = normalize.fold(name).split()
    if len(words) >= 2 and words[-1] in NAME_PARTICLES:
        return "cut"  # "José Vazquez del": the family name's end, "Río", not read
    if len(words) >= 2 and words[0] in NAME_PARTICLES | {"le"}:
        # "Le Goff" (Anne-Sophie's smudged), "del Rio Suare": opening on a particle, the given
        # name was not read; 0 of 2 right on the pooled tuning photos, one accepted at "email"
        return "cut"
    strength = local_match(local.lower(), spelt_fold(name).split()) if local else 0
    if (
        strength == 2
        and order_guessed(name, local, countries)
        and not order_printed(name, capital_family(line.text))
    ):
        return "email/order-guessed"
    if strength == 2:
        return _spelt_by_email(name, line, local or "", countries, card_letters)
    if strength == 1:
        return "email-part"  # it holds one word of it: the rest is unchecked
    if local and initials_code(local, spelt_fold(name).split()):
        return _code_level(name, line, countries)
    if near or (local and family_slip(local, name)):
        return "email-slip"
    return _shape_level(name, line, local, largest, countries)


def _code_level(name: str, line: Line, countries: frozenset[str]) -> str:
    """A name the address gives three letters of (``mho@``): its other letters are unchecked,
    so a misread letter of a kind card_scan knows is doubted, as for a name nothing checks."""
    words = name.split()
    if any(letter_misread(w, countries) or spanish_i_misread(w, countries) for w in words):
        return "email-code/lo"
    if near_given(words[0]) or any(census_slip(w) is not None for w in spelt_fold(name).split()):
        return "email-code/lo"
    return f"email-code/{ocr_band(read_conf(line, name))}"


def _spelt_by_email(
    name: str, line: Line, local: str, countries: frozenset[str], card_letters: str = ""
) -> str:
    """The level of a name the local part is written from: by the words it does not spell
    out, measured apart with their OCR confidence."""
    initials, absent = unconfirmed_words(name, local)
    if not (initials or absent):
        # "Ana Hemandez" beside ana.hemandez@: the address's small print read as the name's
        # was ("rn" as "m"), so it checks nothing; one family name gave no absent word to doubt
        # (review rev35f, session 35).
        return "email+rn-read-m" if rn_read_surname(local) else "email"
    kind = "email+other" if absent else "email+initial"
    unchecked = " ".join(absent or initials)
    if isinstance(line, WideRowLine) and not all(known_given(w) for w in [*absent, *initials]):
        return f"{kind}+wide-row"  # "Pierluigi" | "Ferrari" far apart: unmeasured, to review
    if isinstance(line, TailLine) and spelt_fold(name).split()[-1] in unchecked.split():
        return f"{kind}+row"  # "Anna Schmidt" | "Rechtsanwalt": the joined word unchecked
    first = spelt_fold(name).split()[0]
    # A word the address gives the initial of is as unchecked as one it lacks: "Concepcién"
    # beside cblanco@ for Concepción Blanco Sanz (photo seed 90 card 56, email+other/hi).
    if any(
        ((SLIP_RE.search(w) or POLISH_SLIP_RE.match(w)) and not known_given(w))
        or (near_given(w) and first == w)  # unchecked words come folded
        or (umlaut_as_i(w) and first == w)  # "Jirgen" beside j.schmitt@
        # "PAWEE" beside pnowak@, "Kriger" beside tobias@, "Gémez" beside rosario@: its ł, ü
        # or ó misread; "Yul" beside y.gotoh@ on a Japanese card
        or letter_misread(w, countries)
        or spanish_i_misread(w, countries)  # "Martfnez" beside ana@: its í read f
        or _e_not_spelt(w, local)
        or honorific_glued(w)  # "Drceline" beside legrand@
        # "Braul" beside anna@, "Wermer" beside uwew@: in no name table, one OCR slip from a
        # frequent one (Braun, Werner), and no other line of the card spells it as read
        or (census_slip(w) is not None and w not in card_letters)
        for w in [*absent, *initials]
    ) or (lost_double_n(name, countries) and spelt_fold(name).split()[-1] in unchecked.split()):
        return f"{kind}/lo"  # "Miiller", "Pefia": a printed letter misread, unchecked
    if any(
        acute_on_german_card(w, countries) and spelt_words(w)[0] in [*absent, *initials]
        for w in name.split()[1:]
    ):
        # "Jan zu Léwenstein" beside janl@: its ö read é, the address giving its initial only
        # (not "Pérez" beside c.perez@, which spells the e: rev50)
        return f"{kind}/lo"
    if absent and initials and ocr_band(read_conf(line, " ".join(initials))) == "lo":
        # "Concepcién" (0.44) beside c.ortega@, given by its initial alone, doubted however
        # surely "Ruiz" (absent, 0.97) was read; at mid such words were right (b28 photo 93
        # "Inmaculada" 0.88, b24 photo 58 "José"), so only a word Tesseract doubted counts.
        return f"{kind}/lo"
    # Every word the address lacks a given name the tables know ("Tomasz" beside wisniewski@):
    # the tables check its letters, where a family name's slip ("Kinig" beside heike@) passes.
    given = "+given" if absent and all(known_given(w) for w in absent) else ""
    return f"{kind}{given}/{ocr_band(read_conf(line, unchecked))}"


def _e_not_spelt(word: str, local: str) -> bool:
    """The word read with an e after a, o or u that the address spells it without: "RAFAEL"
    beside rafal@ is Rafał, its ł read "el" (fresh photo seed 223 card 78, accepted at
    email+other/hi; session 29). An address writes a printed e, and an umlaut as ae or a.
    Four letters or more left: a short name's "jo" or "su" is found in many an address by
    chance (Joe Johnson beside jjohnson@, Sue Sullivan beside ssullivan@; session 29, wrong29b)."""
    plain = umlaut_plain(word)
    return plain != word and len(plain) >= 4 and plain in local.lower()


def _shape_level(
    name: str, line: Line, local: str | None, largest: bool, countries: frozenset[str]
) -> str:
    """The level of a name the email does not check: by its print (the card's largest or
    not), a given name it holds, and what may make it no person's name or a misread one."""
    words = normalize.fold(name).split()
    shape = ("largest" if largest else "smaller") + ("+given" if known_given(name) else "")
    if isinstance(line, RowLine):
        shape += "+row"  # two lines of one row joined by a given name alone: unmeasured
    if words[-1:] and (words[-1] in TRADE_WORDS | COMPANY_WORDS or trade_compound(words[-1])):
        # "Peter Braun Consulting", "Anna Schmidt Immobilien": a sole trader's firm named for
        # its owner, taken for a name where no address checks it: unmeasured, a person looks.
        return f"{shape}+trade"
    if near_given(name.split()[0]) or lost_double_n(name, countries):
        return f"{shape}/lo"
    if words and odd_opening(words[0]):
        return f"{shape}/lo"  # "Jki Ota" for Yuki Ota: no name opens so
    if echoed_given(name.split()[0]):
        # "Stefanieie Schmidt": the given name's end read twice. The first word only: family
        # names are often a given name with its end said again ("Giannini", "Coenen", "Scherer").
        return f"{shape}/lo"
    if any(letter_misread(w, countries) or spanish_i_misread(w, countries) for w in name.split()):
        return f"{shape}/lo"  # "PAWEE NOWAK", "Kriger", "Gémez": a ł, ü or ó misread
    if local and two_part(local) and not normalize.is_role_local(local):
        # A personal address ("maria.rubio@") that spells nothing of the line taken for the
        # name: the name was not read, and a department or a tagline stood in for it.
        return f"{shape}+unmatched"
    if words[-1:] and words[-1] in TITLE_WORDS:
        return f"{shape}+trade"  # "Robert Smith Sales": a team or a firm, as above
    return f"{shape}/{ocr_band(read_conf(line, name))}"


def email_level(
    email: str,
    ocr: float,
    name: str | None,
    company: str | None,
    url_domain: str | None,
    repaired: bool,
    known_suffix: bool,
    regions: set[str] | None = None,
    seen_twice: bool = False,
) -> str:
    """``regions``: the countries the card names but by its email and website; ``seen_twice``:
    a second engine read the address's letters joined too (email_dots)."""
    if not known_suffix:
        return "cut"  # "a@acme.c"
    local, _, host = email.partition("@")
    domain = domain_of(host)
    # Every character of the local part accounted for by the name: letters and separators only.
    strength = local_match(local.lower(), spelt_fold(name or "").split()) if name else 0
    by_name = strength == 2 and re.fullmatch(r"[a-z]+(?:[._-][a-z]+)*", local.lower()) is not None
    by_domain = bool(domain) and (domain == url_domain or domain_in(company, domain))
    tag = "+repaired" if repaired else ""
    if _glued_unchecked(host, company, domain):
        tag += "+glued-ending"  # the site, read in one font, shares the slip: nothing checks it
    if by_domain and domain != url_domain and loose_domain(company, domain):
        tag += "+loose"  # letters of the domain nothing checks
    if "-" in local and "-" not in (name or ""):
        # "p-schulz" for Peter Schulz: a hyphen where the name has none is as likely a dot
        # misread (none of the tuning sets' addresses holds one); measured apart. Between two
        # whole words of the name ("axel-danielsson") it is a form firms use: measured apart
        # again (session 54: 11 of 11 right on the second generator's tuning seeds, where the
        # one wrong, "j-urquijo" for j.urquijo, stands beside an initial).
        tag += "+hyphen-words" if hyphened_words(local, name or "") else "+hyphen"
    if rn_read_surname(local):
        tag += "+rn-read-m"  # "inmaculada.hemandez@" beside the name read so: nothing checks it
    if by_name and by_domain:
        joined = joined_kind(local, name or "", seen_twice)
        # Nothing checks the separator ("p-schulz" for p.schulz): Tesseract's doubt about
        # the address is measured apart.
        band = _ending_band(email, ocr, regions or set())
        return "name+domain" + tag + joined + ("" if band == "hi" else f"/{band}")
    if by_name:
        return f"name{tag}/{ocr_band(ocr)}"
    if normalize.is_role_local(local):  # "info@", "vertrieb@": a word from a known list
        return f"role{tag}" + ("+domain" if by_domain else f"/{ocr_band(ocr)}")
    if name and cut_short(local.lower(), spelt_fold(name).split()):
        return f"cut-name{tag}/{ocr_band(ocr)}"  # "as.roth" for Tobias Roth: its start not read
    if strength == 1:
        # A word of the name and something else ("jsmith.sales"): a cut or a slip.
        return f"part-name{tag}/{ocr_band(ocr)}"
    if by_domain and name and initials_code(local, spelt_fold(name).split()):
        return f"code+domain{tag}/{ocr_band(ocr)}"  # "mho@" beside Maarten Hoekstra
    if by_domain:
        return f"domain{tag}/{ocr_band(ocr)}"
    return f"ocr{tag}/{ocr_band(ocr)}"


def _ending_band(email: str, ocr: float, regions: set[str]) -> str:
    """Tesseract's band for the address, ``/foreign-ending`` after it where the card does not
    back its ending: Tesseract unsure, or the ending one look-alike letter off the card's own
    (the name and the company check the letters, nothing the ending: "weberbau.ni" for .nl,
    its l read i)."""
    band = ocr_band(ocr)
    if (band == "lo" and foreign_ending(email, regions)) or slipped_ending(email, regions):
        band = f"{band}/foreign-ending"
    return band


def _glued_unchecked(value: str, company: str | None, domain: str | None) -> bool:
    """A stop lost before a firm ending (``endings.glued_ending``) that the company does not
    check: where it spells the domain whole ("Falcom Pte Ltd", falcom.sg) the name ends in com."""
    return glued_ending(value) and not domain_in(company, domain)


def url_level(
    url: str,
    ocr: float,
    email_domain: str | None,
    repaired: bool,
    company: str | None = None,
    regions: set[str] | None = None,
) -> str:
    """The website's level: what backs it (the email's domain, the company's name and the
    card's country, a repair) and the band of ``ocr``, its read confidence."""
    if repaired:
        return "repaired"
    domain = domain_of(url)
    if _glued_unchecked(url, company, domain):
        return "glued-ending"
    if email_domain is not None:
        if slipped_ending(url, regions or set()):
            return "foreign-ending"  # "vissersystemen.ni" on a Dutch card, the email so too
        return f"{'email' if domain == email_domain else 'ocr'}/{ocr_band(ocr)}"
    # No email: read on another line, the company's name spells the site's (Cobalt B.V., cobalt.nl)
    # and a country the card names otherwise its ending, or the ending names none (.com).
    # The name alone leaves a slip in the ending unchecked ("cobalt.ni"), and one that makes no
    # suffix or a country's none ("cobalt.n1", "cobalt.corn", "cobalt.co" with its m cut); a
    # name only part of a word is a name cut short ("coba.nl").
    country = geo.country_of_domain(domain or "")
    ending = (domain or "").rsplit(".", 1)[-1]
    named = country in (regions or set()) or (
        country is None and ending not in geo.GENERIC_CCTLDS and known_suffix(url)
    )
    spelt = bool(company and domain and spelt_elsewhere(domain, [company], whole=True))
    if spelt and named:
        return "company"
    return f"ocr/{ocr_band(ocr)}"
