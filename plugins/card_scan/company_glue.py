"""A logo's initials read glued to the company's first word (session 16, wrong16).

``KKKATO KOGYO CO., LTD.`` beside kato-kogyo.co.jp, ``W SWATANABE SANGYO`` beside
watanabe-sangyo.co.jp: a monogram of the firm's initials printed left of the name, read as
letters of its first word. The domain spells the word without them. Session 17 (wrong17):
``Dgdelta groep n.v.`` beside ddelta.nl, a "DG" monogram glued to Delta Groep's first word, was
accepted at ``domain+legal+other/hi``; the initials are the name's own words' too.
"""

from __future__ import annotations

import re

from contactkit import normalize


def initials_glued(company: str, domain: str | None) -> bool:
    """The company's first long word is a word of the domain with one or two initials of the
    domain's or the name's words before it."""
    if not domain:
        return False
    label = next((p for p in domain.lower().split(".") if p != "www"), "")
    parts = [p for p in re.split(r"[-_]", label) if p]
    if len(parts) < 2:
        # One word: itself, or without the initial a domain doubles ("ddelta" for Delta).
        parts = [p for p in {label, label[1:] if label[:1] * 2 == label[:2] else ""} if len(p) >= 4]
    words = [re.sub(r"[^a-z]", "", normalize.fold(w)) for w in company.split()]
    first = next((w for w in words if len(w) > 1), "")
    for part in parts:
        extra = first[: -len(part)] if first.endswith(part) else None
        named = [part if w == first else w for w in words if w]
        initials = {p[0] for p in parts} | {w[0] for w in named}
        if extra and len(extra) <= 2 and set(extra) <= initials:
            return True
    return False
