"""The tally of a card_scan run against the truth: fields right, cards to review, wrong fields
auto-accepted (addresses counted apart), as card_scan_eval.py prints them."""

from __future__ import annotations

from collections import Counter

from card_scan_keys import FIELDS

MINOR = frozenset({"address"})  # counted apart: alone, it sends no card to review
REVIEW_FIELDS = {  # the card_scan confidence key that flags each scored field
    "name": "name",
    "title": "title",
    "company": "organization",
    "emails": "emails",
    "phones": "phones",
    "phone_kinds": "phones",
    "url": "urls",
    "address": "addresses",
}


class Score:
    """One reader's tally over cards: each field's right count, the cards sent to review, the
    fields accepted without review and how many of those are wrong, and the misses listed."""

    def __init__(self) -> None:
        self.right: Counter[str] = Counter()
        self.whole = 0  # addresses read whole (``address_whole``)
        self.cards = 0
        self.reviewed = 0
        self.accepted = 0
        self.wrong_accepted = 0
        self.minor_accepted = 0
        self.minor_wrong = 0
        self.left_out = 0
        self.misses: list[str] = []

    def add(
        self,
        file: str,
        want: dict,
        got: dict,
        flagged: set[str] | None = None,
        left_out: set[str] | None = None,
        conf: dict[str, float] | None = None,
    ) -> None:
        conf = conf or {}
        self.cards += 1
        self.whole += bool(got.get("address_whole"))
        for name in FIELDS:
            ok = want[name] == got[name]
            self.right[name] += ok
            if not ok:
                self.misses.append(f"{file} {name}: want {want[name]!r} got {got[name]!r}")
            if left_out and REVIEW_FIELDS[name] in left_out and not got[name]:
                self.left_out += 1  # doubtful, so not stored: missing, but never wrong
                continue
            auto = flagged is not None and REVIEW_FIELDS[name] not in flagged
            if auto and name in MINOR:
                if got[name]:  # a minor field missed is left out, never wrong
                    self.minor_accepted += 1
                    self.minor_wrong += not ok
                continue
            if auto and (want[name] or got[name]):
                self.accepted += 1
                if not ok:
                    self.wrong_accepted += 1
                    self.misses[-1] += f"  [AUTO-ACCEPTED {conf.get(REVIEW_FIELDS[name])}]"
        if flagged:
            self.reviewed += 1

    def share(self, name: str) -> float:
        return self.right[name] / self.cards if self.cards else 0.0
