"""Fault injection: runs killed at seeded random points end with the same store and outputs as
runs never interrupted, and a forgotten person never reappears at any point.

Each chain, in the same folder as the uninterrupted baseline (so paths and file times agree):
run (killed at random statements until one finishes), forget a person, new mail and address book
edits arrive, run again (killed likewise). At least ``KILLS`` kills per data set: the sample, and
a generated set ten times its size. After every killed attempt the store, its WAL and the outputs
are searched for the forgotten person's values; after every chain the store and the outputs are
compared with the baseline's.

Every run reads a stopped clock (``run_cli(now=...)``): the first stage's runs ``FIRST_RUN``, the
forget and the second stage's runs ``SECOND_RUN``, in the baseline and in every chain. What a run
derives from the time (a record's validity decays by the second) then agrees however long the
chains take, as on a loaded machine, where a chain run minutes after the baseline ended elsewhere.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from contactkit.testing.faults import run_cli, warm_up

KILLS = 20
SEED = 20
FIRST_RUN = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)  # after every date the data sets carry
SECOND_RUN = FIRST_RUN + timedelta(days=1)
SAMPLE = Path(__file__).resolve().parents[2] / "sample"

# volatile by nature: when something ran, run bookkeeping, per-store keys and what they key
VOLATILE_KEYS = {"seen_at", "seen", "updated_at", "confirmed_at", "confirmed", "sent_at"}
SKIPPED_TABLES = {"runs", "run_errors", "store_meta", "cache", "checkpoints"}
KEYED = re.compile(r"forgotten-[0-9a-f]{12}")  # a masked value: keyed per store
SKIPPED_COLUMNS = {"id", "run_id", "message_id", "thread_id", "created_at", "resolved_at"}


def _normal(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items() if k not in VOLATILE_KEYS}
    if isinstance(value, list):
        return [_normal(v) for v in value]
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return _normal(json.loads(value))
        except ValueError:
            return value
    if isinstance(value, str):
        return KEYED.sub("forgotten-*", value)
    return value


def snapshot(folder: Path) -> dict[str, Any]:
    """The store's content and the outputs, without what differs between two clean runs."""
    tables: dict[str, list[str]] = {}
    with sqlite3.connect(folder / "contactkit.db") as conn:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for name in sorted(set(names) - SKIPPED_TABLES):
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info({name})")]
            keep = [c for c in columns if c not in SKIPPED_COLUMNS and c not in VOLATILE_KEYS]
            rows = conn.execute(f"SELECT {', '.join(keep)} FROM {name}").fetchall()
            if name == "suppressions":  # keyed digests: per store, only their number compares
                rows = [(len(rows),)]
            if name == "master_state":  # the last merge's own tally is bookkeeping
                rows = [r for r in rows if r[0] != "stats"]
            tables[name] = sorted(
                json.dumps([_normal(v) for v in row], sort_keys=True, default=str) for row in rows
            )
    outputs = {
        p.name: sorted(
            json.dumps(_normal(line), sort_keys=True) for line in p.read_text().splitlines()
        )
        for p in sorted((folder / "out").glob("*"))
    }
    return {"tables": tables, "outputs": outputs}


def leaks(folder: Path, values: set[str], outputs: bool) -> list[str]:
    files = [folder / "contactkit.db", folder / "contactkit.db-wal"]
    files += list((folder / "out").glob("*")) if outputs else []
    found = []
    for path in files:
        if path.exists():
            data = path.read_bytes().lower()
            found += [f"{path.name}: {v}" for v in values if v.lower().encode() in data]
    return found


# -- the data sets ---------------------------------------------------------------------------


def sample(folder: Path) -> tuple[str, set[str], Callable[[Path], None]]:
    shutil.copytree(SAMPLE, folder, ignore=shutil.ignore_patterns("contactkit.db*", "out"))
    jane = "jane.doe@contoso.example"
    values = {jane, "+14255550177", "4567 Main Street, Suite 300"}

    def more(root: Path) -> None:
        inbox = root / "mail" / "alice.smith@northwind.example" / "INBOX.mbox"
        inbox.write_text(inbox.read_text() + _message(jane, "Jane Doe", 99, "+1 (425) 555-0177"))
        later = root / "addressbooks" / "later.vcf"
        later.write_text(_vcard("Ola Nordmann", "ola@fjord.example", "+4722334455"))
        _settle(inbox, later)

    return jane, values, more


FIRST = ["Ana", "Ben", "Chloé", "Dev", "Eli", "Fatima", "Goran", "Hana", "Ivo", "Jin", "Kofi"]
LAST = ["Berg", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Huang", "Ito", "Jensen"]
COMPANIES = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay", "stark", "wayne"]


def generated(folder: Path) -> tuple[str, set[str], Callable[[Path], None]]:
    """About 240 people over three address books (with overlaps and variants) and a mailbox."""
    rng = random.Random(SEED)
    shutil.copytree(SAMPLE, folder, ignore=shutil.ignore_patterns("contactkit.db*", "out"))
    people = []
    for i in range(240):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {chr(65 + i % 26)}{i}"
        company = rng.choice(COMPANIES)
        email = f"{name.split()[0].lower()}.p{i}@{company}.example"
        phone = f"+1 206 555 {1000 + i:04d}"
        people.append((name, email, phone))
    books = folder / "addressbooks"
    for b in range(3):
        chosen = [p for j, p in enumerate(people) if j % 3 == b or j % 7 == b]
        text = "".join(_vcard(n, e, p if b != 1 else p.replace(" ", "-")) for n, e, p in chosen)
        (books / f"generated-{b}.vcf").write_text(text)
    inbox = folder / "mail" / "alice.smith@northwind.example" / "INBOX.mbox"
    inbox.write_text(
        inbox.read_text()
        + "".join(_message(e, n, 100 + i, p) for i, (n, e, p) in enumerate(people[:120]))
    )
    name, email, phone = people[3]
    values = {email, phone.replace(" ", ""), name}

    def more(root: Path) -> None:
        box = root / "mail" / "alice.smith@northwind.example" / "INBOX.mbox"
        box.write_text(box.read_text() + _message(email, name, 999, phone))
        extra = root / "addressbooks" / "generated-0.vcf"
        extra.write_text(extra.read_text() + _vcard(name, email, phone))  # they come back
        _settle(box, extra)

    return email, values, more


def _settle(*paths: Path) -> None:
    """New input gets the same file times in every chain, as a copy of it would."""
    for path in paths:
        os.utime(path, ns=(1_780_000_000 * 10**9, 1_780_000_000 * 10**9))


def _vcard(name: str, email: str, phone: str) -> str:
    given, family = name.split(" ", 1)
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:{family};{given};;;\r\nFN:{name}\r\nEMAIL;TYPE=WORK:{email}\r\n"
        f"TEL;TYPE=WORK:{phone}\r\nEND:VCARD\r\n"
    )


def _message(sender: str, name: str, n: int, phone: str) -> str:
    day = 1 + n % 27
    return (
        f"\nFrom MAILER-DAEMON Mon Mar  2 09:00:00 2026\n"
        f"From: {name} <{sender}>\nTo: Alice Smith <alice.smith@northwind.example>\n"
        f"Subject: Order {n}\nDate: Mon, {day:02d} Apr 2026 10:00:00 +0000\n"
        f"Message-ID: <g{n:05d}.{sender}>\nIn-Reply-To: <m00001.alice.smith@northwind.example>\n"
        f"\nThanks.\n--\n{name}\n{phone}\n"
    )


# -- the test ---------------------------------------------------------------------------------


def _stage(
    root: Path,
    rng: random.Random,
    budget: int,
    kills: int,
    values: set[str] | None,
    now: datetime,
) -> int:
    """Run (at ``now``) until a run finishes, killed at most ``kills`` times; return how many
    were."""
    done = 0
    while True:
        kill_at = rng.randint(1, budget) if done < kills else None
        outcome = run_cli(["run"], root, kill_at=kill_at, now=now)
        if values is not None:
            assert leaks(root, values, outputs=False) == [], f"after a kill at {kill_at}"
        if not outcome.killed:
            assert outcome.exit_code == 0, f"run after {done} kills exited {outcome.exit_code}"
            return done
        done += 1


@pytest.mark.slow
@pytest.mark.parametrize("dataset", [sample, generated], ids=["sample", "generated"])
def test_killed_runs_end_like_uninterrupted_ones(tmp_path: Path, dataset) -> None:
    root = tmp_path / "work"
    original = tmp_path / "original"
    forgotten, values, more_input = dataset(original)
    warm_up()  # forked runs inherit loaded plugins and country names
    clean_copy = tmp_path / "clean-input"
    shutil.copytree(original, clean_copy)  # copy2: file times kept, so checkpoints agree

    def fresh() -> None:
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(clean_copy, root)

    # the baseline: never interrupted
    fresh()
    first = run_cli(["run"], root, now=FIRST_RUN)
    assert first.exit_code == 0 and first.statements > 20
    assert run_cli(["forget", forgotten, "--yes"], root, now=SECOND_RUN).exit_code == 0
    more_input(root)
    second = run_cli(["run"], root, now=SECOND_RUN)
    assert second.exit_code == 0
    baseline = snapshot(root)
    assert leaks(root, values, outputs=True) == []
    assert baseline["outputs"]["contacts.csv"]

    rng = random.Random(SEED)
    kills = 0
    chains = 0
    while kills < KILLS:
        chains += 1
        fresh()
        kills += _stage(root, rng, first.statements, 4, None, FIRST_RUN)
        assert run_cli(["forget", forgotten, "--yes"], root, now=SECOND_RUN).exit_code == 0
        assert leaks(root, values, outputs=False) == []
        more_input(root)
        kills += _stage(root, rng, second.statements, 4, values, SECOND_RUN)
        assert leaks(root, values, outputs=True) == []
        assert snapshot(root) == baseline, f"chain {chains} (seed {SEED}) ends elsewhere"
    assert kills >= KILLS
