"""Scoring a candidate pair: evidence weighed by how specific it is, each with a readable reason.

Points (positive: same person; negative: different people). Every reason reads
``kind (detail) (+points)``; the kind names the row below.

============================================================  ======
evidence                                                      points
============================================================  ======
email: a shared personal address (plus-addressing dropped)    +5
mobile: a shared mobile (one person's, like an address)       +5
phone: a shared direct line (same extension)                  +4
office phone: a shared fixed line without extension           +3 .. +3.5
phone digits: the same digits, country code unknown           +2.5 .. +3
shared phone / switchboard: a line three or more family       +0.5
  names give, or one side has an extension
extensions: same switchboard, different extensions            -1
shared mailbox: a role address (info@, vertrieb@, contacto@)   +0.5
  or one seen under three or more family names
email slip: one OCR confusion apart (l ~ 1, e ~ c), same      +2
  domain (any one letter when the source doubts its reading)
emails alike / one letter apart: separators, another typo     +0.5
numbered addresses: john.smith@ / john.smith2@                -1.5
same name / rare name (few carry it, its parts not common)    +3 / +5
swapped (the same words in another order), name part          +3
  (García López ~ García, same given name)
nickname (Bob ~ Robert, Pepe ~ José, Kasia ~ Katarzyna)       +2.5
name slip, initial, family initial (Maria S.), given name     +0.5 .. +2
  (also family first: D. Jones ~ Jones Daniel, Mark W. ~
  Williams Mark; Masahiro ~ YAMAGUCHI Masahiro)
name in address: no family name, but the record's own         +1 / +2
  address spells the other's name (lgiordano@ / luca.giordano@)
different given names, same family name                       -3
different family names, same given name                       -2
different names                                               -5
generations: Jr. / Sr., II / III                              -20
generation: one side has a suffix the other lacks             -1
company (domain or name; acme holdings ~ acme.example; not    +1
  one name under two domains: two companies called alike)
different companies (not counted beside a shared mobile)      -0.5
same title (names agree, companies do not differ), with a     +0.5 / +1
  shared street address; with an uncommon name agreeing whole   +2 / +2.5
  (six or fewer carry it) and nothing that says two people
same name at the same company, no shared address or mobile,   +1
  and no two work addresses or mobiles (namesakes) apart
work address of this family name: a shared address at a       +2
  company domain outweighs an unknown short form of a name
mobile of this family name: a shared mobile outweighs an      +3
  unknown short form of a given name (JB ~ Jean-Baptiste)
office line and name: a fixed line (not a switchboard) and a  +1
  name agreeing in part (Sarah ~ Sarah Taylor), no namesakes
own address or mobile, the name in another form: a shared    +2 .. +5
  personal address or mobile, names with a word alike or one
  side without family name (not spouses at a freemail): the
  name's penalty cancelled
each their own address: a rare name is all two records share,  -0.5
  and each carries personal addresses, none alike
============================================================  ======

A common name alone never reaches the merge threshold (5); a rare one does (measured on blind
seed 1: it wins more recall than it costs precision).
A pair scoring at least ``merge_above`` joins; from ``review_above`` up to it, a person decides
(``contactkit review``); below, the observations stay apart.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from contactkit import normalize
from contactkit.matching import faults
from contactkit.matching.features import RARE_BEARERS, Features, line_kind
from contactkit.matching.name_points import name_points
from contactkit.matching.names import similar

_DIGITS = "0123456789"
HARD_NO = -20.0  # a generational difference: no evidence joins father and son


def _generation_points(a: Features, b: Features) -> tuple[float, str]:
    ga, gb = a.generation, b.generation
    if ga == gb:
        return 0.0, ""
    if ga and gb:
        return HARD_NO, f"generations ({a.display} / {b.display})"
    return -1.0, f"generation (a suffix on one side only: {ga or gb})"


def _email_points(a: Features, b: Features) -> tuple[float, str]:
    personal = a.personal & b.personal
    if personal:
        return 5.0, f"email ({min(personal)})"
    shared = set(a.emails) & set(b.emails)
    if shared:
        return 0.5, f"shared mailbox ({min(shared)})"
    best, label = 0.0, ""
    for la, da, plain_a in a.email_locals:
        for lb, db, plain_b in b.email_locals:
            if da != db or len(la) < 4 or len(lb) < 4:
                continue
            letters_a, letters_b = la.rstrip(_DIGITS), lb.rstrip(_DIGITS)
            if la != lb and letters_a == letters_b:
                # john.smith2@ next to john.smith@: the domain numbered a second person
                return -1.5, f"numbered addresses ({la}@{da} / {lb}@{db})"
            if la[len(letters_a) :] != lb[len(letters_b) :] or best >= 2.0:
                continue
            if plain_a == plain_b:
                # j.devries@ and jdevries@: two addresses a company (or a freemail) tells apart
                if best < 0.5:
                    best, label = 0.5, f"emails alike ({plain_a}@{da})"
            elif la == lb or _ocr_slip(plain_a, plain_b) or _ocr_slip(la, lb):
                best, label = 2.0, f"email slip ({plain_a}@{da} ~ {plain_b}@{db})"
            elif best < 2.0 and min(len(la), len(lb)) >= 6:
                if Levenshtein.distance(la, lb, score_cutoff=1) > 1:
                    continue
                if a.unsure_email or b.unsure_email:
                    # the source (OCR) doubts its reading: a one-letter difference is its slip
                    best, label = 2.0, f"email slip ({plain_a}@{da} ~ {plain_b}@{db})"
                elif best < 0.5:
                    # a typo, or two people whose names differ by that letter (Schmitt, Schmidt)
                    best, label = 0.5, f"emails one letter apart ({plain_a}@{da} ~ {plain_b}@{db})"
    return best, label


# letters OCR reads for one another (m ~ rn is undone in the skeleton already)
_OCR_PAIRS = frozenset(
    frozenset(p)
    for p in ("l1", "li", "i1", "o0", "ec", "nh", "uv", "s5", "ao", "co", "bh", "gq", "rn")
)


def _ocr_slip(a: str, b: str) -> bool:
    """One letter read as another by OCR, in addresses of five letters or more."""
    if len(a) != len(b) or len(a) < 5:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and frozenset(diff[0]) in _OCR_PAIRS


def _phone_points(a: Features, b: Features) -> tuple[float, str]:
    """The best phone evidence; every set walked in sorted order, so no hash seed decides.

    A mobile (or a direct line with its extension) is one person's; a fixed line without
    extension may be an office's that several people give, so it counts less; a line people of
    three or more family names give is a switchboard and counts almost nothing.
    """
    best: tuple[float, str] = (0.0, "")
    for phone in sorted(a.phones & b.phones):
        base, _, ext = phone.partition(";ext=")
        tail = base[-8:]
        if not ext and (tail in a.shared_tails or tail in b.shared_tails):
            best = max(best, (0.5, f"shared phone ({phone})"))
        elif tail in a.mobiles or tail in b.mobiles:
            return 5.0, f"mobile ({phone})"  # one person's, like a personal address
        elif ext:
            return 4.0, f"phone ({phone})"
        else:
            best = max(best, (_fixed_line(base), f"office phone ({phone})"))
    for base in sorted(a.phone_bases.keys() & b.phone_bases.keys()):
        ext_a, ext_b = a.phone_bases[base], b.phone_bases[base]
        if ext_a and ext_b and ext_a != ext_b:
            best = min(best, (-1.0, f"extensions ({base}: {ext_a} / {ext_b})"))
        elif ext_a != ext_b:
            best = max(best, (0.5, f"switchboard ({base})"))
    if best != (0.0, ""):
        return best
    for tail in sorted(a.tails.keys() & b.tails.keys()):
        ext_a, ext_b = a.tails[tail], b.tails[tail]
        if ext_a and ext_b and ext_a != ext_b:
            return -1.0, f"extensions (...{tail}: {ext_a} / {ext_b})"
        if ext_a != ext_b or tail in a.shared_tails or tail in b.shared_tails:
            best = max(best, (0.5, f"switchboard (...{tail})"))
        elif tail in a.mobiles or tail in b.mobiles:
            best = max(best, (3.0, f"phone digits (...{tail})"))
        else:
            best = max(best, (2.5, f"phone digits (...{tail})"))
    return best


def _fixed_line(base: str) -> float:
    return 3.0 if line_kind(base) == "fixed" else 3.5


def _company_points(a: Features, b: Features) -> tuple[float, str]:
    if a.org_domain and a.org_domain == b.org_domain:
        return 1.0, f"company ({a.org_domain})"
    if a.company and a.company == b.company:
        if a.org_domain and b.org_domain:
            # one name, two domains: two companies called alike (Quantum SARL, Quantum GmbH);
            # on blind seed 1 at 100k people such "same company" links were the most wrong
            return 0.0, ""
        return 1.0, f"company ({a.company})"
    for x, y in ((a, b), (b, a)):
        # one source named the company, the other only knows its domain: acme ~ acme.com
        if x.company and y.org_domain and not y.company and _named_by(x.company, y.org_domain):
            return 1.0, f"company ({x.company} ~ {y.org_domain})"
    if (a.org_domain or a.company) and (b.org_domain or b.company):
        if a.company and b.company and similar(a.company, b.company) >= 0.85:
            return 0.0, ""  # one company spelled two ways
        return -0.5, "different companies"
    return 0.0, ""


def _named_by(company: str, domain: str) -> bool:
    """The domain is the company's name (acme widgets ~ acmewidgets.com) or its first word of
    five letters or more (thameside holdings ~ thameside.co.uk)."""
    label = domain.split(".", 1)[0]
    first = company.split(" ", 1)[0]
    return company.replace(" ", "") == label or (len(first) >= 5 and first == label)


PARTS = {
    "email": _email_points,
    "phone": _phone_points,
    "name": name_points,
    "company": _company_points,
    "generation": _generation_points,
}
"""Each comparison's evidence (points and label); ``fellegi_sunter`` reads the labels as levels.
``score`` calls each by name (its rules read each one's label): a new comparison goes in both."""


def score(a: Features, b: Features) -> tuple[float, list[str]]:
    """The evidence that two observations are one person, and why.

    A comparison that raises (a bug meeting an odd value) scores the pair 0 and names it in the
    run report (``faults``) instead of stopping the merge.
    """
    try:
        return _weigh(a, b)
    except Exception as error:  # any bug meeting one pair: that pair is reported, the rest go on
        return faults.not_compared(a.key, b.key, error)


def _weigh(a: Features, b: Features) -> tuple[float, list[str]]:
    # each comparison gives one label at most: the rules below read those five strings, not a
    # list of reasons (this runs once per candidate pair, tens of millions at a million people)
    email_points, email = _email_points(a, b)
    phone_points, phone = _phone_points(a, b)
    name_said, name = name_points(a, b)
    company_points, company = _company_points(a, b)
    if company_points < 0 and phone.startswith("mobile ("):
        company_points, company = 0.0, ""  # a mobile follows its owner from one job to the next
    generation_points, generation = _generation_points(a, b)
    total = 0.0
    reasons: list[str] = []
    for points, label in (
        (email_points, email),
        (phone_points, phone),
        (name_said, name),
        (company_points, company),
        (generation_points, generation),
    ):
        if points:
            total += points
            reasons.append(f"{label} ({points:+g})")
    contact_points = email_points + phone_points  # what the addresses and phones say
    shared_address = bool(email_points) and email.startswith("email (")
    shared_mobile = bool(phone_points) and phone.startswith("mobile (")
    other_given = bool(name_said) and name.startswith("different given names")
    forgiven = False  # a name's penalty already answered by a rule below
    if (
        shared_address
        and other_given
        and any(not normalize.is_freemail(e.rpartition("@")[2]) for e in a.personal & b.personal)
    ):
        # a work address both carry, under one family name: a short form we do not know
        # (Lele ~ Emanuele), not two people sharing a company mailbox (that would be a role)
        total += 2.0
        reasons.append("work address of this family name (+2)")
        forgiven = True
    if shared_mobile and other_given:
        # one mobile under one family name: a short form we do not know (JB ~ Jean-Baptiste,
        # Mieke ~ Maria); a mobile is one person's (spouses share a home line, a fixed one).
        # On blind seed 1 every such pair was one person (28 at 10,000 people, 509 at 100,000)
        total += 3.0
        reasons.append("mobile of this family name (+3)")
        forgiven = True
    if (
        not forgiven
        and name_said < 0
        and (shared_address or shared_mobile)
        and not other_given
        and _name_in_another_form(a, b)
    ):
        # a personal address or a mobile is one person's, and the names disagree only in a
        # form no rule maps (Babsi ~ BARBARA MÖLLER, Susan TURNER ~ Turner Suzy, Fischer
        # Karl-Heinz ~ Fischer, Kalle, an OCR'd YAMA2AKI): the name's penalty is cancelled, not
        # turned into evidence. Not two given names under one family name at a freemail
        # address: spouses share rossi.family@ (the rules above take work addresses and
        # mobiles), and not two whole names with no word alike (an assistant writing from
        # her manager's address: review). On blind seed 1 every such pair was one person (66
        # at 10,000 people, 744 at 100,000)
        total -= name_said
        reasons.append(f"own address or mobile, the name in another form ({-name_said:+g})")
    if (
        name_said
        and name.startswith(("same name (", "swapped (", "name part ("))
        and company_points
        and company.startswith("company (")
        and not (shared_address or (phone_points and phone.startswith(("mobile (", "phone ("))))
        and not _identifiers_conflict(a, b, email_points)
    ):
        # one name at one company, and no two mailboxes or two mobiles: one person (namesakes
        # with their own addresses or mobiles are kept apart by the cluster check too)
        total += 1.0
        reasons.append("same name at the same company (+1)")
    if (
        0 < name_said < 3.0
        and phone_points
        and phone.startswith(("office phone (", "phone digits ("))
        and not generation_points
        and not _identifiers_conflict(a, b, email_points)
    ):
        # a fixed line fewer than three families give, and a name that agrees in part (Sarah ~
        # Sarah Taylor, M. Freitas ~ Maria Freitas): on blind seed 1 at 100,000 people 6,497
        # pairs carry both and 4 are two people (a father and son at one office: a suffix on
        # one side says so, hence not then)
        total += 1.0
        reasons.append("office line and name (+1)")
    if name_said > 0 and a.title and a.title == b.title and company != "different companies":
        # one name and one job title: on blind seed 1 such pairs are mostly one person, and with
        # one street address too nearly always (a title alone is weak: titles go stale); not
        # across two companies, where one title is a namesake's as often (measured at 100k)
        bonus, what = (1.0, "title and address") if a.streets & b.streets else (0.5, "title")
        if name_said >= 2.0 and _uncommon_name_and_title(
            a, b, name, contact_points <= 0, email_points
        ):
            bonus, what = bonus + 1.5, f"{what}, uncommon name"
        total += bonus
        reasons.append(f"same {what} ({a.title}) (+{bonus:g})")
    if a.personal and b.personal and contact_points <= 0 and name.startswith("rare name ("):
        # a rare name alone, each side with personal addresses and none agreeing: on blind seed
        # 1 about one such pair in four is two namesakes, against a few in a hundred when a
        # side has no address; the learned weights count different addresses against too
        total -= 0.5
        reasons.append("each their own address (-0.5)")
    return total, reasons


UNCOMMON_BEARERS = 2 * RARE_BEARERS  # a name this few observations carry is uncommon
_NAME_AGREES = ("same name (", "swapped (", "rare name (", "nickname (", "name slip (")


def _uncommon_name_and_title(
    a: Features, b: Features, name: str, own_addresses: bool, email_points: float
) -> bool:
    """The whole name agrees (no part of it missing; the caller asks for 2 points or more), few
    carry it, and nothing says two people: no two mobiles or work addresses, and not each side
    its own personal addresses. On blind seed 1 such pairs with one job title are one person 9
    times in 10 at 10,000 people; a name many carry with one title only 6 in 10 at 100,000
    (hence only uncommon names, counted)."""
    bearers = max(a.name_count, b.name_count)
    return (
        0 < bearers <= UNCOMMON_BEARERS
        and name.startswith(_NAME_AGREES)
        and not (own_addresses and a.personal and b.personal)
        and not _identifiers_conflict(a, b, email_points)
    )


def _name_in_another_form(a: Features, b: Features) -> bool:
    """The names share a word (Turner ~ TURNER, Caroline ~ Caroline), or one side gives only a
    given name that starts like a word of the other's (Babsi ~ Barbara Möller, Elisabeth L. ~
    van der Linden Elisabeth): what a shared address or mobile may join despite the names. Not
    Margaret ~ Christopher: a couple sharing one mobile (blind seed 1, 100,000 people)."""
    na, nb = a.name, b.name
    if na.tokens & nb.tokens:
        return True
    if na.family and nb.family:
        return False
    lone, other = (na, nb) if not na.family else (nb, na)
    letters = {w[:1] for w in other.tokens} | {other.given_raw[:1], other.family_raw[:1]}
    return bool({lone.given_raw[:1], lone.first[:1]} & (letters - {""}))


def _identifiers_conflict(a: Features, b: Features, email_points: float) -> bool:
    """Two personal addresses at one company domain, or two mobiles: two people's (unless the
    addresses are one slip apart: ``email_points``, what ``_email_points`` gave)."""
    if a.mobiles and b.mobiles and not a.mobiles & b.mobiles:
        return True
    work_a = {e for e in a.personal if e.rpartition("@")[2] == a.org_domain}
    work_b = {e for e in b.personal if e.rpartition("@")[2] == b.org_domain}
    return bool(work_a and work_b and not work_a & work_b and email_points < 2.0)


def strong_identifiers(a: Features, b: Features) -> str:
    """A personal address or a personal phone both carry, or '' (for the review queue)."""
    personal = a.personal & b.personal
    if personal:
        return min(personal)
    for phone in sorted(a.phones & b.phones):
        base, _, ext = phone.partition(";ext=")
        if ext or base[-8:] not in a.shared_tails:
            return phone
    return ""
