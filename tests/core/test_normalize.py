import pytest

from contactkit import normalize
from contactkit.normalize import NormalizationError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Anna.Schmidt@ACME.Example", "anna.schmidt@acme.example"),
        ("<bob@example.com>", "bob@example.com"),
        ("mailto:bob@example.com", "bob@example.com"),
        ("jörg@bücher.de", "jörg@xn--bcher-kva.de"),
    ],
)
def test_emails_are_lowercased_and_idna(raw: str, expected: str) -> None:
    assert normalize.normalize_email(raw) == expected


def test_invalid_email_names_the_value() -> None:
    with pytest.raises(NormalizationError, match="'not-an-email'"):
        normalize.normalize_email("not-an-email")


def test_phones_to_e164_with_default_region_and_extension() -> None:
    assert normalize.parse_phone("030 1234567", "DE") == "+49301234567"
    assert normalize.parse_phone("+1 (415) 555-2671 ext. 12", None) == "+14155552671;ext=12"
    assert normalize.parse_phone("12", "DE") is None


def test_registrable_domain_is_public_suffix_aware() -> None:
    assert normalize.registrable_domain("mail.sales.example.co.uk") == "example.co.uk"
    assert normalize.registrable_domain("https://www.acme.com/about") == "acme.com"
    assert normalize.registrable_domain("someone@eu.acme.com") == "acme.com"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("ACME Widgets GmbH", "acme widgets"),
        ("Acme Widgets, Inc.", "acme widgets"),
        ("Müller Bau Ltd", "muller bau"),
    ],
)
def test_company_key_drops_legal_suffix(name: str, key: str) -> None:
    assert normalize.company_key(name) == key


def test_names_split_and_family_first_with_comma() -> None:
    parts = normalize.split_name("Dr. Anna-Lena Müller-Schmidt")
    assert (parts["prefix"], parts["given"], parts["family"]) == (
        "Dr.",
        "Anna-Lena",
        "Müller-Schmidt",
    )
    flipped = normalize.split_name("Maier, Bernd")
    assert (flipped["given"], flipped["family"]) == ("Bernd", "Maier")


def test_name_key_ignores_order_case_and_accents() -> None:
    assert normalize.name_key("José", "Núñez") == normalize.name_key("nunez", "JOSE")
