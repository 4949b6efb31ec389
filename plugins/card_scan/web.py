"""Websites on a card found by pattern, and the email's and the website's domains checked
against each other.

The email's domain and the website usually agree; a near miss between them is an OCR slip in
one, repaired towards what the rest of the card spells. The emails themselves:
``email_patterns``; endings against the card's country: ``endings``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from contactkit import normalize

from .clues import EMAIL_RE, URL_RE, WWW_OR_SCHEME_RE, Found, domain_of, has_legal_form
from .domain_names import name_spelling_side
from .domains import domain_label, folded_letters
from .endings import (
    country_ending,
    host_of,
    known_suffix,
    slipped_ending,
)
from .lexicon import COMPANY_WORDS, LEGAL_FORMS, TRADE_WORDS
from .line_fragments import site_split, slash_lost
from .site_spaces import dots_put_back
from .text_lines import Line
from .word_confidence import fragment_conf


def www_dot_put_back(value: str) -> str:
    """``wwwacme.de``: the dot after www lost; ``www-evergreen.com``: read as a hyphen (no
    host starts with one: it was kept as ``www.-evergreen.com``, pool s178 photo 89). Only
    where the www is glued into the registrable name: ``www2.acme.com`` and
    ``www-cs.stanford.edu`` are hosts as printed."""
    domain = normalize.registrable_domain(value)
    if domain is not None and not domain.lower().startswith("www"):
        return value
    return re.sub(r"(?i)^((?:https?://)?www)-?(?=[a-z0-9][a-z0-9-]*\.)", r"\1.", value)


# "hitps//vermeulen -verpakkingen.com": a space read beside a hyphen inside a site's host (the
# row's start, www. or //, shows it a site); read apart, only its tail was kept as the site.
SITE_HYPHEN_SPACE_RE = re.compile(
    r"(?i)((?://|\bwww\.)[a-z0-9]+(?:-[a-z0-9]+)*)(?: -\s?|- )(?=[a-z0-9][a-z0-9-]*\.[a-z]{2,})"
)


# "www.https", "www.hitp": a label "www." read glued to the scheme after it, no host.
LABEL_BEFORE_SCHEME_RE = re.compile(r"(?i)www\.h[a-z]{2,4}$")
# A scheme read without its colon just before a host: "https//", "hitps//", "http //".
SCHEME_LOST_RE = re.compile(r"(?i)\bh[a-z]{2,4}\s?//\s?$")


def find_urls(
    lines: list[Line], texts: list[str], used: set[int], emails: list[Found]
) -> list[Found]:
    """Every site the lines show outside their addresses, a bare host only with a real public
    suffix; none that is an address's row with its @ read as a letter, nor (unless after a
    scheme) the tail of another site's or address's host; each line holding one is marked used."""
    found: list[Found] = []
    schemed: list[Found] = []
    for i, text in enumerate(texts):
        without_email = SITE_HYPHEN_SPACE_RE.sub(r"\1-", EMAIL_RE.sub(" ", text))
        without_email = dots_put_back(without_email, emails)
        for match in URL_RE.finditer(without_email):
            value = match.group(0).rstrip(".,")
            value = www_dot_put_back(value)
            if normalize.registrable_domain(value) is None:
                continue
            if abbreviation(value, without_email[match.end() :]):
                continue
            if LABEL_BEFORE_SCHEME_RE.match(value) and without_email[match.end() :][:1] in ":/":
                continue  # "www.https://www.logistyka.pl": "www." printed as the row's label
            conf = fragment_conf(lines[i], value[:6])
            if not known_suffix(value):
                if bare_host(value):
                    continue  # a bare "word.word" is a host only with a real public suffix
                conf = min(conf, 0.5)  # "www.acme.c": a cut-off top-level domain
            found.append(Found(value, conf, i))
            used.add(i)
            if SCHEME_LOST_RE.search(without_email[: match.start()]):
                schemed.append(found[-1])
    # Its line stays used: the piece of a website it is, not one left unread. A host after a
    # scheme whose colon was lost ("W: https//nova.co.uk/en") is a site, whatever host ends
    # like it ("E: scott. woodnova.co.uk", an address with its @ lost; session 31).
    found = [f for f in found if not at_read_as_letter(f.value, [host_of(g.value) for g in found])]
    hosts = [host_of(f.value) for f in [*found, *emails]]
    return [f for f in found if any(f is s for s in schemed) or not cut_tail(f.value, hosts)]


def bare_host(value: str) -> bool:
    """``value`` is a host alone ("acme.de"), no site written with its www or a scheme."""
    return not WWW_OR_SCHEME_RE.match(value)


# "teresa_ruiz Gramirez-asociados.es" over "www.ramirez-asociados.es", "sarah_ williamsCdelta
# .co.uk" over "Web: delta.co.uk": an address whose @ was read as a round letter is no site; it
# came first and was taken for the card's site (tuning photos 324/45, 325/16).
AT_AS_LETTER = "CGQOcgqo"


def at_read_as_letter(value: str, hosts: list[str]) -> bool:
    """A bare host that is another site's host of the card with a round letter and more before
    it: an email address's row, its @ read as that letter."""
    if not bare_host(value):
        return False
    host = host_of(value)
    return any(
        len(host) > len(h) and host.endswith(h) and host[-len(h) - 1] in AT_AS_LETTER
        for h in hosts
        if h
    )


def cut_tail(value: str, hosts: list[str]) -> bool:
    """``anik.ch`` beside ``https://meyerfeinmechanik.ch``, ``ne.at`` beside
    ``@meier-soehne.at``: a bare host that ends another host of the card inside a word is the
    tail of a website or an address printed over two lines, no site of its own. One or two
    letters lost (``ebercie.ch`` beside ``@webercie.ch``) is a slip the cross-check repairs."""
    if not bare_host(value):
        return False
    host = host_of(value)
    return any(
        len(h) >= len(host) + 3 and h.endswith(host) and h[-len(host) - 1] != "." for h in hosts
    )


def abbreviation(value: str, after: str) -> bool:
    """``Avda. de la Constitución``, read ``Avda.de la ...``: a capitalised word cut by a dot
    and the words running on after it are an abbreviation in a sentence or an address, no
    bare host (a website stands alone on its line or before a separator)."""
    bare = bare_host(value)
    head, _, tail = value.lower().partition(".")
    if bare and head in STREET_SHORT and tail in STREET_LINKS and re.match(r"\s+\w", after):
        # "Pza.de España, 3", "Av.de América, 32": a street word cut short before a name; only
        # before the little word a street's name opens on, and a word after it (rev35c: a
        # site "avd.de | +34 ...", "avda.es / 912 ..." on its own line stays a site)
        return True
    return bare and value[:1].isupper() and bool(re.match(r"\s+[a-zà-ÿ]+\b", after))


# Spanish street words cut short, the way a street's line opens (session 35)
STREET_SHORT = frozenset({"av", "avda", "avd", "pza", "ctra"})
# The little words a Spanish or Portuguese street's name opens on that read as a host's end
STREET_LINKS = frozenset({"de", "del", "la", "las", "los", "el", "da", "do", "das", "dos"})


def cross_check_domains(
    emails: list[Found],
    urls: list[Found],
    email_domain: str | None,
    url_domain: str | None,
    texts: list[str],
    region: str | None = None,
) -> tuple[list[Found], list[Found]]:
    """The email's domain and the website usually agree: agreement raises both, a near miss is
    an OCR slip in one of them, repaired towards the one the rest of the card spells (the
    company, a logo: ``Limmat AG`` for ``limmat.ch`` against ``immat.ch``), else towards the one
    Tesseract was surer of."""
    if not (email_domain and url_domain):
        return emails, urls
    if email_domain == url_domain:
        return (
            [boost(e, 0.15) if domain_of(e.value) == url_domain else e for e in emails],
            [boost(u, 0.15) if domain_of(u.value) == email_domain else u for u in urls],
        )
    email, url = emails[0], urls[0]
    host = dotted_host(email_domain, url_domain)
    if host is not None:
        # "okaforco.uk" beside "wwwookafor.co.uk": the address lost a dot the site kept, and
        # the dot after the site's "www" was read o (scan seed 12 card 61, the site made the
        # address's and both accepted wrong): both put back to the site's host.
        local = email.value.partition("@")[0]
        fixed = Found(f"{local}@{host}", min(email.conf, 0.9), email.line, email.prefix)
        fixed.repaired = fixed.from_site = True
        site = Found(url.value.replace(url_domain, host, 1), min(url.conf, 0.9), url.line)
        site.repaired = True
        return [fixed, *emails[1:]], [site, *urls[1:]]
    if fuzz.ratio(email_domain, url_domain) < 80:
        return emails, urls
    rest = [t for i, t in enumerate(texts) if i not in {email.line, url.line}]
    email_named, url_named = spelt_elsewhere(email_domain, rest), spelt_elsewhere(url_domain, rest)
    # The rest of the card names one of them: that one. Both or neither: the shape of the slip
    # (a letter lost, an ending off the card's country), else the surer reading.
    side = slip_side(email_domain, url_domain, region)
    slipped = email_named == url_named and side is not None
    trust_email = email_named if email_named != url_named else email.conf >= url.conf
    # The rest of the card names the site's domain, yet the address holds one letter more
    # ("Lumen SA" spells lumen.ch beside klein@llumen.ch): a letter lost is likelier than one
    # made up, and a firm's domain need not be its name. Each cue is often right alone: the
    # site put back, both to review. Not the other way: a site's row leaves letters of its
    # "www" or slashes before the host ("wvos.nl" beside @vos.nl), read longer in the site.
    torn = url_named and not email_named and side is True
    if slipped:
        trust_email = side
    # One l read i, and the company carries the same slip: a known name across the letter
    # tells the print where the rest of the card names the slip (``domain_names``).
    words = [folded_letters(w) for t in rest for w in t.split()]
    named = name_spelling_side(domain_label(email_domain), domain_label(url_domain), words)
    if named is not None:
        trust_email = named == 0
        slipped = torn = False  # told by the name, not by the slip's shape
    if site_split(url.value, texts[url.line]) or slash_lost(
        texts[url.line], url_domain, email_domain
    ):
        # "www.v vantage.es": the site read without its start; "https:/mfuji.co.jp": a slash
        # lost into it
        trust_email = True
    # "ellissystems.c" beside the site's whole ellissystems.co.uk, the address the surer read:
    # the site kept, its ending lent to the address as a guess. Where the site was trusted
    # already ("vantage.n!" beside https://vantage.nl/de), its level stays as measured.
    cut = trust_email and ending_cut_short(email_domain, url_domain)
    if cut:
        trust_email = False
    if trust_email:
        # The domain as printed ("https://Isgroup.de/"): matched whatever its case.
        value = re.sub(re.escape(url_domain), email_domain, url.value, count=1, flags=re.I)
        fixed = Found(value, min(email.conf, 0.9), url.line)
        fixed.repaired = True
        # The company spells the address's domain, yet the site holds one letter more, the
        # letter beside it again ("Lince S.p.A.", martini.pierluigi@lince.it beside
        # https://llince.it/: check photo p458 card 61, one of the address's two thin l's
        # lost). A firm's domain need not be its name, so nothing checks the address: a person
        # looks. It is kept: a site's extra letter is as often debris of its "www" or slashes
        # ("wvos.nl" beside @vos.nl, "https:/fironbridge.co.uk"), which doubles no letter.
        longer = email_named and not url_named and doubled_in(url_domain, email_domain)
        kept = replace(email, site_longer=True) if longer else email
        return [kept, *emails[1:]], [fixed, *urls[1:]]
    local = email.value.partition("@")[0]
    fixed = Found(
        f"{local}@{url_domain}", min(url.conf, 0.9), email.line, email.prefix, repaired=True
    )
    fixed.site_slip = slipped or torn  # put back by the slip's shape alone: a guess, apart
    fixed.ending = cut  # its ending the site's: a guess, to review (a firm may print both)
    fixed.from_site = True  # it no longer checks the site it was rewritten to
    return [fixed, *emails[1:]], [replace(url, repaired=True) if torn else url, *urls[1:]]


def dotted_host(email_domain: str, url_domain: str) -> str | None:
    """The site's host where the address's domain is it with one dot lost (``okaforco.uk``
    beside ``okafor.co.uk``), the site's first letter debris or not (``ookafor.co.uk``, the
    dot after its "www" read o); else None."""
    return next(
        (
            host
            for host in (url_domain, url_domain[1:])
            if host.count(".") == email_domain.count(".") + 1
            and host.replace(".", "") == email_domain.replace(".", "")
            and known_suffix(host)
        ),
        None,
    )


def doubled_in(longer: str, shorter: str) -> bool:
    """``longer`` is ``shorter`` with one of its letters doubled (``llince.it``, ``lince.it``):
    the slip of two like letters read as one."""
    return len(longer) == len(shorter) + 1 and any(
        longer[i] == longer[i + 1] and longer[:i] + longer[i + 1 :] == shorter
        for i in range(len(longer) - 1)
    )


def ending_cut_short(email_domain: str, url_domain: str) -> bool:
    """The address's ending cut short at the row's end ("l.wilson@ellissystems.c", ".co.uk"
    on the next row), the site's read whole and starting with it: the site's ending is the
    address's, not one guessed from the country (tuning photo 371/84, both made .com)."""
    return (
        not known_suffix(email_domain)
        and known_suffix(url_domain)
        and url_domain.startswith(email_domain)
        and "." in url_domain[len(email_domain) - 2 :]
    )


def hyphen_put_back(emails: list[Found], urls: list[Found]) -> list[Found]:
    """``@vermeulen.verpakkingen.com`` beside the site ``vermeulen-verpakkingen.com``: the
    address's hyphen read as a dot (a firm's mail host is no subdomain spelt like its site
    with a hyphen). Put back to the site's host, marked repaired."""
    hosts = {host_of(u.value) for u in urls if "-" in host_of(u.value)}
    out = []
    for e in emails:
        local, _, host = e.value.partition("@")
        dots = [m.start() for m in re.finditer(r"\.", host)]
        for at in dots:
            joined = (host[:at] + "-" + host[at + 1 :]).lower()
            if joined in hosts and "." in joined:
                e = replace(e, value=f"{local}@{joined}", repaired=True)
                break
        out.append(e)
    return out


def slip_side(email_domain: str, url_domain: str, region: str | None) -> bool | None:
    """Which of two domains one slip apart is the printed one, by the slip's shape alone: True
    the email's, False the website's, None where the shape tells nothing. A letter lost is
    likelier than one made up (``avarez.es`` beside ``alvarez.es``, the thin l lost in Noto
    Sans); an ending one look-alike letter off the card's country is the slip (``.tr`` beside
    ``.fr`` on a French card, Liberation Sans)."""
    stem, _, ending = email_domain.rpartition(".")
    url_stem, _, url_ending = url_domain.rpartition(".")
    # Within the name, the ending alike: a letter past it ("robinson.coml") is debris, no slip.
    pairs = ((stem, url_stem, True), (url_stem, stem, False))
    for longer, shorter, side in pairs:
        if (
            ending == url_ending
            and len(longer) == len(shorter) + 1
            and any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
        ):
            return side
    if ending == url_ending and (worded := _trade_word_side(stem, url_stem)) is not None:
        return worded
    if not region or stem != url_stem or ending == url_ending:
        return None
    code = country_ending(region)
    if code in (ending, url_ending) and slipped_ending(
        url_domain if ending == code else email_domain, {region}
    ):
        return ending == code
    return None


# The words of a firm's name a domain spells as a word of its own (built once)
FIRM_WORDS = TRADE_WORDS | COMPANY_WORDS


def _trade_word_side(stem: str, url_stem: str) -> bool | None:
    """The side whose one differing word is a trade word the other misses by a letter
    ("hdb-international" beside "hdb-intermational": second generator photo seed 16 card 86,
    the address's n read m, both made it); None where no such word tells."""
    pieces, url_pieces = re.split(r"[-.]", stem), re.split(r"[-.]", url_stem)
    if len(pieces) != len(url_pieces):
        return None
    apart = [(a, b) for a, b in zip(pieces, url_pieces, strict=True) if a != b]
    if len(apart) != 1:
        return None
    word, url_word = apart[0]
    known = word in FIRM_WORDS
    if known == (url_word in FIRM_WORDS) or Levenshtein.distance(word, url_word) != 1:
        return None  # "acme-consult" beside "acme-consulting": a firm may own both
    return known


def _opens_on_initials(text: str, label: str) -> bool:
    """``text`` is a company's line opening on ``label`` in capitals: "BC Distribution SAS"."""
    words = text.split()
    if len(words) < 2 or words[0] != label.upper() or normalize.fold(label) in LEGAL_FORMS:
        return False
    return has_legal_form(" ".join(words[1:]))


def spelt_elsewhere(domain: str, texts: list[str], whole: bool = False) -> bool:
    """The domain's name starts a word of another line of the card (its company, a logo) and
    runs on over the words after it (``Hayashi Denki`` for hayashidenki): ``immat`` is no word
    of ``Limmat AG``, so a cut domain is not confirmed by the name it was cut from. ``whole``:
    it ends with a word too (``coba`` is no whole word of ``Cobalt B.V.``)."""
    label = domain_label(domain)
    if len(label) < 3:
        # Two letters name a firm by its initials where a company's line opens on them ("BC
        # Distribution SAS" beside bc.com, its site's row read be.com: p12 card 76, session 63);
        # not a legal form ("Müller Technik AG" beside ag.ch), a state, a postcode's letters or
        # a title's ("HR Manager"): a second review's finds.
        return len(label) == 2 and any(_opens_on_initials(t, label) for t in texts)
    for text in texts:
        words = [re.sub(r"[^a-z0-9]", "", w) for w in normalize.fold(text).split()]
        for n in range(len(words)):
            run = ""
            for word in words[n:]:
                run += word
                if len(run) >= len(label):
                    break
            if run == label or (not whole and run.startswith(label)):
                return True
    return False


def boost(found: Found, amount: float) -> Found:
    return replace(found, conf=min(0.99, found.conf + amount))
