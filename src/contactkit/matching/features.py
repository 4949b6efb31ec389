"""What matching compares, precomputed once per observation from its stored payload (a dict).

Plain slotted objects, no pydantic: at a million observations the feature pass is most of the
fixed cost, so it touches each value once and caches the expensive normalizations.

How specific a value is depends on the data set, so ``specificity`` sets it for all observations
at once: a phone carried by people of three or more family names is a switchboard, an address
seen under three or more family names is a shared mailbox, and a name is rare when few people
carry it (counted on the name's keys, so Müller, Mueller and Muller count as one name).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberType

from contactkit import normalize
from contactkit.matching import faults
from contactkit.matching.keys import key_of
from contactkit.matching.names import NameForm, family_relation, name_form
from contactkit.matching.nicknames import given_keys
from contactkit.matching.text import email_local_skeleton, fold, skeleton


def _words(filename: str) -> frozenset[str]:
    text = (files("contactkit.matching") / "data" / filename).read_text("utf-8")
    return frozenset(w for ln in text.splitlines() if not ln.startswith("#") for w in ln.split())


ROLE_LOCALS = _words("role_locals.txt")
# a display name with one of these words is a department's (compared as name skeletons)
ROLE_NAME_WORDS = frozenset(skeleton(w) for w in _words("role_name_words.txt"))
_LOCAL_TOKENS = re.compile(r"[._\-]+")
_DIGITS = re.compile(r"\D+")
_OCR_DIGITS = str.maketrans("OoIlZSB", "0011258")
_SEPARATORS = re.compile(r"[._\-]")
SHARED_BY = 3  # distinct family names behind one phone or address: a switchboard, a team inbox
RARE_FROM = 5000  # observations needed before a name's rarity counts as evidence

# Most observations lack most values: one shared empty set and mapping stand for "none", as an
# empty frozenset costs 216 bytes and the feature pass holds every observation's at once.
NONE: frozenset[str] = frozenset()
NO_MAP: Mapping[str, str] = MappingProxyType({})
NO_NAME = NameForm()


def _set(items: Iterable[str]) -> frozenset[str]:
    return frozenset(items) or NONE


RARE_BEARERS = 3  # a rare name: this many observations carry it at most,
RARE_EXPECTED = 0.5  # and chance (its given and family names' counts) would give fewer


@lru_cache(maxsize=100_000)
def is_role_local(local: str) -> bool:
    """info@, vertrieb@, contacto@, sales-de@, info2@: a department's address, not a person's."""
    tokens = [t.rstrip("0123456789") for t in _LOCAL_TOKENS.split(local.lower()) if t]
    if not tokens:
        return False
    if tokens[0] not in ROLE_LOCALS:
        return "".join(tokens) in ROLE_LOCALS
    # the rest may be a region, language or number tag, or another department word
    return all(len(t) <= 4 or t in ROLE_LOCALS for t in tokens[1:])


def match_email(email: str) -> str:
    """The address as matching compares it: plus-addressing dropped (jane+crm@ is jane@)."""
    local, at, domain = email.rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}" if at and "+" in local else email


class Features:
    """One observation's matching view. Empty strings mean "not known"."""

    __slots__ = (
        "company",
        "display",
        "email_locals",
        "emails",
        "family",
        "family_tokens",
        "full",
        "given",
        "given_key",
        "given_keys",
        "initial",
        "key",
        "mobiles",
        "name",
        "name_count",
        "org_domain",
        "personal",
        "phone_bases",
        "phones",
        "rare",
        "role_emails",
        "shared_tails",
        "streets",
        "tails",
        "title",
        "unsure_email",
    )

    def __init__(self) -> None:
        self.key = ""
        """The observation's stable key (``source\\x1fsource_key``): every tie breaks on it."""
        self.name = NO_NAME
        self.given = ""
        self.family = ""
        self.family_tokens: tuple[str, ...] = ()
        self.initial = ""
        self.full = ""
        self.display = ""
        """The name as the source wrote it, for reasons a person reads."""
        self.given_key = ""
        self.given_keys: frozenset[str] = NONE
        self.emails: tuple[str, ...] = ()
        """Every address, plus-addressing dropped."""
        self.personal: frozenset[str] = NONE
        """The addresses that are one person's (no role address, no shared mailbox)."""
        self.role_emails: frozenset[str] = NONE
        self.email_locals: tuple[tuple[str, str, str], ...] = ()
        """(skeleton, domain, local part without separators) of each personal address."""
        self.phones: frozenset[str] = NONE
        self.phone_bases: Mapping[str, str] = NO_MAP
        self.tails: Mapping[str, str] = NO_MAP
        """Last eight digits of each phone -> its extension ('' for none)."""
        self.mobiles: frozenset[str] = NONE
        """Tails of the phones that are one person's by their kind: a mobile, a direct line."""
        self.shared_tails: frozenset[str] = NONE
        """Tails of phones many people share (a switchboard without extension)."""
        self.company = ""
        self.org_domain = ""
        self.unsure_email = False
        self.title = ""
        """The job title, folded: with the same name, a second thing one person's records share."""
        self.streets: frozenset[str] = NONE
        """Street lines of the postal addresses, folded."""
        self.name_count = 0
        """How many observations in this data set carry this name (set by ``specificity``)."""
        self.rare = False

    @property
    def generation(self) -> str:
        return self.name.generation

    @property
    def name_key(self) -> str:
        return f"{self.given_key}|{self.family}" if self.given_key and self.family else ""


_SLOTS = Features.__slots__
_NAME_FIELDS = tuple(NameForm.__dataclass_fields__)
_MAPS = frozenset(("phone_bases", "tails"))
_NO_NAME_FIELDS = tuple(getattr(NO_NAME, n) for n in _NAME_FIELDS)
_SETS = frozenset(s for s in _SLOTS if isinstance(getattr(Features(), s), frozenset))


def packed(f: Features) -> tuple[Any, ...]:
    """One observation's features as plain values (``marshal`` writes them): the streamed
    rebuild spills them to disk rather than derive them again (``unpacked``)."""
    out: list[Any] = []
    for slot in _SLOTS:
        value = getattr(f, slot)
        if slot == "name":
            value = tuple(getattr(value, n) for n in _NAME_FIELDS)
        elif slot in _MAPS:
            value = dict(value)
        out.append(value)
    return tuple(out)


def unpacked(values: tuple[Any, ...], names: dict[tuple[Any, ...], NameForm]) -> Features:
    """The features ``packed`` wrote, equal in every slot; ``names`` holds each name once
    across the features read together (as ``name_form``'s cache does when they are derived)."""
    f = Features.__new__(Features)
    for slot, value in zip(_SLOTS, values, strict=True):
        if slot == "name":
            value = names.get(value) or names.setdefault(value, NameForm(*value))
        elif slot in _MAPS:
            value = value or NO_MAP
        elif slot in _SETS:
            value = value or NONE
        setattr(f, slot, value)
    return f


def read_names() -> dict[tuple[Any, ...], NameForm]:
    """A fresh ``names`` for ``unpacked``: no name (one object everywhere) already in it."""
    return {_NO_NAME_FIELDS: NO_NAME}


@lru_cache(maxsize=100_000)
def _folded(text: str) -> str:
    return fold(text)


@lru_cache(maxsize=100_000)
def _company_key(name: str) -> str:
    return normalize.company_key(name) or ""


UNSURE_BELOW = 0.95  # per-field confidence under this: an OCR'd or guessed value, slips expected


def features(
    payload: dict[str, Any], confidence: dict[str, float] | None = None, key: str = ""
) -> Features:
    """The matching view of one stored contact payload (and its per-field confidence)."""
    f = Features()
    f.key = key
    f.unsure_email = bool(confidence) and confidence.get("emails", 1.0) < UNSURE_BELOW
    name = payload.get("name") or {}
    form = name_form(name)
    if form.tokens & ROLE_NAME_WORDS:
        form = NO_NAME  # "Sales - ONeill & Hughes", "Krause Software Vertrieb": no person's name
    f.display = name.get("full") or " ".join(
        v for v in (name.get("given"), name.get("family")) if isinstance(v, str) and v
    )
    f.name = form
    if form.given:
        f.given = form.first
        f.initial = form.initial
        if len(f.given) > 1:
            f.given_keys = given_keys(f.given)
            f.given_key = min(f.given_keys)  # a nickname group sorts first: Bob and Robert meet
    f.family = form.surname
    f.family_tokens = form.family
    f.full = f"{f.given} {f.family}".strip()

    emails = tuple(dict.fromkeys(match_email(e) for e in payload.get("emails") or ()))
    f.emails = emails
    locals_: list[tuple[str, str, str]] = []
    role = set()
    for email in emails:
        local, _, domain = email.rpartition("@")
        if is_role_local(local):
            role.add(email)
        else:
            locals_.append((email_local_skeleton(local), domain, _SEPARATORS.sub("", local)))
    f.role_emails = _set(role)
    f.personal = _set(e for e in emails if e not in role)
    f.email_locals = tuple(locals_)

    phones, bases, tails, mobiles = set(), {}, {}, set()
    for phone in payload.get("phones") or ():
        if phone.get("kind") == "fax":
            continue  # a fax line is the office's, never a person's
        e164 = phone.get("e164")
        mobile = phone.get("kind") == "cell"
        if e164:
            base, _, ext = e164.partition(";ext=")
            phones.add(e164)
            bases[base] = ext
            digits = base[1:]
            mobile = mobile or (not ext and line_kind(base) == "mobile")
        else:
            # OCR reads digits as letters (O for 0, l for 1, Z for 2, S for 5, B for 8)
            text = (phone.get("text") or "").translate(_OCR_DIGITS).lower()
            base, _, ext = text.replace("ext", "x").partition("x")
            digits, ext = _DIGITS.sub("", base), _DIGITS.sub("", ext)
        if len(digits) >= 8:
            # the tail is a switchboard's when any sighting of it carries an extension
            tails[digits[-8:]] = tails.get(digits[-8:]) or ext
            if mobile:
                mobiles.add(digits[-8:])
    f.phones, f.phone_bases, f.tails = _set(phones), bases or NO_MAP, tails or NO_MAP
    f.mobiles = _set(mobiles)

    if isinstance(payload.get("title"), str):
        f.title = _folded(payload["title"])
    streets = (a.get("street") for a in payload.get("addresses") or ())
    f.streets = _set(_folded(x) for x in streets if isinstance(x, str) and x.strip())
    org = payload.get("organization") or {}
    if org.get("name"):
        f.company = _company_key(org["name"])
    domain = org.get("domain") or ""
    if domain and not normalize.is_freemail(domain):
        f.org_domain = domain
    return f


@lru_cache(maxsize=200_000)
def line_kind(e164: str) -> str:
    """'mobile', 'fixed' (an office or home line: maybe many people's) or '' (cannot tell)."""
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return ""
    kind = phonenumbers.number_type(number)
    if kind in (PhoneNumberType.MOBILE, PhoneNumberType.PAGER, PhoneNumberType.PERSONAL_NUMBER):
        return "mobile"
    return "fixed" if kind == PhoneNumberType.FIXED_LINE else ""


def specificity(people: list[Features]) -> None:
    """Set what depends on the whole data set: shared phones and mailboxes, rare names."""
    tail_names: dict[str, set[NameForm]] = defaultdict(set)
    email_names: dict[str, set[NameForm]] = defaultdict(set)
    for f in people:
        if not f.family:
            continue
        for tail, ext in f.tails.items():
            if not ext:
                tail_names[tail].add(f.name)
        for email in f.personal:
            email_names[email].add(f.name)
    shared_tails = {t for t, names in tail_names.items() if several_people(names)}
    shared_emails = {e for e, names in email_names.items() if several_people(names)}
    rare = len(people) >= RARE_FROM
    # in a store of a few hundred contacts every name is "rare", which says nothing
    names = Counter(f.name_key for f in people if f.name_key) if rare else Counter()
    families = Counter(f.family for f in people if f.family) if rare else Counter()
    given = Counter(f.given_key for f in people if f.given_key) if rare else Counter()
    for f in people:
        counts = (names[f.name_key], given[f.given_key], families[f.family], len(people))
        specify(f, shared_tails, shared_emails, counts if rare else None)


def specify(
    f: Features,
    shared_tails: set[str] | frozenset[str],
    shared_emails: set[str] | frozenset[str],
    counts: tuple[int, int, int, int] | None,
) -> None:
    """Set on one observation what ``specificity`` found in its data set (the incremental master
    finds it in the store): shared tails and mailboxes, and with ``counts`` (its name's bearers,
    its given name's, its family name's, all observations) the name's rarity."""
    if shared_tails and f.tails:
        f.shared_tails = _set(t for t in f.tails if t in shared_tails)
    if shared_emails and f.personal & shared_emails:
        f.role_emails = f.role_emails | (f.personal & shared_emails)
        f.personal = f.personal - shared_emails
    if counts is None or not f.name_key:
        return
    name_count, given, families, total = counts
    f.name_count = name_count
    # how many would carry this name by chance: a common given name with a common family
    expected = given * families / total
    f.rare = f.name_count <= RARE_BEARERS and expected < RARE_EXPECTED


def several_people(names: set[NameForm]) -> bool:
    """Whether these names are ``SHARED_BY`` different people or more (see ``_people_behind``)."""
    return _people_behind(names, enough=SHARED_BY) >= SHARED_BY


def _people_behind(names: set[NameForm], enough: int) -> int:
    """How many different people these names are, counted up to ``enough``; one person's forms
    count once: a slip (Fenhar ~ Fehhar), a dropped second surname, the given name in the
    family column. Each name is compared with every person found so far, so a switchboard
    carried by thousands would cost millions of comparisons without the stop at ``enough``."""
    if len({n.surname for n in names}) < SHARED_BY:
        return 1
    givens = {n.first for n in names if n.first}
    people: list[NameForm] = []
    for name in sorted(names, key=lambda n: (-len(n.family), n.surname, n.given)):
        if name.surname in givens:
            continue  # swapped: the given name written as the family name
        if not any(_relation(name, other) != "different" for other in people):
            people.append(name)
            if len(people) >= enough:
                break
    return len(people)


def _relation(a: NameForm, b: NameForm) -> str:
    try:
        return family_relation(a, b)
    except Exception as error:  # a bug meeting two names: two people (weaker evidence), named
        keys = (key_of("name", f"{n.given_raw} {n.family_raw}").strip() for n in (a, b))
        faults.record(*keys, error, "counted as two people")
        return "different"
