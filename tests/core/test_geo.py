"""Countries: names in any language to ISO codes, phone and ccTLD signals, and the majority vote
that gives each organization in the store its country."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactkit import geo, master
from contactkit.model import Address, Contact, Observation, Organization, OrgRef, Phone
from contactkit.store import Store


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Germany", "DE"),
        ("Deutschland", "DE"),
        ("Allemagne", "DE"),
        ("deu", "DE"),
        ("Schweiz", "CH"),
        ("Suisse", "CH"),
        ("Svizzera", "CH"),
        ("Österreich", "AT"),
        ("United States", "US"),
        ("U.S.A.", "US"),
        ("us", "US"),
        ("UK", "GB"),
        ("Royaume-Uni", "GB"),
        ("España", "ES"),
        ("日本", "JP"),
        ("Россия", "RU"),
        ("Korea, Republic of", "KR"),
        ("Republic of Korea", "KR"),
        ("Brasil", "BR"),
    ],
)
def test_country_names_in_any_language(text: str, code: str):
    assert geo.country_code(text) == code


def test_the_shipped_names_are_babels_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = geo._built_all_languages()  # every locale Babel ships, read here
    assert geo._names_all_languages() == built  # whichever way this install found them
    # a table written from this Babel and pycountry is read back as it was built
    monkeypatch.setattr(geo, "SHIPPED_NAMES", tmp_path / "names.json.gz")
    geo._shipped_names.cache_clear()
    assert geo.write_shipped_names() == len(built)
    assert geo._shipped_names() == built
    # one built from another Babel is not used: the names are built here, as before
    monkeypatch.setattr(geo, "_built_from", lambda: {"babel": "0.0", "pycountry": "0.0"})
    geo._shipped_names.cache_clear()
    assert geo._shipped_names() is None
    assert geo._cldr_name("svycarsko") == "CH"  # Czech, not a common language: read all
    geo._shipped_names.cache_clear()


@pytest.mark.parametrize("text", ["", "  ", "Atlantis", "XX", "A", "Main Street 4"])
def test_unknown_country_is_none(text: str):
    assert geo.country_code(text) is None


def test_phone_and_cctld_signals():
    assert geo.country_of_phone("+41445551234") == "CH"
    assert geo.country_of_phone("+14165550100") == "CA"  # +1 is shared: the number decides
    assert geo.country_of_phone("+14155550100") == "US"
    assert geo.country_of_phone("0445551234") is None  # not E.164: no country to read
    assert geo.country_of_domain("acme.co.uk") == "GB"
    assert geo.country_of_domain("acme.de") == "DE"
    assert geo.country_of_domain("acme.io") is None  # sold worldwide as a generic name
    assert geo.country_of_domain("acme.com") is None


def test_majority_with_confidence_then_default():
    signals = geo.CountrySignals()
    for _ in range(3):
        signals.add("address", "DE")
    signals.add("phone", "AT")
    guess = geo.infer_country(signals, ["acme.de"], default="US")
    assert guess.code == "DE"
    assert guess.confidence == pytest.approx(3.5 / 4.3, abs=0.01)
    assert "AT" in guess.evidence() and "address 3" in guess.evidence()

    lone = geo.CountrySignals()
    lone.add("phone", "FR")
    assert geo.infer_country(lone, [], default="US").confidence == pytest.approx(0.8)

    nothing = geo.infer_country(geo.CountrySignals(), ["acme.com"], default="US")
    assert (nothing.code, nothing.confidence, nothing.defaulted) == ("US", 0.0, True)
    assert geo.infer_country(geo.CountrySignals(), [], default=None).code is None


def test_organization_country_is_validated_to_iso():
    assert Organization(country="Deutschland").country == "DE"
    assert Organization(country="Atlantis").country is None


def _obs(key: str, domain: str, country: str | None, phone: str | None) -> Observation:
    contact = Contact(
        name={"full": f"Person {key}"},
        emails=[f"{key}@{domain}"],
        organization=OrgRef(name=domain.split(".")[0].title(), domain=domain),
        addresses=[Address(city="X", country=country)] if country else [],
        phones=[Phone(text=phone)] if phone else [],
    )
    return Observation(source="crm", source_key=key, contact=contact)


def test_store_gives_every_organization_a_country(tmp_path: Path):
    store = Store(f"sqlite:///{tmp_path / 'ck.db'}")
    try:
        items = [
            _obs("a1", "muster.de", "Deutschland", "+49 30 1234567"),
            _obs("a2", "muster.de", "Germany", None),
            _obs("a3", "muster.de", "Schweiz", None),  # one colleague in the Zurich office
            _obs("b1", "alpine.com", None, "+41 44 555 12 34"),
            _obs("c1", "nowhere.com", None, None),
        ]
        store.write_batch(run_id=None, source="crm", source_type="crm", items=items, state=None)
        config = master.MasterSettings.from_config(["crm"])
        config.default_country = "US"
        master.rebuild(store, config)
        by_key = {row.key: row for row in store.organizations().values()}
        muster = by_key["domain:muster.de"]
        assert muster.payload["country"] == "DE"
        assert 0.7 < muster.payload["country_confidence"] < 1.0
        assert muster.provenance["country"][0]["source"] == "contacts"
        assert by_key["domain:alpine.com"].payload["country"] == "CH"
        nowhere = by_key["domain:nowhere.com"]
        assert (nowhere.payload["country"], nowhere.payload["country_confidence"]) == ("US", 0.0)
        assert nowhere.provenance["country"][0]["source"] == "config region"
    finally:
        store.close()


@pytest.mark.parametrize("text", ["[a] U", "s V", "a u", "U S"])
def test_letters_apart_without_dots_are_no_country(text: str):
    assert geo.country_code(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("(U.S.A.)", "US"),
        ("- U.S.A.", "US"),
        ("U. K.", "GB"),
        ("S W E D E N", "SE"),
        ("U S A", "US"),
    ],
)
def test_letters_dotted_or_spaced_out_are_a_country(text: str, code: str):
    assert geo.country_code(text) == code
