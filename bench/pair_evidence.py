"""Raw evidence a pair of records shares, and pairs grouped by it (for the identifiability bench).

Not the matcher's features: plain keys from the blind file's fields (email, phone, name forms,
company, domain, city, title), so what they tell is what the records carry.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import phonenumbers
from rapidfuzz.distance import Levenshtein

WEAK = ("company", "domain", "city", "title")
CONTEXT = "context only"
# evidence both records carry but do not share: what any classifier would hold against a pair
CONFLICT = ("email folded", "mobile", "company", "name folded")
NAME_KINDS = ("name exact", "name folded", "family + initial", "name word")
SPECIAL = str.maketrans({"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i"})
OCR = str.maketrans({"0": "o", "1": "l", ",": ".", "|": "l"})
PHONE_OCR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
TITLES = {
    "dr",
    "prof",
    "mag",
    "ing",
    "dott",
    "dottssa",
    "avv",
    "mgr",
    "inz",
    "ir",
    "drs",
    "mr",
    "me",
    "eng",
    "jr",
    "sr",
    "ii",
    "iii",
    "jun",
    "sen",
    "filho",
    "junior",
    "neto",
    "lic",
    "oec",
    "dipl",
    "di",
    "mrs",
    "ms",
    "dssa",
}
PARTICLES = {"von", "van", "der", "de", "da", "dos", "du", "le", "la", "del", "den", "ter", "zu"}
LEGAL = {
    "gmbh",
    "co",
    "kg",
    "ag",
    "se",
    "sa",
    "sas",
    "sarl",
    "spa",
    "srl",
    "snc",
    "sp",
    "z",
    "o",
    "oo",
    "spk",
    "ltd",
    "kk",
    "bv",
    "nv",
    "limited",
    "plc",
    "llp",
    "llc",
    "inc",
    "corp",
    "sl",
    "ltda",
    "me",
    "eireli",
    "gk",
    "ab",
    "as",
    "oy",
    "sae",
    "slu",
    "kgaa",
    "ohg",
    "ug",
    "ev",
}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(SPECIAL))
    return "".join(c for c in text if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return [w for w in re.split(r"[^a-z0-9]+", fold(text)) if w]


# -- evidence per record ----------------------------------------------------------------------


def name_keys(contact: dict[str, Any]) -> list[tuple[str, Any]]:
    name = contact.get("name") or {}
    full = name.get("full") or " ".join(v for v in (name.get("given"), name.get("family")) if v)
    full = " ".join(full.split())
    if not full:
        return []
    toks = [w for w in words(full) if w not in TITLES and w not in PARTICLES and not w.isdigit()]
    out: list[tuple[str, Any]] = [("name exact", full)]
    if len(toks) >= 2:
        out.append(("name folded", tuple(sorted(toks))))
    long = sorted({t for t in toks if len(t) >= 2})
    for t in long:
        out.append(("name word", t))
        for i, other in enumerate(toks):
            if other != t and toks.index(t) != i:
                out.append(("family + initial", (t, other[0])))
    return out


def name_tokens(keys: list[tuple[str, Any]]) -> tuple[str, ...]:
    folded = next((v for k, v in keys if k == "name folded"), None)
    return folded if folded is not None else tuple(v for k, v in keys if k == "name word")


def compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Every word of the shorter name is a word or an initial of its own in the other."""
    short, long = sorted((a, b), key=len)
    left = list(long)
    for w in short:
        hit = next((x for x in left if x == w or w == x[0] or x == w[0]), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def close(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return Levenshtein.distance(" ".join(sorted(a)), " ".join(sorted(b)), score_cutoff=2) <= 2


def phone_keys(phones: Iterable[dict[str, Any]], region: str | None) -> list[tuple[str, str]]:
    out = []
    for phone in phones:
        text = str(phone.get("text") or "").translate(PHONE_OCR)
        kind = str(phone.get("kind") or "")
        try:
            num = phonenumbers.parse(text, region or "US")
            key = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            mobile = phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.MOBILE
        except phonenumbers.NumberParseException:
            key, mobile = re.sub(r"\D", "", text)[-9:], False
        if len(key) < 6:
            continue
        out.append(("mobile" if mobile or kind in ("cell", "mobile") else "phone", key))
    return out


def email_keys(emails: Iterable[str]) -> list[tuple[str, str]]:
    out = []
    for email in emails:
        email = str(email).strip().lower()
        if "@" not in email:
            continue
        local, domain = email.rsplit("@", 1)
        bare = re.sub(r"[._\-]", "", local.split("+", 1)[0].translate(OCR).replace("rn", "m"))
        out.append(("email", email))
        out.append(("email folded", f"{bare}@{domain.translate(OCR)}"))
        if len(bare) >= 4:
            out.append(("email local", bare))
    return out


def record_evidence(x: dict[str, Any]) -> tuple[list[tuple[str, Any]], dict[str, str]]:
    """A record's keys (kind, value) and its context (one value per weak kind, or absent)."""
    c = x["contact"]
    emails = [str(e) for e in c.get("emails") or ()]
    keys = name_keys(c) + email_keys(emails) + phone_keys(c.get("phones") or (), x.get("region"))
    weak: dict[str, str] = {}
    org = c.get("organization") or {}
    company = " ".join(w for w in words(str(org.get("name") or "")) if w not in LEGAL)
    if company:
        weak["company"] = company
    domain = emails[0].rsplit("@", 1)[-1].lower() if emails and "@" in emails[0] else ""
    if domain or org.get("domain"):
        weak["domain"] = domain or str(org["domain"]).lower()
    city = next((a.get("city") for a in c.get("addresses") or () if a.get("city")), "")
    if city:
        weak["city"] = " ".join(words(str(city)))
    if c.get("title"):
        weak["title"] = " ".join(words(str(c["title"])))
    return keys, weak


# -- pairs and classes ------------------------------------------------------------------------


class Evidence:
    """Every record's keys, the groups they form, and each pair's class."""

    def __init__(self, lines: list[dict[str, Any]], shared: int, cap: int) -> None:
        self.truth = [x["truth"] for x in lines]
        self.weak: list[dict[str, str]] = []
        raw: list[list[tuple[str, Any]]] = []
        for x in lines:
            keys, weak = record_evidence(x)
            raw.append(keys)
            self.weak.append(weak)
        self.toks = [name_tokens(keys) for keys in raw]
        size: Counter = Counter(k for keys in raw for k in set(keys))
        # a kind of key shared by many records is its own, weaker kind; names go by bucket
        self.size = size
        self.keys: list[frozenset] = []
        self.anchor: list[frozenset] = []
        for i, keys in enumerate(raw):
            labelled = set()
            for kind, value in keys:
                if kind not in NAME_KINDS and size[(kind, value)] > shared:
                    kind = f"{kind} (shared by {shared}+)"
                labelled.add((kind, value))
            combos = {
                ("company + " + k, v, self.weak[i]["company"])
                for k, v in keys
                if k == "name word" and "company" in self.weak[i]
            }
            combos |= {
                ("domain + " + k, v, self.weak[i]["domain"])
                for k, v in keys
                if k == "name word" and "domain" in self.weak[i]
            }
            self.keys.append(frozenset(labelled))
            self.anchor.append(frozenset(labelled | combos))
        self.raw_size = size
        groups: dict[Any, list[int]] = defaultdict(list)
        for i, keys in enumerate(self.anchor):
            for k in keys:
                groups[k].append(i)
        self.groups = {k: v for k, v in groups.items() if 1 < len(v) <= cap}
        self.capped = sum(1 for v in groups.values() if len(v) > cap)

    def label(self, i: int, j: int) -> tuple[tuple[str, ...], str] | None:
        """The pair's class: kinds shared, the rarest shared name's bucket; None if no anchor."""
        shared = self.anchor[i] & self.anchor[j]
        if not any(k in self.groups for k in shared):
            return None
        kinds = {k[0] for k in self.keys[i] & self.keys[j]}
        wi, wj = self.weak[i], self.weak[j]
        kinds |= {w for w in WEAK if w in wi and wi.get(w) == wj.get(w)}
        kinds |= {f"not {k}" for k in CONFLICT if self.differ(i, j, k)}
        ti, tj = self.toks[i], self.toks[j]
        if ti and tj and set(ti) != set(tj):
            if compatible(ti, tj):
                kinds.add("name in another form")  # initials, a word dropped
            elif min(len("".join(ti)), len("".join(tj))) >= 6 and close(ti, tj):
                kinds.add("name within 2 letters")
        names = [self.size[k] for k in self.keys[i] & self.keys[j] if k[0] in NAME_KINDS]
        return tuple(sorted(kinds)), bucket(min(names)) if names else "-"

    def differ(self, i: int, j: int, kind: str) -> bool:
        """Both records carry this kind of evidence and share none of it."""
        if kind in WEAK:
            return (
                kind in self.weak[i]
                and kind in self.weak[j]
                and self.weak[i][kind] != self.weak[j][kind]
            )
        a = {v for k, v in self.keys[i] if k.startswith(kind)}
        b = {v for k, v in self.keys[j] if k.startswith(kind)}
        return bool(a and b and not a & b)

    def weak_set(self, i: int, j: int) -> tuple[str, ...]:
        wi, wj = self.weak[i], self.weak[j]
        return tuple(w for w in WEAK if w in wi and wi.get(w) == wj.get(w))

    def anchor_pairs(self) -> Iterable[tuple[int, int, tuple]]:
        """Each pair sharing an anchor key once (at the smallest key the two share)."""
        for key, members in self.groups.items():
            for i, j in combinations(members, 2):
                shared = [k for k in self.anchor[i] & self.anchor[j] if k in self.groups]
                if min(shared, key=repr) == key:
                    label = self.label(i, j)
                    assert label is not None
                    yield i, j, label

    def weak_exact(self) -> Counter:
        """Pairs by the exact set of context kinds they share (inclusion-exclusion over groups)."""
        n = len(self.weak)
        at_least: dict[tuple[str, ...], int] = {(): n * (n - 1) // 2}
        for r in range(1, len(WEAK) + 1):
            for subset in combinations(WEAK, r):
                c = Counter(
                    tuple(w[k] for k in subset) for w in self.weak if all(k in w for k in subset)
                )
                at_least[subset] = sum(m * (m - 1) // 2 for m in c.values())
        exact: Counter = Counter()
        for s in at_least:
            exact[s] = sum(
                (-1) ** (len(t) - len(s)) * v for t, v in at_least.items() if set(s) <= set(t)
            )
        return exact


def bucket(n: int) -> str:
    for top in (2, 5, 20, 100):
        if n <= top:
            return f"name on <={top}"
    return "name on >100"


@dataclass
class Counts:
    """Pairs by class: [true, false] per class, every enumerated pair (i, j, class id), and each
    true pair's class."""

    classes: dict[Any, list[int]]
    pairs: tuple[array, array, array]
    ids: dict[Any, int]
    true_label: dict[tuple[int, int], Any]
    context_true: int


def count_classes(ev: Evidence) -> Counts:
    """Pairs sharing a key enumerated once; those sharing only context counted by grouping."""
    classes: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
    anchored_by_weak: Counter = Counter()
    pi, pj, pc = array("i"), array("i"), array("i")
    ids: dict[Any, int] = {}
    for i, j, lab in ev.anchor_pairs():
        classes[lab][ev.truth[i] != ev.truth[j]] += 1
        anchored_by_weak[ev.weak_set(i, j)] += 1
        pi.append(i)
        pj.append(j)
        pc.append(ids.setdefault(lab, len(ids)))
    by_person: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(ev.truth):
        by_person[t].append(i)
    true_label: dict[tuple[int, int], Any] = {}
    context_true: Counter = Counter()
    for members in by_person.values():
        for i, j in combinations(members, 2):
            lab = ev.label(i, j)
            if lab is None:
                lab = (ev.weak_set(i, j), CONTEXT)
                context_true[lab] += 1
            true_label[(i, j)] = lab
    for s, total in ev.weak_exact().items():
        t = context_true[(s, CONTEXT)]
        classes[(s, CONTEXT)] = [t, total - anchored_by_weak[s] - t]
        assert classes[(s, CONTEXT)][1] >= 0, s
    return Counts(dict(classes), (pi, pj, pc), ids, true_label, sum(context_true.values()))
