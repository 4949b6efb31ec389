"""Blind evaluation of contactkit's ``dnb_lookup`` enricher against the stand-in of dnb_universe.py.

Treats contactkit as a black box: generates the universe for a seed, serves the stand-in D&B
Direct+ on 127.0.0.1, writes a contactkit.toml (SQLite store in a temp dir, a vcard source over
the CRM contacts, the dnb_lookup enricher pointed at the stand-in, a jsonl and a csv sink), runs
``contactkit -c CONFIG run`` as a subprocess, reads the result through the jsonl sink and
``contactkit contacts --json``, runs again, and prints:

* high-confidence companies matched to the right DUNS (share), wrong DUNS attached (all companies),
* family links reached (parent, domestic ultimate, global ultimate of the matched companies),
* match calls received by the stand-in vs distinct companies, and calls on an immediate re-run.

    python bench/blind/dnb_eval.py --seeds 2,3 [--fault-rate 0.08] [--keep DIR]

Seed 1 is for sanity; report the others.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dnb_universe as U

KEY, SECRET = "blind-key-0c1d", "blind-secret-9f2e"


def write_config(d: Path, base_url: str) -> Path:
    cfg = d / "contactkit.toml"
    cfg.write_text(
        f"""region = "US"

[store]
url = "sqlite:///{d / "store.db"}"

[company]
name = "Blind Eval Corp"
domains = ["blind-eval.example"]

[[sources]]
type = "vcard"
paths = ["crm"]

[[enrichers]]
type = "dnb_lookup"
key = {{ env = "DNB_KEY" }}
secret = {{ env = "DNB_SECRET" }}
base_url = "{base_url}"
allow_plain_http = true

[[sinks]]
type = "jsonl"
path = "out/golden.jsonl"

[[sinks]]
type = "csv"
path = "out/contacts.csv"
""",
        encoding="utf-8",
    )
    return cfg


def ck(cfg: Path, *args: str, timeout: int = 900) -> subprocess.CompletedProcess:
    env = dict(os.environ, DNB_KEY=KEY, DNB_SECRET=SECRET)
    return subprocess.run(
        ["contactkit", "-c", str(cfg), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def _domains_of(rec: dict) -> list[str]:
    out = []
    for e in rec.get("emails") or rec.get("contact", {}).get("emails") or []:
        addr = (
            e
            if isinstance(e, str)
            else (e.get("email") or e.get("value") or e.get("address") or "")
        )
        if "@" in addr:
            out.append(addr.rsplit("@", 1)[1].lower())
    return out


def company_view(records: list[dict], domain: str) -> dict:
    """What the golden records at one company say of its DUNS and family.

    The family is read from the record's ``family`` (role -> organization, what sinks receive) and,
    failing that, from the organization's ``<role>_duns``.
    """
    own: dict[str, int] = {}
    links: dict[str, set] = {"parent": set(), "domestic_ultimate": set(), "global_ultimate": set()}
    for rec in records:
        if domain not in _domains_of(rec):
            continue
        org = rec.get("organization") or rec.get("company") or {}
        if isinstance(org, dict) and org.get("duns"):
            own[org["duns"]] = own.get(org["duns"], 0) + 1
        fam = rec.get("family") or {}
        for role in links:
            member = fam.get(role) if isinstance(fam, dict) else None
            if isinstance(member, dict) and member.get("duns"):
                links[role].add(member["duns"])
            elif isinstance(org, dict) and org.get(f"{role}_duns"):
                links[role].add(org[f"{role}_duns"])
    best = max(own.items(), key=lambda kv: kv[1])[0] if own else None
    return {
        "duns": best,
        "all_duns": sorted(own),
        "links": {k: sorted(v) for k, v in links.items()},
    }


def evaluate(seed: int, fault_rate: float, keep: Path | None, verbose: bool) -> dict:
    u = U.build(seed)
    work = keep / f"seed{seed}" if keep else Path(tempfile.mkdtemp(prefix=f"dnbeval{seed}-"))
    if work.exists():
        for p in sorted(work.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
    work.mkdir(parents=True, exist_ok=True)
    truth = U.write_crm(u, work)
    s = U.StandIn(u, key=KEY, secret=SECRET, fault_rate=fault_rate, seed=seed)
    base = s.start()
    cfg = write_config(work, base)
    t0 = time.time()
    r1 = ck(cfg, "run")
    t1 = time.time()
    c1 = s.counts()
    m = s.mark()
    (work / "run1.out").write_text(r1.stdout + "\n--- stderr\n" + r1.stderr, encoding="utf-8")
    r2 = ck(cfg, "run")
    c2 = s.counts(m)
    (work / "run2.out").write_text(r2.stdout + "\n--- stderr\n" + r2.stderr, encoding="utf-8")
    cj = ck(cfg, "contacts", "--json")
    (work / "contacts.json").write_text(cj.stdout, encoding="utf-8")
    records = []
    for line in cj.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            records.append(json.loads(line))
    if not records and cj.stdout.strip().startswith("["):
        records = json.loads(cj.stdout)
    sink = work / "out" / "golden.jsonl"
    sink_records = (
        [json.loads(x) for x in sink.read_text().splitlines() if x.strip()] if sink.exists() else []
    )
    with s.lock:
        log = list(s.log)
    (work / "standin_log.json").write_text(
        json.dumps(log, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    s.stop()

    comps = truth["companies"]
    high = [c for c in comps if c["high_confidence"]]
    right = wrong = 0
    wrong_rows, missed_rows = [], []
    fam_expected = fam_reached = 0
    fam_missed = []
    for c in comps:
        view = company_view(sink_records or records, c["domain"])
        if not view["duns"]:
            view2 = company_view(records, c["domain"])
            if view2["duns"]:
                view = view2
        got = view["duns"]
        if got and got != c["duns"]:
            wrong += 1
            wrong_rows.append((c["kind"], c["country"], c["domain"], got, c["duns"]))
        if c["high_confidence"]:
            if got == c["duns"]:
                right += 1
                for role in ("parent", "domestic_ultimate", "global_ultimate"):
                    want = c.get(role)
                    if want and want != c["duns"]:
                        fam_expected += 1
                        if want in view["links"][role]:
                            fam_reached += 1
                        else:
                            fam_missed.append((c["domain"], role, want, view["links"][role]))
            else:
                missed_rows.append((c["kind"], c["country"], c["domain"], got, c["duns"]))
    # calls per company: which companies were asked more than once (billable)
    asked: dict[str, int] = {}
    for row in log:
        if row["kind"] == "match" and row.get("billable"):
            p = row.get("params") or {}
            k = (
                (p.get("url") or "")
                + "|"
                + (p.get("name") or "")
                + "|"
                + (p.get("countryISOAlpha2Code") or "")
            )
            asked[k] = asked.get(k, 0) + 1
    countries_asked: dict[str, int] = {}
    for row in log:
        if row["kind"] == "match" and row["status"] in (200, 404):
            cc = (row.get("params") or {}).get("countryISOAlpha2Code") or "-"
            countries_asked[cc] = countries_asked.get(cc, 0) + 1
    res = {
        "seed": seed,
        "fault_rate": fault_rate,
        "countries": len({c["country"] for c in comps}),
        "companies": len(comps),
        "contacts": len(u.contacts),
        "high_confidence": len(high),
        "right": right,
        "right_share": round(right / len(high), 3) if high else None,
        "wrong": wrong,
        "family_links_expected": fam_expected,
        "family_links_reached": fam_reached,
        "family_share": round(fam_reached / fam_expected, 3) if fam_expected else None,
        "run1": {"rc": r1.returncode, "seconds": round(t1 - t0, 1), **c1},
        "run2": {"rc": r2.returncode, **c2},
        "match_calls_billable": c1["match_billable"],
        "distinct_companies": len(comps),
        "inquiries_repeated": sum(v - 1 for v in asked.values() if v > 1),
        "rerun_calls": c2["match"] + c2["data"],
        "rerun_tokens": c2["token"],
        "countries_asked": dict(sorted(countries_asked.items())),
        "records_contacts_json": len(records),
        "records_sink": len(sink_records),
        "work": str(work),
    }
    if verbose:
        res["wrong_rows"] = wrong_rows
        res["missed_rows"] = missed_rows
        res["family_missed"] = fam_missed[:20]
        res["run1_tail"] = (r1.stdout + r1.stderr)[-3000:]
        res["run2_tail"] = (r2.stdout + r2.stderr)[-1500:]
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default="2,3")
    ap.add_argument("--fault-rate", type=float, default=0.08)
    ap.add_argument(
        "--keep", type=Path, default=None, help="keep the work folders under this folder"
    )
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    rows = []
    for seed in [int(x) for x in a.seeds.split(",") if x]:
        res = evaluate(seed, a.fault_rate, a.keep, a.verbose)
        rows.append(res)
        print(json.dumps(res, ensure_ascii=False, indent=1, default=str), flush=True)
    print()
    print(
        "| seed | countries | high-confidence | right DUNS | wrong DUNS | family links reached "
        "| match calls / companies | re-run calls | run rc |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['seed']} | {r['countries']} | {r['high_confidence']} "
            f"| {r['right']} ({r['right_share']}) | {r['wrong']} "
            f"| {r['family_links_reached']}/{r['family_links_expected']} ({r['family_share']}) "
            f"| {r['match_calls_billable']} / {r['distinct_companies']} | {r['rerun_calls']} "
            f"| {r['run1']['rc']}, {r['run2']['rc']} |"
        )


if __name__ == "__main__":
    main()
