"""Scoring a candidate pair: additive evidence points, each with a reason a person can read.

Points (positive: same person; negative: different people):

==============================================  ======
evidence                                        points
==============================================  ======
a shared email (role address such as info@)     +5 (+1)
same local part, one OCR slip (OCR'd source)    +3
same local part, one letter apart otherwise     +0.5
numbered twins: john.smith@ / john.smith2@     -1
a shared phone (same extension, or none)        +4
the same phone digits, country code unknown     +3
a switchboard: same number, one has extension   +0.5
same switchboard, different extensions          -1
same name (given and family)                    +3
the same, rare in the data set (<= 3 times)     +5 (nickname +4.5)
nickname (Bob ~ Robert)                         +2.5
given and family swapped                        +2.5
family name one slip apart, same given name     +2
initial (J. ~ John) and same family             +1.5
both names one slip apart                       +1
same family, different given name               -3
same given, different family name (similar)     -3
different names                                 -5
same company (domain or name)                   +1
different companies                             -0.5
==============================================  ======

A pair scoring at least ``merge_above`` joins; from ``review_above`` up to it, a person decides
(``contactkit review``); below, the observations stay apart.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from contactkit.matching.features import ROLE_LOCALS, Features
from contactkit.matching.text import given_keys

_DIGITS = "0123456789"
RARE_NAME = 3  # a full name seen this few times in the data set is "rare"
RARE_BONUS = 2.0
SLIP = 0.8  # normalized similarity of two spellings one OCR slip or typo apart


def _similar(a: str, b: str) -> float:
    if a == b:
        return 1.0
    # one edit in a short name is still a slip: Levenshtein distance 1 counts as similar
    if Levenshtein.distance(a, b, score_cutoff=1) <= 1 and min(len(a), len(b)) >= 4:
        return 0.9
    return ratio(a, b) / 100


def _given_match(a: Features, b: Features) -> tuple[str, float]:
    """How two given names relate: 'same', 'nickname', 'initial', 'slip' or 'different'."""
    return _given_relation(a.given, a.given_keys, b.given, b.given_keys)


def _given_relation(
    ga: str, keys_a: frozenset[str], gb: str, keys_b: frozenset[str]
) -> tuple[str, float]:
    if not ga or not gb:
        return "unknown", 0.0
    if len(ga) == 1 or len(gb) == 1:
        return ("initial", 0.9) if ga[0] == gb[0] else ("different", 0.0)
    if ga == gb:
        return "same", 1.0
    if keys_a & keys_b:
        return "nickname", 0.95
    sim = _similar(ga, gb)
    return ("slip", sim) if sim >= SLIP else ("different", sim)


def _swapped(a: Features, b: Features) -> bool:
    """b has a's given and family names the other way round (nicknames and slips allowed)."""
    if not (a.given and b.given and a.family and b.family):
        return False
    if _similar(a.family, b.given) < 0.9:
        return False
    kind, _ = _given_relation(a.given, a.given_keys, b.family, given_keys(b.family))
    return kind in ("same", "nickname", "slip")


def _name_points(a: Features, b: Features) -> tuple[float, str]:
    if not (a.family and b.family):
        if a.given and b.given and not (a.family or b.family):
            kind, _ = _given_match(a, b)
            return (1.0, f"given name {a.given}") if kind == "same" else (-2.0, "different names")
        return 0.0, ""
    fam = _similar(a.family, b.family)
    kind, _ = _given_match(a, b)
    # given and family swapped (a CRM export with its columns the other way round)
    if fam < SLIP and (_swapped(a, b) or _swapped(b, a)):
        return 2.5, f"same name, given and family swapped ({a.full} ~ {b.full})"
    if fam >= 0.999 and kind in ("same", "nickname") and a.name_key == b.name_key:
        # a name this rare in the whole data set is unlikely to be two people's
        rarest = max(a.name_count, b.name_count)
        if 0 < rarest <= RARE_NAME:
            base = 3.0 if kind == "same" else 2.5
            return base + RARE_BONUS, f"rare name ({a.full} ~ {b.full}, {rarest} seen)"
    if fam >= 0.999:
        points = {
            "same": 3.0,
            "nickname": 2.5,
            "initial": 1.5,
            "slip": 2.0,
            "unknown": 1.0,
            "different": -3.0,
        }[kind]
        label = {
            "same": f"same name ({a.full})",
            "nickname": f"nickname ({a.given} ~ {b.given}) {a.family}",
            "initial": f"initial ({a.given} ~ {b.given}) {a.family}",
            "slip": f"given name slip ({a.given} ~ {b.given}) {a.family}",
            "unknown": f"same family name ({a.family})",
            "different": f"different given names ({a.given} / {b.given})",
        }[kind]
    elif fam >= SLIP:
        points = {
            "same": 2.0,
            "nickname": 1.5,
            "initial": 0.5,
            "slip": 1.0,
            "unknown": 0.5,
            "different": -4.0,
        }[kind]
        label = f"name slip ({a.full} ~ {b.full})"
        if kind == "different":
            label = f"different names ({a.full} / {b.full})"
    else:
        close = fam >= 0.5 and kind in ("same", "nickname", "initial")
        points = -3.0 if close else -5.0
        label = f"different family names ({a.family} / {b.family})"
    return points, label


def _email_points(a: Features, b: Features) -> tuple[float, str]:
    shared = [e for e in a.emails if e in b.emails]
    if shared:
        if all(e.partition("@")[0] in ROLE_LOCALS for e in shared):
            return 1.0, f"shared role address {shared[0]}"
        personal = next(e for e in shared if e.partition("@")[0] not in ROLE_LOCALS)
        return 5.0, f"email {personal}"
    best, label = 0.0, ""
    for la, da in a.email_locals:
        for lb, db in b.email_locals:
            if len(la) < 4 or len(lb) < 4:
                continue
            if da == db:
                letters_a, letters_b = la.rstrip(_DIGITS), lb.rstrip(_DIGITS)
                if la != lb and letters_a == letters_b:
                    # john.smith2@ next to john.smith@: the domain numbered a second person
                    return -1.0, f"numbered addresses ({la}@{da} / {lb}@{db})"
                same_digits = la[len(letters_a) :] == lb[len(letters_b) :]
                if not same_digits or best >= 3.0:
                    continue
                if Levenshtein.distance(la, lb, score_cutoff=1) <= 1:
                    if a.unsure_email or b.unsure_email:
                        best, label = 3.0, f"email OCR slip ({la}@{da} ~ {lb}@{db})"
                    elif best < 1.0:
                        best, label = 0.5, f"emails one letter apart ({la}@{da} ~ {lb}@{db})"
    return best, label


def _phone_points(a: Features, b: Features) -> tuple[float, str]:
    shared = a.phones & b.phones
    if shared:
        return 4.0, f"phone {min(shared)}"
    for base, ext in a.phone_bases.items():
        other = b.phone_bases.get(base)
        if other is None:
            continue
        if ext and other and ext != other:
            return -1.0, f"same switchboard {base}, extensions {ext} / {other}"
        return 0.5, f"switchboard {base}"
    for tail in a.tails.keys() & b.tails.keys():
        ext_a, ext_b = a.tails[tail], b.tails[tail]
        if ext_a and ext_b and ext_a != ext_b:
            return -1.0, f"same switchboard ...{tail}, extensions {ext_a} / {ext_b}"
        if ext_a != ext_b:
            return 0.5, f"switchboard digits ...{tail}"
        if not (a.phone_bases.keys() & b.phone_bases.keys()):
            return 3.0, f"phone digits ...{tail}"
    return 0.0, ""


def _company_points(a: Features, b: Features) -> tuple[float, str]:
    if a.org_domain and a.org_domain == b.org_domain:
        return 1.0, f"company {a.org_domain}"
    if a.company and a.company == b.company:
        return 1.0, f"company {a.company}"
    for x, y in ((a, b), (b, a)):
        # one source named the company, the other only knows its domain: acme ~ acme.com
        if (
            x.company
            and y.org_domain
            and not y.company
            and x.company.replace(" ", "") == y.org_domain.split(".", 1)[0]
        ):
            return 1.0, f"company {x.company} ~ {y.org_domain}"
    if (a.org_domain or a.company) and (b.org_domain or b.company):
        return -0.5, "different companies"
    return 0.0, ""


def score(a: Features, b: Features) -> tuple[float, list[str]]:
    """The evidence that two observations are one person, and why."""
    total = 0.0
    reasons: list[str] = []
    for part in (_email_points, _phone_points, _name_points, _company_points):
        points, label = part(a, b)
        if points:
            total += points
            reasons.append(f"{label} ({points:+g})")
    return total, reasons
