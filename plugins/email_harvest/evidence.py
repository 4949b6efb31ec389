"""What some messages say beyond their headers: bounces, auto-replies, invitations, lists.

- Delivery status notifications (RFC 3464 ``multipart/report``, or a ``X-Failed-Recipients``
  header): the recipients whose delivery failed.
- Out-of-office replies, recognised by their subject in the common languages (many carry no
  auto-reply header) or by their first lines, and the ones saying the person has left the company.
- Calendar invitations (``text/calendar`` with ``METHOD:REQUEST``): organizer and attendees.
- Mailing-list addresses, from ``List-Post`` and ``List-Id``.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass, field
from email.message import Message
from functools import lru_cache

from .bodies import body_text
from .filters import automated_reason
from .headers import MessageMeta, clean_address
from .signature import own_text


@dataclass
class Inside:
    """What was read inside a message, when its headers said it was worth a look."""

    text: str = ""
    """The first text part (delivery reports: the whole report text)."""
    calendar: str | None = None


def wants_inside(meta: MessageMeta, from_outside: bool = True) -> str | None:
    """Which look inside a message its headers ask for: 'report', 'reply' (its first KB),
    'answer' (a reply with "Re:": its first lines only), 'calendar', or None.

    ``from_outside``: the sender is not one of the staff (only then can a bare reply be an
    auto-reply that matters).
    """
    if is_report(meta):
        return "report"
    auto = meta.get("auto-submitted").lower()
    if is_out_of_office(meta.subject) or auto.startswith("auto-replied") or meta.get("x-autoreply"):
        return "reply"
    if from_outside and meta.is_reply:
        if not _REPLY_PREFIX.match(meta.subject):
            return "reply"
        if automated_reason(meta) is None:  # mail already known automated is dropped anyway
            return "answer"
    if may_hold_calendar(meta) and not (auto and not auto.startswith("no")):
        return "calendar"
    return None


def inside_of(head: bytes, body: bytes, kind: str) -> Inside:
    """The same look inside, for a message read whole (exported files)."""
    if kind == "report":
        return Inside(text=body[:65536].decode("utf-8", "replace"))
    if kind in ("reply", "answer"):
        return Inside(text=body_text(head, body[: INSIDE_BYTES[kind]]))
    if not _ICS.search(head) and not _ICS.search(body):
        return Inside()
    return Inside(calendar=calendar_text(parse_parts(head, body)))


_ICS = re.compile(rb"text/calendar|application/ics|\.ics\b", re.I)

INSIDE_BYTES = {"report": 16384, "reply": 4096, "answer": 1024}
"""How much of a message's text each look reads (an answer's first lines are all it needs)."""


# --- bounces

_RECIPIENT = re.compile(r"^(?:Final|Original)-Recipient:\s*(?:rfc822\s*;)?\s*<?([^>\s]+)>?", re.I)
_ACTION = re.compile(r"^Action:\s*(\w+)", re.I)
_STATUS = re.compile(r"^Status:\s*([245]\.\d{1,3}\.\d{1,3})", re.I)


def is_report(meta: MessageMeta) -> bool:
    return "multipart/report" in meta.get("content-type").lower() or bool(
        meta.get("x-failed-recipients")
    )


def failed_recipients(meta: MessageMeta, body_text: str) -> list[tuple[str, str]]:
    """(address, status) of every recipient a delivery report says failed for good."""
    out: dict[str, str] = {}
    for value in meta.get("x-failed-recipients").split(","):
        addr = clean_address(value.strip().strip("<>")) if value.strip() else None
        if addr:
            out[addr] = "5.0.0"
    current: str | None = None
    action = status = ""

    def close() -> None:
        if current and (action == "failed" or (not action and status.startswith("5"))):
            out.setdefault(current, status or "5.0.0")

    for line in body_text.replace("\r\n", "\n").split("\n"):
        match = _RECIPIENT.match(line.strip())
        if match:
            addr = clean_address(match.group(1))
            if addr and addr != current:
                if line.strip().lower().startswith("original") and current is None:
                    current = addr  # Original-Recipient before Final-Recipient: same person
                    continue
                close()
                current, action, status = addr, "", ""
            continue
        if (m := _ACTION.match(line.strip())) is not None:
            action = m.group(1).lower()
        elif (m := _STATUS.match(line.strip())) is not None:
            status = m.group(1)
    close()
    return sorted(out.items())


# --- out of office

_OOO_SUBJECT = re.compile(
    r"(out of (the )?office|automatic reply|auto[- ]?reply|autoreply|auto[- ]?response"
    r"|away from (the )?office|on vacation|on leave|abwesenheit|automatische antwort"
    r"|nicht im b(ü|ue)ro|au[ßs]er haus|r(é|e)ponse automatique|absence du bureau|absent du bureau"
    r"|en cong(é|e)|respuesta autom(á|a)tica|fuera de la oficina|ausente|risposta automatica"
    r"|fuori (sede|ufficio)|automatisch antwoord|afwezig|afwezigheid|resposta autom(á|a)tica"
    r"|fora do escrit(ó|o)rio|fr(å|a)nvaro|autosvar|automatisk svar|frav(æ|ae)r|poza biurem"
    r"|automatyczna odpowied|autoodpowied|nepřítomnost|automatická odpověď|poissa"
    r"|automaattinen vastaus"
    r"|不在|自動応答|自动回复|外出"
    # RFC 3834 3.1.5 suggests the prefix "Auto:", a Sieve vacation (RFC 5230) uses it by default
    r"|^\s*auto:\s)",
    re.I,
)


@lru_cache(maxsize=50_000)
def is_out_of_office(subject: str) -> bool:
    # cached: a thread's subject comes back with every message, and the search is long
    return bool(_OOO_SUBJECT.search(subject))


# A person's answer keeps "Re:"; an auto-reply often repeats the subject bare (or names itself).
_REPLY_PREFIX = re.compile(
    r"^\s*((re|aw|sv|vs|r|rif|ref|antw|antwort|odp|res|resp|wg|fw|fwd|tr|enc)\s*(\[\d+\])?\s*:\s*)+",
    re.I,
)
_AWAY_BODY = re.compile(
    r"(out of (the )?office|away from (the |my )?(office|desk)|on (annual |parental )?leave"
    r"|on vacation|on holiday|limited access to (e-?mail|my e-?mail)|nicht im b(ü|ue)ro|abwesend"
    r"|au(ß|ss)er haus|im urlaub|absente? du bureau|en cong(é|e)s?|en vacances"
    r"|fuera de la oficina|de vacaciones|ausente|fuori (ufficio|sede)|in ferie|assente"
    r"|afwezig|met vakantie|poza biurem|na urlopie|fora do escrit(ó|o)rio|de f(é|e)rias)",
    re.I,
)


# What a responder writes and a person answering rarely does: a present or coming absence in the
# first person, "I will reply when I return", or the words "automatic reply" (within a sentence;
# a dot after a digit is a date's, "bis 14. April"). An Outlook rule replying with a template, a
# Gmail vacation reply without a subject of its own, a helpdesk's receipt: all keep "Re:" and may
# carry no auto-reply header, so only this tells them apart.
_AUTO_REPLY_BODY = re.compile(
    r"(\b(this is an? )?auto(matic|mated)(ally generated)? (reply|response|message)\b"
    r"|\b(i am|i'm|i will be|i'll be|i shall be)( currently| now)? (out of (the )?office|away"
    r"|on (annual |parental |sick |maternity |paternity )?leave|on vacation|on holiday"
    r"|travell?ing|out)\b(?:[^.\n]|(?<=\d)\.){0,80}\b(until|till|through|returning|back|return)\b"
    r"|\b(i will|i'll) (respond|reply|answer|get back to you|read)[^.\n]{0,60}\b(when|upon|after"
    r"|as soon as|on) (i|my) (return|am back|get back|arrival)"
    r"|\bich bin\b(?:[^.\n]|(?<=\d)\.){0,60}(nicht im b(ü|ue)ro|abwesend|im urlaub|nicht erreichbar"
    r"|au(ß|ss)er haus)|automatische antwort|abwesenheitsnotiz"
    r"|\bje (suis|serai)( actuellement)? (absente?|en cong(é|e)s?|en vacances|en d(é|e)placement)"
    r"|r(é|e)ponse automatique"
    r"|\b(sono|sar(ò|o))( attualmente)? (fuori (ufficio|sede)|assente|in ferie)|risposta automatica"
    r"|\b(estoy|estar(é|e))( actualmente)? (fuera de la oficina|ausente|de vacaciones)"
    r"|respuesta autom(á|a)tica"
    r"|\bik ben\b(?:[^.\n]|(?<=\d)\.){0,40}(afwezig|met vakantie|niet op kantoor)"
    r"|automatisch antwoord"
    r"|\b(estou|estarei) (ausente|fora do escrit(ó|o)rio|de f(é|e)rias)|resposta autom(á|a)tica)",
    re.I,
)


def body_says_away(text: str) -> bool:
    """The first lines of a message say its writer is away: an auto-reply by its body."""
    return bool(_AWAY_BODY.search(text[:600]))


def is_auto_reply(meta: MessageMeta, text: str) -> bool:
    """An out-of-office or other auto-reply, by its subject or, read inside, its first lines.

    A reply without "Re:" that says its writer is away is one; a reply with "Re:" is one only
    when it says so the way responders do (a person back from leave may well mention it).
    """
    if is_out_of_office(meta.subject):
        return True
    if not text:
        return False
    if _REPLY_PREFIX.match(meta.subject):
        return bool(_AUTO_REPLY_BODY.search("\n".join(own_text(text[:600]))))
    return body_says_away(text) or bool(_AUTO_REPLY_BODY.search(text[:600]))


_LEFT = re.compile(
    r"(no longer (with|at|employed|work)|(has|have) left (the company|\w+)|left the company"
    r"|not with .{1,40} anymore|last (working )?day (at|with|was)"
    r"|a quitt(é|e)|ne fait plus partie|ne travaille plus|n'est plus (chez|avec|dans)"
    r"|nicht mehr (bei|für|im|in)|hat .{0,40}verlassen|ist ausgeschieden"
    r"|ya no (trabaja|forma parte)"
    r"|ha dejado la empresa|non (lavora|fa) più|heeft .{0,40}verlaten|niet meer werkzaam"
    r"|não (trabalha|faz parte) mais|har slutat|ikke lenger ansatt)",
    re.I,
)


def says_left(text: str) -> bool:
    """An auto-reply saying the person has left (a job change)."""
    return bool(_LEFT.search(text))


# --- invitations


@dataclass
class Invitation:
    method: str
    organizer: str | None = None
    attendees: list[str] = field(default_factory=list)

    @property
    def people(self) -> list[str]:
        found = [self.organizer] if self.organizer else []
        return list(dict.fromkeys([*found, *self.attendees]))


_MAILTO = re.compile(r"mailto:([^\s;:\"<>]+@[^\s;:\"<>]+)", re.I)


def parse_invitation(ics: str) -> Invitation | None:
    """The method, organizer and attendees of an iCalendar text (None if it is not one)."""
    text = re.sub(r"\r?\n[ \t]", "", ics)  # unfold
    if "BEGIN:VCALENDAR" not in text.upper():
        return None
    invitation = Invitation(method="")
    for line in text.splitlines():
        name = line.split(":", 1)[0].split(";", 1)[0].strip().upper()
        if name == "METHOD":
            invitation.method = line.split(":", 1)[1].strip().upper()
        elif name in ("ORGANIZER", "ATTENDEE"):
            match = _MAILTO.search(line)
            addr = clean_address(match.group(1)) if match else None
            if addr and name == "ORGANIZER":
                invitation.organizer = invitation.organizer or addr
            elif addr:
                invitation.attendees.append(addr)
    return invitation


def calendar_text(message: Message) -> str | None:
    """The first text/calendar (or .ics) part of a parsed message, decoded."""
    for part in message.walk():
        ctype = part.get_content_type()
        name = (part.get_filename() or "").lower()
        if ctype in ("text/calendar", "application/ics") or name.endswith(".ics"):
            data = part.get_payload(decode=True)
            if isinstance(data, bytes):
                return data.decode(part.get_content_charset() or "utf-8", "replace")
    return None


def may_hold_calendar(meta: MessageMeta) -> bool:
    """From the headers: is it worth looking into this message's parts for an invitation?"""
    ctype = meta.get("content-type").lower()
    return "text/calendar" in ctype or (ctype.startswith("multipart/") and "report" not in ctype)


def parse_parts(head: bytes, body: bytes) -> Message:
    return email.message_from_bytes(head.rstrip(b"\r\n") + b"\r\n\r\n" + body)


# --- mailing lists

_LIST_POST = re.compile(r"<mailto:([^>?]+)")
_LIST_ID = re.compile(r"<([^<>\s]+)>")


def list_addresses(meta: MessageMeta) -> list[str]:
    """The list's posting address(es), from List-Post and List-Id."""
    found = []
    match = _LIST_POST.search(meta.get("list-post"))
    if match:
        found.append(clean_address(match.group(1)))
    match = _LIST_ID.search(meta.get("list-id"))
    if match:
        # RFC 2919: "users.lists.example.org" is the list "users" at lists.example.org
        local, _, host = match.group(1).partition(".")
        if host and "." in host:
            found.append(clean_address(f"{local}@{host}"))
    return [a for a in found if a]
