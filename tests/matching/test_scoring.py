"""Pair scoring: each kind of evidence the issue names, and the pairs that must stay apart."""

from __future__ import annotations

from typing import Any

import pytest

from contactkit.matching.clustering import Thresholds
from contactkit.matching.features import features
from contactkit.matching.scoring import score, strong_identifiers
from contactkit.model import Contact

TH = Thresholds()


def payload(**contact: Any) -> dict[str, Any]:
    model = Contact.model_validate(contact, context={"default_region": "DE"})
    return model.model_dump(mode="json", exclude_defaults=True)


def verdict(
    a: dict[str, Any], b: dict[str, Any], b_confidence: dict[str, float] | None = None
) -> tuple[str, float, list[str]]:
    points, reasons = score(features(a), features(b, b_confidence))
    if points >= TH.merge_above:
        return "merge", points, reasons
    if points >= TH.review_above:
        return "review", points, reasons
    return "apart", points, reasons


MOBILE = [{"text": "+49 171 5551234", "kind": "cell"}]


OCR = {"name": 0.7, "emails": 0.7}  # a scanned card's own doubt


@pytest.mark.parametrize(
    ("a", "b", "expected", "reason"),
    [
        # nickname + the same mobile: a colleague's old vCard with a private address
        (
            payload(name={"full": "Robert Miller"}, emails=["robert.miller@acme.com"]),
            payload(name={"full": "Bob Miller"}, emails=["bobm@gmail.com"], phones=MOBILE),
            "apart",
            "",
        ),
        (
            payload(name={"full": "Robert Miller"}, phones=MOBILE),
            payload(name={"full": "Bob Miller"}, emails=["bobm@gmail.com"], phones=MOBILE),
            "merge",
            "nickname (Robert Miller ~ Bob Miller)",
        ),
        (
            payload(name={"full": "Liz Taylor"}, phones=MOBILE),
            payload(name={"full": "Elizabeth Taylor"}, phones=MOBILE),
            "merge",
            "nickname",
        ),
        # accents and transliteration
        (
            payload(name={"full": "Jürgen Müller"}, emails=["j.mueller@acme.de"]),
            payload(name={"full": "Juergen Mueller"}, emails=["j.mueller@acme.de"]),
            "merge",
            "same name (Jürgen Müller ~ Juergen Mueller)",
        ),
        (
            payload(name={"full": "Jürgen Müller"}, phones=MOBILE),
            payload(name={"full": "Jurgen Muller"}, phones=MOBILE),
            "merge",
            "same name",
        ),
        # swapped given and family names
        (
            payload(name={"given": "Wei", "family": "Chen"}, phones=MOBILE),
            payload(name={"given": "Chen", "family": "Wei"}, phones=MOBILE),
            "merge",
            "swapped",
        ),
        # initials
        (
            payload(name={"full": "J. Okafor"}, emails=["jokafor@acme.com"]),
            payload(name={"full": "Jonas Okafor"}, emails=["jokafor@acme.com"]),
            "merge",
            "initial",
        ),
        # OCR slips: rn for m in the name, a slip in the email's local part
        (
            payload(name={"full": "Anna Srnith"}, emails=["anna.srnith@acme.com"]),
            payload(name={"full": "Anna Smith"}, emails=["anna.smith@acme.com"]),
            "merge",
            "email slip",
        ),
        (
            payload(name={"full": "Anna Smlth"}, emails=["anna.smlth@acme.com"]),
            payload(name={"full": "Anna Smith"}, emails=["anna.smith@acme.com"]),
            "merge",
            "email slip",
        ),
        # the same phone with and without country code (the source had no region)
        (
            payload(name={"full": "Otto Brandt"}, phones=[{"text": "+49 30 1234567"}]),
            {"name": {"full": "Otto Brandt"}, "phones": [{"text": "030 1234567", "kind": "work"}]},
            "merge",
            "phone digits",
        ),
        # an extension on one side only: a switchboard, not proof
        (
            payload(name={"full": "Eva Klein"}, phones=[{"text": "+49 30 1234567 ext. 12"}]),
            payload(name={"full": "Eva Klein"}, phones=[{"text": "+49 30 1234567"}]),
            "review",
            "switchboard",
        ),
        (
            payload(name={"full": "Eva Klein"}, phones=[{"text": "+49 30 1234567 ext. 12"}]),
            payload(name={"full": "Eva Klein"}, phones=[{"text": "+49 30 1234567 ext. 12"}]),
            "merge",
            "phone (+49301234567;ext=12)",
        ),
        # job change: new employer's email, same name and mobile
        (
            payload(name={"full": "Sara Lind"}, emails=["sara@oldco.com"], phones=MOBILE),
            payload(name={"full": "Sara Lind"}, emails=["sara.lind@newco.com"], phones=MOBILE),
            "merge",
            "mobile (+491715551234)",
        ),
        # a shared name and company, and no second address or mobile: one person
        (
            payload(name={"full": "Tom Weber"}, emails=["tom.weber@acme.com"]),
            payload(name={"full": "Tom Weber"}, organization={"name": "Acme"}, phones=MOBILE),
            "merge",
            "same name at the same company",
        ),
        (
            payload(name={"full": "Tom Weber"}, emails=["tom.weber@acme.com"]),
            payload(name={"full": "Tom Weber"}, emails=["tw@acme.com"]),
            "review",
            "company (acme.com)",
        ),
    ],
)
def test_pair_verdicts(a: dict, b: dict, expected: str, reason: str) -> None:
    got, points, reasons = verdict(a, b, OCR if "OCR slip" in reason else None)
    assert got == expected, (points, reasons)
    assert reason in " ".join(reasons)


def test_different_people_sharing_a_phone_stay_apart() -> None:
    a = payload(name={"full": "Eva Klein"}, phones=[{"text": "+49 30 111111"}])
    b = payload(name={"full": "Otto Gross"}, phones=[{"text": "+49 30 111111"}])
    got, _, reasons = verdict(a, b)
    assert got == "apart"
    assert any("different names" in r for r in reasons)


def test_spouses_sharing_an_address_go_to_review_not_merge() -> None:
    a = payload(name={"full": "Maria Rossi"}, emails=["rossi.family@gmail.com"])
    b = payload(name={"full": "Paolo Rossi"}, emails=["rossi.family@gmail.com"])
    got, _, reasons = verdict(a, b)
    assert got == "apart"
    assert any("different given names" in r for r in reasons)


def test_numbered_twins_at_one_domain_are_not_a_slip() -> None:
    a = payload(name={"full": "John Smith"}, emails=["john.smith@acme.com"])
    b = payload(name={"full": "John Smith"}, emails=["john.smith2@acme.com"])
    got, _, reasons = verdict(a, b)
    assert got != "merge"
    assert any("numbered addresses" in r for r in reasons)


def test_role_addresses_are_weak_evidence() -> None:
    a = payload(name={"full": "Ann Lee"}, emails=["info@acme.com"])
    b = payload(name={"full": "Bo Chan"}, emails=["info@acme.com"])
    got, _, reasons = verdict(a, b)
    assert got == "apart"
    assert any("shared mailbox" in r for r in reasons)


def test_email_alone_merges_when_no_name_disagrees() -> None:
    a = payload(emails=["k.obi@acme.com"])
    b = payload(name={"full": "Kemi Obi"}, emails=["k.obi@acme.com"])
    assert verdict(a, b)[0] == "merge"


def test_a_one_letter_email_difference_needs_an_ocr_source() -> None:
    # Ahmed Hoffmann and Ahmed Hofmann at one company: two people unless the value was OCR'd
    a = payload(name={"full": "Ahmed Hoffmann"}, emails=["ahmed.hoffmann@acme.com"])
    b = payload(name={"full": "Ahmed Hofmann"}, emails=["ahmed.hofmann@acme.com"])
    assert verdict(a, b)[0] == "review"
    got, _, reasons = verdict(a, b, OCR)
    assert got == "merge"
    assert any("email slip" in r for r in reasons)


def test_an_initial_beside_a_family_name_only_an_initial_gave_is_scored_not_a_crash() -> None:
    # "B. D." and "Dora Ann P.": D. matched Dora's first letter and "P." left no family name to
    # compare the initial B with; scoring raised IndexError and the whole import stopped
    a = payload(name={"given": "B.", "family": "D."}, phones=MOBILE)
    b = payload(name={"given": "Dora", "middle": "Ann", "family": "P."}, phones=MOBILE)
    outcome, points, reasons = verdict(a, b)
    assert outcome == "apart", (points, reasons)
    assert any(r.startswith("different names") for r in reasons), reasons
    # one mobile under two given names: below the review band, but both carry it, so a person
    # sees the pair (``strong_identifiers`` sends it to review)
    assert strong_identifiers(features(a), features(b)) == "+491715551234"
