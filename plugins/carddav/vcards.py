"""Golden record <-> vCard for CardDAV, on top of the core vCard codec.

``contactkit.vcard_codec.convert`` does the real work (every version and exporter quirk on the
way in, faithful 3.0/4.0 on the way out). CardDAV adds one thing vCard has no property for: the
contact's owner, kept as ``X-CONTACTKIT-OWNER`` so it survives the round trip through a server.
vCard 3.0 is written because every CardDAV server accepts it (4.0 support is patchy).
"""

from __future__ import annotations

import re

from contactkit.model import Contact, GoldenRecord
from contactkit.vcard_codec import convert, syntax, writer

OWNER_PROPERTY = "X-CONTACTKIT-OWNER"

_UNFOLD = re.compile(r"\r?\n[ \t]")


def vcard_from_record(record: GoldenRecord) -> str:
    """A vCard 3.0 for the record; UID is contactkit's stable id."""
    text = convert.vcard_from_record(record, version="3.0")
    if record.owner is not None:
        end = text.rstrip().rfind("END:VCARD")
        owner = writer.fold(f"{OWNER_PROPERTY}:{syntax.escape(record.owner.email)}")
        text = text[:end] + owner + text[end:]
    return text


def _property(text: str, name: str) -> str | None:
    for line in _UNFOLD.sub("", text).splitlines():
        head, sep, value = line.partition(":")
        if sep and head.split(";")[0].strip().upper() == name:
            return syntax.unescape(value.strip()) or None
    return None


def contact_from_vcard(text: str) -> tuple[Contact, str | None, str | None]:
    """(contact, UID, owner email) from one vCard; raises ValueError with a one-line reason."""
    try:
        contact = convert.contact_from_vcard_text(text)
    except ValueError as exc:  # CardError is a ValueError with a one-line message
        raise ValueError(str(exc).splitlines()[0] if str(exc) else "not a vCard") from None
    return contact, _property(text, "UID"), _property(text, OWNER_PROPERTY)
