"""The ``vcard`` sink: export, re-import through the source, and the sink contract."""

from __future__ import annotations

from pathlib import Path

import pytest
from vcard_helpers import read

from contactkit.model import (
    Address,
    AddressKind,
    Contact,
    GoldenRecord,
    OrgRef,
    PersonName,
    Phone,
    PhoneKind,
    SinkStatus,
    Url,
    UrlKind,
)
from contactkit.plugin import ForgetItem, PushItem
from contactkit.testing import SinkContractTests, StoredContact, records, standalone_context
from contactkit.vcard_codec import convert
from contactkit_plugins.vcard import decoding
from contactkit_plugins.vcard.sink import VCardSink


def rich_record() -> GoldenRecord:
    """Every field the model has, with the characters vCard must escape."""
    contact = Contact(
        name=PersonName(
            prefix="Dr.", given="Anna-Lena", middle="Maria", family="von Brandt", suffix="PhD"
        ),
        emails=["anna.brandt@northwind.example", "alb@gmail.com"],
        phones=[
            Phone(text="+49 30 555 0100", kind=PhoneKind.WORK),
            Phone(text="+49 171 555 0101", kind=PhoneKind.CELL),
            Phone(text="+49 30 555 0199", kind=PhoneKind.FAX),
            Phone(text="+49 30 555 0102", kind=PhoneKind.HOME),
            Phone(text="(030) 555-0103, ext. 7", kind=PhoneKind.OTHER),
        ],
        title="Head of Sales, EMEA; Partner",
        department="Vertrieb",
        organization=OrgRef(name="Northwind Traders GmbH & Co. KG"),
        addresses=[
            Address(
                street="Friedrichstraße 100\nAufgang B",
                city="Berlin",
                postal_code="10117",
                country="Germany",
                kind=AddressKind.WORK,
            ),
            Address(street="Am See 3", city="Potsdam", kind=AddressKind.HOME),
            Address(city="Hamburg", kind=AddressKind.OTHER),
        ],
        urls=[
            Url(url="https://northwind.example"),
            Url(url="https://www.linkedin.com/in/anna-brandt"),
            Url(url="https://mastodon.example/@anna", kind=UrlKind.OTHER),
        ],
        notes="Line one, with comma; and semicolon\nLine two \\ backslash",
        categories=["Customers", "VIP, gold"],
    )
    return GoldenRecord(id="ck-rich-0001", contact=contact, updated_at=records.FIXED_TIME)


def company_only() -> GoldenRecord:
    contact = Contact(organization=OrgRef(name="Contoso Ltd", domain="contoso.example"))
    contact.phones = [Phone(text="+1 425 555 0100")]
    return GoldenRecord(id="ck-company-1", contact=contact)


def all_records() -> list[GoldenRecord]:
    return [
        rich_record(),
        company_only(),
        *records.people(3),
        *records.unicode_people(),
        records.without_company(),
        records.without_email(),
    ]


@pytest.mark.parametrize("version", ["4.0", "3.0"])
@pytest.mark.parametrize("layout", ["folder", "file"])
def test_export_then_import_gives_the_same_contacts(tmp_path: Path, version: str, layout: str):
    target = tmp_path / ("out.vcf" if layout == "file" else "cards")
    sink = VCardSink(VCardSink.Config(path=target, version=version), standalone_context())
    recs = all_records()
    results = sink.write([PushItem(r) for r in recs])
    assert {r.status for r in results} == {SinkStatus.CREATED}
    sink.close()
    run = read([target])
    assert not run.errors and not run.drops
    # a UID is scoped to its file: the file's name, or its path inside the folder read
    back = {o.source_key.split("@")[0]: o.contact for o in run.observations}
    people = [r for r in recs if r.id != "ck-company-1"]
    assert set(back) == {f"uid:{r.id}" for r in people}
    for rec in people:
        assert back[f"uid:{rec.id}"] == rec.contact, rec.id
    where = {o.source_key.split("@")[1] for o in run.observations}
    assert where == ({"out.vcf"} if layout == "file" else {f"{r.id}.vcf" for r in people})
    # a record that is only a company comes back as what it is: an organization
    [company] = run.organizations
    assert company.source_key.startswith("uid:ck-company-1@")
    assert (company.organization.name, company.organization.domains) == (
        "Contoso Ltd",
        ["contoso.example"],
    )
    assert company.organization.phone == "+14255550100"
    files = run.state["files"]
    assert {v["format"] for v in files.values()} == {f"vcard {version}"}
    assert len(files) == (1 if layout == "file" else len(recs))


def test_written_text_is_valid_for_vobject_and_folded(tmp_path: Path):
    text = convert.vcard_from_record(rich_record())
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "TITLE:Head of Sales\\, EMEA\\; Partner\r\n" in text
    assert "EMAIL;PREF=1:anna.brandt@northwind.example" in text
    import vobject

    parsed = vobject.readOne(text)
    assert parsed.uid.value == "ck-rich-0001"
    assert parsed.n.value.family == "von Brandt"
    v3 = convert.vcard_from_record(rich_record(), version="3.0")
    assert "TEL;TYPE=CELL:+49 171 555 0101" in v3
    assert "EMAIL;TYPE=INTERNET,PREF:anna.brandt@northwind.example" in v3


def test_single_file_keeps_cards_not_in_the_batch_and_replaces_by_uid(tmp_path: Path):
    path = tmp_path / "all.vcf"
    context = standalone_context()
    sink = VCardSink(VCardSink.Config(path=path), context)
    a, b = records.person(1), records.person(2)
    sink.write([PushItem(a), PushItem(b)])
    # a later run, a new sink: only the changed record is pushed
    a2 = records.changed(a, title="CTO")
    later = VCardSink(VCardSink.Config(path=path), context)
    [result] = later.write([PushItem(a2, external_id=a.id, previous=a)])
    assert result.status == SinkStatus.UPDATED
    cards = list(decoding.split_cards(path.read_bytes()))
    assert len(cards) == 2
    titles = {o.source_key: o.contact.title for o in read([path]).observations}
    assert titles == {f"uid:{a.id}@all.vcf": "CTO", f"uid:{b.id}@all.vcf": "Chief Engineer"}
    later.forget([ForgetItem(record_id=b.id, external_id=b.id)])
    assert [o.source_key for o in read([path]).observations] == [f"uid:{a.id}@all.vcf"]


def test_unwritable_target_fails_each_record_with_one_line(tmp_path: Path):
    blocker = tmp_path / "cards"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    sink = VCardSink(VCardSink.Config(path=blocker, layout="folder"), standalone_context())
    results = sink.write([PushItem(records.person(1))])
    assert results[0].status == SinkStatus.FAILED
    assert results[0].reason and "\n" not in results[0].reason


def _stored(path: Path) -> StoredContact | None:
    if not path.exists():
        return None
    contact = convert.contact_from_vcard_text(path.read_text(encoding="utf-8"))
    return StoredContact(
        full_name=contact.name.full,
        emails=contact.emails,
        title=contact.title,
        phones=[p.e164 or p.text for p in contact.phones],
        organization=contact.organization.name if contact.organization else None,
    )


class TestVCardFolderSinkContract(SinkContractTests):
    uses_http = False
    supports_owner = False

    @pytest.fixture
    def make_sink(self, tmp_path: Path):
        self.folder = tmp_path / "cards"
        return lambda context: VCardSink(VCardSink.Config(path=self.folder), context)

    def fetch(self, external_id: str) -> StoredContact | None:
        return _stored(self.folder / external_id)

    def inject_failure(self, item: PushItem) -> bool:
        # A folder where the card's file should go: the atomic rename onto it fails.
        path = VCardSink(VCardSink.Config(path=self.folder), None).card_path(item.record.id)
        path.mkdir(parents=True)
        return True


class TestVCardSingleFileSinkContract(SinkContractTests):
    uses_http = False
    supports_owner = False

    @pytest.fixture
    def make_sink(self, tmp_path: Path):
        self.path = tmp_path / "contacts.vcf"
        return lambda context: VCardSink(VCardSink.Config(path=self.path, version="3.0"), context)

    def fetch(self, external_id: str) -> StoredContact | None:
        if not self.path.exists():
            return None
        for raw in decoding.split_cards(self.path.read_bytes()):
            text = raw.data.decode("utf-8")
            if f"\r\nUID:{external_id}\r\n" in text:
                tmp = self.path.with_suffix(".one")
                tmp.write_text(text, encoding="utf-8")
                return _stored(tmp)
        return None
