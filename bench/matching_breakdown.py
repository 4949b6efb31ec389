"""What the matcher got wrong on labelled data, by evidence: wrong merges by the link that joined
two people, missed pairs by what the closest pair of the two parts had in common (and its score),
or "never compared" when no blocking key brought them together; and the missed pairs in three
kinds."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from matching_data import read_lines, valid_contact


def _kind(reason: str) -> str:
    return reason.split(" (", 1)[0]


def breakdown(
    path: Path, result: dict[str, Any], examples: int
) -> tuple[Counter, Counter, dict[str, list[str]]]:
    """Wrong merges by the joining link's evidence; missed pairs by their best pair's evidence."""
    from contactkit.matching.blocking import block_keys
    from contactkit.matching.features import features, specificity
    from contactkit.matching.scoring import score

    lines = {(x["source"], str(x["key"])): x for x in read_lines(path)}
    keys = [tuple(k) for k in result["keys"]]
    truth = dict(zip(keys, result["truth"], strict=True))
    shown: dict[str, list[str]] = defaultdict(list)

    def describe(key: tuple[str, str]) -> str:
        c = lines[key]["contact"]
        name = (c.get("name") or {}).get("full") or " ".join(
            v
            for v in ((c.get("name") or {}).get("given"), (c.get("name") or {}).get("family"))
            if v
        )
        phones = ",".join(p.get("text", "") for p in c.get("phones") or ())
        org = (c.get("organization") or {}).get("name") or ""
        return f"{key[0]}:{name!r} {c.get('emails')} [{phones}] {org!r} t={truth[key]}"

    wrong: Counter = Counter()
    for link in result["evidence"]:
        if link.get("near"):
            continue  # a near candidate left apart, not a join
        a = tuple(link["a"].split(":", 1))
        b = tuple(link["b"].split(":", 1))
        if a in truth and b in truth and truth[a] != truth[b]:
            label = " + ".join(sorted({_kind(r) for r in link["reasons"]}))
            wrong[label] += 1
            if len(shown["wrong: " + label]) < examples:
                shown["wrong: " + label].append(f"{describe(a)}\n      {describe(b)}")

    # every observation's features, with what depends on the whole data set, as the master has
    feats: dict[tuple[str, str], Any] = {}
    for key, x in lines.items():
        contact = valid_contact(x)
        payload = contact.model_dump(mode="json", exclude_defaults=True)
        feats[key] = features(payload, x.get("confidence"), key="\x1f".join(key))
    specificity(list(feats.values()))
    feat = feats.__getitem__

    parts: dict[Any, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for key, c in zip(keys, result["cluster"], strict=True):
        parts[truth[key]][c].append(key)
    missed: Counter = Counter()
    for person, clusters in parts.items():
        if len(clusters) < 2:
            continue
        groups = sorted(clusters.values())
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                best: tuple[float, list[str], tuple, tuple] | None = None
                for a in groups[i]:
                    for b in groups[j]:
                        fa, fb = feat(a), feat(b)
                        points, reasons = score(fa, fb)
                        if best is None or points > best[0]:
                            best = (points, reasons, a, b)
                assert best is not None
                points, reasons, a, b = best
                blocked = set(block_keys(feat(a))) & set(block_keys(feat(b)))
                label = " + ".join(sorted({_kind(r) for r in reasons})) or "nothing shared"
                if not blocked:
                    label = f"never compared; {label}"
                n = len(groups[i]) * len(groups[j])
                missed[label] += n
                if len(shown["missed: " + label]) < examples:
                    shown["missed: " + label].append(
                        f"score {points:+.1f}\n      {describe(a)}\n      {describe(b)}"
                    )
        del person
    return wrong, missed, shown


IDENTIFIERS = ("email", "mobile", "phone", "office phone", "phone digits", "email slip")


def missed_kinds(missed: Counter) -> Counter:
    """Missed pairs in three kinds: never compared, an identifier outweighed, a name only."""
    out: Counter = Counter()
    for label, n in missed.items():
        parts = label.removeprefix("never compared; ").split(" + ")
        if label.startswith("never compared"):
            out["never compared: no key shared (a name form, or nothing at all)"] += n
        elif any(p in IDENTIFIERS for p in parts):
            out["a shared address or phone, outweighed (names, namesake check)"] += n
        else:
            out["a name (and company) only, below the threshold"] += n
    return out
