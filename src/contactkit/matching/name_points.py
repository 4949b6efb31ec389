"""How two names relate, in points: the name rows of the scoring table (``scoring``).

Family and given names compared in every form a source writes them (``names``), a rare name's
bonus, and the name evidence outside the name fields (a record's own address spelling the other's
name).
"""

from __future__ import annotations

from contactkit.matching.features import Features
from contactkit.matching.names import (
    ALIKE,
    family_relation,
    first_names,
    given_relation,
    swapped_relation,
)

_DIGITS = "0123456789"
RARE_BONUS = 2.0  # a name few carry here, its given and family names not both common

# (family relation, given relation) -> points; a missing pair falls to the "different" rows
_NAME_POINTS: dict[str, dict[str, float]] = {
    "same": {
        "same": 3.0,
        "nickname": 2.5,
        "part": 2.5,
        "slip": 2.0,
        "initial": 1.5,
        "unknown": 1.0,
        "different": -3.0,
    },
    "part": {
        "same": 3.0,
        "nickname": 2.0,
        "part": 2.0,
        "slip": 1.5,
        "initial": 1.0,
        "unknown": 0.5,
        "different": -3.0,
    },
    "slip": {
        "same": 2.0,
        "nickname": 1.5,
        "part": 1.5,
        "slip": 1.0,
        "initial": 0.5,
        "unknown": 0.5,
        "different": -4.0,
    },
}
_NAME_LABEL = {
    "same": "same name",
    "nickname": "nickname",
    "part": "name part",
    "slip": "name slip",
    "initial": "initial",
    "unknown": "same family name",
    "different": "different given names",
}


def name_points(a: Features, b: Features) -> tuple[float, str]:
    """How the two names relate, in points."""
    na, nb = a.name, b.name
    if not (na.family and nb.family):
        return _partial_name_points(a, b)
    fam = family_relation(na, nb)
    given = first_names(na, nb)
    if len(na.tokens) >= 2 and na.tokens == nb.tokens and (fam, given) != ("same", "same"):
        return 3.0, f"swapped ({_names(a, b)})"  # the same words in another order
    if fam == "different":
        turned = (swapped_relation(na, nb), swapped_relation(nb, na))
        if turned[0] in ALIKE or turned[1] in ALIKE:
            return 3.0, f"swapped ({_names(a, b)})"
        if "initial" in turned:
            return 1.5, f"initial ({_names(a, b)})"  # D. Jones ~ Jones Daniel
        if len(na.tokens & nb.tokens) >= 2:
            return 2.5, f"name part ({_names(a, b)})"  # De Jong Peter ~ Peter de Jong
        if given == "same" and given_relation(na.family, nb.family) == "nickname":
            return (
                2.5,
                f"nickname ({_names(a, b)})",
            )  # both family first: BROWN Michael ~ Brown Mike
        lone, full = (na, nb) if not na.given else (nb, na)
        if (
            not lone.given
            and full.given
            and given_relation(lone.family, full.given)
            in (
                "same",
                "nickname",
            )
        ):
            return 0.0, ""  # one word, "Dr. Felipe": the other's given name, not a family name
        if given in ("same", "nickname", "part"):
            # a married name, or a family name in a form we cannot map: weak on its own
            return -2.0, f"different family names ({_names(a, b, ' / ')})"
        return -5.0, f"different names ({_names(a, b, ' / ')})"
    points = _NAME_POINTS[fam].get(given, -3.0)
    label = _NAME_LABEL[given]
    if fam == "same" and given in ("same", "nickname") and (a.rare or b.rare):
        seen = max(a.name_count, b.name_count)
        return points + RARE_BONUS, f"rare name ({_names(a, b)}, {seen} seen)"
    if fam == "same" and given == "initial":
        for x, y in ((a, b), (b, a)):
            if len(x.name.first) == 1 and _spelled(x, y)[0] == 2.0:
                # V. Rossi with valentina.rossi@: the address writes the initial out
                return 3.0, f"same name ({_names(a, b)}, {_spelled(x, y)[1]})"
    if fam != "same" and given != "different":
        label = {"slip": "name slip", "part": "name part"}[fam]
    return points, f"{label} ({_names(a, b, ' / ' if given == 'different' else ' ~ ')})"


def _partial_name_points(a: Features, b: Features) -> tuple[float, str]:
    """One side (or both) without a family name: ``Maria S.``, ``James``, a bare ``Zé``."""
    points, label = _given_only_points(a, b)
    address = max(_address_name_points(a, b), _address_name_points(b, a))
    return max((points, label), address) if address[0] > 0 and points >= 0 else (points, label)


def _address_name_points(a: Features, b: Features) -> tuple[float, str]:
    """``a`` gives no family name, but its own address spells ``b``'s name: kenta.kobayashi@
    (+2), lgiordano@ or giordanol@ (+1). Only when ``a``'s given name, if any, agrees."""
    if a.name.family:
        return 0.0, ""
    if a.name.given and first_names(a.name, b.name) not in ("same", "nickname", "slip"):
        return 0.0, ""
    points, address = _spelled(a, b)
    return (points, f"name in address ({address} ~ {b.display})") if points else (0.0, "")


def _spelled(a: Features, b: Features) -> tuple[float, str]:
    """2.0 when one of ``a``'s own addresses spells ``b``'s given and family name, 1.0 for its
    initial and family name; and that address."""
    nb = b.name
    if not (nb.given_raw and nb.family_raw and a.email_locals):
        return 0.0, ""
    given, family = nb.given_raw.replace(" ", ""), nb.family_raw.replace(" ", "")
    full = {given + family, family + given}
    short = {given[0] + family, family + given[0]}
    best: tuple[float, str] = (0.0, "")
    for _, domain, plain in a.email_locals:
        local = plain.rstrip(_DIGITS)
        if local in full:
            return 2.0, f"{plain}@{domain}"
        if local in short and len(family) >= 3:
            best = (1.0, f"{plain}@{domain}")
    return best


def _given_only_points(a: Features, b: Features) -> tuple[float, str]:
    na, nb = a.name, b.name
    if not (na.given and nb.given):
        return 0.0, ""
    given = first_names(na, nb)
    initial, other = (na, nb) if na.family_initial else (nb, na)
    if initial.family_initial and other.family_letters:
        if initial.family_initial == other.initial and given_relation(
            initial.given, (other.surname,)
        ) in ("same", "nickname", "slip"):
            return 2.0, f"family initial ({_names(a, b)})"  # Mark W. ~ Williams Mark
        if initial.family_initial not in other.family_letters:
            return -3.0, f"different names ({_names(a, b, ' / ')})"
        if given in ("same", "nickname", "part", "slip"):
            return 2.0, f"family initial ({_names(a, b)})"
        return -2.0, f"different names ({_names(a, b, ' / ')})"
    if given in ("same", "nickname", "part", "slip"):
        return (1.5 if given == "same" else 1.0), f"given name ({_names(a, b)})"
    if given == "initial":
        return 0.0, ""
    lone, full = (na, nb) if not na.family else (nb, na)
    if full.family and given_relation(lone.given, (full.surname,)) in ("same", "nickname"):
        return 1.0, f"given name ({_names(a, b)})"  # Masahiro ~ YAMAGUCHI Masahiro
    return -2.0, f"different names ({_names(a, b, ' / ')})"


def _names(a: Features, b: Features, joint: str = " ~ ") -> str:
    """Both names as written; once when they are written alike."""
    if a.display.casefold() == b.display.casefold():
        return a.display
    return f"{a.display}{joint}{b.display}"
