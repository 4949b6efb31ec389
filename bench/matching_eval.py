"""Identity resolution on labelled data the matcher never saw: precision, recall, what is lost.

Loads an observations file (one JSON object a line: ``source``, ``key``, ``seen``, ``region``,
``truth``, ``contact``) the way a user's data arrives: "truth" is stripped, every line becomes an
``Observation`` written through the real store, and ``master.rebuild`` matches and writes the
golden records. Then the golden records' members are compared with the truth:

- pairwise precision and recall, and the recall once a person answered every review pair "same";
- wrong merges by the evidence of the link that joined two people;
- missed pairs by what the closest pair of the two parts had in common (and its score), or
  "never compared" when no blocking key brought them together;
- cost: seconds per 1,000 observations for import (store write) and match+write (rebuild), peak
  memory (each system runs in its own process), next to Splink (DuckDB backend, EM-trained, its
  best threshold on the same data) when ``--splink`` is given and Splink is installed.

Data: ``--blind SEED`` runs the blind generator (bench/blind/matching_gen.py, written by someone
who has not read the matcher); ``--own SEED`` uses the tests' generator (tests/matching).

    python bench/matching_eval.py --blind 1 --people 10000 [--splink] [--examples 5]
    python bench/matching_eval.py --own 7 --people 10000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "bench" / "blind" / "matching_gen.py"


# -- data ------------------------------------------------------------------------------------


def blind_file(seed: int, people: int, folder: Path) -> Path:
    out = folder / f"blind-{seed}-{people}"
    target = out / "observations.jsonl"
    if not target.exists():
        cmd = [sys.executable, str(BLIND), "--seed", str(seed), "--people", str(people)]
        subprocess.run([*cmd, "--out", str(out)], check=True)
    return target


def own_file(seed: int, people: int, folder: Path) -> Path:
    """The tests' generator written in the blind file's shape (about 2 observations a person)."""
    sys.path.insert(0, str(ROOT / "tests" / "matching"))
    from generator import Generator

    target = folder / f"own-{seed}-{people}.jsonl"
    if target.exists():
        return target
    rows = Generator(seed=seed).observations(int(people * 2))
    with target.open("w", encoding="utf-8") as fh:
        for o in rows:
            line = {
                "source": o["source"],
                "key": o["source_key"],
                "seen": o["seen_at"].isoformat(),
                "region": "DE",
                "truth": o["person"],
                "contact": o["payload"],
                "confidence": o["confidence"],
            }
            fh.write(json.dumps(line) + "\n")
    return target


def read_lines(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _seen(value: Any) -> datetime:
    if not value:
        return datetime(2026, 1, 1, tzinfo=UTC)
    seen = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return seen if seen.tzinfo else seen.replace(tzinfo=UTC)


# -- contactkit: through the real store and master --------------------------------------------


def run_contactkit(path: Path, workdir: Path) -> dict[str, Any]:
    from contactkit import master
    from contactkit.model import Observation
    from contactkit.store import Store

    lines = read_lines(path)
    truth_of = {(x["source"], str(x["key"])): x["truth"] for x in lines}
    started = time.perf_counter()
    by_source: dict[str, list[Observation]] = defaultdict(list)
    bad = 0
    for x in lines:
        try:
            contact = valid_contact(x)
            obs = Observation(
                source=x["source"],
                source_key=str(x["key"]),
                seen_at=_seen(x.get("seen")),
                contact=contact,
                confidence=x.get("confidence") or {},
            )
        except ValueError as exc:
            bad += 1
            print(f"bad record {x['source']}:{x['key']}: {str(exc).splitlines()[0]}")
            continue
        by_source[x["source"]].append(obs)
    store = Store(f"sqlite:///{workdir / 'eval.db'}")
    for source, items in sorted(by_source.items()):
        for start in range(0, len(items), 5000):
            store.write_batch(
                run_id=None,
                source=source,
                source_type=source,
                items=items[start : start + 5000],
                state=None,
            )
    imported = time.perf_counter() - started
    started = time.perf_counter()
    stats = master.rebuild(store, sorted(by_source))
    matched = time.perf_counter() - started

    key_of = {
        r.id: (r.source, r.source_key)
        for r in (o for o in store.contact_observations())  # ids of the stored observations
    }
    cluster_of: dict[tuple[str, str], str] = {}
    for gid, row in store.golden_rows().items():
        for obs_id in row.members:
            cluster_of[key_of[obs_id]] = gid
    reviews = [(r["a"], r["b"]) for r in store.open_match_reviews()]
    evidence = {gid: m["evidence"] for gid, m in store.golden_meta().items()}
    store.close()
    keys = sorted(cluster_of)
    return {
        "keys": [list(k) for k in keys],
        "truth": [truth_of[k] for k in keys],
        "cluster": [cluster_of[k] for k in keys],
        "reviews": [[a.split("\x1f", 1), b.split("\x1f", 1)] for a, b in reviews],
        "evidence": [link for links in evidence.values() for link in links],
        "bad": bad,
        "import_s": imported,
        "match_s": matched,
        "observations": stats.observations,
        "pairs_scored": stats.pairs_scored,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def valid_contact(x: dict[str, Any]) -> Any:
    """The line's contact as a source would hand it over: a value that does not validate (an
    OCR'd "celine,legall@...") costs that value, not the whole record (as the vcard source does)."""
    from contactkit.model import Contact

    context = {"default_region": x.get("region")}
    try:
        return Contact.model_validate(x["contact"], context=context)
    except ValueError:
        contact = dict(x["contact"])
        emails = []
        for email in contact.get("emails") or ():
            try:
                Contact.model_validate({"emails": [email]})
                emails.append(email)
            except ValueError:
                continue
        contact["emails"] = emails
        return Contact.model_validate(contact, context=context)


# -- Splink (DuckDB): EM-trained Fellegi-Sunter on the same rows -------------------------------


def run_splink(path: Path, workdir: Path) -> dict[str, Any]:
    from splink_run import splink_clusters

    return splink_clusters(read_lines(path), workdir)


# -- metrics ---------------------------------------------------------------------------------


def pair_counts(truth: list[Any], predicted: list[Any]) -> tuple[int, int, int]:
    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    return (
        pairs(Counter(zip(truth, predicted, strict=True))),
        pairs(Counter(predicted)),
        pairs(Counter(truth)),
    )


def prf(truth: list[Any], predicted: list[Any]) -> tuple[float, float, float]:
    joint, pred, true = pair_counts(truth, predicted)
    p = joint / pred if pred else 1.0
    r = joint / true if true else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def after_review(keys: list[tuple[str, str]], cluster: list[str], reviews: list) -> list[str]:
    """Clusters once a person answered "same" to every open review pair."""
    parent: dict[str, str] = {}

    def find(c: str) -> str:
        while parent.get(c, c) != c:
            c = parent[c]
        return c

    where = {tuple(k): c for k, c in zip(keys, cluster, strict=True)}
    for a, b in reviews:
        ca, cb = find(where[tuple(a)]), find(where[tuple(b)])
        if ca != cb:
            parent[max(ca, cb)] = min(ca, cb)
    return [find(c) for c in cluster]


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


# -- the run ---------------------------------------------------------------------------------


def _in_subprocess(system: str, path: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        cmd = [sys.executable, __file__, "--worker", system, str(path), str(out)]
        subprocess.run(cmd, check=True)
        return json.loads(out.read_text())


def _worker(system: str, path: Path, out: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    with tempfile.TemporaryDirectory() as tmp:
        run = run_contactkit if system == "contactkit" else run_splink
        result = run(path, Path(tmp))
    out.write_text(json.dumps(result))


def data_arguments(parser: argparse.ArgumentParser) -> None:
    """--blind SEED or --own SEED, --people, --cache: which data set (shared by the benches)."""
    data = parser.add_mutually_exclusive_group()
    data.add_argument("--blind", type=int, help="Blind generator seed.")
    data.add_argument("--own", type=int, help="The tests' generator seed.")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "ck-eval")


def data_file(args: argparse.Namespace) -> tuple[Path, str]:
    """The observations file the arguments name (generated on first use) and its label."""
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.own is not None:
        return own_file(args.own, args.people, args.cache), f"own seed {args.own}"
    seed = 1 if args.blind is None else args.blind
    return blind_file(seed, args.people, args.cache), f"blind seed {seed}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    data_arguments(parser)
    parser.add_argument("--splink", action="store_true", help="Also run Splink on the same data.")
    parser.add_argument("--splink-only", action="store_true", help="Only Splink (no breakdown).")
    parser.add_argument("--examples", type=int, default=0, help="Examples per error kind.")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker[0], Path(args.worker[1]), Path(args.worker[2]))
        return
    path, label = data_file(args)
    rows = sum(1 for _ in path.open(encoding="utf-8"))
    print(f"{label}: {args.people:,} people, {rows:,} observations ({path})")

    systems = ["contactkit"] + (["splink"] if args.splink else [])
    if args.splink_only:
        systems = ["splink"]
    results = {s: _in_subprocess(s, path) for s in systems}
    print(
        f"\n{'system':<11} {'P':>7} {'R':>7} {'F1':>7} {'R+rev':>7} {'import s/1k':>11} "
        f"{'match s/1k':>10} {'total s':>8} {'peak MB':>8}"
    )
    for system, res in results.items():
        p, r, f1 = prf(res["truth"], res["cluster"])
        rr = r
        if res.get("reviews"):
            keys = [tuple(k) for k in res["keys"]]
            _, rr, _ = prf(res["truth"], after_review(keys, res["cluster"], res["reviews"]))
        n = res["observations"] / 1000
        total = res["import_s"] + res["match_s"]
        print(
            f"{system:<11} {p:>7.4f} {r:>7.4f} {f1:>7.4f} {rr:>7.4f} "
            f"{res['import_s'] / n:>11.3f} {res['match_s'] / n:>10.3f} {total:>8.1f} "
            f"{res['peak_mb']:>8.0f}"
        )
        if res.get("note"):
            print(f"{'':<11} {res['note']}")
    if "contactkit" not in results:
        return
    ck = results["contactkit"]
    if "splink" in results:
        sp = results["splink"]
        ratio = (ck["import_s"] + ck["match_s"]) / (sp["import_s"] + sp["match_s"])
        print(f"\ncontactkit end-to-end time / Splink's: {ratio:.2f}x")
    joint, pred, true = pair_counts(ck["truth"], ck["cluster"])
    print(
        f"\ncontactkit: {true:,} true pairs, {pred:,} merged pairs, {pred - joint:,} wrong, "
        f"{true - joint:,} missed; {ck['pairs_scored']:,} pairs scored, "
        f"{len(ck['reviews']):,} review pairs, {ck['bad']} bad records"
    )
    wrong, missed, shown = breakdown(path, ck, args.examples)
    print("\nwrong links (the link that joined two people), by evidence:")
    for label, n in wrong.most_common(15):
        print(f"  {n:>6}  {label}")
    print("\nmissed pairs, by the evidence of the closest pair of the two parts:")
    for label, n in missed.most_common(25):
        print(f"  {n:>6}  {label}")
    print("\nmissed pairs, in short:")
    total = sum(missed.values()) or 1
    for label, n in sorted(missed_kinds(missed).items(), key=lambda kv: -kv[1]):
        print(f"  {n:>6}  {100 * n / total:5.1f}%  {label}")
    if args.examples:
        print("\nexamples:")
        for label, items in shown.items():
            print(f"  {label}")
            for item in items:
                print(f"    {item}")


if __name__ == "__main__":
    main()
