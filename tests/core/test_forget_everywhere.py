"""Forget that forgets: after ``forget``, and after every source is read again, no byte of the
store (nor its WAL, nor the outputs) holds any value of the forgotten person."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from contactkit.cli import _attach_plugin_commands, cli

SAMPLE = Path(__file__).resolve().parents[2] / "sample"
JANE = "jane.doe@contoso.example"


def run(*args: str, input: str | None = None):
    result = CliRunner().invoke(cli, list(args), input=input)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    _attach_plugin_commands()
    folder = tmp_path / "demo"
    shutil.copytree(SAMPLE, folder, ignore=shutil.ignore_patterns("contactkit.db*", "out"))
    monkeypatch.chdir(folder)
    return folder


def _values_of(folder: Path, email: str) -> set[str]:
    """Every distinctive value the store holds of the person: from all their observations."""
    with sqlite3.connect(folder / "contactkit.db") as conn:
        (members,) = conn.execute(
            "SELECT members FROM golden WHERE payload LIKE ?", (f"%{email}%",)
        ).fetchone()
        rows = conn.execute(
            f"SELECT payload FROM observations WHERE id IN ({','.join('?' * len(json.loads(members)))})",  # noqa: E501
            json.loads(members),
        ).fetchall()
    values = {email}
    for (payload,) in rows:
        contact = json.loads(payload)
        values |= set(contact.get("emails", []))
        for phone in contact.get("phones", []):
            values |= {v for v in (phone.get("e164"), phone.get("text")) if v}
        name = contact.get("name", {})
        values |= {name[k] for k in ("full",) if name.get(k)}
        for address in contact.get("addresses", []):
            values |= {v for k, v in address.items() if k == "street" and v}
        if contact.get("notes"):
            values.add(contact["notes"][:40])
    return values


def _leaks(folder: Path, values: set[str], outputs: bool = True) -> list[str]:
    found = []
    files = [folder / "contactkit.db", folder / "contactkit.db-wal"]
    files += list(folder.glob("out/*")) if outputs else []
    for path in files:
        if not path.exists():
            continue
        data = path.read_bytes().lower()
        for value in values:
            if value.lower().encode() in data:
                found.append(f"{path.name}: {value}")
    return found


def test_forget_leaves_no_byte_behind_even_after_every_source_is_read_again(demo: Path) -> None:
    run("run")
    values = _values_of(demo, JANE)
    assert {"Jane Doe", "+14255550177", "4567 Main Street, Suite 300"} <= values
    assert _leaks(demo, values)  # the test can see her before

    done = run("forget", JANE, "--yes")
    assert "erased" in done.output
    assert _leaks(demo, values, outputs=False) == []  # the sinks hear of it on the next push

    # every source read again: new mail from her, and both address books edited
    inbox = demo / "mail" / "alice.smith@northwind.example" / "INBOX.mbox"
    inbox.write_text(
        inbox.read_text()
        + "\nFrom MAILER-DAEMON Mon Mar  9 09:00:00 2026\n"
        + f"From: Jane Doe <{JANE}>\nTo: Alice Smith <alice.smith@northwind.example>\n"
        + "Cc: sales@contoso.example\nSubject: Re: Q2 order for Contoso\n"
        + "Date: Mon, 09 Mar 2026 10:00:00 +0000\n"
        + "Message-ID: <m00099.jane.doe@contoso.example>\n"
        + "In-Reply-To: <m00001.alice.smith@northwind.example>\n\n"
        + "One more thing.\n--\nJane Doe\nPurchasing Manager\n+1 (425) 555-0177\n"
    )
    for book in (demo / "addressbooks").glob("*.vcf"):
        book.write_bytes(book.read_bytes() + b"\r\n")
    again = run("run")
    assert "forgotten (contactkit forget)" in again.output
    assert _leaks(demo, values) == []
    run("run")
    assert _leaks(demo, values) == []
    with sqlite3.connect(demo / "contactkit.db") as conn:
        (count,) = conn.execute(
            "SELECT count(*) FROM interactions WHERE contact_email = ?", (JANE,)
        ).fetchone()
        sink_rows = conn.execute("SELECT count(*) FROM sink_map s JOIN withdrawn w "
                                 "ON s.golden_id = w.golden_id").fetchone()  # fmt: skip
    assert count == 0
    assert sink_rows == (0,)  # the sinks confirmed the deletion: nothing of her is kept


def test_suppression_list_holds_keyed_digests_not_values(demo: Path) -> None:
    run("run")
    run("forget", JANE, "--yes")
    with sqlite3.connect(demo / "contactkit.db") as conn:
        suppressed = [v for (v,) in conn.execute("SELECT value FROM suppressions")]
        (key,) = conn.execute(
            "SELECT value FROM store_meta WHERE key = 'suppression_key'"
        ).fetchone()
    assert suppressed and all(len(v) == 64 and "@" not in v and "+" not in v for v in suppressed)
    other = Path(demo.parent / "other")
    shutil.copytree(demo, other, ignore=shutil.ignore_patterns("contactkit.db*", "out"))
    from contactkit.store import Store

    second = Store(f"sqlite:///{other / 'contactkit.db'}")
    assert second.meta["suppression_key"] != key  # per store: digests cannot be joined
    assert second.suppression_digest(JANE) not in suppressed


def test_a_checkpoint_loses_the_forgotten_and_keeps_its_shape() -> None:
    from contactkit.store.suppression import Forgotten, digest

    key = "ab" * 32
    forgotten = Forgotten(
        key, {digest(key, "Jane.Doe@contoso.example"), digest(key, "+14255550177")}
    )
    state = {
        "qualified": ["jane.doe@contoso.example", "max@fabrikam.de"],
        "pending": {
            "sales@contoso.example": {
                "ev": [["alice@nw.example", "<m2.jane.doe@contoso.example>", "received"]]
            }
        },
        "touched": {"JANE.DOE@contoso.example": {"nm": {"Jane Doe": 2}}},
        "sig": {"jane.doe@contoso.example": {"ph": {"+14255550177": ["(425) 555-0177", "cell"]}}},
        "phones": ["+1 425 555 0177"],
    }
    scrubbed, changed = forgotten.scrub(state)
    text = json.dumps(scrubbed).lower()
    assert changed and "jane" not in text and "555" not in text
    assert "max@fabrikam.de" in text and scrubbed["qualified"] == ["max@fabrikam.de"]
    (event,) = scrubbed["pending"]["sales@contoso.example"]["ev"]
    assert len(event) == 3 and event[1].startswith("<m2.forgotten-")  # same shape, masked
    assert scrubbed["touched"] == {} and scrubbed["sig"] == {}
    assert forgotten.scrub({"a": ["x@y.example"]}) == ({"a": ["x@y.example"]}, False)
