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
import re
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
    ap.add_argument("--probes", action="store_true", help="also run the behaviour probes per seed")
    a = ap.parse_args()
    if a.probes:
        root = a.keep or Path(tempfile.mkdtemp(prefix="dnbprobe-"))
        for seed in [int(x) for x in a.seeds.split(",") if x]:
            print(
                json.dumps(
                    {"seed": seed, "probes": probes(seed, root)},
                    ensure_ascii=False,
                    indent=1,
                    default=str,
                ),
                flush=True,
            )
        return
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


def _note(text: str) -> str:
    m = re.search(
        r"dnb_lookup: (dry run: .*?for the new matches|\d+ billable D&B calls.*?\(401 or failed\))",
        text,
        re.S,
    )
    return " ".join(m.group(1).split()) if m else ""


def probes(seed: int, root: Path) -> dict:
    """Behaviour probes beyond the figures: dry-run parity, incremental re-run, a company whose
    inquiry always fails (retried next run, never cached), and bad credentials."""
    out: dict = {}
    u = U.build(seed)
    # A. dry run, then the real run
    work = root / f"probe{seed}-a"
    work.mkdir(parents=True, exist_ok=True)
    U.write_crm(u, work)
    s = U.StandIn(u, key=KEY, secret=SECRET, fault_rate=0.0, seed=seed)
    cfg = write_config(work, s.start())
    d = ck(cfg, "run", "--dry-run")
    out["dry_run"] = {
        "rc": d.returncode,
        "note": _note(d.stdout + d.stderr),
        "requests": s.counts()["requests"],
    }
    r = ck(cfg, "run")
    c = s.counts()
    out["real_after_dry"] = {
        "rc": r.returncode,
        "note": _note(r.stdout + r.stderr),
        "match": c["match"],
        "data": c["data"],
        "token": c["token"],
    }
    # B. incremental: one new contact at a matched company, one at a company new to the CRM
    known = next(co for co in u.companies if co.high_confidence and co.kind == "normal")
    fresh = next(
        e
        for e in u.entities.values()
        if e.domains and e.domains[0] not in {co.domain for co in u.companies}
    )
    extra = [
        {
            "uid": f"blind-dnb-extra-{seed}-1",
            "company": known.key,
            "given": "Probe",
            "family": "Known",
            "email": f"probe.known@{known.domain}",
            "org": known.names[0] if known.names else None,
            "title": "Buyer",
            "phones": [],
            "address": None,
        },
        {
            "uid": f"blind-dnb-extra-{seed}-2",
            "company": fresh.domains[0],
            "given": "Probe",
            "family": "Fresh",
            "email": f"probe.fresh@{fresh.domains[0]}",
            "org": fresh.primary_name,
            "title": "Buyer",
            "phones": [
                (
                    "work",
                    U.phonenumbers.format_number(
                        U.phonenumbers.parse(fresh.phone),
                        U.phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                    ),
                )
            ],
            "address": {
                "street": fresh.street,
                "city": fresh.city,
                "region": fresh.region,
                "postal": fresh.postal,
                "country": U.C[fresh.country].local_names[0],
            },
        },
    ]
    (work / "crm" / "extra.vcf").write_text(U.vcards(extra), encoding="utf-8")
    m = s.mark()
    r = ck(cfg, "run")
    c = s.counts(m)
    with s.lock:
        rows = [x for x in s.log[m:] if x["kind"] == "match"]
    recs = [
        json.loads(x) for x in (work / "out" / "golden.jsonl").read_text().splitlines() if x.strip()
    ]
    out["incremental"] = {
        "rc": r.returncode,
        "match": c["match"],
        "data": c["data"],
        "token": c["token"],
        "asked": [x.get("params") for x in rows],
        "fresh_duns_expected": fresh.duns,
        "fresh_duns_got": company_view(recs, fresh.domains[0])["duns"],
    }
    # Retry-After honoured? time from a 429 to the next request of the same kind and parameters
    s.stop()
    # C. two companies whose inquiry always answers 503: failed, not cached, asked again next run
    work = root / f"probe{seed}-c"
    work.mkdir(parents=True, exist_ok=True)
    U.write_crm(u, work)
    s = U.StandIn(u, key=KEY, secret=SECRET, fault_rate=0.0, seed=seed)
    victims = [co for co in u.companies if co.high_confidence and co.kind == "normal"][1:3]
    s.always_503 = {co.names[0] for co in victims} | {co.domain for co in victims}
    cfg = write_config(work, s.start())
    t0 = time.time()
    r1 = ck(cfg, "run")
    secs = time.time() - t0
    c1 = s.counts()
    with s.lock:
        per_victim = sum(1 for x in s.log if x["kind"] == "match" and x["status"] == 503)
    s.always_503 = set()
    m = s.mark()
    r2 = ck(cfg, "run")
    c2 = s.counts(m)
    m2 = s.mark()
    r3 = ck(cfg, "run")
    c3 = s.counts(m2)
    recs = [
        json.loads(x) for x in (work / "out" / "golden.jsonl").read_text().splitlines() if x.strip()
    ]
    out["outage"] = {
        "run1": {
            "rc": r1.returncode,
            "seconds": round(secs, 1),
            "503_answers": per_victim,
            "match_billable": c1["match_billable"],
            "note": _note(r1.stdout + r1.stderr),
            "errors": [ln for ln in (r1.stdout + r1.stderr).splitlines() if "dnb_lookup:" in ln][
                :4
            ],
        },
        "run2": {"rc": r2.returncode, "match": c2["match"], "data": c2["data"]},
        "run3": {"rc": r3.returncode, "match": c3["match"], "data": c3["data"]},
        "victims_right_after_run2": sum(
            company_view(recs, co.domain)["duns"] == co.duns for co in victims
        ),
    }
    s.stop()
    # D. bad credentials
    work = root / f"probe{seed}-d"
    work.mkdir(parents=True, exist_ok=True)
    U.write_crm(u, work)
    s = U.StandIn(u, key=KEY, secret="not-the-secret", fault_rate=0.0, seed=seed)
    cfg = write_config(work, s.start())
    r = ck(cfg, "run")
    c = s.counts()
    text = r.stdout + r.stderr
    out["bad_credentials"] = {
        "rc": r.returncode,
        "token_calls": c["token"],
        "match": c["match"],
        "secret_leaked": SECRET in text,
        "lines": [ln for ln in text.splitlines() if "dnb" in ln.lower()][:4],
    }
    s.stop()
    # E. a corporate group whose subsidiaries' staff all write from the group's domain
    fams: dict[str, list] = {}
    for co in u.companies:
        if co.kind == "family" and co.global_ultimate:
            fams.setdefault(co.global_ultimate, []).append(co)
    members = max(fams.values(), key=lambda v: (len({c.country for c in v}), len(v)))
    group = next((c for c in members if c.duns == c.global_ultimate), members[0]).domain
    keys = {c.key: c for c in members}
    for p in u.contacts:
        if p["company"] in keys:
            p["email"] = (
                p["email"].split("@")[0] + "." + keys[p["company"]].country.lower() + "@" + group
            )
    work = root / f"probe{seed}-e"
    work.mkdir(parents=True, exist_ok=True)
    U.write_crm(u, work)
    s = U.StandIn(u, key=KEY, secret=SECRET, fault_rate=0.0, seed=seed)
    cfg = write_config(work, s.start())
    r = ck(cfg, "run")
    recs = [
        json.loads(x) for x in (work / "out" / "golden.jsonl").read_text().splitlines() if x.strip()
    ]
    by_email = {}
    for rec in recs:
        for e in rec.get("contact", {}).get("emails", []):
            by_email[e] = rec
    rows = []
    for p in u.contacts:
        if p["company"] in keys:
            rec = by_email.get(p["email"]) or {}
            org = rec.get("organization") or {}
            rows.append(
                {
                    "company": keys[p["company"]].names[0]
                    if keys[p["company"]].names
                    else p["company"],
                    "country": keys[p["company"]].country,
                    "want": keys[p["company"]].duns,
                    "got": org.get("duns"),
                    "org_name": org.get("name"),
                    "org_country": org.get("country"),
                }
            )
    out["group_domain"] = {
        "rc": r.returncode,
        "group_domain": group,
        "companies": len(members),
        "contacts": len(rows),
        "right": sum(x["want"] == x["got"] for x in rows),
        "rows": rows,
    }
    s.stop()
    return out


if __name__ == "__main__":
    main()
