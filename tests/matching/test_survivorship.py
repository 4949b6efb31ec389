"""Survivorship by the rules table: pinned, source, recency, confidence, agreement."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from contactkit.matching.survivorship import Rules, survive
from contactkit.store import StoredObservation

from .conftest import NOW

_ids = iter(range(1, 10_000))


def obs(
    source: str,
    payload: dict[str, Any],
    days_ago: float = 0,
    confidence: dict[str, float] | None = None,
) -> StoredObservation:
    return StoredObservation(
        id=next(_ids),
        source=source,
        source_type=source,
        source_key=f"{source}-{days_ago}",
        seen_at=NOW - timedelta(days=days_ago),
        payload=payload,
        confidence=confidence or {},
    )


RANKING = ["crm", "vcard", "mail"]


def test_trusted_source_beats_recent_by_default() -> None:
    members = [obs("crm", {"title": "CFO"}, days_ago=300), obs("mail", {"title": "CEO"})]
    contact, provenance = survive(members, Rules(RANKING))
    assert contact["title"] == "CFO"
    assert [ref["source"] for ref in provenance["title"]] == ["crm"]


def test_a_field_rule_can_put_recency_first() -> None:
    members = [obs("crm", {"title": "CFO"}, days_ago=300), obs("mail", {"title": "CEO"})]
    rules = Rules(RANKING, {"title": ["recency", "source"]})
    contact, _ = survive(members, rules)
    assert contact["title"] == "CEO"
    # other fields keep the default order
    members.append(obs("crm", {"department": "Finance"}, days_ago=300))
    members.append(obs("mail", {"department": "Board"}))
    assert survive(members, rules)[0]["department"] == "Finance"


def test_same_day_falls_through_to_confidence_then_agreement() -> None:
    scanned = obs("vcard", {"title": "Head of 5ales"}, 0.1, confidence={"title": 0.6})
    typed = obs("vcard", {"title": "Head of Sales"}, 0.2)
    assert survive([scanned, typed], Rules(RANKING))[0]["title"] == "Head of Sales"
    # equal confidence: the value more sources give wins
    a = obs("mail", {"title": "Buyer"}, 0.1)
    b = obs("vcard", {"title": "Senior Buyer"}, 0.2)
    c = obs("crm", {"title": "Senior Buyer"}, 0.3)
    rules = Rules([], {"*": ["recency", "confidence", "agreement"]})
    assert survive([a, b, c], rules)[0]["title"] == "Senior Buyer"


def test_pinned_value_wins_and_says_so() -> None:
    members = [obs("crm", {"title": "CFO"}), obs("mail", {"emails": ["a@x.com", "b@y.com"]})]
    contact, provenance = survive(
        members, Rules(RANKING), pins={"title": "CTO", "emails": "b@y.com"}, golden_id="ck_1"
    )
    assert contact["title"] == "CTO"
    assert provenance["title"][0]["source"] == "pinned"
    # a pinned email becomes the primary; the others stay
    assert contact["emails"] == ["b@y.com", "a@x.com"]
    assert provenance["emails[b@y.com]"][0]["source"] == "pinned"


def test_multi_valued_fields_keep_every_value_with_its_sources() -> None:
    members = [
        obs("mail", {"emails": ["anna@acme.com"]}, days_ago=10),
        obs("vcard", {"emails": ["anna.s@gmail.com", "anna@acme.com"]}, days_ago=400),
        obs("crm", {"phones": [{"text": "+49 30 1", "e164": "+49301"}]}, days_ago=50),
    ]
    contact, provenance = survive(members, Rules(RANKING))
    assert contact["emails"] == ["anna@acme.com", "anna.s@gmail.com"]
    assert {r["source"] for r in provenance["emails[anna@acme.com]"]} == {"mail", "vcard"}
    assert [r["source"] for r in provenance["emails[anna.s@gmail.com]"]] == ["vcard"]
    assert contact["phones"][0]["e164"] == "+49301"


def test_unlisted_sources_rank_after_listed_ones() -> None:
    members = [obs("scraper", {"title": "Intern"}), obs("mail", {"title": "VP"}, days_ago=100)]
    assert survive(members, Rules(RANKING))[0]["title"] == "VP"
