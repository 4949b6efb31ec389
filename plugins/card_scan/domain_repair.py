"""A company nearly its domain's name, put back from the domain where the card says which slipped.

Letter slips the domain corrects outright (``repair_from_domain``: "lronbridge", "Schdfer",
"DeIta") give the printed name back. Otherwise nearly the domain (``near-domain``) is a slip in
one of them, and mostly nothing tells which ("Atlas AG" beside atias.at: the domain slipped).
Some cases do: the company read unsure while the card prints the domain twice alike ("Vantate
Co.,Ltd." read at 0.34 beside ymatsumoto@vantage.co.jp and www.vantage.co.jp), a logo's letters
read before the name's end that the domain spells ("S NES Nova S.A" beside sistemasnova.es,
"metiayashi Denki" beside hayashi.co.jp), and a company over two lines, one of them cut
("Leeuw" | "Systemen B.V" beside leeuwen-systemen.nl). The company is then shown as the domain
spells it, and still goes to review.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from contactkit import geo, normalize

from .capital_i import capitals_with_l, small_l_inside
from .company_letters import german_firm
from .domain_letters import READ_ACCENT_RE, letter_from_domain
from .domains import AND_WORDS, domain_in, domain_label, folded_letters, squashed, trim_legal
from .local_parts import umlaut_undone
from .spellings import PLAIN_UMLAUT, UMLAUT_OF_VOWEL
from .text_lines import Line
from .word_slips import one_letter_changed


def repair_near_domain(
    company: str,
    domain: str | None,
    conf: float,
    texts: list[str],
    least: float = 1.0,
    lines: Sequence[Line] = (),
) -> str:
    """``company`` with the words the domain's name corrects, or as read (``conf`` the line's
    mean confidence, ``least`` its least sure word's; ``lines``: the card's, as ``texts``)."""
    if not domain or normalize.is_freemail(domain):
        return company
    label = domain_label(domain)
    core = trim_legal(company).split()
    tail = company.split()[len(core) :]
    if len(label) < 5 or not core:
        return company
    if domain_in(company, domain):
        return company
    fixed = _logo_before_tail(core, label, least < 0.6) or _glued_logo(core, label)
    # Read alike in two places (the address and the site), each surer than the company, the
    # domain is surer than a company word one letter off it: on crisp scans "Cobait
    # Corporation" (0.92) beside naokok@cobalt.co.jp (1.00) and www.cobalt.co.jp (0.99),
    # "DELIA S.R.L" beside delta.it twice (fresh scan seeds 330, 356; session 34); not "Atlas
    # AG" (0.95) beside atias.at (0.82, 0.71). Marked repaired: to review.
    spelling = [
        line.mean_conf for line, t in zip(lines, texts, strict=False) if domain in t.lower()
    ]
    unsure = conf < 0.6 or min(spelling, default=0.0) > conf
    if fixed is None and unsure and sum(domain in t.lower() for t in texts) >= 2:
        fixed = _one_letter(core, label)
    # "W ce & KHAN LTD" beside wright.co.uk: a logo's word read as a smudge (0.36) on a line
    # whose other words were read surely.
    if fixed is None and (conf < 0.75 or least < 0.5):
        fixed = _smudged_name(core, label, least < 0.5)
    return " ".join([*fixed, *tail]) if fixed else company


def _styled(word: str, like: str) -> str:
    return word.upper() if like.isupper() and len(like) > 1 else word.capitalize()


def _logo_before_tail(core: list[str], label: str, unsure: bool = False) -> list[str] | None:
    """``S NES Nova``: short capitals before words that spell the label's end; the label's
    start, four letters and more, starting with the same letter, is what they misread. Where
    the line holds a word read unsure (``unsure``), short words in any case: ``\\W Ree &
    ROBERTS LTD`` beside wilson-roberts.co.uk, a display font's first word read as a smudge."""
    for cut in range(1, len(core)):
        head, rest = core[:cut], core[cut:]
        spelt = squashed("".join(rest))
        if len(spelt) < 3 or not label.endswith(spelt) or len(label) - len(spelt) < 4:
            continue
        start = label[: len(label) - len(spelt)]
        short = all(len(w) <= 3 and (w.isupper() or unsure) for w in head)
        if short and squashed("".join(head))[:1] == start[0]:
            like = next((w for w in rest if squashed(w)), rest[0])
            return [_styled(start, like), *rest]
    return None


def _glued_logo(core: list[str], label: str) -> list[str] | None:
    """``metiayashi``: a word ending in the label less its first letter, letters before it
    (a logo glued on, the name's capital lost in it)."""
    for n, word in enumerate(core):
        letters = squashed(word)
        if len(label) >= 6 and letters.endswith(label[1:]) and len(letters) > len(label):
            return [*core[:n], _styled(label, core[-1]), *core[n + 1 :]]
    return None


def read_one_letter_off(text: str, domain: str | None) -> bool:
    """A word of the company's line as read is one letter off the domain's name: put back
    from the domain, which may be the one that slipped, address and site alike (company_slip)."""
    if not domain or normalize.is_freemail(domain):
        return False
    label = domain_label(domain)
    return len(label) >= 5 and _one_letter(trim_legal(text).split(), label) is not None


def _one_letter(core: list[str], label: str) -> list[str] | None:
    """``Vantate``: one word, one letter off the label (as long), read unsure."""
    for n, word in enumerate(core):
        letters = squashed(word)
        if one_letter_changed(letters, [label]):
            return [*core[:n], _styled(label, word), *core[n + 1 :]]
    return None


def _smudged_name(core: list[str], label: str, smudge: bool = False) -> list[str] | None:
    """``Se aepotend Uhrenteile`` beside schmidt.ch, ``O Maat HOLDING`` beside ooranje.nl, read
    unsure: the words before the trade words, broken (a word of one or two letters), of about
    the domain's length and its first letter, spelling none of it, are its name smudged."""
    name = label[1:] if len(label) >= 5 and label[0] == label[1] else label
    for cut in range(1, len(core)):
        if not any(len(w) <= 2 for w in core[:cut]):
            continue  # a name read whole ("Sonnen Logistik" beside schmidt.de) is no smudge
        # "W ce & KHAN": the partners' "&" names no one
        named = [w for w in core[cut:] if squashed(w) not in AND_WORDS | {""}]
        rest = [squashed(w) for w in named]
        head = squashed("".join(core[:cut]))
        # A word read as a smudge (``smudge``: "S Dv” DENKI" beside shimizu.co.jp) may hold
        # fewer letters than the name's.
        if head[:1] != name[:1] or not len(name) - 3 - smudge <= len(head) <= len(name) + 4:
            continue
        if not rest or any(len(w) < 4 or w in name for w in rest) or head[1:] in name:
            continue
        if fuzz.partial_ratio(head, name) >= 70:
            return None  # a slip of the name itself: near-domain's to tell, not this
        return [_styled(name, named[0]), *core[cut:]]
    return None


def join_cut_line(
    text: str, texts: list[str], candidates: list[int], i: int, domain: str | None
) -> str | None:
    """``Leeuw`` beside ``Systemen B.V`` for leeuwen-systemen.nl, ``Spreetal Ve`` by
    ``erpackung GmbH`` for spreetalverpackung.de: a company printed over two lines (a logo's
    word apart), the line beside it its first words with their last letters lost (``Leeuw``)
    or its word parted at the line's end, the letter there read twice (``Ve`` | ``erpackung``).
    Joined as the domain spells it, that line taken out of ``candidates``; None where no line
    beside it does so."""
    if not domain or normalize.is_freemail(domain):
        return None
    label = domain_label(domain)
    core = trim_legal(text).split()
    tail = text.split()[len(core) :]
    read = squashed("".join(core))
    if len(read) < 4 or len(label) < 8 or not label.endswith(read):
        return None
    start = label[: len(label) - len(read)]
    for j in (i - 1, i + 1):
        if j not in candidates:
            continue
        other = texts[j].split()
        got = squashed("".join(other))
        if len(got) < 4 or not other or any(not w[:1].isalpha() for w in other):
            continue
        if start.startswith(got) and 1 <= len(start) - len(got) <= 2:
            # "Leeuw": its last letters lost; put back as the domain has them
            words = [*other[:-1], _styled(squashed(other[-1]) + start[len(got) :], other[-1])]
            candidates.remove(j)
            return " ".join([*words, *core, *tail])
        last = squashed(other[-1])
        if got[:-1] == start and got[-1:] == read[:1] and len(last) <= 3:
            # "Ve" | "erpackung": the word parted at the line's end, its letter read twice
            word = _styled(last + squashed(core[0])[1:], other[-1])
            candidates.remove(j)
            return " ".join([*other[:-1], word, *core[1:], *tail])
    return None


def repair_from_domain(company: str, domain: str | None, others: Sequence[str] = ()) -> str:
    """``lronbridge`` → ``Ironbridge`` when the domain says ``ironbridge``: l/I, 0/O slips.
    ``others``: the card's other lines, whose reading of a word as the company's line has it
    leaves the word alone (``letter_from_domain``)."""
    if not domain:
        return company
    label = domain_label(domain)
    words = company.split()
    for index, word in enumerate(words):
        folded = normalize.fold(word).replace(" ", "")
        if len(folded) < 4:
            continue
        if folded in label:
            words[index] = umlaut_from_accent(word, domain, company)
            continue
        # "DeIta" beside delta.ch: a capital I between small letters is an l misread.
        mended = small_l_inside(word)
        if mended != word and normalize.fold(mended) in label:
            words[index] = mended
            continue
        merged = rn_put_back(word, label, others)
        if merged:
            words[index] = merged
            continue
        swapped = capital_slips(word, folded)
        if swapped != folded and swapped in label:
            capital = word[0].isupper() or word[0] in "l01"
            words[index] = swapped.capitalize() if capital else swapped
        elif not read_elsewhere(folded, others):
            country = geo.country_of_domain(domain)
            words[index] = letter_from_domain(word, label, country=country)
    return " ".join(words)


def rn_put_back(word: str, label: str, others: Sequence[str]) -> str | None:
    """``Cemy`` beside cerny.cz → ``Cerny``: an r and an n set close read as one m, put back
    where the domain spells them and another line prints the word alone in capitals, whose R
    and N never run together (a logo's "CERNY": tuning scan 11/57, its company sent to review
    as unmatched). The address and the site are no such reading: a domain's m may be read rn
    in both, as small print alike."""
    folded = normalize.fold(word).replace(" ", "")
    if "m" not in folded or len(folded) != len(word):
        return None  # no m; or letters a fold widens or narrows ("ß"): no position to mend at
    capitals = {normalize.fold(w) for t in others for w in t.split() if w.isupper()}
    for at in (i for i, c in enumerate(folded) if c == "m"):
        spelt = f"{folded[:at]}rn{folded[at + 1 :]}"
        if spelt in label and spelt in capitals:
            return f"{word[:at]}{'RN' if word[at].isupper() else 'rn'}{word[at + 1 :]}"
    return None


# Letters a word needs for another line spelling it to count as a second reading of it.
ELSEWHERE_LETTERS = 5


def read_elsewhere(folded: str, others: Sequence[str]) -> bool:
    """Another line of the card spells the word as read inside a longer word (an email or a
    site): two readings against the domain's one. "Lehmann & Cie Sàrl" beside a site read
    lohmann.ch at 0.58 was made "Löhmann" (an e read for ö) though the email, read as scraps
    ("braundilehmannch"), spells lehmann (tuning photo 455 card 62, accepted at domain+legal;
    session 41): which one slipped, only a person can tell, so the company is left as read and
    goes to review as nearly the domain. The word alone on a line is no second reading: a logo
    printing the name in the same letters slips alike ("ferndndez" over "Ferndndez y Asociados
    S.L.", both an á read d, beside fernandez.es)."""
    plain = folded_letters(folded)
    if len(plain) < ELSEWHERE_LETTERS:
        return False
    tokens = (folded_letters(w) for t in others for w in t.split())
    return any(plain in token and len(token) > len(plain) + 1 for token in tokens)


# Accents the English model reads for an umlaut's dots: over a letter after its vowel
# ("Koéhler" for Köhler), or after a letter read for the vowel ("Sdéhne" for Söhne).
_ACCENT_AFTER_VOWEL_RE = re.compile(rf"([aouAOU]){READ_ACCENT_RE.pattern}(?=[^\W\d_])")


def umlaut_from_accent(word: str, domain: str, company: str) -> str:
    """``Koéhler`` beside koehler.de → ``Köhler`` (fresh photo seed 209 card 96, accepted at
    domain+legal+other/hi as Koehler): where a German-speaking country's domain spells the
    umlaut as ae/oe/ue, a vowel and an accented e inside the word is the umlaut's dots read as
    an accent; German writes no "oé" (French does, "Noémie", hence the country; a final é as
    in "Chloé", and ë as in "Moët", are left)."""
    if not german_firm(company, domain):
        return word
    return _ACCENT_AFTER_VOWEL_RE.sub(lambda m: m[1].translate(UMLAUT_OF_VOWEL), word)


def capital_slips(word: str, folded: str) -> str:
    """``folded`` with 0 as o, 1 as i, and a small l that may be a capital I as i: at the word's
    start, or among capitals ("lNTERNATlONAL"). A small l inside a word ("Atlas") is an l, and
    a capital L ("ATLAS") was read as one, whatever a domain misread alike ("atias.at") spells."""
    swapped = folded.translate(str.maketrans({"0": "o", "1": "i"}))
    if word.isascii() and word.isalnum() and capitals_with_l(word):
        return "".join("i" if c == "l" else s for c, s in zip(word, swapped, strict=True))
    return "i" + swapped[1:] if word.startswith("l") else swapped


# A doubted address's domain this many letters off the company's name at most is written from
# it ("schmidvoechne" for Schmid & Söhne, "helix-consel" for Helix Conseil: two and one).
DOMAIN_EDITS = 2


def domain_from_company(company: str, domain: str) -> str | None:
    """``domain`` with its first label written as ``company`` spells it, where the label is one
    or two letters off one spelling of the name (its words joined, or with hyphens, umlauts
    written out as domains write them) and off no other as near; None where none is.

    The other way round from ``repair_near_domain``: the address's small print slipped where
    the company, printed larger, was read whole. Asked only of an address already doubted,
    and kept so (session 23).
    """
    label, dot, rest = domain.lower().partition(".")
    if not dot or domain_in(company, domain):
        return None
    text = trim_legal(company).translate(PLAIN_UMLAUT)  # "Söhne" as domains write it: soehne
    words = [w for w in re.findall(r"[a-z0-9]+", normalize.fold(text)) if w]
    words = [w for w in words if w not in AND_WORDS]
    if not words:
        return None
    spellings = {"".join(words), "-".join(words)} | {w for w in words if len(w) >= 4}
    scored = sorted((Levenshtein.distance(label, s), s) for s in spellings)
    best, spelt = scored[0]
    if not 0 < best <= DOMAIN_EDITS or len(spelt) < 4:
        return None
    if len(scored) > 1 and scored[1][0] == best:
        return None  # two spellings as near: a guess
    if umlaut_undone(label, spelt) or _undoubled(label) == _undoubled(spelt):
        # "krueger-kunststofftechnik" beside "Kruger Kunststoftechnik GmbH": the company lost
        # its umlaut, or one of a doubled letter, as often as the address does.
        return None
    return f"{spelt}.{rest}"


def rn_read_m(company: str, email: str) -> str | None:
    """``email`` with its domain as ``company`` spells it where the domain reads one "m" for the
    company's "rn" and differs in nothing else ("tauem.at" beside Tauern AG, the site read so
    too, pool s95 photo 26 and s100 photo 93): the small print's r and n run together; the
    company, printed larger, keeps them apart. Asked of a company-slip card, whose address is
    otherwise not written from the company (which of the two slipped is a guess)."""
    local, at, domain = email.partition("@")
    written = domain_from_company(company, domain) if at else None
    if not written or written.replace("rn", "m") != domain.lower():
        return None
    return f"{local}@{written}"


def _undoubled(text: str) -> str:
    return re.sub(r"(.)\1+", r"\1", text)


def rn_spelt_m(company: str | None, domain: str | None) -> str | None:
    """``domain`` as the company, whatever its level, spells it where the domain reads one "m"
    for its "rn" and the company does not spell it as read; else None. ``HYHERNANDEZ Y ASOCIADOS
    S.L.`` beside alonso.francisco@hemandezasociados.es and www.hemandezasociados.es (photo seed
    341 card 51, both accepted; the company "odd" for its glued monogram, so no near-domain
    check ran): the small print's r and n run together in the address and the site alike;
    capitals keep them apart."""
    if not company or not domain:
        return None
    label = domain_label(domain)
    words = [w for w in re.findall(r"[a-z0-9]+", normalize.fold(company)) if w not in AND_WORDS]
    spelt = "".join(words)
    if len(label) < 5 or label in spelt:
        return None
    # The m is looked for in the label as printed, so a hyphen stays where it was: the squashed
    # label ("tauemlogistik") is not in "tauem-logistik.at" to be replaced (review, late36b).
    first, dot, rest = domain.lower().partition(".")
    for k in (k for k, c in enumerate(first) if c == "m"):
        if domain_label(written := first[:k] + "rn" + first[k + 1 :]) in spelt:
            return f"{written}{dot}{rest}"
    return None
