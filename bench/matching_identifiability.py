"""Is recall 0.95 at precision 0.98 in the data at all? A bound from raw evidence and the truth.

The ceiling bench (``matching_ceiling.py``) bounds what a learner makes of the matcher's own
comparison features. This one does not use the matcher: it reads the blind file's raw records,
lists for every pair of records what raw evidence they share, and asks what the best classifier
that sees only that evidence could reach.

- evidence per record: email (case-folded), email folded (plus tag, dots, OCR slips), email local
  part (any domain), phone (parsed, any kind), mobile, full name as written, name folded (accents,
  case, order), a name word + another word's initial ("family + initial"), a name word; context:
  company (legal form dropped), email domain, city, title. An email or phone shared by more than
  ``--shared`` records is its own, weaker kind ("switchboard", "role address").
- a pair's class: the kinds it shares, and how many records carry the rarest name key the two
  share (a bucket). Pairs that share only context, or a name key more than ``--cap`` records
  carry, are classed by their context alone; they are counted by grouping (inclusion-exclusion
  over the context keys), never enumerated.
- the oracle: knowing each class's true and false pairs (hindsight), it merges whole classes in
  order of precision and the last one in part, as long as precision stays >= 0.98. No classifier
  that sees only these classes does better (the fractional-knapsack bound).
- clusters: ``matching_eval`` counts recall over record pairs of the final clusters, so pairs
  also join through other records. Reported: the oracle's merges closed transitively (its P and
  R), the closure of its true links only (P 1, the most closure can add), and the closure of the
  true pairs sharing any key at all (recall with perfect judgement of every shared key).
- beside the matcher (``--matcher``: its clusters, cached from a ``matching_eval`` run): its
  recall per class, and its missed pairs by class, in the oracle's classes or not.

    nice -n 15 python bench/matching_identifiability.py --blind 2 --people 10000 --matcher
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import phonenumbers
from matching_eval import data_arguments, data_file, prf, read_lines
from rapidfuzz.distance import Levenshtein
from union_find import components

TARGET_P = 0.98
TARGET_R = 0.95
BANDS = (0.98, 0.9, 0.5, 0.1, 0.0)
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


def closed_oracle(
    truth: list[str], classes: dict[Any, list[int]], pairs: tuple[array, array, array], ids: dict
) -> tuple[tuple[float, float, int], tuple[float, float] | None]:
    """Merge whole classes in order of precision, closing transitively: (P, R, classes taken) while
    the clusters' pairwise precision (as matching_eval counts it) stays >= TARGET_P, and (P, R)
    once recall first reaches TARGET_R (None if it never does)."""
    pi, pj, pc = pairs
    by_class: dict[int, list[int]] = defaultdict(list)
    for k in range(len(pc)):
        by_class[pc[k]].append(k)
    parent = list(range(len(truth)))
    members: list[Counter | None] = [Counter([t]) for t in truth]
    size = [1] * len(truth)
    total_true = sum(m * (m - 1) // 2 for m in Counter(truth).values())

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    joint = pred = taken = 0
    best = (1.0, 0.0, 0)
    order = sorted(ids, key=lambda c: -classes[c][0] / max(1, sum(classes[c])))
    for c in order:
        for k in by_class[ids[c]]:
            a, b = find(pi[k]), find(pj[k])
            if a == b:
                continue
            ma, mb = members[a], members[b]
            assert ma is not None and mb is not None
            if size[a] < size[b]:
                a, b, ma, mb = b, a, mb, ma
            pred += size[a] * size[b]
            size[a] += size[b]
            joint += sum(n * ma[t] for t, n in mb.items())
            ma.update(mb)
            members[b] = None
            parent[b] = a
        taken += 1
        if pred and joint / pred >= TARGET_P:
            best = (joint / pred, joint / total_true, taken)
        if joint >= TARGET_R * total_true:
            return best, (joint / pred, joint / total_true)
    return best, None


def precision_at(classes: dict[Any, list[int]], total_true: int) -> float:
    """The best precision of whole classes (the last in part) reaching recall TARGET_R."""
    tp = fp = 0.0
    for c in sorted(classes, key=lambda c: -classes[c][0] / max(1, sum(classes[c]))):
        t, f = classes[c]
        x = min(1.0, (TARGET_R * total_true - tp) / t) if t else 0.0
        tp, fp = tp + x * t, fp + x * f
        if tp >= TARGET_R * total_true - 1e-9:
            return tp / (tp + fp)
    return 0.0


def bucket(n: int) -> str:
    for top in (2, 5, 20, 100):
        if n <= top:
            return f"name on <={top}"
    return "name on >100"


def oracle(classes: dict[Any, list[int]], total_true: int) -> tuple[float, set, Any]:
    """Best recall at precision >= TARGET_P merging whole classes (the last one in part)."""
    order = sorted(classes, key=lambda c: -classes[c][0] / max(1, sum(classes[c])))
    tp = fp = 0.0
    chosen: set = set()
    for c in order:
        t, f = classes[c]
        if (tp + t) / max(1.0, tp + t + fp + f) >= TARGET_P:
            tp, fp = tp + t, fp + f
            chosen.add(c)
            continue
        # the part x of this class that keeps precision at TARGET_P
        x = (TARGET_P * (tp + fp) - tp) / (t - TARGET_P * (t + f)) if t else 0.0
        tp += max(0.0, x) * t
        return tp / total_true, chosen, c
    return tp / total_true, chosen, None


# -- the run ----------------------------------------------------------------------------------


def matcher_clusters(args: argparse.Namespace, lines: list[dict[str, Any]]) -> list[Any] | None:
    """The matcher's cluster per line, from a cached matching_eval run (run it when missing)."""
    seed = "own" if args.own is not None else (args.blind or 1)
    cached = args.cache / f"contactkit-{seed}-{args.people}.json"
    if not cached.exists():
        from matching_eval import _in_subprocess

        path, _ = data_file(args)
        cached.write_text(json.dumps(_in_subprocess("contactkit", path)))
    res = json.loads(cached.read_text())
    where = {tuple(k): c for k, c in zip(res["keys"], res["cluster"], strict=True)}
    return [where.get((x["source"], str(x["key"]))) for x in lines]


def family(label: Any) -> str:
    """A class in a few words: what the two records have that could tell they are one person."""
    kinds, name = label
    shared = {k for k in kinds if not k.startswith("not ")}
    if name == CONTEXT:
        return "context only (company, domain, city, title) or nothing"
    if shared & {"email", "email folded", "mobile", "phone"}:
        return "an own email or phone"
    if any("shared by" in k for k in shared):
        return "a shared email or phone (switchboard, role address)"
    if "email local" in shared:
        return "the same email local part at another domain"
    context = " + company or domain" if shared & {"company", "domain"} else ""
    rare = "rare" if name in ("name on <=2", "name on <=5") else "common"
    return f"a {rare} name{context}" + (", a conflict" if len(shared) < len(kinds) else "")


def describe(label: Any) -> str:
    kinds, name = label
    if name == CONTEXT:
        return f"{CONTEXT}: {' + '.join(kinds) or 'nothing'}"
    return f"{' + '.join(kinds)} [{name}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    data_arguments(parser)
    parser.add_argument("--shared", type=int, default=5, help="An email/phone on more: shared.")
    parser.add_argument("--cap", type=int, default=500, help="Keys on more records: not paired.")
    parser.add_argument("--matcher", action="store_true", help="Compare with the matcher.")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    path, label = data_file(args)
    lines = read_lines(path)
    ev = Evidence(lines, args.shared, args.cap)
    n = len(lines)
    print(
        f"{label}: {args.people:,} people, {n:,} records; {ev.capped} keys on >{args.cap} "
        "records not paired"
    )

    # classes: [true, false] pairs; anchor pairs enumerated, context-only ones by grouping
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
    total_true = len(true_label)
    recall, chosen, part = oracle(classes, total_true)
    enumerated = len(pi)
    print(
        f"true pairs {total_true:,}; pairs sharing a key {enumerated:,}; "
        f"true pairs sharing only context or a common name key {sum(context_true.values()):,}"
    )
    print(
        f"\noracle, pairwise: recall {recall:.4f} at precision {TARGET_P} "
        f"({len(chosen)} of {len(classes)} classes, part of {describe(part) if part else '-'})"
    )

    print(f"  precision at recall {TARGET_R}: {precision_at(classes, total_true):.4f}")
    (p, r, taken), at_target = closed_oracle(ev.truth, classes, (pi, pj, pc), ids)
    print(
        f"  {'whole classes while clusters keep P 0.98':<40} P {p:.4f}  R {r:.4f} ({taken} classes)"
    )
    if at_target:
        print(
            f"  {'  and at recall ' + str(TARGET_R):<40} P {at_target[0]:.4f}  R {at_target[1]:.4f}"
        )
    else:
        print(f"  {'  recall ' + str(TARGET_R)} is not reached merging every class")
    chosen_ids = {ids[c] for c in chosen if c in ids}
    anchor_ok = {ids[c] for c in ids}
    for name, keep, true_only in (
        ("oracle's merges, closed", chosen_ids, False),
        ("oracle's true links, closed", chosen_ids, True),
        ("every true pair sharing a key, closed", anchor_ok, True),
    ):
        edges = (
            (pi[k], pj[k])
            for k in range(enumerated)
            if pc[k] in keep and (not true_only or ev.truth[pi[k]] == ev.truth[pj[k]])
        )
        p, r, _ = prf(ev.truth, components(n, edges))
        print(f"  {name:<40} P {p:.4f}  R {r:.4f}")

    clusters = matcher_clusters(args, lines) if args.matcher else None
    found: Counter = Counter()
    per_class: Counter = Counter(true_label.values())
    if clusters is not None:
        p, r, _ = prf(ev.truth, clusters)
        for (i, j), lab in true_label.items():
            if clusters[i] == clusters[j]:
                found[lab] += 1
        missed = total_true - sum(found.values())
        in_oracle = sum(per_class[c] - found[c] for c in chosen)
        print(
            f"\nmatcher: P {p:.4f}  R {r:.4f}; missed {missed:,} true pairs, {in_oracle:,} "
            f"({in_oracle / total_true:.4f} recall) in classes the oracle merges"
        )
    if clusters is not None:
        print("\nmissed pairs by the precision of their class (pairs with their evidence):")
        bands: Counter = Counter()
        for c, (t, f) in classes.items():
            prec = t / max(1, t + f)
            band = next(b for b in BANDS if prec >= b)
            bands[band] += per_class[c] - found[c]
        for band in BANDS:
            print(
                f"  class P >= {band:<5} {bands[band]:>7} ({bands[band] / total_true:.4f} recall)"
            )
        precise = [c for c, (t, f) in classes.items() if t and t >= TARGET_P * (t + f)]
        precise.sort(key=lambda c: -(per_class[c] - found[c]))
        print(f"  of which in classes with P >= {TARGET_P}, the most:")
        for c in precise[:8]:
            t, f = classes[c]
            print(f"    {per_class[c] - found[c]:>5} of {t:>5} (false {f:>3})  {describe(c)}")
    fam_rows: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0])
    for c, (t, _) in classes.items():
        row = fam_rows[family(c)]
        row[0] += t
        row[1] += t if c in chosen else 0
        row[2] += found[c]
    print(f"\n{'true pairs by what they share':<64} {'true':>7} {'oracle':>7} {'matcher':>7}")
    for name, (t, o, m) in sorted(fam_rows.items(), key=lambda kv: -kv[1][0]):
        print(f"{name:<64} {t:>7} {o:>7.0f} {m if clusters else '':>7}")
    print(
        f"\n{'class (kinds shared) [records on the rarest shared name]':<78} {'true':>7} "
        f"{'false':>11} {'P':>6} {'oracle':>6} {'matcher':>7} {'missed':>6}"
    )
    rows = sorted(classes, key=lambda c: -(per_class[c] - found[c]) if clusters else -classes[c][0])
    for c in rows[: args.top]:
        t, f = classes[c]
        mark = "yes" if c in chosen else ("part" if c == part else "")
        share = f"{found[c] / t:.3f}" if clusters is not None and t else ""
        print(
            f"{describe(c)[:78]:<78} {t:>7} {f:>11} {t / max(1, t + f):>6.3f} {mark:>6} "
            f"{share:>7} {per_class[c] - found[c] if clusters else '':>6}"
        )


if __name__ == "__main__":
    main()
