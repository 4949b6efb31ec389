"""Address books as people really export them: each exporter's layout, broken lines, files
fixed after an error. The bytes below are written the way each exporter writes them (column
labels and order from the exporters' own documentation and source)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from vcard_helpers import read

from contactkit.model import PhoneKind
from contactkit.vcard_codec import convert

THUNDERBIRD_HEADER = (
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,"
    "Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,"
    "Home City,Home State,Home ZipCode,Home Country,Work Address,Work Address 2,Work City,"
    "Work State,Work ZipCode,Work Country,Job Title,Department,Organization,Web Page 1,"
    "Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes,"
)


def csv_bytes(header: str, *rows: dict[str, str], encoding: str = "utf-8") -> bytes:
    names = next(csv.reader([header]))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([row.get(n, "") for n in names])
    return out.getvalue().encode(encoding)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def formats(run) -> dict[str, str]:
    return {Path(k).name: v["format"] for k, v in run.state["files"].items()}


def test_thunderbird_csv_is_not_read_as_outlook(tmp_path: Path):
    row = {
        "First Name": "Ines",
        "Last Name": "Carvalho",
        "Display Name": "Ines Carvalho",
        "Primary Email": "ines.carvalho@fabrikam.example",
        "Secondary Email": "ines@carvalho.example",
        "Work Phone": "+351 21 555 0142",
        "Mobile Number": "+351 91 555 0199",
        "Job Title": "Head of Procurement",
        "Organization": "Fabrikam Lda",
        "Work City": "Lisboa",
        "Work Country": "Portugal",
    }
    run = read([write(tmp_path, "thunderbird.csv", csv_bytes(THUNDERBIRD_HEADER, row))])
    assert formats(run) == {"thunderbird.csv": "csv thunderbird"}
    [obs] = run.observations
    c = obs.contact
    assert c.emails == ["ines.carvalho@fabrikam.example", "ines@carvalho.example"]
    assert [(p.e164, p.kind) for p in c.phones] == [
        ("+351215550142", PhoneKind.WORK),
        ("+351915550199", PhoneKind.CELL),
    ]
    assert (c.name.full, c.title, c.organization.name) == (
        "Ines Carvalho",
        "Head of Procurement",
        "Fabrikam Lda",
    )
    assert c.addresses[0].city == "Lisboa"
    assert not run.notes[-1].startswith("  column"), "every column of the layout is known"


def test_each_exporter_layout_is_recognised_and_read(tmp_path: Path):
    layouts = {
        "yahoo.csv": (
            "First,Middle,Last,Nickname,Email,Category,Distribution Lists,Messenger ID,Home,"
            "Work,Pager,Fax,Mobile,Other,Yahoo Phone,Primary,Alternate Email 1,"
            "Alternate Email 2,Personal Website,Business Website,Title,Company,Work Address,"
            "Work City,Work State,Work ZIP,Work Country,Home Address,Home City,Home State,"
            "Home ZIP,Home Country,Birthday,Anniversary,Custom 1,Custom 2,Custom 3,Custom 4,"
            "Comments",
            {"First": "Ada", "Last": "Yee", "Email": "ada@yee.example", "Work": "212-555-0101",
             "Alternate Email 1": "ada.yee@work.example", "Company": "Yee Ltd"},
        ),
        "zoho.csv": (
            "Record Id,Contact Owner,Lead Source,First Name,Last Name,Account Name,Email,Title,"
            "Department,Phone,Mobile,Secondary Email,Mailing Street,Mailing City,Mailing Zip,"
            "Mailing Country,Description",
            {"Record Id": "zcrm_4150868000000224005", "First Name": "Bo", "Last Name": "Zed",
             "Account Name": "Zed AB", "Email": "bo@zed.example", "Phone": "+46 8 555 010 10",
             "Secondary Email": "bo.zed@private.example"},
        ),
        "hubspot.csv": (
            "Record ID,First Name,Last Name,Email,Additional email addresses,Phone Number,"
            "Mobile Phone Number,Job Title,Company Name,Street Address,City,State/Region,"
            "Postal Code,Country/Region,Contact owner,Lifecycle Stage,Create Date",
            {"Record ID": "51", "First Name": "Cy", "Last Name": "Hub",
             "Email": "cy@hub.example", "Additional email addresses": "cy@old.example;c@h.example",
             "Phone Number": "+1 617 555 0100", "Company Name": "Hub Inc"},
        ),
        "salesforce.csv": (
            "First Name,Last Name,Title,Account Name,Email,Phone,Mobile,Mailing Street,"
            "Mailing City,Mailing State/Province,Mailing Zip/Postal Code,Mailing Country,"
            "Contact Owner,Contact ID",
            {"First Name": "Di", "Last Name": "Force", "Account Name": "Force Corp",
             "Email": "di@force.example", "Mobile": "+1 415 555 0111",
             "Contact ID": "0035g00000XyZ12AAB"},
        ),
    }  # fmt: skip
    paths = [write(tmp_path, name, csv_bytes(h, row)) for name, (h, row) in layouts.items()]
    run = read(paths)
    assert formats(run) == {name: f"csv {name[:-4]}" for name in layouts}
    emails = sorted(e for o in run.observations for e in o.contact.emails)
    assert emails == sorted(
        [
            "ada@yee.example",
            "ada.yee@work.example",
            "bo@zed.example",
            "bo.zed@private.example",
            "cy@hub.example",
            "cy@old.example",
            "c@h.example",
            "di@force.example",
        ]
    )
    assert not run.errors


def test_a_column_of_emails_no_layout_knows_is_a_warning_not_silence(tmp_path: Path):
    header = THUNDERBIRD_HEADER + "Work Email 2"
    row = {"First Name": "Eve", "Primary Email": "eve@a.example", "Work Email 2": "eve@b.example"}
    run = read([write(tmp_path, "tb.csv", csv_bytes(header, row))])
    assert run.observations[0].contact.emails == ["eve@a.example"]
    assert any(
        "column 'Work Email 2' holds email addresses (1 values) but maps to nothing" in n
        for n in run.notes
    ), run.notes


def test_legacy_encodings_are_detected_and_named(tmp_path: Path):
    header = "Name,E-mail Address,Company"
    rows = {
        "sjis.csv": ("shift_jis", "山田 太郎", "株式会社山田製作所"),
        "gb.csv": ("gb18030", "王 小明", "北京科技有限公司"),
        "pl.csv": ("cp1250", "Łukasz Wąsowski", "Zakłady Łączności Sp. z o.o."),
    }
    paths = []
    for name, (encoding, person, company) in rows.items():
        data = csv_bytes(
            header,
            {"Name": person, "E-mail Address": f"{name[:-4]}@x.example", "Company": company},
            {"Name": person + "二", "E-mail Address": f"b{name[:-4]}@x.example", "Company": company}
            if encoding != "cp1250"
            else {"Name": "Zażółć Gęślą", "E-mail Address": "z@x.example", "Company": company},
            encoding=encoding,
        )
        paths.append(write(tmp_path, name, data))
    run = read(paths)
    found = formats(run)
    assert found["sjis.csv"].endswith("(cp932)") or found["sjis.csv"].endswith("(shift_jis)")
    assert found["gb.csv"].endswith("(gb18030)")
    assert found["pl.csv"].endswith("(windows-1250)")
    names = {o.contact.name.full for o in run.observations}
    assert {"山田 太郎", "王 小明", "Łukasz Wąsowski", "Zażółć Gęślą"} <= names
    companies = {o.contact.organization.name for o in run.observations}
    assert "Zakłady Łączności Sp. z o.o." in companies


def card(*lines: str, end: str = "\r\n") -> bytes:
    return end.join(["BEGIN:VCARD", "VERSION:2.1", *lines, "END:VCARD", ""]).encode("latin-1")


def test_a_lone_cr_or_a_line_without_colon_costs_one_property_not_the_card(tmp_path: Path):
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lone Cr\r\nNOTE:first part\rsecond part\r\n"
        b"EMAIL:lone.cr@a.example\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:No Colon\r\nthis line has none\r\n"
        b"EMAIL:no.colon@a.example\r\nEND:VCARD\r\n"
    )
    path = write(tmp_path, "cr.vcf", data)
    run = read([path])
    by = {o.contact.name.full: o.contact for o in run.observations}
    assert by["Lone Cr"].emails == ["lone.cr@a.example"]
    assert by["Lone Cr"].notes == "first part second part"
    assert by["No Colon"].emails == ["no.colon@a.example"]
    assert not run.errors
    assert any(f"{path}:10: line does not parse: this line has none" in n for n in run.notes)


def test_quoted_printable_soft_break_at_the_end_does_not_swallow_the_next_property(tmp_path):
    data = card(
        "N:Weber;Klaus",
        "NOTE;ENCODING=QUOTED-PRINTABLE:Messe M=C3=BCnchen=",
        "EMAIL;INTERNET:k.weber@trey.example",
        "TEL;CELL:+49 170 5550123",
    )
    run = read([write(tmp_path, "qp.vcf", data)])
    [obs] = run.observations
    assert obs.contact.emails == ["k.weber@trey.example"]
    assert obs.contact.notes == "Messe München"
    assert [p.e164 for p in obs.contact.phones] == ["+491705550123"]


def test_quoted_printable_cut_inside_a_character_leaves_no_mojibake(tmp_path: Path):
    data = card(
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J M=C3=BCller=C",
        "EMAIL:j.mueller@a.example",
    )
    [obs] = read([write(tmp_path, "cut.vcf", data)]).observations
    assert obs.contact.name.full == "J Müller"
    assert obs.contact.name.family == "Müller"
    assert "Ã" not in obs.contact.model_dump_json()


def test_a_fold_in_the_middle_of_a_utf8_character_is_unfolded_before_decoding(tmp_path):
    name = "Zoë Ångström-Łukasiewicz".encode()
    cut = name.index("Å".encode()) + 1  # between the two bytes of Å
    data = (
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:" + name[:cut] + b"\r\n " + name[cut:] + b"\r\n"
        b"EMAIL:zoe@a.example\r\nEND:VCARD\r\n"
    )
    [obs] = read([write(tmp_path, "fold.vcf", data)]).observations
    assert obs.contact.name.full == "Zoë Ångström-Łukasiewicz"


def test_a_card_with_a_huge_photo_keeps_its_contact(tmp_path: Path):
    photo = "QUJD" * 40_000  # 160 kB of base64, folded the way phones write it
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\n"
        f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEMAIL:big.photo@a.example\r\n"
        "TEL;TYPE=CELL:+44 7700 900123\r\nEND:VCARD\r\n"
    ).encode()
    run = read([write(tmp_path, "photo.vcf", data)], max_card_bytes=64 * 1024)
    [obs] = run.observations
    assert obs.contact.emails == ["big.photo@a.example"]
    assert not run.errors
    assert any("PHOTO of" in n and "dropped" in n for n in run.notes), run.notes


def test_the_same_uid_in_two_files_gives_two_observations(tmp_path: Path):
    old = card("UID:abc-123", "FN:Old Job", "EMAIL:pat@oldco.example")
    new = card("UID:abc-123", "FN:New Job", "EMAIL:pat@newco.example")
    run = read([write(tmp_path, "2023.vcf", old), write(tmp_path, "2024.vcf", new)])
    emails = sorted(e for o in run.observations for e in o.contact.emails)
    assert emails == ["pat@newco.example", "pat@oldco.example"]
    assert len({o.source_key for o in run.observations}) == 2


def test_a_file_that_failed_is_read_again_once_the_settings_are_fixed(tmp_path: Path):
    path = write(tmp_path, "kontakte.csv", b"Vorname;Mail\nKlaus;k@trey.example\n")
    first = read([path])
    assert len(first.errors) == 1 and first.state == {}
    fixed = read([path], state=first.state, csv_columns={"Vorname": "given", "Mail": "email"})
    assert [o.contact.emails for o in fixed.observations] == [["k@trey.example"]]
    # and a file read with other settings is read again, untouched or not
    again = read([path], state=fixed.state, csv_columns={"Vorname": "family", "Mail": "email"})
    assert [o.contact.name.family for o in again.observations] == ["Klaus"]
    same = read([path], state=again.state, csv_columns={"Vorname": "family", "Mail": "email"})
    assert same.observations == []


def test_raising_max_card_bytes_reads_a_refused_card(tmp_path: Path):
    data = card("FN:Long Notes", "EMAIL:long@a.example", "NOTE:" + "x" * 5000)
    path = write(tmp_path, "long.vcf", data)
    first = read([path], max_card_bytes=1024)
    assert first.observations == [] and len(first.errors) == 1
    second = read([path], state=first.state, max_card_bytes=64 * 1024)
    assert [o.contact.emails for o in second.observations] == [["long@a.example"]]


def test_company_only_cards_are_organization_observations(tmp_path: Path):
    data = (
        card("FN:Northwind Traders", "ORG:Northwind Traders", "TEL;WORK:+1 206 555 0100",
             "URL:www.northwind.example")
        + card("X-ABShowAs:COMPANY", "N:;;;;", "ORG:Contoso Ltd", "EMAIL:info@contoso.example")
    )  # fmt: skip
    run = read([write(tmp_path, "companies.vcf", data)])
    assert run.observations == [] and not run.drops
    orgs = {o.organization.name: o for o in run.organizations}
    assert orgs["Northwind Traders"].organization_key == "domain:northwind.example"
    assert orgs["Northwind Traders"].organization.phone == "+12065550100"
    assert orgs["Contoso Ltd"].organization.domains == ["contoso.example"]


def test_export_writes_rfc_types_and_urls_with_a_scheme():
    from contactkit.model import Contact, PersonName, Phone, Url

    contact = Contact(
        name=PersonName(full="Oda Other"),
        phones=[Phone(text="+1 206 555 0100", kind=PhoneKind.OTHER)],
        urls=[Url(url="www.oda.example")],
    )
    for version in ("3.0", "4.0"):
        text = convert.vcard_from_contact(contact, version=version)
        assert "TYPE=OTHER" not in text.upper().replace("X-OTHER", "")
        assert "URL:https://www.oda.example" in text
        back = convert.contact_from_vcard_text(text)
        assert back.phones[0].kind == PhoneKind.OTHER


def test_a_folder_of_many_files_reports_once(tmp_path: Path):
    folder = tmp_path / "cards"
    folder.mkdir()
    for i in range(60):
        write(folder, f"{i:03}.vcf", card(f"FN:Person {i}", f"EMAIL:p{i}@a.example"))
    write(folder, "bad.vcf", b"BEGIN:VCARD\r\nFN:No End\r\n")
    run = read([folder])
    assert len(run.observations) == 60 and len(run.errors) == 1
    assert len(run.notes) <= 4, run.notes
    assert "61 files read" in "\n".join(run.notes)


def test_german_outlook_labels_and_the_address_behind_an_exchange_display_name(tmp_path):
    header = (
        '"Vorname","Nachname","Firma","Position","Telefon geschäftlich","Mobiltelefon",'
        '"E-Mail-Adresse","E-Mail-Typ","E-Mail: Angezeigter Name"'
    )
    row = {
        "Vorname": "Jürgen",
        "Nachname": "Weiß",
        "Firma": "Präzision GmbH",
        "Telefon geschäftlich": "030 5550123",
        "Mobiltelefon": "0171 5550199",
        "E-Mail-Adresse": "/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=jw",
        "E-Mail-Typ": "EX",
        "E-Mail: Angezeigter Name": "Jürgen Weiß (j.weiss@praezision.example)",
    }
    data = csv_bytes(header, row, encoding="cp1252")
    run = read([write(tmp_path, "kontakte.csv", data)], region="DE")
    assert formats(run) == {"kontakte.csv": "csv outlook (windows-1252)"}
    [obs] = run.observations
    assert obs.contact.emails == ["j.weiss@praezision.example"]
    assert [p.e164 for p in obs.contact.phones] == ["+49305550123", "+491715550199"]
    assert obs.contact.name.full == "Jürgen Weiß"


def test_japanese_names_keep_family_first_and_00_numbers_are_international(tmp_path):
    header = "First Name,Last Name,E-mail 1 - Value,Phone 1 - Value"
    rows = [
        {"First Name": "太郎", "Last Name": "高橋", "E-mail 1 - Value": "t.takahashi@a.example",
         "Phone 1 - Value": "0031 70 263 8368"},
    ]  # fmt: skip
    run = read([write(tmp_path, "g.csv", csv_bytes(header, *rows, encoding="shift_jis"))])
    [obs] = run.observations
    assert obs.contact.name.full == "高橋 太郎"
    assert (obs.contact.name.family, obs.contact.name.given) == ("高橋", "太郎")
    assert obs.contact.phones[0].e164 == "+31702638368"
