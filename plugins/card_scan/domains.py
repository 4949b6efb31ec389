"""How a company's printed name and its domain agree: spelt out, inside, or by initials.

Agreement between fields printed independently is what card_scan's confidence rests on
(``confidence.py``, ``company_confidence.py``); this module says which letters of a domain
the company's name checks, and puts back a domain of the company's initials read with a glyph
slip (``initials_slip``).
"""

from __future__ import annotations

import re

from contactkit import normalize

from .clues import legal_form
from .domain_names import name_spelling_side
from .lexicon import COMPANY_WORDS, LEADING_FORMS
from .local_parts import spelt_fold, umlaut_plain


def domain_label(domain: str) -> str:
    """The domain's first label in small letters and digits only (``bauer-treuhand.ch`` →
    ``bauertreuhand``): as ``squashed`` folds a name, so squashed() changes nothing on it."""
    return re.sub(r"[^a-z0-9]", "", domain.split(".")[0])


def squashed(text: str) -> str:
    """``text`` folded to its letters and digits only, to set beside a domain's label:
    ``Bauer-Treuhand AG`` → ``bauertreuhandag``."""
    return re.sub(r"[^a-z0-9]", "", normalize.fold(text))


def spelt_squashed(text: str) -> str:
    """``text``'s letters and digits as a domain spells them, umlauts plain (``umlaut_plain``):
    ``Müller & Söhne`` → ``mullersohne``, as ``muellersoehne.de``'s label is made."""
    return umlaut_plain(re.sub(r"[^a-z0-9]", "", spelt_fold(text)))


def folded_letters(text: str) -> str:
    """``text`` folded to its letters only, as ``squashed`` without digits: ``Sp. z o.o.`` →
    ``spzoo``."""
    return re.sub(r"[^a-z]", "", normalize.fold(text))


def domain_in(company: str | None, domain: str | None) -> bool:
    """The domain's name is spelt out in the company's, letter for letter (``Polaris Groep N.V.``
    for ``polaris.nl``): agreement, where a near match would be an OCR slip in one of them."""
    if not company or not domain or normalize.is_freemail(domain):
        return False
    # Umlauts and ß as domains write them ("soehne", "strasse") and as cards print them.
    label = umlaut_plain(domain_label(domain))
    spelt = spelt_squashed(company)
    if len(label) >= 3 and label in spelt:
        return True
    # "hoekstragroup.nl" for Hoekstra Packaging B.V., "belora-global.co.jp" for Belora
    # Electronics: the name's leading words and a word firms add to domains. Whole words only:
    # "Lrensto Logistics" beside renstogroup.com is a logo's letter glued, not agreement.
    if _leading_words_and_tail(company, label):
        return True
    # "ppennine.co.uk" for Pennine Holdings plc, "aaurora.fr" for Groupe Aurora: the domain
    # doubles the name's initial.
    if len(label) >= 5 and label[0] == label[1] and label[1:] in spelt:
        return True
    # "Jiménez y Asociados S.L." for jimenez-asociados.es, "Albufera S.L." for aalbufera.es:
    # every word of the name in the domain, connectives and the legal form aside.
    core = core_words(company, AND_WORDS)
    joined = umlaut_plain("".join(core))
    if len(joined) >= 4 and joined in label:
        return True
    # Initials as written: "aegroup" for Atlas Elektrotechnik is no umlaut.
    return initials_in(company, domain_label(domain))


def initials_label(company: str | None, domain: str | None) -> bool:
    """The domain's label is the company's first word whole, of two or three letters: the
    firm's initials as its domain (``nv.es`` for "NV Soluciones S.L.", ``eae.no`` for "EAE
    Advisory AS"). Too short for ``domain_in``, and its other words nothing checks."""
    if not company or not domain or normalize.is_freemail(domain):
        return False
    label = umlaut_plain(domain_label(domain))
    return 2 <= len(label) <= 3 and spelt_squashed(company.split()[0]) == label


# Words a firm's domain adds after its name ("-global", "group", "-international").
DOMAIN_TAILS = ("group", "global", "world", "worldwide", "international", "intl", "online")


def _leading_words_and_tail(company: str, label: str) -> bool:
    tail = next((t for t in DOMAIN_TAILS if label.endswith(t)), None)
    if tail is None:
        return False
    stem = label[: -len(tail)]
    words = [umlaut_plain(w) for w in core_words(company, frozenset())]
    lead = ""
    for word in words:
        lead += word
        if len(lead) >= 3 and lead == stem:
            return True
        if not stem.startswith(lead):
            return False
    return False


def loose_domain(company: str | None, domain: str | None) -> bool:
    """The company's words sit inside a longer domain whose other letters nothing checks
    (``wvesta.co.jp`` for "Vesta Corporation": the w may be a slip of ``vvesta``); letters that
    repeat the name's initials (``aalbufera``, ``vvesta``) or a group word are checked."""
    if not domain_in(company, domain) or not company or not domain:
        return False
    label = umlaut_plain(domain_label(domain))
    if spelt_squashed(company).find(label) >= 0:
        return False
    core = core_words(company, AND_WORDS)
    joined = umlaut_plain("".join(core))
    if not joined or joined not in label:
        return False  # agreed by the initials: every letter checked
    extra = label.replace(joined, "", 1)
    return not (extra in GROUP_WORDS or set(extra) <= {w[0] for w in core})


def name_and_tail(company: str | None, domain: str | None) -> bool:
    """The domain is the company's name and a tail that names nothing (``vantage2.pl`` for "PPHU
    Vantage", ``jura-co.ch`` for "Jura AG", ``altair-online.co.uk`` for "Altair Holdings plc"):
    every word of the name is checked, legal forms and group words aside."""
    if not company or not domain or normalize.is_freemail(domain):
        return False
    label = umlaut_plain(domain_label(domain))
    skip = AND_WORDS | GROUP_WORDS | HOLDING_WORDS | LEADING_FORMS
    core = core_words(company, skip)
    joined = umlaut_plain("".join(core))
    return (
        len(joined) >= 4
        and label.startswith(joined)
        and bool(TAIL_RE.fullmatch(label[len(joined) :]))
    )


# What a domain adds to a name already taken: a number, "co", a group word in any language, or
# a firm's tail word (``DOMAIN_TAILS``: "trakai-global.de" for Trakai SE, "tekzenkai-world.com"
# for Tekzenkai Ltd, the second blind generator's photo seeds 5 and 6, sent to review at
# domain+legal+part).
TAIL_RE = re.compile(
    "|".join([r"\d{1,2}", "co", "gruppe", "groupe", "grupo", "gruppo", "groep", *DOMAIN_TAILS])
)
# The words firms add to a name, as ``other_words`` compares them (built once, not per card).
_COMPANY_WORDS_PLAIN = frozenset(umlaut_plain(w) for w in COMPANY_WORDS)


def initials_in(company: str, label: str) -> bool:
    """The label is the company's initials, connectives aside, maybe with a group word:
    ``shgroup.de`` for "Schmitt & Hofmann GmbH & Co. KG", ``dwgroup.pl`` for "Dabrowski i
    Wspolnicy"; one initial only with a group word (``mgroup.it`` for "Meridian S.p.A."; a lone
    letter is no evidence). Every letter of the label is checked, the words past their initials
    are not: the company's level measures them apart (``other_words``)."""
    words = [w for w in re.findall(r"[a-z0-9]+", normalize.fold(trim_legal(company)))]
    words = [w for w in words if w not in AND_WORDS] or words
    # "vgroup.nl" for Vesta Groep, "qgroup.nl" for Quantum Holding: the name's own group word
    # is the domain's, not an initial.
    grouped = [w for w in words if w not in GROUP_WORDS | HOLDING_WORDS]
    # "agroup.pl" for PPHU Atlas: a form printed before the name is no word of it.
    named = [w for w in grouped if w not in LEADING_FORMS]
    return any(_initials_then_group(ws, label) for ws in (words, grouped, named) if ws)


HOLDING_WORDS = frozenset({"holding", "holdings"})


def initial_words(company: str, domain: str | None) -> str:
    """Where the domain gives the company's words by their initials (``mwgroup.pl``), its words
    of two letters, which ``other_words`` passes over: ``MI I WSPOLNICY SP.K`` for Mazur i
    Wspólnicy (own seed 31 photo 92, "MI" read at 0.48) had no word left to doubt."""
    if not domain or not initials_in(company, domain_label(domain)):
        return ""
    words = re.findall(r"[\w'-]+", spelt_fold(trim_legal(company)))
    return " ".join(w for w in words if len(w) == 2 and w not in AND_WORDS)


def _initials_then_group(words: list[str], label: str) -> bool:
    initials = "".join(w[0] for w in words)
    rest = label[len(initials) :]
    if not label.startswith(initials) or rest not in GROUP_WORDS:
        return False
    return len(words) >= 2 or (len(words) == 1 and rest != "")


def other_words(company: str, domain: str | None) -> str:
    """The words of the company's name (legal form aside) its domain does not spell out."""
    label = umlaut_plain(domain_label(domain or ""))
    words = re.findall(r"[\w'-]+", spelt_fold(trim_legal(company)))
    known = _COMPANY_WORDS_PLAIN
    return " ".join(
        w
        for w in words
        if len(w) >= 3 and umlaut_plain(w) not in label and umlaut_plain(w) not in known
    )


# "and" in the languages of company names, which domains leave out.
AND_WORDS = frozenset({"and", "und", "y", "i", "e", "et", "en", "es"})


# What a company's domain may add to its initials: "mzgroup", "kpmg-gruppe".
GROUP_WORDS = frozenset({"", "group", "gruppe", "groupe", "grupo", "gruppo", "groep", "grp", "hq"})


def trim_legal(company: str) -> str:
    """The company's name without its legal form (``Meijer & Zonen B.V.`` → ``Meijer & Zonen``)."""
    found = legal_form(company)
    words = company.split()
    return " ".join(words[: -found[1]]) if found and found[1] < len(words) else company


def core_words(company: str, skip: frozenset[str]) -> list[str]:
    """The company's words as a domain spells them (letters and digits), without its legal form
    and the words ``skip`` names (``AND_WORDS``, group words)."""
    return [w for w in re.findall(r"[a-z0-9]+", spelt_fold(trim_legal(company))) if w not in skip]


# Glyphs Tesseract confuses in a domain's small letters: an l read as i or 1, an i read as l, a
# j read as i (its tail lost, "tigroup.pl" beside "Technologie Jantar", s90 photo 17), a c read
# as e (its gap closed by blur: "wegroup.ch" beside "Werner & Cie", fresh photo 244 card 49).
INITIAL_SLIPS = (("i", "l"), ("1", "l"), ("l", "i"), ("i", "j"), ("e", "c"))


def initials_slip(company: str | None, domain: str | None) -> str | None:
    """``vigroup.co.uk`` beside "Vantage Logistics Ltd": a domain of the company's initials and
    a group word, one initial read as a glyph like it (the l read i in the address and the site
    alike, b27 scan 46, both accepted), or of its name (``weseriand.com`` beside "Weserland AG",
    b67 photo 24); the domain as the company spells it, or None."""
    if not company or not domain or normalize.is_freemail(domain):
        return None
    label = domain_label(domain)
    if len(label) < 3 or domain_in(company, domain):
        return None
    for read, printed in INITIAL_SLIPS:
        for k in (k for k, c in enumerate(label) if c == read):
            fixed = label[:k] + printed + label[k + 1 :]
            if name_spelling_side(label, fixed, core_words(company, frozenset())) == 0:
                continue  # "Karisson & Wallin" beside karlssonwallinsystem.se: the company slipped
            if initials_in(company, fixed) or domain_in(company, domain.replace(label, fixed, 1)):
                return domain.replace(label, fixed, 1)
    return None
