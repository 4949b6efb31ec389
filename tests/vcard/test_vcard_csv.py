"""CSV exports of contact applications: detected from the header row, columns mapped."""

from __future__ import annotations

from pathlib import Path

import pytest
from vcard_helpers import FIXTURES, read

from contactkit.model import AddressKind, PhoneKind, UrlKind
from contactkit_plugins.vcard import csv_formats
from contactkit_plugins.vcard.source import VCardSource


def file_format(run, name: str) -> str:
    return next(v["format"] for k, v in run.state["files"].items() if k.endswith(name))


def test_outlook_windows_1252_exchange_address_and_empty_row():
    run = read([FIXTURES / "outlook.csv"])
    assert file_format(run, "outlook.csv") == "csv outlook (windows-1252)"
    renee = run.by_name("Renée Gagnon").contact
    assert renee.organization.name == "Coho Winery Ltée"
    assert (renee.title, renee.department) == ("Directrice régionale", "Ventes")
    assert [(p.text, p.kind) for p in renee.phones] == [
        ("(514) 555-0182", PhoneKind.WORK),
        ("(514) 555-0199", PhoneKind.CELL),
        ("(514) 555-0100", PhoneKind.FAX),
    ]
    [address] = renee.addresses
    assert address.street == "1250 boul. René-Lévesque O\nBureau 2200"
    assert (address.city, address.region, address.country) == ("Montréal", "QC", "Canada")
    assert renee.notes == "Salon de Québec 2022.\nAime le vin rouge."
    assert renee.categories == ["Clients", "Québec"]
    # the X.500 Exchange address is skipped, the SMTP one kept
    assert run.by_name("Priya Raman").contact.emails == ["priya.raman@northwind.example"]
    assert [d.reason for d in run.drops] == ["no name, email or phone"]
    assert run.drops[0].record_key.endswith("outlook.csv:5")
    assert not run.errors


def test_google_multi_values_labels_and_addresses():
    run = read([FIXTURES / "google.csv"])
    assert file_format(run, "google.csv") == "csv google"
    aiko = run.by_name("Aiko Tanaka").contact
    assert aiko.emails == [
        "aiko.tanaka@litware.example",
        "atanaka@litware.example",
        "aiko@outlook.com",
    ]
    assert {p.kind for p in aiko.phones} == {PhoneKind.CELL, PhoneKind.FAX}
    assert aiko.categories == ["Partners"], "system labels (* myContacts) are not categories"
    assert aiko.notes == "Met at CES, 2024"
    assert aiko.addresses[0].city == "Tokyo"
    assert aiko.urls[0].kind == UrlKind.LINKEDIN
    omar = run.by_name("Mr. Omar Haddad").contact
    assert (omar.name.prefix, omar.name.given) == ("Mr.", "Omar")


def test_linkedin_preamble_is_skipped():
    run = read([FIXTURES / "Connections.csv"])
    assert file_format(run, "Connections.csv") == "csv linkedin"
    assert len(run.observations) == 2
    mateo = run.by_name("Mateo Rossi").contact
    assert mateo.emails == []
    assert mateo.title == "Head of IT"
    assert mateo.urls[0].kind == UrlKind.LINKEDIN
    ingrid = run.by_name("Ingrid Johansson").contact
    assert ingrid.organization.name == "Adatum Corporation, Nordics"
    assert ingrid.emails == ["ingrid.johansson@adatum.example"]
    assert run.by_name("Ingrid Johansson").source_key.startswith("hash:")


def test_act_extension_and_contact_column():
    run = read([FIXTURES / "act.csv"])
    assert file_format(run, "act.csv") == "csv act (windows-1252)"
    soren = run.by_name("Søren Kierkegaard").contact
    assert soren.phones[0].text == "(305) 555-0110 ext. 214"
    assert soren.phones[0].kind == PhoneKind.WORK
    assert soren.addresses[0].street == "4500 NW 36th St\nHangar 3"
    assert soren.addresses[0].kind == AddressKind.WORK
    assert soren.categories == ["Customer"]


def test_goldmine_upper_case_headers():
    run = read([FIXTURES / "goldmine.csv"])
    assert file_format(run, "goldmine.csv") == "csv goldmine"
    margarethe = run.by_name("Margarethe Brandt").contact
    assert (margarethe.name.given, margarethe.name.family) == ("Margarethe", "Brandt")
    assert margarethe.phones[0].text == "040 5550 123 ext. 12"
    assert margarethe.organization.name == "Margie's Travel"


def test_unknown_csv_is_one_clear_error_then_a_mapping_reads_it():
    run = read([FIXTURES / "custom.csv"])
    [error] = run.errors
    assert "unknown CSV format" in error.reason and "csv_columns" in error.reason
    assert not run.observations
    mapping = {
        "Vorname": "given",
        "Nachname": "family",
        "Firma": "company",
        "Mail": "email",
        "Telefon": "phone",
    }
    run = read([FIXTURES / "custom.csv"], csv_columns=mapping, region="DE")
    [obs] = run.observations
    assert obs.contact.name.full == "Klaus Weber"
    assert obs.contact.organization.name == "Trey Research GmbH"
    assert obs.contact.phones[0].e164 == "+49305550123", "the region hint parses the number"
    assert file_format(run, "custom.csv") == "csv custom"


def test_a_bad_mapping_target_is_a_config_error():
    with pytest.raises(ValueError, match="unknown CSV column target 'telephone number'"):
        VCardSource.Config(paths=[Path(".")], csv_columns={"Tel": "telephone number"})


def test_semicolon_delimited_outlook_from_a_european_locale(tmp_path: Path):
    text = (FIXTURES / "outlook.csv").read_bytes().decode("cp1252")
    # Same export from a German Outlook: semicolons between cells.
    converted = text.replace('","', '";"')
    path = tmp_path / "kontakte.csv"
    path.write_bytes(converted.encode("cp1252"))
    run = read([path])
    assert file_format(run, "kontakte.csv").startswith("csv outlook")
    assert run.by_name("Renée Gagnon").contact.organization.name == "Coho Winery Ltée"


def test_detect_format_names_each_known_export():
    for name, expected in [
        ("outlook.csv", "outlook"),
        ("google.csv", "google"),
        ("Connections.csv", "linkedin"),
        ("act.csv", "act"),
        ("goldmine.csv", "goldmine"),
    ]:
        text = (FIXTURES / name).read_bytes().decode("cp1252")
        fmt, _, header_index = csv_formats.detect_format(text)
        assert fmt.name == expected, name
        if name == "Connections.csv":
            assert header_index == 3  # Notes:, the quoted paragraph, a blank row
