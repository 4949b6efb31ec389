"""The email_harvest source against the source contract of contactkit.testing.

The backend is an mbox export of one employee's mailbox: each person writes, the employee
answers, so the relevance gate lets them through; new people are appended, as mail arrives.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, formataddr

import pytest

from contactkit.testing import SourceContractTests
from contactkit_plugins.email_harvest import EmailHarvestSource

from . import mailgen

OWNER = "owner@harvest-owner.example"
START = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def _mail(sender: str, to: str, msgid: str, at: datetime, reply_to: str | None = None) -> bytes:
    lines = [
        f"From: {sender}",
        f"To: {to}",
        "Subject: Offer",
        f"Date: {format_datetime(at)}",
        f"Message-ID: <{msgid}>",
    ]
    if reply_to:
        lines += [f"In-Reply-To: <{reply_to}>", f"References: <{reply_to}>"]
    return ("\r\n".join(lines) + "\r\n\r\nHello.\r\n").encode()


class TestEmailHarvestSourceContract(SourceContractTests):
    @pytest.fixture
    def make_source(self, tmp_path):
        self.mbox = tmp_path / f"{OWNER}.mbox"
        self.count = 0
        config = EmailHarvestSource.Config(
            offline_root=tmp_path, company_domains=["harvest-owner.example"]
        )
        return lambda context: EmailHarvestSource(config, context, instance="mailboxes")

    def add_records(self, people):
        messages = []
        for person in people:
            self.count += 1
            email = person.contact.emails[0]
            at = START + timedelta(hours=self.count)
            first = f"p{self.count}@{email.split('@')[1]}"
            sender = formataddr((person.contact.name.full, email), charset="utf-8")
            messages.append(_mail(sender, OWNER, first, at))
            messages.append(_mail(OWNER, email, f"r{self.count}@x", at + timedelta(1), first))
        mailgen.write_mbox(self.mbox, messages)

    def add_bad_record(self):
        broken = _mail("=?no-such-charset?q?X?= <x@broken.example>", OWNER, "bad@x", START)
        mailgen.write_mbox(self.mbox, [broken])
        return True
