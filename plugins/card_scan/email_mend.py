"""An address row the second engine read with no two crops agreeing, mended by what the card
prints elsewhere, for review.

On blurred photos RapidOCR reads a signed address row nearly whole, but each crop slips on
other letters: ``guillermo.echeverria@molinaconsultona.es`` and
``guillermoecheverria@molinacotsultona.es`` (b15 photo 48, beside www.molinaconsultoria.es),
``giulia salo@sino.it`` and ``giulia sala@sinoit`` (b16 photo 41, beside "Sirio S.p.A." and
"Giulia Sala"): bold ``ri`` reads ``n``.
Tesseract read only scraps, so the card kept no address. The surest reading is kept on the row
(``LONE_SOURCE``); the parser takes it only where its local part is close to one usual form of
the person's name and its domain is the website's or the company's name with a slip undone, and
then writes the address from those: its letters come from the name and the card, so it is
measured apart (``mended``, review).
"""

from __future__ import annotations

import difflib
import re

from contactkit import normalize

from .clues import Found, legal_region, shared_form_regions
from .domains import domain_in, squashed, trim_legal
from .email_at import is_email_label
from .email_patterns import site_cut_off
from .email_rebuild import best_form, name_forms
from .endings import firm_ending, known_suffix, lookalike_endings
from .local_parts import umlaut_undone
from .local_repair import GLYPH_SLIPS
from .text_lines import Line

# Marks the words of a lone reading of an address row (no two crops agreed on it).
LONE_SOURCE = "email-lone"
# Marks an address fitted to a row's frames (email_fit): checked as a lone reading is.
FIT_SOURCE = "email-fit"
# A domain's label this close to the website's or the company's (difflib ratio) is it:
# "molinaconsultona" beside "molinaconsultoria" 0.97, "ingeniena" beside "ingenieria" 0.95.
DOMAIN_FROM = 0.85
# A bold "ri" read as one "n" (sirio → "sino", ingenieria → "ingeniena"), besides the slips a
# local part shows.
SLIPS = (*GLYPH_SLIPS, ("n", "ri"))
# What a label before the address looks like when glued to it ("E-mall:guillermo").
LABEL_RE = re.compile(r"^.*[:;]")
# Also with a letter of "mail" lost or doubled under blur, as email_at.EMAIL_LABEL_WORD_RE reads it
# ("E-malmedina@" beside Ana Medina had become amedina@: photo 334 card 74); the hyphen kept, so
# no given name (Emal) is ever taken for it. The label is matched whole first and never cut back
# to glue ("e-mail masumoto@" is no "e-mai" before "l masumoto"): the lookahead holds one match.
# Not email_patterns.EMAIL_LABEL_GLUED_RE: that one reads a row whose @ is still there, its
# hyphen optional.
GLUED_LABEL_RE = re.compile(r"^\s*(?=(e-ma(?:il|ll|ii|l|i)))\1(?=[a-z])")
# A separator read apart between two letters; letters only, so a label's dot or a phone's is
# never glued to the address ("e-mail. anna.weber@", "t. 0221 . anna weber@").
SEPARATOR_APART_RE = re.compile(r"(?<=[a-z])\s*([._])\s*(?=[a-z])")
DOMAIN_RE = re.compile(r"@\s?([a-z0-9-]+(?:\s?\.\s?[a-z0-9-]+)*)")


def is_lone(line: Line) -> bool:
    """A line holding a lone reading of an address row or a fitted address: to be checked."""
    return any(word.source in (LONE_SOURCE, FIT_SOURCE) for word in line.words)


def is_fitted(line: Line) -> bool:
    """The line is an address ``email_fit`` fitted to a row, not one read."""
    return any(word.source == FIT_SOURCE for word in line.words)


def mended_address(
    text: str,
    name: str | None,
    sites: list[str],
    company: str | None,
    regions: frozenset[str] | set[str] = frozenset(),
) -> str | None:
    """The address ``text`` shows, from ``name``'s closest form and a domain the card prints
    (``sites``, or ``company``'s name with the read ending); None where either is not backed."""
    if not name or "@" not in text:
        return None
    before, _, after = text.lower().partition("@")
    words = _unlabelled(before, name)
    # "ingnid _ vanleeuwen@": a separator read as a word of its own is the local part's; only
    # once the label's words are gone ("e-mail. anna.weber@" kept its label glued otherwise).
    words = SEPARATOR_APART_RE.sub(r"\1", " ".join(words)).split()
    # A sign before the row read as a word of no letters ("£ dejong@", the envelope): no part.
    words = [w for w in words if any(c.isalnum() for c in w)]
    local = ".".join(words[-2:])  # a separator read as a space, the likelier guess a dot
    # Its first letter may be a sign before the row read as one ("bcnstinam", the envelope).
    # "guillermo.echeverria" for Guillermo Echeverría Ramos: the first family name alone too.
    forms = name_forms(name) | name_forms(" ".join(name.split()[:2]))
    if local in forms:  # read as the name spells it: its separator too
        form: str | None = local
    else:
        form = best_form([local, local[1:]], forms) if len(local) >= 4 else None
        if form and umlaut_undone(local, form):
            form = None  # "natt hias.schaefer@" beside "Matthias Schafer"
    domain = _card_domain(_ending_slip_undone(after, regions), sites, company, regions)
    return f"{form}@{domain}" if form and domain else None


# A local part as an address prints it: a letter first, no two separators together.
LOCAL_READ_RE = re.compile(r"[a-z](?:[a-z0-9]|[._-](?=[a-z0-9]))*")


def read_whole(
    text: str, sites: list[str | None], company: str | None, regions: frozenset[str] | set[str]
) -> str | None:
    """The address a lone reading shows whole, its domain backed by the card (a site, the
    company), its local part as read: where the name does not back it, the name itself may be
    misread ("Dziat Techniczny", a department taken for the name, beside the lone reading
    "agata.dudalewandowska@soldexvix.pl": photo seed 6 card 33, session 63). A person looks."""
    before, at, after = text.lower().partition("@")
    if not at:
        return None
    # One word before the sign, its label ("e-mail") and signs read as words aside.
    words = [w for w in _unlabelled(before, None) if any(c.isalnum() for c in w)]
    if len(words) != 1 or not LOCAL_READ_RE.fullmatch(words[0]):
        return None
    domain = _card_domain(_ending_slip_undone(after, regions), _firm_sites(sites), company, regions)
    return f"{words[0]}@{domain}" if domain else None


def _unlabelled(before: str, name: str | None) -> list[str]:
    """The words read before an address's sign, its label aside: a label read without its colon
    ("E-mail masumoto@"), or glued to the address ("e-maildorota.grabowska@"), is no part of the
    local part."""
    before = GLUED_LABEL_RE.sub("", LABEL_RE.sub("", before))
    return [w for w in before.split() if not is_email_label(w, name)]


def _firm_sites(sites: list[str | None]) -> list[str]:
    """The domains of the sites read, a freemail domain's aside: those a firm's address is at."""
    return [d for d in sites if d and not normalize.is_freemail(d)]


def _ending_slip_undone(after: str, regions: frozenset[str] | set[str]) -> str:
    """The domain read after the sign with its ending, no public suffix, put back to the one
    ending of the card's countries a look-alike letter off it ("delta pi" on a Polish card:
    endings.lookalike_endings), as a site's or an address's ending slipped is."""
    match = re.search(r"(?<=[a-z0-9][\s.])([a-z]{2})\s*$", after)
    if not match or _ending(match[1]):
        return after
    endings = lookalike_endings(match[1], set(regions))
    return after[: match.start()] + endings[0] if len(endings) == 1 else after


def _card_domain(
    after: str,
    sites: list[str],
    company: str | None,
    regions: frozenset[str] | set[str] = frozenset(),
) -> str | None:
    after = site_cut_off("@" + after)[1:]  # the site printed after it, no gap read
    match = DOMAIN_RE.match("@" + _spaced_dot(after))
    if not match:
        return None
    read = "".join(match.group(1).split())
    read_dot = "." in read
    if not read_dot:  # "sinoit": the dot before the ending lost
        read = next((f"{read[:-n]}.{read[-n:]}" for n in (2, 3) if _ending(read[-n:])), read)
    # The company checks the domain as read, as it checks an address read whole: its
    # initials ("vgroup.it" beside Vantage S.r.l.) or its words ("dudekwspolnicy.pl"); not
    # where the ending's dot was put back (a cut guessed: "bianch.it" for bianchit). Before a
    # site as long with a letter read as another: "cobalt.pl" beside Cobalt S.A. is no slip of
    # "coball.pl", the site's t read l (session 26, fresh photo seed 138 card 85). A site that
    # lost letters may still hold what the address lost ("northgate-engneeing.com" its hyphen).
    checked = read_dot and bool(company) and domain_in(company or "", read)
    for site in sites:  # the website's domain, printed on another line
        if read_dot and cut_at_end(site.lower(), read):
            # "denh-pharmaceuticals.com" beside the site's row cut "...co": the site lost the
            # letters the address kept (scan seed 12 card 16, the address made ".co")
            return read
        swapped = checked and _letter_swapped(squashed(read), squashed(site))
        if _close(squashed(read), squashed(site)) and not swapped:
            return site.lower()
    label, dot, ending = read.partition(".")
    # "dejong@vesta" beside Vesta Groep N.V. on a Dutch card: the ending not read at all (blur;
    # no word after the label either: "delta pi" read one), the usual one of the firm's country
    # guessed (session 30).
    guess = _guessed_ending(regions, company) if not dot and len(after.split()) == 1 else None
    if guess:
        dot, ending = ".", guess
    if not dot or not company or not _ending(ending):
        return None
    if checked:
        return read
    words = trim_legal(company).split()
    names = {squashed(" ".join(words))} | {squashed(w) for w in words if len(w) >= 4}
    found = {n for n in names if len(n) >= 4 and _close(label, n, glyphs_only=True)}
    return f"{found.pop()}.{ending}" if len(found) == 1 else None


def _guessed_ending(regions: frozenset[str] | set[str], company: str | None) -> str | None:
    """The ending a firm of the card's country registers under (``endings.firm_ending``): of its one
    country, or of the one of them the company's legal form names ("N.V." Dutch or Belgian);
    None where that leaves several."""
    texts = [company] if company else []
    formed = {legal_region(texts), *shared_form_regions(texts)} & set(regions)
    named = formed or set(regions)
    return firm_ending(next(iter(named))) if len(named) == 1 else None


def _letter_swapped(read: str, site: str) -> bool:
    """As long, and not alike: a letter of one read as another."""
    return len(read) == len(site) and read != site


def _spaced_dot(after: str) -> str:
    """The domain read after the sign, a dot read as a space put back before its ending
    ("logistyka pl", "lake shore com", "zenith co uk"): the last word or two a known ending."""
    words = after.split()
    if "." in after or len(words) < 2:
        return after.strip()
    for k in (2, 1):
        ending = ".".join(words[-k:])
        if len(words) > k and normalize.public_suffix(f"x.{ending}") == ending:
            return "".join(words[:-k]) + "." + ending
    return after.strip()


def _ending(ending: str) -> bool:
    return known_suffix(f"x@x.{ending}")


def _close(read: str, printed: str, glyphs_only: bool = False) -> bool:
    """``read`` is ``printed`` with one glyph slip (``sino`` for sirio), or, unless
    ``glyphs_only``, nearly it."""
    if read == printed or any(
        read[:at] + whole + read[at + len(part) :] == printed
        for part, whole in SLIPS
        for at in (m.start() for m in re.finditer(re.escape(part), read))
    ):
        return True
    ratio = difflib.SequenceMatcher(None, read, printed, autojunk=False).ratio()
    return not glyphs_only and ratio >= DOMAIN_FROM


def lone_apart(
    emails: list[Found], lines: list[Line], used: set[int]
) -> tuple[list[Found], list[str]]:
    """The addresses read surely, and the texts of lone readings, their lines used: these stay
    out of the name, company and domain checks until mended (their letters slipped)."""
    lone = [i for i, line in enumerate(lines) if is_lone(line)]
    used.update(lone)
    return [e for e in emails if e.line not in lone], [lines[i].text for i in lone]


def mend_lone(
    texts: list[str],
    name: str | None,
    sites: list[str | None],
    company: str | None,
    regions: frozenset[str] | set[str] = frozenset(),
) -> tuple[list[str], bool]:
    """The lone readings mended, and whether one could not be (an address printed, unread)."""
    domains = _firm_sites(sites)
    mended = [mended_address(t, name, domains, company, regions) for t in texts]
    made = [m for m in mended if m]
    # One reading's ending cut short where another's is whole ("...pharmaceuticals.co" made
    # from the site's cut row beside the lone reading's ".com"): the whole one.
    whole = [m for m in made if not any(cut_at_end(m, o) for o in made)]
    return whole, None in mended


def cut_at_end(short: str, whole: str) -> bool:
    """``short`` is ``whole`` with letters cut off its end ("denh-pharmaceuticals.co" of
    "...pharmaceuticals.com")."""
    return whole.startswith(short) and whole[len(short) :].isalpha()
