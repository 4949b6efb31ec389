"""What a card's reading is compared with the truth by: one key per scored field.

Names, titles and companies compared case- and punctuation-blind; emails and phones as sets of
addresses and E.164 numbers (an extension apart); a site by its registrable domain; the postal
address right when something was read and every part read is in the printed address, or nothing
was read where none is printed (``address_key``), and the stricter ``address_whole``: the address
read whole. Used by card_scan_eval.py, card_scan_calibrate.py and card_scan_agreement.py.
"""

from __future__ import annotations

import itertools
import re

from contactkit import normalize
from contactkit.model import Contact

FIELDS = ("name", "title", "company", "emails", "phones", "phone_kinds", "url", "address")


# Letters normalize.fold drops instead of plain-spelling them ("Sokół" → "soko", "Sæther" →
# "sther"): spelt out first, so a reading "Sokol" or "Saether" compares as "Müller" read "Muller"
# does (accents aside).
PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "æ": "ae", "Æ": "AE"}
    | {"œ": "oe", "Œ": "OE"}
)


def _site_key(url: str) -> str:
    """A site's registrable domain; a host that is itself a public suffix (``aquila.it``, a
    province's name in Italy's list) is kept whole, ``www.`` or not, so the two readings meet."""
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0].removeprefix("www.")
    return (normalize.registrable_domain(host) or host) if host else ""


def _number(e164: str) -> str:
    """The number an E.164 string dials, an extension apart (``+14128280964;ext=128``): the
    truth writes the number alone, and the extension read is no other number."""
    return e164.split(";", 1)[0]


def _text_key(value: str | None) -> str:
    return re.sub(r"[^0-9a-z]", "", normalize.fold((value or "").translate(PLAIN_LETTERS)))


def truth_keys(truth: dict) -> dict[str, object]:
    phones = truth.get("phones") or []
    return {
        "name": _text_key(truth.get("name")),
        "title": _text_key(truth.get("title")),
        "company": _text_key(truth.get("company")),
        "emails": frozenset(e.lower() for e in truth.get("emails") or []),
        "phones": frozenset(_number(p["e164"]) for p in phones),
        "phone_kinds": frozenset(f"{_number(p['e164'])}/{p.get('kind') or 'work'}" for p in phones),
        "url": _site_key(truth.get("url") or ""),
        "address": _text_key(truth.get("address")),
    }


def contact_keys(contact: Contact) -> dict[str, object]:
    org = contact.organization.name if contact.organization else None
    return {
        "name": _text_key(contact.name.full),
        "title": _text_key(contact.title),
        "company": _text_key(org),
        "emails": frozenset(contact.emails),
        "phones": frozenset(_number(p.e164) for p in contact.phones if p.e164),
        "phone_kinds": frozenset(
            f"{_number(p.e164)}/{p.kind.value}" for p in contact.phones if p.e164
        ),
        "url": next((_site_key(u.url) for u in contact.urls), ""),
        "address": "|".join(_address_parts(contact)),
    }


def _address_parts(contact: Contact) -> list[str]:
    if not contact.addresses:
        return []
    address = contact.addresses[0]
    return [_text_key(p) for p in (address.street, address.postal_code, address.city) if p]


def address_key(contact: Contact, truth: str) -> str:
    """The truth's key when every part read is in the printed address, else what was read."""
    parts = _address_parts(contact)
    return truth if parts and all(p in truth for p in parts) else "|".join(parts)


def address_whole(contact: Contact, printed: str) -> bool:
    """Whether the address is read whole: street, postcode and town all read and right.
    ``printed`` is the address as the truth writes it (not its key: its word ends count).

    What the card prints is taken from the truth: where it prints an address at all, it prints
    all three (every shape the blind generator writes does). Whole means all three parts read,
    each found in the printed address (compared as ``_text_key``: case, accents and signs aside),
    the street opening it, the postcode holding a digit, and no digit of the printed address
    left once the three are taken out of it (a house number, suite or floor dropped, or a
    postcode read short, is not whole). Where none is printed, whole means nothing was read. A
    country name or a state printed after the town is not asked for; a wrong letter in any part
    is wrong (``amsandtorkal159d`` for Am Sandtorkai 159b is not whole).
    """
    words = _key_words(printed)
    truth = "".join(words)
    if not truth:
        return not _address_parts(contact)
    address = contact.addresses[0] if contact.addresses else None
    if address is None:
        return False
    street, postcode, town = (
        _text_key(p) for p in (address.street, address.postal_code, address.city)
    )
    if not (street and postcode and town) or not re.search(r"\d", postcode):
        return False
    # Each part ends where a printed word ends (rev35c: "Am Sandtorkai 159" for 159b, "Stutt"
    # for Stuttgart, "Genè" for Genève were whole, a letter lost at a part's end)
    ends = {0, *itertools.accumulate(len(w) for w in words)}
    if not (truth.startswith(street) and len(street) in ends):
        return False
    taken = set(range(len(street)))
    for part in (town, postcode):
        span = _word_span(truth, ends, part, taken)
        if span is None:
            return False
        taken.update(span)
    return not any(c.isdigit() for i, c in enumerate(truth) if i not in taken)


def _key_words(value: str) -> list[str]:
    """``_text_key`` word by word: the printed words' keys, whose ends bound a part."""
    plain = normalize.fold(value.translate(PLAIN_LETTERS))
    return [k for w in re.split(r"[\s,;./()-]+", plain) if (k := re.sub(r"[^0-9a-z]", "", w))]


def _word_span(truth: str, ends: set[int], part: str, taken: set[int]) -> range | None:
    """Where ``part`` stands in ``truth`` as whole printed words not yet taken, if anywhere."""
    at = truth.find(part)
    while at >= 0:
        span = range(at, at + len(part))
        if at in ends and at + len(part) in ends and not taken.intersection(span):
            return span
        at = truth.find(part, at + 1)
    return None


def scored(contact: Contact, want: dict, printed: str = "") -> dict[str, object]:
    """``contact_keys`` with the address read against the printed one (``address_key``), and
    ``address_whole`` (True or False; not one of ``FIELDS``, so the table is as it was). The
    printed address as the truth writes it, whose word ends ``address_whole`` reads."""
    return {
        **contact_keys(contact),
        "address": address_key(contact, want["address"]),
        "address_whole": address_whole(contact, printed),
    }
