"""vCard files as real programs write them: every quirk of the issue, one fixture each."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import vobject
from vcard_helpers import FIXTURES, read

from contactkit.model import AddressKind, OrgRef, PhoneKind, UrlKind
from contactkit.vcard_codec import convert, legacy_encodings, properties, syntax
from contactkit_plugins.vcard import decoding


def kinds(observation) -> dict[str, PhoneKind]:
    return {p.text: p.kind for p in observation.contact.phones}


def test_outlook_21_quoted_printable_windows_1252_with_soft_breaks():
    run = read([FIXTURES / "outlook_21.vcf"])
    assert not run.errors
    assert len(run.observations) == 2
    card = run.by_name("Dr. Jürgen Müller").contact
    assert (card.name.prefix, card.name.given, card.name.family) == ("Dr.", "Jürgen", "Müller")
    assert card.organization.name == "Großhandel Süd AG"
    assert card.department == "Einkäufe"
    # the QP soft break fell inside "12." and the =0D=0A became a real line break; 0x80 is €
    assert card.notes == (
        "Kennengelernt auf der Messe, Stand 12.\nPreise: 5€ pro Stück, Rückruf im Frühjahr."
    )
    assert card.emails == ["j.mueller@grosshandel-sued.example", "juergen.mueller@gmail.com"]
    assert kinds(run.by_name("Dr. Jürgen Müller")) == {
        "+49 (89) 1234-567": PhoneKind.WORK,
        "+49 171 2345678": PhoneKind.CELL,
        "+49 (89) 1234-599": PhoneKind.FAX,
    }
    [address] = card.addresses
    assert (address.street, address.city, address.postal_code) == (
        "Ludwigstraße 12",
        "München",
        "80539",
    )
    assert address.kind == AddressKind.WORK
    assert run.by_name("Dr. Jürgen Müller").seen_at == datetime(2019, 3, 14, 10, 15, tzinfo=UTC)
    assert run.state["files"][str((FIXTURES / "outlook_21.vcf").resolve())]["format"] == (
        "vcard 2.1"
    )


def test_raw_latin1_without_charset_is_detected_not_mojibake():
    run = read([FIXTURES / "oldphone_latin1.vcf"])
    assert not run.errors
    [obs] = run.observations
    assert obs.contact.name.full == "Hélène Lefèvre"
    assert obs.contact.notes == "Rencontrée à Lyon, très sympa"
    assert "Ã" not in obs.contact.model_dump_json()
    assert kinds(obs) == {"+33 6 12 34 56 78": PhoneKind.CELL, "01 42 68 53 00": PhoneKind.HOME}
    # the unindented base64 photo lines did not become garbage properties
    file_state = next(iter(run.state["files"].values()))
    assert file_state["format"] == "vcard 2.1 (windows-1252)"


def test_apple_grouped_labels_social_profiles_and_company_card():
    run = read([FIXTURES / "apple_30.vcf"])
    assert not run.errors
    person = run.by_name("Yuki Nakamura")
    assert person.source_key == "uid:5A1C7E2B-8F3D-4C6A-9E0B-2D4F6A8C0E1A@apple_30.vcf"
    contact = person.contact
    # type=pref puts the work email first even though it is grouped and labelled "Other"
    assert contact.emails == ["yuki.nakamura@litware.example", "yuki.n@icloud.com"]
    assert kinds(person) == {
        "+1 (425) 555-0199": PhoneKind.WORK,  # type=WORK;type=VOICE;type=pref: first
        "+1 (425) 555-0100": PhoneKind.CELL,  # item2.X-ABLabel:_$!<Mobile>!$_
        "+1 (425) 555-0198": PhoneKind.FAX,  # custom label "Lab fax"
    }
    assert contact.phones[0].text == "+1 (425) 555-0199"
    assert contact.organization.name == "Litware Inc."
    assert contact.department == "Research & Development"
    assert contact.addresses[0].street == "One Microsoft Way\nBuilding 99"
    # escaped comma and semicolon survive (vobject's own decoding would cut at the comma)
    assert contact.notes == "Keynote speaker, Build 2023. Prefers email; no calls before 10."
    assert contact.categories == ["Speakers", "VIP"]
    urls = {u.url: u.kind for u in contact.urls}
    assert urls["http://www.linkedin.com/in/yukinakamura"] == UrlKind.LINKEDIN  # folded value
    assert urls["https://twitter.com/yuki_n"] == UrlKind.OTHER  # built from x-user
    assert person.seen_at == datetime(2023, 11, 2, 16, 45, 10, tzinfo=UTC)
    assert all(o.contact.name.full for o in run.observations), "a company card is no person"
    [company] = run.organizations
    assert company.organization.name == "Adventure Works Cycles"
    assert company.organization_key == company_key_of(company)


def company_key_of(obs) -> str:
    return OrgRef(name=obs.organization.name, domain=(obs.organization.domains or [None])[0]).key


def test_google_lf_endings_custom_labels_and_missing_fn_or_n():
    run = read([FIXTURES / "google_30.vcf"])
    assert not run.errors
    sofia = run.by_name("Sofía Ramírez")
    assert (sofia.contact.name.given, sofia.contact.name.family) == ("Sofía", "Ramírez")
    assert kinds(sofia) == {"+34 612 345 678": PhoneKind.CELL, "+34 91 123 45 67": PhoneKind.WORK}
    assert sofia.contact.categories == ["Clientes"], "Google's myContacts is not a category"
    lena = run.by_name("Lena Schmidt")  # empty FN: the name comes from N
    assert lena.contact.name.family == "Schmidt"


def test_vcard_40_bom_tel_uris_pref_numbers_and_uri_photo(monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("the source opened a network connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    run = read([FIXTURES / "rfc6350_40.vcf"])
    assert not run.errors
    [obs] = run.observations
    contact = obs.contact
    assert obs.source_key == "uid:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1@rfc6350_40.vcf"
    assert contact.name.prefix == "Mme"
    assert contact.emails[0] == "marie-claire.dubois@fourthcoffee.example", "PREF=1 wins"
    assert [p.e164 for p in contact.phones] == ["+33144556677", "+33611223344"]
    assert [p.kind for p in contact.phones] == [PhoneKind.WORK, PhoneKind.CELL]
    assert contact.department == "Direction Achats, Europe"  # ORG with two units
    assert contact.title == "Directrice des achats Europe, zone Sud"
    assert "Role: Purchasing" in contact.notes
    assert contact.addresses[0].city == "Paris", "a line folded with a tab"
    assert contact.notes.startswith("Ligne 1\nLigne 2")


def test_utf16_with_bom():
    run = read([FIXTURES / "windows_utf16.vcf"])
    [obs] = run.observations
    assert obs.contact.notes == "Łódź office"
    assert obs.contact.emails == ["z.kowalski@wideworldimporters.example"]


def test_one_broken_card_among_good_ones_is_reported_with_file_and_line():
    path = FIXTURES / "broken_mix.vcf"
    run = read([path])
    names = sorted(o.contact.name.full for o in run.observations)
    # a line with no colon costs its property, not the card
    assert names == ["Bad Line", "Good One", "Good Three", "Good Two"]
    where = {e.record_key: e.reason for e in run.errors}
    resolved = str(path.resolve())
    assert where == {f"{resolved}:11": "no END:VCARD"}
    assert any(
        n.strip().startswith(f"{resolved}:9: line does not parse: this line has no colon")
        and n.endswith("property skipped")
        for n in run.notes
    ), run.notes
    # the invalid email was skipped, the card kept for its phone
    assert run.by_name("Good Two").contact.emails == []
    counts = run.state["files"][resolved]
    assert (counts["contacts"], counts["errors"]) == (4, 1)


def test_many_files_and_folders_in_one_run(fixtures: Path):
    run = read([fixtures])
    files = run.state["files"]
    # custom.csv has no known layout and no csv_columns: it is not done, the next run retries
    assert len(files) == 12 and not any(k.endswith("custom.csv") for k in files)
    assert sum(f["contacts"] for f in files.values()) == len(run.observations)
    assert len(run.observations) >= 20
    formats = {Path(k).name: v["format"] for k, v in files.items()}
    assert formats["apple_30.vcf"] == "vcard 3.0"
    assert formats["rfc6350_40.vcf"] == "vcard 4.0"
    assert formats["Connections.csv"] == "csv linkedin"


def test_type_spellings_all_map_the_same():
    spellings = [
        "TEL;TYPE=WORK,VOICE:1",
        "TEL;TYPE=work;TYPE=voice:1",
        'TEL;TYPE="work,voice":1',
        "TEL;WORK;VOICE:1",
    ]
    for line in spellings:
        card = convert.parse_card(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\n{line}\r\nEND:VCARD\r\n")
        tel = card.contents["tel"][0]
        assert properties.type_set(tel) == {"work", "voice"}, line
    for line, kind in [
        ("TEL;TYPE=work;TYPE=cell:1", PhoneKind.CELL),
        ("TEL;CELL:1", PhoneKind.CELL),
        ("TEL;TYPE=HOME,FAX:1", PhoneKind.FAX),
        ("TEL;TYPE=pager:1", PhoneKind.OTHER),
        ("TEL;HOME:1", PhoneKind.HOME),
    ]:
        text = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X Y\r\n{line}\r\nEND:VCARD\r\n"
        assert convert.contact_from_vcard_text(text).phones[0].kind == kind, line
    pref = convert.parse_card("BEGIN:VCARD\r\nEMAIL;PREF=1:a@b.example\r\nEND:VCARD\r\n")
    email = pref.contents["email"][0]
    assert properties.preference(email, properties.type_set(email)) == 1


def test_transformed_vobject_component_is_accepted():
    """What another plugin gets from ``vobject.readOne`` (behaviours applied) converts too."""
    text = (FIXTURES / "apple_30.vcf").read_text(encoding="utf-8").split("END:VCARD")[0]
    component = vobject.readOne(text + "END:VCARD\r\n")
    contact = convert.contact_from_vcard(component)
    assert contact.name.full == "Yuki Nakamura"
    assert contact.organization.name == "Litware Inc."
    assert contact.addresses[0].city == "Redmond"
    assert PhoneKind.CELL in {p.kind for p in contact.phones}


def test_split_cards_counts_lines_and_keeps_agent_cards_inside():
    data = (
        b"junk before\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Boss\r\nAGENT:\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Assistant\r\nEND:VCARD\r\nEND:VCARD\r\n"
        b"begin:vcard\nversion:3.0\nfn:Lower Case\nend:vcard\n"
    )
    cards = list(decoding.split_cards(data))
    assert [(c.line, c.error) for c in cards] == [(2, None), (11, None)]
    assert b"Assistant" in cards[0].data
    card = convert.parse_card(cards[0].data.decode())
    assert card.contents["fn"][0].value == "Boss"


def test_decode_card_uses_line_charset_when_not_utf8():
    data = "FN;CHARSET=KOI8-R:Иван\r\nNOTE:naïve\r\n"
    raw = data.split("\r\n")[0].encode("koi8-r") + b"\r\n" + "NOTE:naïve\r\n".encode("cp1252")
    text, _ = decoding.decode_card(raw)
    assert "Иван" in text and "naïve" in text


def test_clean_card_text_qp_without_charset_and_bare_parameter():
    text = "NOTE;QUOTED-PRINTABLE:caf=C3=A9 =\r\ncr=C3=A8me\r\nFN:x\r\n"
    cleaned = legacy_encodings.clean_card_text(text)
    assert "NOTE:café crème\r\n" in cleaned
    assert "FN:x" in cleaned


def test_public_component_path_and_fast_path_agree_on_every_fixture_card():
    """``read_card(parse_card(text))`` (for other plugins) == what the source reads."""
    compared = 0
    for path in sorted(FIXTURES.glob("*.vcf")):
        body, _ = decoding.strip_bom(path.read_bytes())
        for raw in decoding.split_cards(body):
            if raw.error:
                continue
            text = legacy_encodings.clean_card_text(decoding.decode_card(raw.data)[0])
            try:
                fast = convert.read_lines(syntax.raw_lines(text))
            except convert.CardError:
                continue
            public = convert.read_card(convert.parse_card(text))
            assert public.contact == fast.contact, path.name
            assert (public.uid, public.rev) == (fast.uid, fast.rev)
            compared += 1
    assert compared >= 12


def test_files_concatenated_with_their_boms_are_all_read(tmp_path: Path):
    v40 = (FIXTURES / "rfc6350_40.vcf").read_bytes()
    assert v40.startswith(b"\xef\xbb\xbf")
    path = tmp_path / "all.vcf"
    path.write_bytes(v40 + (FIXTURES / "google_30.vcf").read_bytes() + v40)
    run = read([path])
    assert not run.errors
    assert len(run.observations) == 4
    assert len({o.source_key for o in run.observations}) == 3, "the same card twice: one key"


def test_label_only_address_is_split_with_lower_confidence():
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Label Only\r\nEMAIL:label.only@contoso.example\r\n"
        "LABEL;TYPE=HOME:1 Main St\\nApt 4\\nSpringfield, IL 62701\\nUSA\r\nEND:VCARD\r\n"
    )
    info = convert.read_lines(syntax.raw_lines(text))
    [address] = info.contact.addresses
    assert address.street == "1 Main St\nApt 4"
    assert (address.city, address.region, address.postal_code) == ("Springfield", "IL", "62701")
    assert (address.country, address.kind) == ("USA", AddressKind.HOME)
    assert info.confidence == {"addresses": 0.7}
