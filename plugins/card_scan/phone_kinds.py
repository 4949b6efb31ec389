"""The kind of each number read on a card where labels and numbering leave it a guess: two
untold North American numbers, twins (an office line and its fax), a fax alone or beside mobiles
only, a label one letter off a known one."""

from __future__ import annotations

import re

import phonenumbers
from rapidfuzz.distance import Levenshtein

from contactkit.model import Phone

from .calibration import marked
from .lexicon import PHONE_LABELS
from .phone_text import digits_of


def untold_type(number: phonenumbers.PhoneNumber) -> bool:
    """The numbering plan cannot tell a mobile from a fixed line (North America)."""
    kind = phonenumbers.number_type(number)
    return kind == phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE


def untold_phone(phone: Phone) -> bool:
    """``untold_type`` of a number read whole (its E.164 form known)."""
    return bool(phone.e164) and untold_type(phonenumbers.parse(phone.e164))


def kind_conflict(kind: str, number: phonenumbers.PhoneNumber) -> bool:
    """The label's kind and the country's numbering plan disagree: a mobile label before a
    fixed-line number, or an office or fax label before a mobile one (a label read beside
    the wrong number, on two columns)."""
    plan = phonenumbers.number_type(number)
    if kind == "cell":
        return plan == phonenumbers.PhoneNumberType.FIXED_LINE
    return plan == phonenumbers.PhoneNumberType.MOBILE


def looks_mobile(number: phonenumbers.PhoneNumber) -> bool:
    """The country's numbering plan makes ``number`` a mobile's."""
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


# An office phone's handset read as "@" just before a number: kinds29 counted it before an office
# line 816 times of 828 on session 28's cached photos (the "©" before a mobile 265 of 265).
OFFICE_SIGN_RE = re.compile(r"@\s*([+(]?\s*\d[\d\s().-]*)")


def sign_before(
    sign: re.Pattern[str], line_text: str, match: phonenumbers.PhoneNumberMatch
) -> bool:
    """A sign (``OFFICE_SIGN_RE``) stands before ``match`` on its line."""
    lead = digits_of(match.raw_string)[:4]
    return any(
        lead in digits_of(found.group(1))[: len(lead) + 2] for found in sign.finditer(line_text)
    )


# A mobile's sign ("©", a handset) read as a capital O glued to its number ("O514-050-712",
# "O+81 80-3756-2151"): the O parts off as the office label "O", whose kind the numbering plan
# then denies (p332 card 55, p381 card 62: mobiles stored as office lines, kind-conflict). An
# office label is printed apart ("O: 212 ...", "O 6 1234"); glued it is the sign's.
ICON_O_RE = re.compile(r"(?<![\w.])O(\+?\d[\d\s().-]*)")


def icon_read_o(line_text: str, match: phonenumbers.PhoneNumberMatch) -> bool:
    """A capital O glued to the number ``match`` stands before it on its line: a sign read as
    a letter, no office label (``ICON_O_RE``)."""
    return sign_before(ICON_O_RE, line_text, match)


def fax_only(found: list[tuple[Phone, str]]) -> list[tuple[Phone, str]]:
    """A card whose only number is a fax: its label is more likely a phone sign read as a
    letter ("f 965925585") than a card without a phone. Measured apart as ``fax-only``; a
    fax beside mobiles only as ``fax-no-office``."""
    if not found or all(phone.kind != "fax" for phone, _ in found):
        return found
    if all(phone.kind == "fax" for phone, _ in found):
        return [(phone, "fax-only" + level[level.find("/") :]) for phone, level in found]
    if any(phone.kind == "work" for phone, _ in found):
        return found
    # A fax beside a mobile and no office line: a card that prints a fax prints its office
    # line too (every tuning card, 2,400 with a fax); the "fax" label was more likely an office
    # phone's icon read as a letter ("$F (617) 724-0391", wrong17's seed 30 photo 62).
    return [
        (phone, "fax-no-office" + level[level.find("/") :])
        if phone.kind == "fax" and (level.startswith("labelled") or told_by_icon(level))
        else (phone, level)
        for phone, level in found
    ]


def told_by_icon(level: str) -> bool:
    """A number's kind told by its row's icon (``row_icons``; not ``icon-o``, a sign read O)."""
    return level.partition("/")[0].split("+")[0] == "icon"


def icons_unread(found: list[tuple[Phone, str]]) -> list[tuple[Phone, str]]:
    """On a card whose phone rows print icons (one was told by its icon), a number with neither
    label nor icon read lost its icon: its kind is a guess (a fax's printer unread beside an
    office's handset reads as a second office line), marked ``icon-unread``."""
    if not any(told_by_icon(level) for _, level in found):
        return found
    return [
        (phone, marked(level, "icon-unread") if level.startswith("bare") else level)
        for phone, level in found
    ]


def fax_read_p(found: list[tuple[Phone, str]], by_p: set[int]) -> list[tuple[Phone, str]]:
    """Numbers labelled "P" (``by_p``, indices into ``found``) taken for a second office line
    beside one labelled otherwise, on a card with no fax: a fax's "F" read as P ("Cell | ...
    Direct | ..." and below it "P: +1 312-843-0096", fresh photo seed 147 card 49, the fax
    stored as an office line at labelled+intl/mid). Measured apart as ``p-label``: on the
    tuning cards "P" named 46 office lines and this fax, and only two of those cards had
    another office line and no fax (the other in review already)."""
    if any(phone.kind == "fax" for phone, _ in found):
        return found
    office = [
        n
        for n, (phone, level) in enumerate(found)
        if n not in by_p and phone.kind == "work" and level.startswith("labelled")
    ]
    if not office:
        return found
    return [
        (phone, "p-label" + level[len("labelled") :])
        if n in by_p and phone.kind == "work" and level.startswith("labelled")
        else (phone, level)
        for n, (phone, level) in enumerate(found)
    ]


def untold_kinds(
    found: list[tuple[Phone, str]],
    office_signed: frozenset[int] = frozenset(),
    unlabelled: frozenset[int] = frozenset(),
) -> list[tuple[Phone, str]]:
    """Two numbers without a label where the numbering cannot tell a mobile from a fixed line
    (North America), or a card's one such number, or two that differ only in their last digits
    (``twins``), or taken for office lines beside another (``beside_an_office``): which is which
    is a guess, measured apart as
    ``bare-untold``; a North American one of them may then be taken for the mobile
    (``office_first``). A row read again with no label read counts as bare (``+1 312-247-9340``
    reread beside ``+1512-649-0752``, its kind guessed at reread+intl/hi: fresh photo seed 553
    card 58, the mobile's sign lost)."""
    found = office_and_fax(found, unlabelled)
    untold = [
        n
        for n, (phone, level) in enumerate(found)
        if untold_phone(phone) and (level.startswith("bare") or _reread_bare(level, n, unlabelled))
    ]
    # A card's one number, unlabelled and of an untold kind, is a mobile as often as an office
    # line (the second blind generator: 2 of 4 such cards printed a mobile alone; the first
    # generator's 76 all printed the office's).
    lone = len(found) == 1 and len(untold) == 1
    if len(untold) < 2 and not lone:
        untold = twins(found, unlabelled)
    if len(untold) < 2 and not lone:
        untold = beside_an_office(found)
    if not untold:
        return found
    out = list(found)
    for n in untold:
        phone, level = out[n]
        if level.startswith("reread"):
            out[n] = (phone, marked(level, "untold"))  # a row read again, its label not read
        elif not level.startswith("bare-untold"):
            out[n] = (phone, "bare-untold" + level[len("bare") :])
    return office_first(out, office_signed)


def office_first(
    found: list[tuple[Phone, str]], office_signed: frozenset[int] = frozenset()
) -> list[tuple[Phone, str]]:
    """On a card with no mobile told, the first North American number of an untold kind
    beside the office line is taken for the mobile: a card prints its office number, then the
    mobile, then the fax, and two office lines without a label are rarer than an office line
    and a mobile whose sign was not read (session 26: on the pooled photos 20 of 22 such cards;
    the other two printed the mobile first, left as before). The office line is the labelled
    one where a label names it, else one after an office's sign (``office_signed``: "@ +1 415
    ..." below "0+1 512 ...", the mobile printed first, its sign read "0"), else the first. Not
    a twin of the office line (``twins``: its fax or a direct line, no mobile), nor one after an
    office's sign. Still ``bare-untold``: a guess, to review."""
    if any(phone.kind == "cell" for phone, _ in found):
        return found
    work = [n for n, (phone, _) in enumerate(found) if phone.kind == "work"]
    if not work:
        return found
    labelled = [n for n in work if found[n][1].startswith("labelled")]
    office = (labelled or [n for n in work if n in office_signed] or work)[0]
    mobile = next(
        (
            n
            for n in work
            if n != office
            and n not in office_signed
            and found[n][1].startswith("bare-untold")
            and untold_phone(found[n][0])
            and not twinned(found[n][0].e164 or "", found[office][0].e164 or "")
        ),
        None,
    )
    if mobile is None:
        return found
    out = list(found)
    phone, level = out[mobile]
    out[mobile] = (Phone(text=phone.text, kind="cell", e164=phone.e164, region=phone.region), level)
    return out


def beside_an_office(found: list[tuple[Phone, str]]) -> list[int]:
    """Numbers without a label taken for office lines beside another office number, labelled
    ("Fon +49 711 598172-0" and below it "+49 711 3796286") or not: a fax or a direct line whose
    sign was not read, not a second office number; which it is nobody can tell (a North
    American one may be the mobile: ``office_first``). Two unlabelled ones are both a guess: a
    fax's "F." read "E" or "FP," beside an office line's icon (session 26: 2 of 2 such cards on
    the pool, each fax stored as an office line at ``bare+intl/hi``)."""
    bare = [
        n
        for n, (p, level) in enumerate(found)
        if p.kind == "work" and level.startswith("bare") and p.e164
    ]
    office = any(p.kind == "work" and lv.startswith(("labelled", "twin-office")) for p, lv in found)
    return bare if office or len({found[n][0].e164 for n in bare}) >= 2 else []


def twins(found: list[tuple[Phone, str]], unlabelled: frozenset[int] = frozenset()) -> list[int]:
    """Unlabelled numbers that differ only in their last two digits ("+49 40 35232570" and
    "...579"), or in a direct-dial extension (``extension_twinned``): a switchboard and its fax,
    or two direct lines, whose labels (often signs) were not read; which is which nobody can
    tell. A row read again (``reread``) counts where no label was read on it (``unlabelled``)."""
    bare = [
        (n, p.e164)
        for n, (p, level) in enumerate(found)
        if p.e164 and (level.startswith("bare") or _reread_bare(level, n, unlabelled))
    ]
    return [
        n
        for n, e164 in bare
        if any(m != n and (twinned(e164, o) or extension_twinned(e164, o)) for m, o in bare)
    ]


def office_and_fax(
    found: list[tuple[Phone, str]], unlabelled: frozenset[int] = frozenset()
) -> list[tuple[Phone, str]]:
    """Two unlabelled office numbers that differ only in their last two digits (``twinned``),
    and no fax named on the card: the office line, then its fax, as a card prints them (both
    blind generators: 86 of 86 such pairs, session 59). Measured apart as ``twin-office`` and
    ``twin-fax``."""
    if any(phone.kind == "fax" for phone, _ in found):
        return found
    pair = [n for n in twins(found, unlabelled) if found[n][0].kind == "work"]
    if len(pair) != 2 or not twinned(found[pair[0]][0].e164 or "", found[pair[1]][0].e164 or ""):
        return found
    out = list(found)
    for n, kind in zip(pair, ("work", "fax"), strict=True):
        phone, level = out[n]
        stem = "twin-office" if kind == "work" else "twin-fax"
        rest = level[len("bare") :] if level.startswith("bare") else level[level.find("/") :]
        out[n] = (
            Phone(text=phone.text, kind=kind, e164=phone.e164, region=phone.region),
            stem + rest,
        )
    return out


def _reread_bare(level: str, n: int, unlabelled: frozenset[int]) -> bool:
    """A number from a row read again (``reread``) on which no label was read: as bare."""
    return level.startswith("reread") and n in unlabelled


def twinned(e164: str, other: str) -> bool:
    """``e164``, ten characters or more, is ``other`` but for its last two digits."""
    return len(e164) >= 10 and e164[:-2] == other[:-2]


def extension_twinned(e164: str, other: str) -> bool:
    """Two numbers of one switchboard, as German and Austrian cards print them: one base and
    each its own extension ("+43 1 2291944-5791" and "-99", "0732 641271-0" and "-199"): the
    shorter but its last two digits opens the longer, at most three digits longer (p362 card
    54: the fax's row read again without its label, stored as an office line, accepted)."""
    short, long = sorted((e164, other), key=len)
    return len(short) >= 10 and 0 < len(long) - len(short) <= 3 and long.startswith(short[:-2])


# A fax's label misread on a photo: "E" for F (a speck read as its missing bar: "E: +41 44925 66
# 33" beside "Telefon" and "Mobile"), "FP" for F and its colon. On the cached tuning photos (3,200)
# each stood before a fax (E 3 of 3, FP 2 of 2), stored as an office line at bare-untold; "E" is no
# phone label of any language. Their numbers take the fax's kind at ``near-label`` (to review).
# "Fox" for Fax: a bold face's round a read as o (tuning photos 326/6, 327/99: a fax taken for an
# office line and, beside one, for a mobile); one letter off Fon too, so named here, as a fax.
# "PF" the same two letters the other way round: a speck or the fax's icon read P before its F
# ("PF +41 44688 2100" under an office line, p386 card 19: stored as a second office line,
# accepted). P alone stays an office label (p-label).
FAX_MISREAD = frozenset({"e", "fp", "pf", "fox"})


def misread_label(label: str) -> str | None:
    """The kind a misread label names: one letter off a known one (``near_label``) or a fax's
    label read as another (``FAX_MISREAD``)."""
    return "fax" if label in FAX_MISREAD else near_label(label)


def near_label(label: str) -> str | None:
    """The kind of the phone label that ``label`` (folded, no label itself) is one letter off:
    ``teletax`` for Telefax (blind seed 24 photo 81, stored as an office line at bare/hi),
    ``pax`` for Fax (fresh seed 72 photo 15). A misread label, its number measured apart as
    ``near-label`` where it names another kind than a number without a label gets (``directe``
    and ``Direkt`` are labels of office lines as written). A label of five letters or more may
    have lost or gained a letter; a shorter one only had one read as another (``pax``, ``mcb``),
    lest every short word before a number be a label."""
    if len(label) < 3 or label in PHONE_LABELS:
        return None
    return next(
        (
            k
            for w, k in PHONE_LABELS.items()
            if (Levenshtein.distance(label, w) == 1 and len(w) >= 5 and len(label) >= 5)
            or (len(label) < 5 and Levenshtein.distance(label, w, weights=(2, 2, 1)) == 1)
        ),
        None,
    )
