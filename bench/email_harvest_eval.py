"""Accuracy of email_harvest on generated company mailboxes, harvested into the store as a user
runs it: precision and recall of the contacts, the employee links, and per-field signature
precision and recall (title, company, phones).

    python bench/email_harvest_eval.py --seeds 2 3                   # the blind generator
    python bench/email_harvest_eval.py --seeds 1 --show 20           # tuning: list what is wrong

The blind generator (``bench/blind/mail_gen.py``, written without reading the plugin) writes
mboxes per employee, a directory (email, name, aliases, login) and the truth. The harvest gets
what IT would give it: the exported mailboxes with their owners, the directory, the company's
two domains and the region (DE). Scored on the golden records and relationships in the store:

- a record is right when one of its emails is a true contact's (plus-addresses folded);
- a link is an employee who wrote to the contact or met them (sent, cc or meeting > 0), the
  rule behind the truth's ``contacts[].employees``;
- signature fields on the contacts the truth says signed a message (``signature_seen``):
  title and company compared case- and space-folded, phones as E.164 numbers (no fax).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

from contactkit.config import config_from_dict  # noqa: E402
from contactkit.pipeline import Pipeline  # noqa: E402
from contactkit.records import golden_records  # noqa: E402


@dataclass
class Tally:
    right: int = 0
    predicted: int = 0
    truth: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.truth if self.truth else 1.0

    def add(self, other: Tally) -> None:
        self.right += other.right
        self.predicted += other.predicted
        self.truth += other.truth
        self.misses += other.misses
        self.wrong += other.wrong


def _base(email: str) -> str:
    local, _, domain = email.lower().partition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def _fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").casefold()).strip(" .,")


def generate(seed: int, employees: int, out: Path) -> None:
    subprocess.run(
        [sys.executable, str(HERE / "blind" / "mail_gen.py"), "--seed", str(seed),
         "--employees", str(employees), "--out", str(out)],
        check=True, capture_output=True,
    )  # fmt: skip


def harvest_into_store(data: Path, store: Path) -> tuple[Pipeline, float]:
    truth = json.loads((data / "truth.json").read_text())
    with (data / "directory.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    folders = {e["email"]: e["folder"] for e in truth["employees"]}
    offline = [{"path": str(data / folders[r["email"]]), "owner": r["email"]} for r in rows]
    config = config_from_dict(
        {
            "region": "DE",
            "store": {"url": f"sqlite:///{store}"},
            "company": {"domains": truth["company_domains"]},
            "sources": [
                {
                    "type": "email_harvest",
                    "offline": offline,
                    "directory": str(data / "directory.csv"),
                }
            ],
        }
    )
    pipeline = Pipeline(config)
    start = time.perf_counter()
    pipeline.run()
    return pipeline, time.perf_counter() - start


def score(data: Path, pipeline: Pipeline) -> dict[str, Tally]:
    truth = json.loads((data / "truth.json").read_text())
    contacts = {_base(c["email"]): c for c in truth["contacts"]}
    why = {_base(n["email"]): n["why"] for n in truth["non_contacts"]}
    out = {k: Tally() for k in ("contacts", "links", "title", "company", "phones")}
    found: dict[str, object] = {}
    for record in golden_records(pipeline.store):
        emails = {_base(e) for e in record.contact.emails}
        hit = sorted(emails & set(contacts))
        out["contacts"].predicted += 1
        if hit:
            out["contacts"].right += 1
            found[hit[0]] = record
        else:
            label = ", ".join(f"{e} ({why.get(e, '?')})" for e in sorted(emails))
            out["contacts"].wrong.append(label)
    out["contacts"].truth = len(contacts)
    out["contacts"].misses = sorted(set(contacts) - set(found))
    for email, truth_contact in contacts.items():
        record = found.get(email)
        links = out["links"]
        known = set(truth_contact["employees"])
        links.truth += len(known)
        if record is None:
            continue
        wrote = {
            r.employee_email
            for r in record.relationships
            if r.sent + r.cc_only + getattr(r, "meetings", 0) > 0
        }
        links.predicted += len(wrote)
        links.right += len(wrote & known)
        links.misses += [f"{email} <- {e}" for e in sorted(known - wrote)]
        links.wrong += [f"{email} <- {e}" for e in sorted(wrote - known)]
        if not truth_contact.get("signature_seen"):
            continue
        contact = record.contact
        organization = contact.organization.name if contact.organization else None
        for key, got, want in (
            ("title", contact.title, truth_contact.get("title")),
            ("company", organization, truth_contact.get("company")),
        ):
            tally = out[key]
            tally.truth += bool(want)
            tally.predicted += bool(got)
            if got and want and _fold(got) == _fold(want):
                tally.right += 1
            elif got or want:
                tally.wrong.append(f"{email}: {got!r} != {want!r}")
        phones = out["phones"]
        got_phones = {p.e164 for p in contact.phones if p.kind != "fax" and p.e164}
        want_phones = set(truth_contact.get("phones") or [])
        phones.truth += len(want_phones)
        phones.predicted += len(got_phones)
        phones.right += len(got_phones & want_phones)
        if got_phones != want_phones:
            written = truth_contact.get("phones_as_written")
            phones.wrong.append(f"{email}: {sorted(got_phones)} != {sorted(want_phones)} {written}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[2, 3])
    parser.add_argument("--employees", type=int, default=10)
    parser.add_argument("--show", type=int, default=0, help="list this many errors per figure")
    parser.add_argument("--data", type=Path, help="score an existing generated folder instead")
    args = parser.parse_args()
    totals = {k: Tally() for k in ("contacts", "links", "title", "company", "phones")}
    with tempfile.TemporaryDirectory(prefix="ck-eval-") as tmp:
        runs = [(args.data, "given")] if args.data else [(None, s) for s in args.seeds]
        for data, seed in runs:
            if data is None:
                data = Path(tmp) / f"seed{seed}"
                generate(seed, args.employees, data)
            pipeline, seconds = harvest_into_store(data, Path(tmp) / f"store{seed}.db")
            try:
                result = score(data, pipeline)
            finally:
                pipeline.close()
            print(f"seed {seed}: harvested into the store in {seconds:.1f} s")
            _print(result, args.show)
            for key, tally in result.items():
                totals[key].add(tally)
    if len(runs) > 1:
        print("all seeds:")
        _print(totals, 0)


def _print(result: dict[str, Tally], show: int) -> None:
    for key, t in result.items():
        print(
            f"  {key:9} precision {t.precision:.3f} ({t.right}/{t.predicted})  "
            f"recall {t.recall:.3f} ({t.right}/{t.truth})"
        )
        for line in t.wrong[:show]:
            print(f"      wrong: {line}")
        for line in t.misses[:show]:
            print(f"      missed: {line}")


if __name__ == "__main__":
    main()
