"""The company on a card: the line with a legal form or the email's domain, logo debris aside."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from contactkit import normalize

from .capital_i import bang_as_i, capitals_with_l
from .clues import (
    Found,
    has_legal_form,
    legal_form,
    legal_form_alone,
    repair_legal_form,
    trim_after_legal_form,
)
from .company_cuts import head_from_domain, unglued
from .company_digraphs import umlaut_from_domain
from .company_labels import shed_label
from .company_letters import company_letters
from .company_parent import parent_cut, parent_line
from .company_scraps import form_beside, name_above_form
from .company_stacked import join_form_below, join_stacked_company
from .degrees import bare_name
from .domain_repair import join_cut_line, repair_from_domain, repair_near_domain
from .domains import AND_WORDS, domain_in, domain_label, initials_in, name_and_tail, squashed
from .form_repair import ampersand_misread, form_letter_twice, parted_form, repair_debris_form
from .lexicon import COMPANY_WORDS, LEGAL_FORMS, NAME_PARTICLES
from .local_parts import given_name, local_match
from .logo_marks import drop_logo_mark
from .logo_split import (
    doubled_first_word,
    doubted_logo_word,
    join_logo_letter,
    small_logo_word,
    strip_apart_echo,
    strip_doubled_capital,
    strip_glued_echo,
    strip_glued_letters,
    strip_monogram,
    strip_scrap_echo,
    tall_logo_words,
    word_behind_monogram,
)
from .people import name_like
from .text_lines import Line


def company_domain_match(text: str, domain: str | None) -> float:
    """How far ``text`` spells the domain's name: 1.0 where it holds it (or its start, or the
    name and a tail naming nothing), else their partial likeness; 0.0 beside a free mail host."""
    if not domain or normalize.is_freemail(domain):
        return 0.0
    label = domain_label(domain)
    joined = normalize.fold(text).replace(" ", "")
    if not label or not joined:
        return 0.0
    if label in joined or joined.startswith(label[: max(4, len(label) - 2)]):
        return 1.0
    if name_and_tail(text, domain):
        return 1.0  # "Groupe Cobalt" for cobalt-online.fr: the name, and a tail naming nothing
    return fuzz.partial_ratio(label, joined) / 100.0


def near_domain(company: str, domain: str | None) -> bool:
    """The company nearly spells the domain's name and does not ("PEM Logistiikka Oyj" beside
    pem-logistikka.fi): an OCR slip in one of them."""
    return not domain_in(company, domain) and company_domain_match(company, domain) >= 0.7


# Polish firms put their form first: "PPHU Sokół" (Przedsiębiorstwo Produkcyjno-Handlowo-
# Usługowe), "FHU", "P.P.H.U.".
LEADING_FORM_RE = re.compile(r"^(?:P\.?)?(?:[PF]\.?|Z\.?)?P?\.?H\.?U\.?\s+\w{3,}")


def pick_company(
    lines: list[Line],
    texts: list[str],
    candidates: list[int],
    domain: str | None,
    loose: bool = False,
    local: str | None = None,
) -> Found | None:
    """The line most like the company's (a legal form, the domain). A line it goes on with, on
    a card that prints the company over two lines, is joined to it and taken out of
    ``candidates``; never the person's name the email's ``local`` part is written from."""
    best: tuple[float, float, int] | None = None
    for i in candidates:
        scored = _scored(lines[i], texts, candidates, i, domain, loose)
        if scored is None:
            continue
        rank, score = scored
        if score >= 0.5 and (best is None or rank > best[0]):
            best = (rank, score, i)
    if best is None:
        return None
    _, score, i = best
    # A legal form and the domain agree: sure. The domain alone (a company named without its
    # form, "Nexus" for nexus.com) is strong evidence too; a legal form alone less so.
    evidence = 1.0 if score >= 1.0 else (0.92 if score >= 0.6 else 0.9)
    text, cut = _company_text(lines, texts, candidates, i, domain, local)
    text = form_letter_twice(text, domain)  # "Delta s S.p.A.": the form's letter read twice
    others = [t for j, t in enumerate(texts) if j != i]
    name = repair_from_domain(text, domain, others)
    name = doubled_first_word(company_letters(name, domain), domain)
    name = umlaut_from_domain(name, domain)  # "Schroder" beside schroeder-bau.de
    conf = lines[i].mean_conf * evidence
    if domain and 0.7 <= company_domain_match(name, domain) < 0.9:
        conf = min(conf, 0.7)  # nearly the domain: an OCR slip in one of them ("Schdfer")
    fixed = repair_near_domain(name, domain, lines[i].mean_conf, texts, lines[i].conf, lines)
    fixed = repair_debris_form(fixed, domain)  # "Dolomiti S.nrl": a form misread, unchecked
    # "S\STEMAS NOVA S.A.": an I (an l in small letters) read as a backslash in a word.
    fixed = re.sub(r"(?<=[A-Z])\\(?=[A-Z])", "I", re.sub(r"(?<=[a-z])\\(?=[a-z])", "l", fixed))
    fixed = bang_as_i(fixed, domain_label(domain) if domain else "")  # "IMBALLAGG!", "KIKA! CO."
    if fixed != name or cut:
        return Found(fixed, min(conf, 0.7), i, repaired=True)
    return Found(name, conf, i)


def _scored(
    line: Line, texts: list[str], candidates: list[int], i: int, domain: str | None, loose: bool
) -> tuple[float, float] | None:
    """How much line ``i`` is like the company's: its rank among the candidates (its score,
    less for a form alone or a line Tesseract could hardly read) and its score (a legal form,
    the domain spelt); None for a line that is no company (a website, a wordmark)."""
    if _wordmark(texts[i], [texts[j] for j in candidates if j != i]) or WEB_RE.search(texts[i]):
        return None  # a website read apart ("https //ddonautal at/") spells the domain too
    if domain and squashed(SITE_LABEL_RE.sub("", texts[i])) == squashed(domain):
        return None  # "Web: weber at": the website, its dot read as a space, no company
    if SITE_LABELLED_RE.match(texts[i]):
        return None  # "Web: Macleod-packaging cn 1p": a labelled website read badly, no company
    if parent_line(texts[i]):
        return None  # "Tochter der Nova Holding GmbH": the group the firm belongs to
    text = _form_read(texts[i])
    match = company_domain_match(text, domain)
    legal = has_legal_form(text)
    if legal and not legal_form(trim_after_legal_form(text)) and name_like(bare_name(text)):
        legal = False  # only cleanco saw one, in a person's name ("Hughes, CEng ... OE")
    legal = legal or bool(LEADING_FORM_RE.match(text))
    if legal and domain and initials_in(trim_after_legal_form(text), domain_label(domain)):
        # "Brightwater Systems Limited" for bsgroup.co.uk over a tagline that holds
        # "Group" ("Part of the Meridian Group"), nearer the label letter for letter.
        match = 1.0
    score = (0.6 if legal else 0.0) + (0.5 if match >= 0.9 else 0.2 * match)
    # Spelling the whole domain beats nearly or a part ("ZIMMERMANN & CIE" over a logo's
    # "ZIMMERMANN", zimmermanncie.ch).
    score += 0.05 if match >= 0.9 and _whole_label(text, domain) else 0.0
    if loose and match < 0.9:
        return None
    # A line Tesseract could hardly read counts for less: a smudge read as "ee ee" or
    # "... eT as" holds a legal form by chance, beside "Groupe Garonne".
    return (score - _form_alone_penalty(text, legal)) * min(1.0, line.mean_conf / 0.6), score


def _company_text(
    lines: list[Line],
    texts: list[str],
    candidates: list[int],
    i: int,
    domain: str | None,
    local: str | None,
) -> tuple[str, str | None]:
    """The company's text from line ``i``: trimmed after its form, logo letters put right, the
    lines it goes on with joined (and taken out of ``candidates``), and the name's start cut
    off put back from a line beside or the domain (returned second: a person looks)."""
    text = join_logo_letter(
        trim_after_legal_form(_form_read(texts[i])), texts, candidates, i, domain
    )
    text = name_above_form(text, lines, texts, candidates, i, local)
    staged = logo_stage(text, lines[i], domain)
    before = set(candidates)
    joined = join_stacked_company(staged, texts, candidates, i, domain)
    if joined != staged and _small_start_dropped(text, staged):
        # "ith Sp. z o.o." over "Zen" for Zenith Sp. z o.o.: a wide word read in two pieces,
        # its end above its start; the end dropped as a logo's letters, the start joined on as
        # the name (fresh photo seed 525 card 67, accepted; session 47). A person looks.
        return joined, joined
    text = staged
    # A line beside it that spells the domain's start only with letters put back: a person looks.
    cut = None if joined != text else join_cut_line(text, texts, candidates, i, domain)
    # "UHAND GMBH" beside bauertreuhand.ch: the name's start lost at the photo's edge.
    edge = lines[i].left <= EDGE_PX
    cut = cut or (None if joined != text else head_from_domain(text, domain, texts, edge))
    cut = cut or (None if joined != text else word_behind_monogram(text, domain))
    # A logo no domain tells apart, where nothing above put the name's start back from it.
    text = cut or drop_logo_mark(joined, lines[i], domain)
    text = join_form_below(text, texts, candidates, max([i, *(before - set(candidates))]))
    text = form_beside(text, lines, i)  # "Helix Ingénierie" | "S.A. Ligne directe: +33 ..."
    return text, cut


# A line starting this near the image's left edge was cut by it (a photo framed tight).
EDGE_PX = 2
SITE_LABEL_RE = re.compile(r"(?i)^(?:web(?:site)?|url|site|internet|homepage)\b\W*")
WEB_RE = re.compile(r"(?i)\bhttps?\b|\bwww\b|//")
# A website's label with its colon ("Web:", "Website:"): no firm's name opens so, whatever the
# site after it is read as. Without the colon a label word may be a firm's own ("Site Solutions").
SITE_LABELLED_RE = re.compile(r"(?i)^(?:web(?:site)?|url|internet|homepage)\s*:")


def _wordmark(text: str, others: list[str]) -> bool:
    """``cobalt`` over ``Cobalt`` / ``t Tsusho`` / ``Co.,Ltd.``: a logo's word in lower case,
    the first word of the company printed on another line; the company is that line."""
    if not re.fullmatch(r"[^\W\d_A-Z]{3,}", text):
        return False
    return any(o.split()[0].lower() == text and not o.split()[0].islower() for o in others if o)


def _whole_label(text: str, domain: str | None) -> bool:
    label = domain_label(domain or "")
    return len(label) >= 3 and label in squashed(text)


def _form_alone_penalty(text: str, legal: bool) -> float:
    """What a line that is nothing but a legal form ("group", "KK", "Co.,Ltd.": a logo, the last
    line of a stacked name) loses in rank: it is taken only where no line the domain spells, or
    with a name before its form, is there ("Ironbridge Engineering" over a smudge read "se")."""
    trimmed = trim_after_legal_form(text)  # "ag =": a smudge's form, a mark after it
    return 0.3 if legal and legal_form_alone(trimmed) else 0.0


def _form_read(text: str) -> str:
    """The line with its legal form's slips undone, and a dotted form glued to the name in
    capitals parted from it ("SOKOLS.A.": a narrow gap in wide capitals not read), and a name
    read as one word parted ("AshworthLogisticsLLp"), and a phone label read after its form
    dropped ("SAS Ligne directe"), and the parent's phrase after the firm's name cut off."""
    text = ampersand_misread(parted_form(unglued(shed_label(parent_cut(text)))))
    glued = GLUED_FORM_RE.search(text)
    if glued and re.sub(r"\W", "", glued.group(2)).lower() in LEGAL_FORMS:
        text = f"{text[: glued.start(2)]} {glued.group(2)}"
    # "MARIANI MECCANICA 5.PA.", "Rodriguez y Asociados $.L": the S of a dotted form read as
    # a 5 or a $.
    fixed = re.sub(r"(?<=\s)[5$](?=\.[A-Za-z]\S*$)", "S", text)
    # "Diaz y Asociados Sil;": S.L. with its first dot read as a small i (and the I-for-L slip
    # below would make it the rare S.L.L., accepted wrong on own seed 19 photo 16).
    fixed = re.sub(r"(?<=\s)Si[lL][.,;:]?$", "S.L.", fixed)
    if fixed != text and legal_form(fixed):
        return fixed
    if mended := _form_end_mark(text):
        return mended
    repaired = repair_legal_form(text)
    last = normalize.fold(text.split()[-1]) if text.split() else ""
    # "Koch & Cie" (Sàrl on the next line) is no "Koch & Cic" (a British form): a word firms
    # add to a name is read as printed.
    return text if last in COMPANY_WORDS else repaired


def _form_end_mark(text: str) -> str | None:
    """``Schmidt Software Gmb)``: a form's last letter read as a mark; put back where exactly
    one letter makes a form of four letters or more."""
    marked = re.fullmatch(r"(.+\s[^\W\d_]{3,})[)|\]}!]", text)
    if not marked or legal_form(text):
        return None
    head = marked.group(1)
    found = {
        f[0]: f"{head}{c}"
        for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        if (f := legal_form(f"{head}{c}")) and len(f[0]) >= 4
    }
    if len(found) != 1:
        return None
    form, mended = next(iter(found.items()))
    # The letter takes the word's case ("Corp", "HOLDING"), but for the one form written with
    # a capital after small letters ("GmbH").
    small = head[-1].islower() and not form.endswith("mbh")
    return mended[:-1] + mended[-1].lower() if small else mended


GLUED_FORM_RE = re.compile(r"\b([A-ZÀ-Ý]{3,})((?:[A-Z]\.){2,})$")


def owners_name(text: str, domain: str | None, local: str | None) -> bool:
    """``Anna Kowalska`` beside anna@annakowalska.com: a freelancer's card, whose domain is her
    own name; the line the domain spells whole is the person's name, not a company's (a given
    name first, the email's local part spelling it, no legal form or word firms add)."""
    if not domain or not local or has_legal_form(text) or not name_like(text):
        return False
    words = text.split()
    if not given_name(words[0]) or {normalize.fold(w) for w in words} & COMPANY_WORDS:
        return False
    return (
        squashed(text) == domain_label(domain)
        and local_match(local.lower(), [normalize.fold(w) for w in words]) > 0
    )


def _small_start_dropped(text: str, staged: str) -> bool:
    """``logo_stage`` dropped a word of three small letters or more from ``text``'s start (one
    or two are as often a logo's mark: "a Packaging Limited" over "Nova", right, p480 card 94)."""
    first = next(iter(text.split()), "")
    return len(first) >= 3 and first.isalpha() and first.islower() and not staged.startswith(first)


def logo_stage(text: str, line: Line, domain: str | None) -> str:
    """``text`` without the logo's words the domain or their shape tells apart."""
    text = tall_logo_words(text, line, domain)
    return strip_logo_prefix(doubted_logo_word(text, line), domain)


def strip_logo_prefix(text: str, domain: str | None) -> str:
    """``al Diaz Distribucion S.L.``, ``All Hikari Co., Ltd.``: a logo beside the company's name
    is read as a short word before it. Dropped when the rest, not the word, matches the domain
    (or, without a domain, when the word is in lower case); ``4 D Hayashi Denki`` sheds both."""
    if domain:
        label = domain_label(domain)
        text = strip_glued_letters(strip_glued_echo(strip_monogram(text, label), label), label)
        text = strip_doubled_capital(text, label)
        text = strip_scrap_echo(strip_apart_echo(text, label), label)
    while (shorter := _strip_logo_word(text, domain)) != text:
        text = shorter
    return text


def _capital_i(word: str) -> str:
    """A word in capitals whose only small letters are l: each l is a capital I misread."""
    capitals = sum(c.isupper() for c in word)
    return word.replace("l", "I") if capitals_with_l(word) and capitals >= 3 else word


def _logo_letters(word: str) -> bool:
    """A word a logo's letters may read as (``S A``, ``tm``, ``e``); not a word of the name, a
    capital before small letters ("Vos Systemen B.V." beside systemen.com, the domain read from
    the address row with its hyphen lost: fresh photo 493 card 71, accepted as "Systemen B.V."
    at domain+legal; session 44)."""
    return not (len(word) >= 2 and word[0].isupper() and word[1:].isalpha() and word[1:].islower())


def _strip_logo_word(text: str, domain: str | None) -> str:
    words = text.split()
    # "HIKARl Hikari Corporation": a capital I in the logo's capitals read as l
    head = [_capital_i(w) for w in words[:2]]
    first, second = (normalize.fold(w) for w in head) if len(words) >= 2 else ("", "")
    # "Al Altair Corp.", "Green Green Packaging", "vantase Vantage Co.,Ltd.": a logo's echo,
    # read as the word again or nearly (an OCR slip in the logo's larger, styled letters).
    # Nearly the word again only from a word in lower case: "Meyer Meier" may be two names.
    near = words[0][:1].islower() and len(first) >= 4 and fuzz.ratio(first, second) >= 80
    # "LogisticA L ogistica Prisma S.A.": the echo's word parted by a wide letter gap.
    rest = squashed(" ".join(words[1:3]))
    # "Smith & Smith Ltd", "O'Neill & O'Neill": a partners' name, the word again after "&".
    joined = second in AND_WORDS or not re.search(r"[a-z0-9]", second)
    parted = len(first) >= 4 and rest.startswith(first) and not joined
    echo = second.startswith(first) or near or parted
    # "Walla Walla Holdings Inc." beside wallawalla.com: the domain spells the word twice, so
    # the name does (session 28, wrong28b; doubled_first_word keeps it so too).
    label = domain_label(domain or "")
    twice = len(first) >= 3 and first * 2 in label
    if len(words) >= 3 and echo and not twice:
        if parted and len(words[1]) == 1 and words[2][:1].islower():
            words[1:3] = [words[1] + words[2]]  # the name's own word, parted the same way
        return " ".join(words[1:])
    if len(words) < 3 or len(words[0]) > 3:
        return text
    if domain:
        # "S A Schmid Antriebstechnik GmbH" for schmid.de: the domain starts at "Schmid";
        # the short words before it are a logo's letters.
        label = domain_label(domain)
        folded = [squashed(w) for w in words]
        start = next(
            (
                n
                for n in range(len(words))
                if len(label) >= 3 and "".join(folded[n:]).startswith(label)
            ),
            0,
        )
        if start and all(len(w) <= 3 and _logo_letters(w) for w in words[:start]):
            return " ".join(words[start:])
    first = normalize.fold(words[0])
    rest = " ".join(words[1:])
    if domain:
        label = domain_label(domain)
        # "A Hashimoto Denki K.K." for hashimoto-denki: a word the label does not start with.
        if (
            _logo_letters(words[0])
            and not label.startswith(first)
            and company_domain_match(rest, domain) >= 0.9
        ):
            return rest
        # "all Vantage Corporation" beside vgroup.co.jp: a logo read as a word in lower case
        # before a capitalised name with its legal form ("van", "de" are a name's own).
        logo = small_logo_word(words) and first not in NAME_PARTICLES
        return rest if logo and not label.startswith(first) else text
    return rest if words[0][0].islower() else text
