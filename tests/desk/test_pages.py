"""The desk's pages through Flask's test client, over the README's demo store (real SQLite)."""

from __future__ import annotations

import io
import re
import struct
import time
import zlib
from pathlib import Path

import cardgen
import pytest
from PIL import Image

from contactkit import incremental
from contactkit.config import load_config
from contactkit.desk.security import DeskError, resolve_token
from contactkit.model import Contact, Observation
from contactkit.records import find_golden
from contactkit.store import Store
from contactkit.testing.records import doubtful_card

from .conftest import make_app


def store_of(config_path: Path) -> Store:
    return Store(load_config(config_path).store.url)


def add_observation(config_path: Path, contact: Contact, key: str) -> None:
    store = store_of(config_path)
    obs = Observation(source="vcard", source_key=key, contact=contact)
    store.write_batch(run_id=None, source="vcard", source_type="vcard", items=[obs], state=None)
    incremental.merge(store, load_config(config_path))
    store.close()


def test_contacts_table_searches_by_name_and_by_a_phone_typed_any_way(client):
    page = client.get("/").get_data(as_text=True)
    assert "Priya Nair" in page and "12</small>" in page.replace("\n", "")
    by_name = client.get("/?q=priya").get_data(as_text=True)
    assert "Priya Nair" in by_name and "Yuki" not in by_name
    # the demo's +1 212 555 0150, typed the way people type it
    for typed in ("+1 212 555 0150", "(212) 555-0150", "212.555.0150"):
        found = client.get("/", query_string={"q": typed}).get_data(as_text=True)
        assert "Priya Nair" in found, typed
    none = client.get("/?q=nobody-here").get_data(as_text=True)
    assert "No contacts match" in none


def test_a_record_shows_each_value_with_its_source_members_and_who_knows_them(client):
    page = client.get("/?q=priya").get_data(as_text=True)
    golden_id = re.search(r"/contacts/(ck_[0-9a-f]+)", page).group(1)
    record = client.get(f"/contacts/{golden_id}").get_data(as_text=True)
    assert "Every value, where it came from" in record
    assert "email_harvest" in record and "vcard" in record
    assert "Built from 2 observations" in record
    assert "Who knows Priya" in record
    assert client.get("/contacts/ck_0000000000000000").status_code == 404


def test_a_hostile_name_is_shown_as_text(demo_copy):
    add_observation(
        demo_copy,
        Contact(name={"full": '<script>alert("x")</script> Eve'}, emails=["eve@evil.example"]),
        "evil-1",
    )
    client = make_app(demo_copy).test_client()
    listing = client.get("/?q=eve%40evil").get_data(as_text=True)
    assert "<script>alert" not in listing
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Eve" in listing
    golden_id = re.search(r"/contacts/(ck_[0-9a-f]+)", listing).group(1)
    record = client.get(f"/contacts/{golden_id}").get_data(as_text=True)
    assert "<script>alert" not in record
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"


def test_forget_asks_first_then_erases_as_the_cli_does(client, demo_copy):
    page = client.get("/?q=priya").get_data(as_text=True)
    golden_id = re.search(r"/contacts/(ck_[0-9a-f]+)", page).group(1)
    ask = client.get(f"/contacts/{golden_id}/forget").get_data(as_text=True)
    assert "cannot be undone" in ask
    wrong = client.post(f"/contacts/{golden_id}/forget", data={"confirm": "yes"})
    assert wrong.status_code == 302
    assert find_golden(store_of(demo_copy), "priya.nair@woodgrove.example") is not None
    done = client.post(
        f"/contacts/{golden_id}/forget", data={"confirm": golden_id}, follow_redirects=True
    )
    assert "Erased Priya Nair" in done.get_data(as_text=True)
    store = store_of(demo_copy)
    assert find_golden(store, "priya.nair@woodgrove.example") is None
    assert "Priya" not in client.get("/").get_data(as_text=True)


def test_forms_need_their_csrf_token(demo_copy):
    app = make_app(demo_copy)  # CSRF on, as served
    client = app.test_client()
    page = client.get("/?q=priya").get_data(as_text=True)
    golden_id = re.search(r"/contacts/(ck_[0-9a-f]+)", page).group(1)
    refused = client.post(f"/contacts/{golden_id}/forget", data={"confirm": golden_id})
    assert refused.status_code == 400
    assert find_golden(store_of(demo_copy), golden_id) is not None
    form = client.get(f"/contacts/{golden_id}/forget").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    done = client.post(
        f"/contacts/{golden_id}/forget", data={"confirm": golden_id, "csrf_token": token}
    )
    assert done.status_code == 302
    assert find_golden(store_of(demo_copy), golden_id) is None


def test_off_loopback_the_desk_needs_a_token_and_signs_in_with_it(demo_copy, monkeypatch):
    monkeypatch.delenv("CONTACTKIT_DESK_TOKEN", raising=False)
    assert resolve_token("127.0.0.1", None) is None
    with pytest.raises(DeskError, match="needs a sign-in token"):
        resolve_token("0.0.0.0", None)
    monkeypatch.setenv("CONTACTKIT_DESK_TOKEN", "correct horse battery")
    token = resolve_token("0.0.0.0", None)
    app = make_app(demo_copy, token=token)
    app.config["WTF_CSRF_ENABLED"] = False
    client = app.test_client()
    assert client.get("/report").status_code == 302  # to the sign-in page
    assert client.post("/login", data={"token": "wrong"}).status_code == 401
    signed = client.post("/login?next=//evil.example/", data={"token": "correct horse battery"})
    assert signed.headers["Location"] == "/"  # never an open redirect
    assert client.get("/report").status_code == 200


def test_report_page_and_the_single_file_report_carry_the_charts(client, demo_copy, tmp_path):
    page = client.get("/report").get_data(as_text=True)
    assert page.count("<svg") >= 4
    assert "What was dropped, and why" in page and "mass mail only" in page
    assert "Re-verification queue" in page
    from contactkit.desk.reporting import write_html

    out = tmp_path / "report.html"
    write_html(store_of(demo_copy), out)
    html = out.read_text(encoding="utf-8")
    assert html.count("<svg") >= 4 and "<style>" in html
    # one file: nothing linked or fetched
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert 'rel="stylesheet"' not in html and "<script" not in html


def test_review_a_card_keeps_what_was_typed_on_an_error_and_adds_a_missed_field(client, demo_copy):
    store = store_of(demo_copy)
    store.write_batch(
        run_id=None,
        source="card_scan",
        source_type="card_scan",
        items=[doubtful_card()],
        state=None,
    )
    [(review_id, _)] = store.open_reviews()
    queue = client.get("/review").get_data(as_text=True)
    assert "1 card(s)" in queue and "check emails, title" in queue
    form = client.get(f"/review/card/{review_id}").get_data(as_text=True)
    assert 'id="f-emails"' in form and "autofocus" in form
    bad = client.post(
        f"/review/card/{review_id}",
        data={"emails": "jana.nowak@@optics", "title": "Sales Manager", "name": "Jana Nowak"},
    )
    assert bad.status_code == 400
    text = bad.get_data(as_text=True)
    assert "emails:" in text and 'value="Sales Manager"' in text  # nothing typed is lost
    good = client.post(
        f"/review/card/{review_id}",
        data={
            "name": "Jana Nowak",
            "emails": "jana.nowak@optics.example",
            "title": "Sales Manager",
            "phones": "+48 601 555 123 (cell)",  # the machine missed it
        },
    )
    assert good.status_code == 302
    assert store.open_reviews() == []
    record = find_golden(store, "jana.nowak@optics.example")
    assert record is not None and record.contact.title == "Sales Manager"
    assert record.provenance["title"][0].source == "review"
    assert [p.e164 for p in record.contact.phones] == ["+48601555123"]


def test_match_pairs_are_decided_side_by_side(client, demo_copy):
    store = store_of(demo_copy)
    a = Contact(name={"full": "Lena Vogel"}, emails=["lena@vogel.example"])
    b = Contact(name={"full": "L. Vogel"}, phones=[{"text": "+49 30 5550111"}])
    items = [
        Observation(source="vcard", source_key="m-a", contact=a),
        Observation(source="vcard", source_key="m-b", contact=b),
    ]
    store.write_batch(run_id=None, source="vcard", source_type="vcard", items=items, state=None)
    store.sync_match_reviews(
        [{"a": "vcard\x1fm-a", "b": "vcard\x1fm-b", "score": 4.0, "reasons": ["same family"]}]
    )
    [pair] = store.open_match_reviews()
    page = client.get("/review").get_data(as_text=True)
    assert "Same person?" in page and "Lena Vogel" in page and "L. Vogel" in page
    assert client.post(f"/review/match/{pair['id']}", data={"answer": "maybe"}).status_code == 400
    done = client.post(f"/review/match/{pair['id']}", data={"answer": "different"})
    assert done.status_code == 302
    assert store.open_match_reviews() == []


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge image (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def test_uploads_are_judged_by_content(client):
    def upload(name: str, data: bytes):  # type: ignore[no-untyped-def]
        return client.post(
            "/scan",
            data={"cards": (io.BytesIO(data), name)},
            content_type="multipart/form-data",
        )

    not_image = upload("card.jpg", b"MZ\x90\x00 this is a program")
    assert not_image.status_code == 400
    assert "card.jpg: not an image" in not_image.get_data(as_text=True)
    empty = upload("empty.png", b"")
    assert "empty.png: the file is empty" in empty.get_data(as_text=True)
    bomb = upload("bomb.png", png_claiming(100_000, 100_000))
    assert "too large to open safely" in bomb.get_data(as_text=True)
    gif = io.BytesIO()
    Image.new("RGB", (20, 20)).save(gif, "GIF")
    assert "GIF images are not read" in upload("x.gif", gif.getvalue()).get_data(as_text=True)


def test_a_scanned_card_becomes_a_contact(demo_copy):
    app = make_app(demo_copy)
    app.config["WTF_CSRF_ENABLED"] = False
    client = app.test_client()
    spec, data, ext = cardgen.make_card(1, "scan")
    posted = client.post(
        "/scan",
        data={"cards": (io.BytesIO(data), f"card.{ext}")},
        content_type="multipart/form-data",
    )
    assert posted.status_code == 302
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        [job] = client.get("/scan/jobs.json").get_json()
        if job["status"] not in ("waiting", "reading"):
            break
        time.sleep(0.5)
    assert job["status"] in ("done", "review"), job
    uploads = list((demo_copy.parent / "desk-uploads").iterdir())
    assert len(uploads) == 1 and uploads[0].name != f"card.{ext}"  # the server names files
    email = spec.email.lower()
    assert [c["email"] for c in job["contacts"]] == [email]
    record = find_golden(store_of(demo_copy), email)
    assert record is not None and record.contact.name.full == spec.name
