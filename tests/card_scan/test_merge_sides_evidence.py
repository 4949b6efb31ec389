"""A two-sided card's fields keep the level of the side whose confidence they keep
(``scan.merge_sides``): the reason a person reads in review is the doubted side's."""

from __future__ import annotations

from contactkit.model import Contact
from contactkit_plugins.card_scan.fields import ParsedCard
from contactkit_plugins.card_scan.scan import merge_sides


def _side(confidence: dict[str, float], evidence: dict[str, str]) -> ParsedCard:
    return ParsedCard(Contact(emails=["anna.weber@acme-tools.de"]), confidence, [], evidence)


def test_the_less_sure_side_gives_its_confidence_and_its_level() -> None:
    front = _side({"emails": 0.98, "phones": 0.5}, {"emails": "name+domain", "phones": "gap/mid"})
    back = _side({"emails": 0.52, "phones": 0.97}, {"emails": "fitted", "phones": "labelled/lo"})
    merged = merge_sides(front, back)
    assert (merged.confidence["emails"], merged.confidence["phones"]) == (0.52, 0.5)
    assert (merged.evidence["emails"], merged.evidence["phones"]) == ("fitted", "gap/mid")


def test_a_tie_keeps_the_fronts_level_and_the_confidence_as_before() -> None:
    front = _side({"emails": 0.5}, {"emails": "mended"})
    back = _side({"emails": 0.5, "urls": 1.0}, {"emails": "fitted", "urls": "email/hi"})
    merged = merge_sides(front, back)
    assert merged.evidence["emails"] == "mended"
    # A field only the back read keeps the back's confidence, even a sure one (as before
    # levels travelled).
    assert (merged.confidence["emails"], merged.confidence["urls"]) == (0.5, 1.0)
