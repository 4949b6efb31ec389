"""Decay: validity from the last confirmation, and the flags of the re-verification queue."""

from __future__ import annotations

from datetime import timedelta

import pytest

from contactkit.matching.decay import DecaySettings, freshness, priority, validity

from .conftest import NOW
from .test_survivorship import obs

SETTINGS = DecaySettings()


def test_validity_loses_three_percent_a_month() -> None:
    assert validity(NOW, NOW, 0.03) == 1.0
    a_year = validity(NOW - timedelta(days=365.25), NOW, 0.03)
    assert a_year == pytest.approx(0.97**12, rel=1e-3)
    assert validity(None, NOW, 0.03) == 0.0


def test_old_evidence_is_stale_and_a_reply_confirms_it() -> None:
    members = [obs("vcard", {"emails": ["old@acme.com"]}, days_ago=600)]
    contact = {"emails": ["old@acme.com"]}
    fresh = freshness(members, contact, {}, {}, NOW, SETTINGS)
    assert fresh.validity < 0.7
    assert fresh.flags and fresh.flags[0].startswith("stale: old@acme.com")
    # they wrote to one of our mailboxes last week: the address is alive
    heard = {"old@acme.com": NOW - timedelta(days=7)}
    fresh = freshness(members, contact, heard, {}, NOW, SETTINGS)
    assert fresh.flags == []
    assert fresh.confirmed["old@acme.com"].startswith((NOW - timedelta(days=7)).date().isoformat())


def test_a_bounce_after_the_last_confirmation_flags_the_record() -> None:
    members = [obs("mail", {"emails": ["x@acme.com"]}, days_ago=30)]
    contact = {"emails": ["x@acme.com"]}
    bounced = {"x@acme.com": NOW - timedelta(days=2)}
    fresh = freshness(members, contact, {}, bounced, NOW, SETTINGS)
    assert fresh.validity == 0.0
    assert any(f.startswith("bounced: x@acme.com") for f in fresh.flags)
    # a bounce older than a later confirmation is history
    old_bounce = {"x@acme.com": NOW - timedelta(days=90)}
    assert freshness(members, contact, {}, old_bounce, NOW, SETTINGS).flags == []


def test_a_new_company_domain_after_the_old_went_quiet_is_a_job_change() -> None:
    phone = [{"text": "+49 171 5551234", "e164": "+491715551234"}]
    members = [
        obs("vcard", {"emails": ["sara@oldco.com"], "phones": phone}, days_ago=500),
        obs("mail", {"emails": ["sara@newco.com"], "phones": phone}, days_ago=20),
    ]
    contact = {"emails": ["sara@oldco.com", "sara@newco.com"], "phones": phone}
    fresh = freshness(members, contact, {}, {}, NOW, SETTINGS)
    assert any(f.startswith("job change: oldco.com") and "newco.com" in f for f in fresh.flags)
    assert fresh.validity == 0.0  # the primary email is the old employer's


def test_priority_puts_strong_relationships_first() -> None:
    assert priority(0.5, 0.9) > priority(0.5, 0.1) > priority(0.9, 0.1)
