# ruff: noqa: E501 - message fixtures read best one per line
"""What IT meets in a real rollout, on top of ``mailgen.scenario()``: mistyped addresses that
bounce, out-of-office replies without auto-reply headers, a colleague who left, list traffic,
aliases at a group domain, an invitation from an outside organizer, "Last, First" names,
pathological messages, and a busy sender whose waiting messages span two mailboxes.
"""

from __future__ import annotations

from datetime import timedelta

from .mailgen import ALICE, BASE, BOB, CAROL, EXTERNAL_NAMES, HARVESTED, NAMES, Mail, Thread

GROUP = "northwind-group.example"
ALICE_ALIASES = ("asmith@northwind.example", f"alice.smith@{GROUP}")
BOB_LEARNED = f"bob@{GROUP}"  # not in the directory: learned from the From of Bob's Sent
MISTYPED = "jon.mileer@fabrikam.de"
JON = "jon.miller@fabrikam.de"
LEAVER = "lee.former@woodgrove.example"
DEAD = "old.partner@tailspin.example"
LIST = "users@lists.opensource.example"
LIST_HUMAN = "ann.poster@opensource.example"
ORGANIZER = "eve.organizer@proseware.example"
GUEST = "sam.guest@litware.example"
LAST_FIRST = "john.doe@contoso.example"
BUSY = "busy@vendor.example"
NINA = "nina.patel@adatum.example"
PRIYA = "priya.nair@woodgrove.example"
OOO_SENDERS = ("klaus.weg@crowd1.example", "rita.away@crowd2.example")
# auto-replies that keep "Re:" (an Outlook rule replying with a template, a Gmail vacation reply
# with no subject of its own) or use RFC 3834's "Auto:", none with an auto-reply header
RE_OOO_SENDERS = (
    "vera.urlaub@crowd3.example",
    "hans.weg@crowd4.example",
    "sam.sieve@crowd5.example",
)

EXPECTED_NEW = {JON, LEAVER, DEAD, ORGANIZER, GUEST, LAST_FIRST, BUSY, NINA}
NAMES_EXTRA = {
    LAST_FIRST: '"Doe, John"',
    JON: "Jon Miller",
    LEAVER: "Lee Former",
    NINA: "Nina Patel",
}
DIRECTORY = (
    "email,name,employee_id,aliases,login\n"
    f"{ALICE},Alice Smith,E1,{';'.join(ALICE_ALIASES)},\n"
    f"{BOB},Bob Jones,E2,,bjones\n"
    f"{CAROL},Carol White,E3,,\n"
)

CALENDAR = """--cal
Content-Type: text/plain; charset=utf-8

You are invited to: Pilot kickoff
--cal
Content-Type: text/calendar; charset=utf-8; method=REQUEST
Content-Transfer-Encoding: base64

{ics}
--cal--"""
ICS = (
    "BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:kickoff-1\n"
    "SUMMARY:Pilot kickoff\nDTSTART:20260320T150000Z\n"
    f"ORGANIZER;CN=Eve Organizer:mailto:{ORGANIZER}\n"
    f"ATTENDEE;CN=Alice Smith;PARTSTAT=NEEDS-ACTION:mailto:{ALICE}\n"
    f"ATTENDEE;CN=Sam Guest;PARTSTAT=ACCEPTED:\n mailto:{GUEST}\n"
    "END:VEVENT\nEND:VCALENDAR\n"
)


def _dsn(failed: str, at, msgid: str, to: str) -> Mail:
    body = (
        "--dsn\nContent-Type: text/plain\n\nDelivery to the following recipient failed permanently.\n"
        "--dsn\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.northwind.example\n\n"
        f"Original-Recipient: rfc822;{failed}\nFinal-Recipient: rfc822; {failed}\nAction: failed\n"
        "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n--dsn--"
    )
    return Mail("mailer-daemon@mx.northwind.example", [to], "Delivery Status Notification (Failure)",
                body, msgid=msgid, at=at,
                headers={"Content-Type": 'multipart/report; report-type=delivery-status; boundary="dsn"'})  # fmt: skip


def mails() -> list[Mail]:
    import base64

    day = timedelta(days=1)
    start = BASE + 30 * day
    out: list[Mail] = []
    # a mistyped address bounces; Alice resends to the right one, who answers
    t = Thread("Quote 7731", start)
    out.append(t.mail(ALICE, [MISTYPED], "Jon, the quote.\n\nAlice"))
    out.append(_dsn(MISTYPED, start + timedelta(hours=4), "dsn1@mx.northwind.example", ALICE))
    t2 = Thread("Quote 7731 (resent)", start + day)
    out.append(t2.mail(ALICE, [JON], "Jon, the quote again.\n\nAlice"))
    # a person's reply that mentions leave (and quotes an absence): still a reply
    out.append(t2.mail(JON, [ALICE], "Got it, thanks. I was on leave last week, hence the delay.\n\n"
                       "Jon Miller\nBuyer, Fabrikam GmbH\n\n"
                       f"On Tue, Alice Smith <{ALICE}> wrote:\n> I am out of the office until Monday."))  # fmt: skip
    # a real partner whose address dies later: kept, and bounced
    t3 = Thread("Old project", start)
    out.append(t3.mail(DEAD, [BOB], "Hello Bob.\n\nOld Partner"))
    out.append(t3.mail(BOB, [DEAD], "Hi, thanks.\n\nBob"))
    out.append(t3.mail(BOB, [DEAD], "Are you there?\n\nBob"))
    out.append(_dsn(DEAD, start + 5 * day, "dsn2@mx.northwind.example", BOB))
    # a mass mailing by Carol; two out-of-office replies threaded to it, no auto-reply headers
    crowd = [f"person{i}@crowd{i}.example" for i in range(20)]
    crowd[1], crowd[2] = OOO_SENDERS
    crowd[3], crowd[4], crowd[5] = RE_OOO_SENDERS
    t4 = Thread("Spring offers", start + 2 * day)
    out.append(t4.mail(CAROL, crowd, "Our spring offers."))
    out.append(Mail(OOO_SENDERS[0], [CAROL], "Abwesenheitsnotiz: Spring offers",
                    "Ich bin bis 12. April nicht im Büro.", msgid="ooo-de@crowd1.example",
                    in_reply_to=t4.ids[0], references=[t4.ids[0]],
                    at=start + 2 * day + timedelta(hours=1)))  # fmt: skip
    out.append(Mail(OOO_SENDERS[1], [CAROL], "Out of Office: Spring offers", "I am away until Monday.",
                    msgid="ooo-en@crowd2.example", in_reply_to=t4.ids[0], references=[t4.ids[0]],
                    at=start + 2 * day + timedelta(hours=2)))  # fmt: skip
    for i, (sender, subject, body) in enumerate(
        [
            (
                RE_OOO_SENDERS[0],
                "Re: Spring offers",
                "Thank you for your message. I am out of the office until 14 April and will reply when I return.",
            ),
            (
                RE_OOO_SENDERS[1],
                "AW: Spring offers",
                "Vielen Dank für Ihre Nachricht. Ich bin bis zum 14. April nicht im Büro.",
            ),
            (RE_OOO_SENDERS[2], "Auto: Spring offers", "Back on Monday."),
        ]
    ):
        out.append(Mail(sender, [CAROL], subject, body, msgid=f"re-ooo{i}@crowd.example",
                        in_reply_to=t4.ids[0], references=[t4.ids[0]],
                        at=start + 2 * day + timedelta(hours=3 + i)))  # fmt: skip
    # a contact of Carol's who has left: a two-way thread, then an auto-reply saying so
    t5 = Thread("Renewal 2026", start)
    out.append(t5.mail(CAROL, [LEAVER], "Lee, the renewal.\n\nCarol"))
    out.append(t5.mail(LEAVER, [CAROL], "Thanks Carol.\n\nLee Former"))
    out.append(Mail(LEAVER, [CAROL], "Automatic reply: Renewal 2026",
                    "Lee Former is no longer with Woodgrove. Please write to sales@woodgrove.example.",
                    msgid="left1@woodgrove.example", at=start + 9 * day,
                    headers={"Auto-Submitted": "auto-replied"}))  # fmt: skip
    # an auto-reply known only by its body: the subject repeated bare, no auto-reply header
    t9 = Thread("Quick question", start + 8 * day)
    out.append(t9.mail(CAROL, [PRIYA], "Priya, one question on the renewal.\n\nCarol"))
    out.append(Mail(PRIYA, [CAROL], "Quick question", "I am out of the office until 3 April.",
                    msgid="ooo-body@woodgrove.example", in_reply_to=t9.ids[0],
                    references=[t9.ids[0]], at=start + 8 * day + timedelta(minutes=5)))  # fmt: skip
    # a mailing list: Bob posts to it, people answer through it
    out.append(Mail(BOB, [LIST], "Question on the 2.0 release", "Does 2.0 support IMAP IDLE?\n\nBob",
                    msgid="list-q@northwind.example", at=start + 3 * day))  # fmt: skip
    out.append(Mail(LIST_HUMAN, [LIST], "Re: Question on the 2.0 release", "Yes it does.\n\nAnn",
                    msgid="list-a@opensource.example", at=start + 3 * day + timedelta(hours=2),
                    in_reply_to="list-q@northwind.example", references=["list-q@northwind.example"],
                    headers={"List-Id": "Users <users.lists.opensource.example>",
                             "List-Post": f"<mailto:{LIST}>"}))  # fmt: skip
    # aliases: Alice writes from her group address; Bob from one the directory does not know
    t6 = Thread("Adatum pilot", start + 4 * day)
    out.append(t6.mail(ALIAS_OF[ALICE], [NINA], "Nina, about the pilot.\n\nAlice"))
    out.append(t6.mail(NINA, [ALIAS_OF[ALICE]], "Sounds good.\n\nNina Patel"))
    out.append(Mail(BOB_LEARNED, [JON], "Intro", "Jon, meet Bob.\n\nBob", cc=[ALICE],
                    msgid="alias-bob@northwind-group.example", at=start + 4 * day))  # fmt: skip
    # an invitation from an outside organizer to Alice and another outsider; nobody replies
    ics = base64.b64encode(ICS.encode()).decode()
    out.append(Mail(ORGANIZER, [ALICE, GUEST], "Invitation: Pilot kickoff", CALENDAR.format(ics=ics),
                    msgid="invite1@proseware.example", at=start + 5 * day,
                    headers={"Content-Type": 'multipart/alternative; boundary="cal"'}))  # fmt: skip
    # "Last, First"
    t7 = Thread("Contoso audit", start + 6 * day)
    out.append(t7.mail(LAST_FIRST, [ALICE], "Alice, the audit dates.\n\nJohn Doe"))
    out.append(t7.mail(ALICE, [LAST_FIRST], "Thanks John.\n\nAlice"))
    # pathological: a 600 KB To: header, and 1500 recipients in a small one
    huge = [f"r{i:06d}@bulk{i % 50}.example" for i in range(24000)]
    out.append(Mail("blast@spam.example", [BOB, *huge], "Hi all", "x", msgid="huge1@spam.example",
                    at=start + 7 * day))  # fmt: skip
    many = [f"m{i}@b{i}.example" for i in range(1500)]
    out.append(Mail("blast@spam.example", [BOB, *many], "Hi again", "x", msgid="many1@spam.example",
                    at=start + 7 * day))  # fmt: skip
    # a busy sender: 25 messages to Alice, 3 to Bob; Bob answers one thread
    for i in range(25):
        out.append(Mail(BUSY, [ALICE], f"Update {i}", "Status.", msgid=f"busy-a{i}@vendor.example",
                        at=start + timedelta(hours=i)))  # fmt: skip
    t8 = Thread("Vendor question", start + 2 * day)
    for _ in range(3):
        out.append(t8.mail(BUSY, [BOB], "A question.\n\nBusy Vendor"))
    out.append(t8.mail(BOB, [BUSY], "Answered.\n\nBob"))
    return sorted(out, key=lambda m: m.at)


ALIAS_OF = {ALICE: ALICE_ALIASES[1]}
OWNER = {ALICE_ALIASES[0]: ALICE, ALICE_ALIASES[1]: ALICE, BOB_LEARNED: BOB}


def realistic_list(mail: Mail) -> bool:
    return LIST in mail.to and mail.sender != BOB


def placement(extra: list[Mail]) -> dict[str, dict[str, list[bytes]]]:
    """Like ``mailgen.placement``, with mail sent from an alias in its owner's Sent folder."""
    names = {**NAMES, **EXTERNAL_NAMES, **NAMES_EXTRA}
    out: dict[str, dict[str, list[bytes]]] = {m: {"INBOX": [], "Sent": []} for m in HARVESTED}
    for mail in extra:
        raw = mail.render(names)
        if realistic_list(mail):
            out[BOB]["INBOX"].append(raw)  # Bob is subscribed: list mail reaches him
        sender = OWNER.get(mail.sender, mail.sender)
        if sender in out:
            out[sender]["Sent"].append(raw)
        for rcpt in dict.fromkeys(OWNER.get(r, r) for r in mail.to + mail.cc):
            if rcpt in out and rcpt != sender:
                out[rcpt]["INBOX"].append(raw)
    return out
