"""Which fields of a card a person should look at, and which minor ones to leave out instead."""

from __future__ import annotations

from typing import Any

# Fields that alone never send a card to review: dropped when doubtful instead.
MINOR_FIELDS = frozenset({"urls", "addresses"})
# A minor field this sure goes in without a look; under it, it is left out. An address right 85
# times in 100 does less harm kept than lost (a person sees a wrong street at once); a website
# is kept only when the email's domain or, with no email, the company's name backs it: one read
# alone (ocr/*, 0.57-0.88 right on the tuning sets) was 7 of the 40 wrong fields accepted on the
# blind report sets of an early session ("ki.co" for polarisdenki.co.jp), and leaving it out
# costs no review.
MINOR_KEEP = {"urls": 0.95, "addresses": 0.85}
# On a card that goes to review for another field, fields under this are shown to the person too.
SECOND_LOOK = 0.98
# Fields whose absence alone never sends a card to review.
MISSING_IS_MINOR = frozenset({"title", "urls", "addresses"})


def review_fields(
    confidence: dict[str, float],
    values: dict[str, Any],
    threshold: float,
) -> tuple[list[str], list[str]]:
    """(the fields a person should look at, the minor fields to leave out instead).

    A minor field (website, address) is held to its own ``MINOR_KEEP``, whatever the threshold;
    under it, alone, it sends no card to review: it is left out. A title or a website that was
    simply not read is marked (its confidence 0 stays on the observation) but is not worth a
    person's look on its own.
    """
    uncertain = sorted(
        f for f, c in confidence.items() if c < (MINOR_KEEP[f] if f in MINOR_FIELDS else threshold)
    )
    uncertain = [f for f in uncertain if _worth_a_look(f, values)]
    if uncertain and set(uncertain) <= MINOR_FIELDS:
        return [], uncertain
    if uncertain:
        # A person looks at this card anyway: what is less than nearly sure is shown too, at no
        # cost in cards (a digit slip in a number beside a missing name). An email none was read
        # of counts (``missing+web``, 0.94: its row lost whole while the site was read, 2 of the
        # 12 wrong accepted on the session-25 pool); a title or a site not read does not.
        second = (f for f, c in confidence.items() if c < SECOND_LOOK and _worth_a_look(f, values))
        uncertain = sorted({*uncertain, *second})
    return uncertain, []


def _worth_a_look(field: str, values: dict[str, Any]) -> bool:
    """A field read, or one whose absence a person should see (not a title, site or address)."""
    return bool(values.get(field)) or field not in MISSING_IS_MINOR
