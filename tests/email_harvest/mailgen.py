# ruff: noqa: E501 - message fixtures read best one per line
"""Generated mail for the tests, the benchmark and the demo export (sample/mail).

``scenario()`` is a small, realistic company mailbox set that mixes two-way business mail,
newsletters, notifications, auto-replies, bounces, colleagues, cold mail, free-mail and a few
malformed messages; every message lands in the Sent folder of its harvested sender and in the
INBOX of each harvested recipient, as a real server would have it.
"""

from __future__ import annotations

import mailbox
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

COMPANY = "northwind.example"
ALICE = "alice.smith@northwind.example"
BOB = "bob.jones@northwind.example"
CAROL = "carol.white@northwind.example"
HARVESTED = (ALICE, BOB, CAROL)
NAMES = {ALICE: "Alice Smith", BOB: "Bob Jones", CAROL: "Carol White"}
BASE = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

JANE_SIG = """--
Jane Doe
Head of Procurement | Contoso Ltd
T: +1 415 555 0132
M: +1 415 555 0199
www.contoso.example"""
MAX_SIG = """Mit freundlichen Grüßen
Max Müller
Purchasing Manager
Fabrikam GmbH
Tel. +49 30 901820"""
ALICE_SIG = """--
Alice Smith
Account Executive | Northwind Traders Inc.
T: +1 206 555 0100"""


@dataclass
class Mail:
    sender: str
    to: list[str]
    subject: str
    body: str
    cc: list[str] = field(default_factory=list)
    msgid: str = ""
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    at: datetime = BASE
    raw_from: str | None = None  # for deliberately broken From headers

    def render(self, names: dict[str, str]) -> bytes:
        def addr(a: str) -> str:
            name = names.get(a)
            return f"{name} <{a}>" if name else a

        lines = [
            f"From: {self.raw_from if self.raw_from is not None else addr(self.sender)}",
            f"To: {', '.join(addr(a) for a in self.to)}",
        ]
        if self.cc:
            lines.append(f"Cc: {', '.join(addr(a) for a in self.cc)}")
        lines += [
            f"Subject: {self.subject}",
            f"Date: {format_datetime(self.at)}",
            f"Message-ID: <{self.msgid}>",
        ]
        if self.in_reply_to:
            lines.append(f"In-Reply-To: <{self.in_reply_to}>")
        if self.references:
            lines.append("References: " + " ".join(f"<{r}>" for r in self.references))
        lines += [f"{k}: {v}" for k, v in self.headers.items()]
        if not any(k.lower() == "content-type" for k in self.headers):
            lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
                      "Content-Transfer-Encoding: 8bit"]  # fmt: skip
        return ("\r\n".join(lines) + "\r\n\r\n" + self.body.replace("\n", "\r\n") + "\r\n").encode()


class Thread:
    """Builds a conversation: each reply refers to the thread's messages."""

    counter = 0

    def __init__(self, subject: str, start: datetime):
        self.subject = subject
        self.ids: list[str] = []
        self.at = start

    def mail(self, sender: str, to: list[str], body: str, **kw) -> Mail:
        Thread.counter += 1
        msgid = f"m{Thread.counter:05d}.{sender.split('@')[0]}@{sender.split('@')[1]}"
        self.at += timedelta(hours=3)
        mail = Mail(
            sender, to, ("Re: " if self.ids else "") + self.subject, body, msgid=msgid,
            in_reply_to=self.ids[-1] if self.ids else None, references=list(self.ids),
            at=self.at, **kw,
        )  # fmt: skip
        self.ids.append(msgid)
        return mail


EXTERNAL_NAMES = {
    "jane.doe@contoso.example": "Jane Doe",
    "max.mueller@fabrikam.de": "=?utf-8?q?Max_M=C3=BCller?=",
    "tom.lee@tailspin.example": "Tom Lee",
    "kim.park@tailspin.example": "Kim Park",
    "sam.carter77@gmail.com": "Sam Carter",
    "pat.cold@leadgen.example": "Pat Cold",
    "priya.nair@woodgrove.example": "Priya Nair",
    "li.wei@adatum.example": "Li Wei",
    "omar.haddad@litware.example": "Omar Haddad",
    "eva.novak@proseware.example": "Eva Novak",
    "temp.user@mailinator.com": "Temp User",
    "spy@competitor.example": "Nosy Parker",
}


def scenario(broken: bool = True) -> list[Mail]:
    """The demo company's mail, oldest first; ``broken`` adds two malformed messages."""
    Thread.counter = 0
    mails: list[Mail] = []
    day = timedelta(days=1)
    jane = "jane.doe@contoso.example"
    # Contoso: a long two-way thread, Jane's signature in three messages (one old title)
    t = Thread("Q2 order for Contoso", BASE)
    mails.append(t.mail(ALICE, [jane], f"Hi Jane,\n\nhere is our offer for Q2.\n\n{ALICE_SIG}"))
    mails.append(t.mail(jane, [ALICE], f"Thanks Alice, we will review it this week.\n\n{JANE_SIG}",
                        cc=["sales@contoso.example"]))  # fmt: skip
    mails.append(t.mail(ALICE, [jane], f"Great, talk soon.\n\n{ALICE_SIG}", cc=[BOB]))
    old_sig = JANE_SIG.replace("Head of Procurement", "Senior Buyer")
    mails.append(t.mail(jane, [ALICE, BOB], "Approved. PO follows.\n\n" + old_sig
                        + "\n\nOn Tue, Alice Smith wrote:\n> Great, talk soon.\n> " + ALICE_SIG.replace("\n", "\n> ")))  # fmt: skip
    t2 = Thread("Delivery schedule", BASE + 10 * day)
    mails.append(
        t2.mail(
            jane, [BOB], f"Bob, can we move delivery to May 4?\n\nBest regards,\n{JANE_SIG[3:]}"
        )
    )
    mails.append(t2.mail(BOB, [jane], "Yes, May 4 works.\n\nBob"))
    # Jane's out-of-office: automated, never evidence
    mails.append(Mail(jane, [BOB], "Automatic reply: Delivery schedule", "I am out of office.",
                      msgid="ooo.1@contoso.example", at=BASE + 11 * day,
                      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}))  # fmt: skip
    # Fabrikam: Max writes first, Bob answers (encoded-word name, German signature)
    max_ = "max.mueller@fabrikam.de"
    t3 = Thread("Anfrage Lagerregale", BASE + 2 * day)
    mails.append(t3.mail(max_, [BOB], f"Hallo Herr Jones,\n\nbitte um ein Angebot.\n\n{MAX_SIG}"))
    mails.append(t3.mail(BOB, [max_], "Hello Mr Müller, offer attached.\n\nBob Jones"))
    mails.append(t3.mail(max_, [BOB], f"Danke!\n\n{MAX_SIG}"))
    # Tailspin: Tom writes to Alice; Alice answers his colleague Kim in the same thread
    t4 = Thread("Partnership", BASE + 3 * day)
    mails.append(t4.mail("tom.lee@tailspin.example", [ALICE],
                         "Hi Alice, shall we talk about a partnership?\n\nTom Lee\nVP Partnerships\nTailspin Toys"))  # fmt: skip
    mails.append(
        t4.mail(ALICE, ["kim.park@tailspin.example"], "Kim, Tom suggested we talk.\n\nAlice")
    )
    # free-mail person, two-way with Carol
    sam = "sam.carter77@gmail.com"
    t5 = Thread("Consulting gig", BASE + 4 * day)
    mails.append(t5.mail(sam, [CAROL], "Hi Carol, I'm available from June.\n\nCheers,\nSam Carter\n+1 312 555 0155"))  # fmt: skip
    mails.append(t5.mail(CAROL, [sam], "Great, let's sign.\n\nCarol"))
    # cold mail: never answered, twice
    for i in range(2):
        mails.append(Mail("pat.cold@leadgen.example", [ALICE], "Boost your pipeline",
                          "Hi, 10x leads guaranteed.", msgid=f"cold{i}@leadgen.example",
                          at=BASE + (5 + i) * day))  # fmt: skip
    # colleagues, across a subdomain too
    t6 = Thread("Team lunch", BASE + 5 * day)
    mails.append(t6.mail(ALICE, [BOB, CAROL, "dave.brown@eu.northwind.example"], "Friday?"))
    mails.append(t6.mail("dave.brown@eu.northwind.example", [ALICE], "Count me in."))
    # Carol writes to a few real customers (small recipient list): they qualify
    for j, who in enumerate(["priya.nair@woodgrove.example", "li.wei@adatum.example"]):
        t7 = Thread(f"Renewal {j}", BASE + (6 + j) * day)
        mails.append(t7.mail(CAROL, [who], "Your renewal is due next month.\n\nCarol White"))
        mails.append(t7.mail(who, [CAROL], f"Thanks Carol, renewing.\n\nRegards,\n{EXTERNAL_NAMES[who]}\nIT Manager"))  # fmt: skip
    # a mass announcement to 20 addresses: does not make them contacts
    crowd = [f"person{i}@crowd{i}.example" for i in range(20)]
    mails.append(Mail(ALICE, crowd[:10], "We moved!", "New address.", cc=crowd[10:],
                      msgid="announce@northwind.example", at=BASE + 8 * day))  # fmt: skip
    # role address and blocklisted competitor: never contacts even when answered
    mails.append(Mail(ALICE, ["sales@contoso.example"], "Catalog", "Please send it.",
                      msgid="role1@northwind.example", at=BASE + 9 * day))  # fmt: skip
    mails.append(Mail(ALICE, ["spy@competitor.example"], "Re: your question", "No comment.",
                      msgid="block1@northwind.example", at=BASE + 9 * day))  # fmt: skip
    t8 = Thread("Trial account", BASE + 9 * day)
    mails.append(t8.mail("temp.user@mailinator.com", [BOB], "Can I get a trial?"))
    mails.append(t8.mail(BOB, ["temp.user@mailinator.com"], "Sure."))
    # newsletters and notifications
    for i in range(6):
        at = BASE + i * day
        mails.append(Mail("news@industryweekly.example", [ALICE], f"Industry Weekly #{i}", "News.",
                          msgid=f"nl{i}@industryweekly.example", at=at,
                          headers={"List-Unsubscribe": "<mailto:unsub@industryweekly.example>",
                                   "List-Id": "<weekly.industryweekly.example>",
                                   "Precedence": "bulk"}))  # fmt: skip
        mails.append(Mail("eva.novak@proseware.example", [BOB], f"Proseware tips {i}", "Tips.",
                          msgid=f"mc{i}@proseware.example", at=at,
                          headers={"X-Mailer": "MailChimp Mailer - **CID1234**",
                                   "X-MC-User": "abc123"}))  # fmt: skip
        mails.append(Mail("notifications@tracker.example", [CAROL], f"[tracker] Issue {i} updated",
                          "Issue updated.", msgid=f"n{i}@tracker.example", at=at,
                          headers={"Auto-Submitted": "auto-generated"}))  # fmt: skip
    # a bounce
    mails.append(Mail("mailer-daemon@mx.northwind.example", [ALICE], "Undelivered Mail",
                      "--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--b--",
                      msgid="bounce1@mx.northwind.example", at=BASE + 12 * day,
                      headers={"Return-Path": "<>",
                               "Content-Type": 'multipart/report; report-type=delivery-status; boundary="b"'}))  # fmt: skip
    # Omar writes and Alice answers him (a plain two-way reply)
    t9 = Thread("Invoice question", BASE + 12 * day)
    mails.append(t9.mail("omar.haddad@litware.example", [ALICE], "Hi, question on invoice 4411.\n\nThanks,\nOmar Haddad\nController, Litware Inc.\n+44 20 7946 0958"))  # fmt: skip
    mails.append(
        t9.mail(ALICE, ["omar.haddad@litware.example"], "Answered in the portal.\n\nAlice")
    )
    # malformed: undecodable encoded-word, and no From at all
    if broken:
        mails.append(Mail("x@broken.example", [BOB], "bad", "bad", msgid="bad1@broken.example",
                          raw_from="=?x-unknown-charset?q?Bad?= <x@broken.example>", at=BASE + 13 * day))  # fmt: skip
        mails.append(Mail("y@broken.example", [BOB], "bad", "bad", msgid="bad2@broken.example",
                          raw_from="", at=BASE + 13 * day))  # fmt: skip
    return sorted(mails, key=lambda m: m.at)


def late_answer() -> list[Mail]:
    """Run 2 of the incremental test: Alice finally answers the cold sender Pat."""
    return [
        Mail(ALICE, ["pat.cold@leadgen.example"], "Re: Boost your pipeline", "OK, call me.",
             msgid="late1@northwind.example", in_reply_to="cold1@leadgen.example",
             references=["cold1@leadgen.example"], at=BASE + 20 * 24 * timedelta(hours=1)),
    ]  # fmt: skip


def placement(mails: list[Mail], harvested=HARVESTED) -> dict[str, dict[str, list[bytes]]]:
    """mailbox -> folder -> raw messages: Sent for the sender, INBOX for each recipient."""
    names = {**NAMES, **EXTERNAL_NAMES}
    out: dict[str, dict[str, list[bytes]]] = {m: {"INBOX": [], "Sent": []} for m in harvested}
    for mail in mails:
        raw = mail.render(names)
        if mail.sender in out:
            out[mail.sender]["Sent"].append(raw)
        for rcpt in dict.fromkeys(mail.to + mail.cc):
            if rcpt in out and rcpt != mail.sender:
                out[rcpt]["INBOX"].append(raw)
    # a junk folder that must never be read
    out[ALICE]["Junk"] = [
        Mail("jane.doe@contoso.example", [ALICE], "spam", "spam", msgid="junk1@x.example").render(
            names
        )
    ]
    return out


_seq = 0


def write_maildir(root: Path, folders: dict[str, list[bytes]], stable: bool = False) -> None:
    """Maildir++ with INBOX at ``root`` and other folders as .Name (as Dovecot keeps them).

    ``stable``: fixed names in new/ without the ':2,' suffix (portable, for the demo export).
    """
    global _seq
    for folder, messages in folders.items():
        path = root if folder == "INBOX" else root / f".{folder}"
        for sub in ("cur", "new", "tmp"):
            (path / sub).mkdir(parents=True, exist_ok=True)
            if stable:
                (path / sub / ".keep").touch()
        for i, raw in enumerate(messages):
            _seq += 1
            if stable:
                (path / "new" / f"{1772442000 + i}.M{i}P1.northwind").write_bytes(raw)
            else:
                name = f"{int(time.time())}.M{_seq}P{_seq}.ckgen,S={len(raw)}:2,S"
                (path / "cur" / name).write_bytes(raw)


def write_mbox(path: Path, messages: list[bytes]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    box = mailbox.mbox(path)
    box.lock()
    try:
        for raw in messages:
            message = mailbox.mboxMessage(raw)
            message.set_from("MAILER-DAEMON", time.gmtime(1772442000))  # reproducible files
            box.add(message)
    finally:
        box.flush()
        box.unlock()
        box.close()


def write_eml(folder: Path, messages: list[bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, raw in enumerate(messages):
        (folder / f"{i:05d}.eml").write_bytes(raw)


def bulk_mailbox(owner: str, count: int, seed: int = 7) -> dict[str, list[bytes]]:
    """A big realistic-looking mailbox for the benchmark: mostly business mail, some bulk."""
    rng = random.Random(seed)
    partners = [f"{n}.{f}@{c}.example" for n in ("ann", "ben", "cleo", "dan", "ede", "finn")
                for f in ("lee", "roe", "ito") for c in ("contoso", "fabrikam", "adatum",
                "litware", "woodgrove", "tailspin", "proseware", "wingtip")]  # fmt: skip
    inbox, sent = [], []
    for i in range(count):
        at = BASE + timedelta(minutes=7 * i)
        other = rng.choice(partners)
        kind = rng.random()
        if kind < 0.1:
            mail = Mail(f"news@list{i % 40}.example", [owner], f"Digest {i}", "x", msgid=f"b{i}@l.example",
                        at=at, headers={"List-Unsubscribe": "<mailto:u@l.example>"})  # fmt: skip
            inbox.append(mail)
        elif kind < 0.45:
            # replies say so ("Re:"), as mail clients write them
            mail = Mail(owner, [other], f"Re: Topic {i % 500}", "x", cc=[rng.choice(partners)],
                        msgid=f"s{i}@northwind.example", at=at,
                        in_reply_to=f"r{i - 1}@x.example" if i else None,
                        references=[f"t{i % 500}@x.example"])  # fmt: skip
            sent.append(mail)
        else:
            mail = Mail(other, [owner], f"Re: Topic {i % 500}", "x", msgid=f"r{i}@x.example", at=at,
                        references=[f"t{i % 500}@x.example"])  # fmt: skip
            inbox.append(mail)
    names = {p: p.split("@")[0].replace(".", " ").title() for p in partners}
    return {"INBOX": [m.render(names) for m in inbox], "Sent": [m.render(names) for m in sent]}
