# ruff: noqa: E501 - header fixtures read best one per line
"""Unit tests of the pieces: header parsing, automation filters, address rules, signatures, gate."""

from __future__ import annotations

import email
import json

import pytest

from contactkit_plugins.email_harvest.filters import AddressRules, Kind, automated_reason
from contactkit_plugins.email_harvest.gate import RelevanceGate
from contactkit_plugins.email_harvest.headers import HeaderError, parse_meta, split_headers
from contactkit_plugins.email_harvest.signature import (
    body_text,
    parse_signature,
    signature_lines,
)

BASE = "From: Jane <jane@contoso.example>\r\nTo: a@northwind.example\r\nDate: Mon, 02 Mar 2026 09:00:00 +0000\r\nMessage-ID: <x@y>\r\n"


def meta(extra: str = ""):
    return parse_meta((BASE + extra + "\r\n").encode())


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("Auto-Submitted: auto-replied", "automated: Auto-Submitted"),
        ("Precedence: bulk", "automated: Precedence"),
        ("Precedence: auto_reply", "automated: Precedence"),
        ("List-Id: <x.lists.example>", "automated: mailing list"),
        ("List-Post: <mailto:l@x>", "automated: mailing list"),
        ("Return-Path: < >", "automated: null Return-Path"),
        (
            "Content-Type: multipart/report; report-type=delivery-status",
            "automated: delivery report",
        ),
        ("X-Autorespond: yes", "automated: auto-reply"),
        ("X-SG-EID: abc", "automated: bulk-mail provider"),
        ("X-Mailer: Mailjet Mailer", "automated: bulk-mail provider"),
    ],
)
def test_automated_messages(header, reason):
    assert automated_reason(meta(header + "\r\n")) == reason


def test_person_mail_is_not_automated():
    assert automated_reason(meta("Auto-Submitted: no\r\nX-Mailer: Outlook 16\r\n")) is None
    assert automated_reason(meta("Return-Path: <jane@contoso.example>\r\n")) is None


def test_folded_headers_and_encoded_words():
    block = (
        "From: =?iso-8859-1?q?J=F6rg_M=FCller?=\r\n <jm@x.example>\r\nTo: a@b.example,\r\n"
        ' "Doe, John" <john@c.example>\r\nDate: bad date\r\n\r\n'
    )
    from datetime import UTC, datetime

    m = parse_meta(block.encode(), datetime(2026, 1, 1, tzinfo=UTC))
    assert m.sender == ("jm@x.example", "Jörg Müller")
    assert [a for a, _ in m.to] == ["a@b.example", "john@c.example"]
    assert m.at.year == 2026  # bad Date: the server's INTERNALDATE
    assert m.message_id.startswith("ck-")  # no Message-ID: a stable synthetic one
    assert m.message_id == parse_meta(block.encode(), datetime(2026, 1, 1, tzinfo=UTC)).message_id


def test_bad_headers_raise_one_line_reasons():
    with pytest.raises(HeaderError, match="malformed From"):
        parse_meta(b"From: not an address\r\nDate: Mon, 02 Mar 2026 09:00:00 +0000\r\n\r\n")
    with pytest.raises(HeaderError, match="Date"):
        parse_meta(b"From: a@b.example\r\nDate: yesterday\r\n\r\n")
    with pytest.raises(HeaderError, match="encoded-word"):
        parse_meta(
            b"From: =?klingon?b?AAAA?= <a@b.example>\r\nDate: Mon, 02 Mar 2026 09:00:00 +0000\r\n\r\n"
        )


def test_raw_8bit_latin1_header_is_tolerated():
    block = "From: J\xf6rg <j@x.example>\r\nDate: Mon, 02 Mar 2026 09:00:00 +0000\r\n\r\n".encode(
        "latin-1"
    )
    assert parse_meta(block).sender == ("j@x.example", "Jörg")


def test_to_and_cc_both_count_once_as_to():
    from contactkit.plugin import Settings  # noqa: F401 - the engine needs only its config
    from contactkit_plugins.email_harvest.config import HarvestConfig
    from contactkit_plugins.email_harvest.directory import Directory
    from contactkit_plugins.email_harvest.engine import Harvest
    from contactkit_plugins.email_harvest.state import HarvestState

    config = HarvestConfig(offline_root=".")
    staff = Directory(names={"alice@northwind.example": None})
    engine = Harvest("t", config, ["northwind.example"], staff, HarvestState())
    block = (
        "From: alice@northwind.example\r\nTo: jane@contoso.example\r\nCc: jane@contoso.example\r\n"
        "Date: Mon, 02 Mar 2026 09:00:00 +0000\r\nMessage-ID: <d@n>\r\n\r\n"
    )
    items = list(engine.message(parse_meta(block.encode()), None, None))
    roles = [str(i.role) for i in items if type(i).__name__ == "Interaction"]
    assert roles == ["sent"]


def test_split_headers_keeps_first_and_lowercases():
    assert split_headers(b"X-A: 1\r\nx-a: 2\r\n\r\nbody: no") == {"x-a": "1"}


def rules(**kw):
    return AddressRules({"alice@northwind.example"}, ["northwind.example"], **kw)


def test_address_rules():
    r = rules(blocklist=["@rival.example", "boss@partner.example"], role_local_parts=["einkauf"])
    assert r.verdict("alice@northwind.example").kind is Kind.EMPLOYEE
    assert r.verdict("dave@eu.northwind.example").kind is Kind.EMPLOYEE  # subdomain colleague
    assert r.verdict("info@northwind.example").reason == "company address"
    assert r.verdict("noreply-billing@saas.example").reason == "role or no-reply address"
    assert r.verdict("sales+eu@contoso.example").reason == "role or no-reply address"
    assert r.verdict("einkauf@fabrikam.de").reason == "role or no-reply address"
    assert r.verdict("x@mail.rival.example").reason == "blocklisted"
    assert r.verdict("boss@partner.example").reason == "blocklisted"
    assert r.verdict("me@yopmail.com").reason == "disposable domain"
    free = r.verdict("sam@gmail.com")
    assert free.kind is Kind.CANDIDATE and free.freemail
    assert rules(freemail="drop").verdict("sam@gmail.com").reason == "free-mail address"
    assert rules(colleagues_are_employees=False).verdict("d@northwind.example").kind is Kind.DROPPED
    assert r.verdict("jane@contoso.example") == r.verdict("jane@contoso.example")
    assert r.verdict("jane@contoso.example").kind is Kind.CANDIDATE


def test_signature_after_delimiter_quoted_text_cut():
    text = (
        "Thanks!\n\n-- \nJane Doe\nHead of Procurement | Contoso Ltd\nT: +1 415 555 0132\n"
        "Fax: +1 415 555 0133\n\nOn Mon, Bob wrote:\n> --\n> Bob\n> T: +1 206 555 0100\n"
    )
    lines = signature_lines(text)
    facts = parse_signature(lines, "US", "Jane Doe")
    assert facts.title == "Head of Procurement" and facts.company == "Contoso Ltd"
    assert [(p[0], p[1]) for p in facts.phones] == [
        ("+1 415 555 0132", "work"),
        ("+1 415 555 0133", "fax"),
    ]


def test_signature_after_sign_off_and_national_numbers():
    text = "Hi,\n\nplease call.\n\nKind regards,\nMax Müller\nEinkaufsleiter\nFabrikam GmbH\nMobil: 0151 23456789\n"
    facts = parse_signature(signature_lines(text), "DE", "Max Müller")
    assert facts.company == "Fabrikam GmbH"
    assert facts.title == "Einkaufsleiter"  # no known title word: the line above the company
    assert [p[0] for p in facts.phones] == ["0151 23456789"]


def test_no_signature_no_facts():
    assert signature_lines("Just a note, no sign-off.") == []
    quoted_only = "Fine.\n\nFrom: Jane\nSent: Monday\n\nBest regards,\nJane\nCEO, Contoso Inc."
    assert signature_lines(quoted_only) == []


def test_body_text_from_truncated_base64_multipart():
    import base64

    part = base64.encodebytes(b"Hello\n\n-- \nLi Wei\nController\n+1 312 555 0100\n" * 3)
    head = b'Content-Type: multipart/alternative; boundary="zz"\r\n'
    body = (
        b"--zz\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + part
    )
    text = body_text(head, body[: len(body) - 7])  # the partial fetch cut the last quantum
    assert "Li Wei" in text and "Controller" in text


@pytest.mark.parametrize("multipart", [False, True])
def test_an_rfc2231_charset_on_eight_bit_text_is_read(multipart):
    """``charset*=utf-8''utf-8`` made the email parser raise TypeError on 8-bit content."""
    text_part = (
        b"Content-Type: text/plain; charset*=utf-8''utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
    )
    body = "Grüße\r\n-- \r\nJürgen Groß\r\nVertrieb\r\n".encode()
    if multipart:
        head = b'Content-Type: multipart/alternative; boundary="zz"\r\n'
        body = b"--zz\r\n" + text_part + b"\r\n" + body + b"--zz--\r\n"
    else:
        head = text_part
    text = body_text(head, body)
    assert signature_lines(text) == ["Jürgen Groß", "Vertrieb"]


def test_html_only_body():
    head = b"Content-Type: text/html; charset=utf-8\r\n"
    text = body_text(head, b"<p>Hi</p><p>Best regards,<br>Eva Novak<br>CTO</p>")
    assert signature_lines(text) == ["Eva Novak", "CTO"]


@pytest.mark.parametrize(
    "content_type",
    [None, "text/plain", 'text/plain; charset="ISO-8859-1"', "text/plain; format=flowed; charset=iso-8859-1",
     "TEXT/PLAIN; CHARSET=UTF-8", "text/plain; charset=bogus-x", 'text/plain; name="a;b"; charset=latin-1',
     "text/plain;charset=windows-1252", "text/html; charset=utf-8"],
)  # fmt: skip
@pytest.mark.parametrize("cte", [None, "8bit", "base64", "quoted-printable", "x-uuencode"])
@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_plain_body_read_without_the_parser_as_the_parser_reads_it(content_type, cte, encoding):
    """Plain single-part bodies skip the email parser (most replies are read this way); any
    body, cut anywhere, must read as the parser reads it."""
    import base64
    import quopri

    from contactkit_plugins.email_harvest import bodies

    raw = "Grüße,\r\nich bin bis 14. April nicht im Büro =3D\r\n-- \r\nEva Novak\r\n".encode(
        encoding
    )
    raw = {"base64": base64.encodebytes, "quoted-printable": quopri.encodestring}.get(cte, bytes)(
        raw
    )
    head = b"From: a@contoso.example\r\n" + (
        f"Content-Type: {content_type}\r\n".encode() if content_type else b""
    )
    head += f"Content-Transfer-Encoding: {cte}\r\n".encode() if cte else b""
    message = email.message_from_bytes(head + b"\r\n" + raw)
    for cut in (len(raw), len(raw) - 3, 7):
        slow = bodies.parsed_body_text(head, raw[:cut])
        assert body_text(head, raw[:cut]) == slow
    fast = bodies._plain_text(head, raw) is not None
    # the fast reader takes the common forms, and leaves HTML, uuencode and quoted parameters
    # (which may hold a ";") to the parser
    quoted = '"' in (content_type or "").replace('"ISO-8859-1"', "")
    assert fast == (
        message.get_content_type() == "text/plain" and cte != "x-uuencode" and not quoted
    )


def ev(employee, msgid, role, thread, at="2026-03-02T09:00:00+00:00"):
    return [employee, msgid, role, at, thread, False]


def test_gate_holds_cold_senders_until_answered_across_runs():
    gate = RelevanceGate({})
    assert gate.offer("pat@x.example", ev("a@n.example", "m1", "received", "t1"), False) == []
    gate.note("pat@x.example", "Pat", ["imap", "a", "INBOX", 1, 5, "m1", "2026-03-02"])
    # a checkpoint, a new run: the pending sender survives the JSON round trip
    gate = RelevanceGate(json.loads(json.dumps(gate.state())))
    assert "pat@x.example" in gate.pending
    gate.employee_wrote_in("t1")
    released = gate.finish()
    assert [(a, e[1]) for a, e in released] == [("pat@x.example", "m1")]
    assert "pat@x.example" in gate.qualified and gate.touched["pat@x.example"]["nm"] == {"Pat": 1}
    # once qualified, later mail passes at once
    assert len(gate.offer("pat@x.example", ev("b@n.example", "m9", "received", "t9"), False)) == 1


def test_gate_thread_written_before_the_sender_arrives():
    gate = RelevanceGate({})
    gate.employee_wrote_in("t2")
    assert gate.offer("kim@x.example", ev("a@n.example", "m2", "received", "t2"), False) == []
    assert len(gate.finish()) == 1  # decided at the end of the run's reading
    off = RelevanceGate({}, reply_in_thread=False)
    off.employee_wrote_in("t2")
    assert off.offer("kim@x.example", ev("a@n.example", "m2", "received", "t2"), False) == []
    assert off.finish() == []


def test_gate_keeps_pending_bounded_and_deduplicated():
    gate = RelevanceGate({}, max_events=3)
    for i in range(5):
        gate.offer(
            "p@x.example",
            ev("a@n.example", f"m{i}", "received", f"t{i}", f"2026-03-0{i + 1}"),
            False,
        )
        gate.offer(
            "p@x.example",
            ev("a@n.example", f"m{i}", "received", f"t{i}", f"2026-03-0{i + 1}"),
            False,
        )
    events = gate.pending["p@x.example"]["ev"]
    assert [e[1] for e in events] == ["m2", "m3", "m4"]


def test_gate_forgets_the_oldest_employee_threads(monkeypatch):
    from contactkit_plugins.email_harvest import gate as gate_module

    monkeypatch.setattr(gate_module, "MAX_EMPLOYEE_THREADS", 10)
    gate = RelevanceGate({})
    for i in range(10):
        gate.employee_wrote_in(f"t{i}")
    gate.employee_wrote_in("t0")  # active again: kept
    gate.employee_wrote_in("t10")  # full: the oldest (t1) goes
    assert "t1" not in gate.emp_threads and "t0" in gate.emp_threads
    threads = RelevanceGate(json.loads(json.dumps(gate.state()))).emp_threads
    assert sorted(threads, key=threads.get)[-2:] == [
        "t0",
        "t10",
    ]


def test_signature_region_from_the_signature_itself():
    from contactkit_plugins.email_harvest.signature import signature_region

    # a free-mail ccTLD says nothing of the writer; a North American layout does
    assert signature_region(["Office: 512-466-1762"], "gmx.de", "DE") == "US"
    assert signature_region(["Office: (415) 781-9119"], "example.com", "DE") == "US"
    # a Dutch number is not North American (area codes never start with 0)
    assert signature_region(["Tel: 010-914-7020"], "example.com", "DE") == "DE"
    assert signature_region(["T 01 42 68 53 00"], "example.com", "DE") == "FR"
    assert signature_region(["Tel 06.5018.5283"], "adige.it", "DE") == "IT"
    facts = parse_signature(["Jane Roe", "Buyer", "Tel. 01 42 68 53 00"], "DE", "Jane Roe")
    assert facts.phones == [("01 42 68 53 00", "work", "FR")]


def test_eight_bit_latin1_bodies_are_read_once():
    head = b'Content-Type: multipart/alternative; boundary="b"\r\n'
    body = (
        b"--b\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\nM\xfcller\r\nEink\xe4ufer\r\n--b--\r\n"
    )
    assert body_text(head, body).split() == ["Müller", "Einkäufer"]
