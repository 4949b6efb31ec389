"""Review items made from real card readings, for the review tests (terminal and desk)."""

from __future__ import annotations

from blurred_row_card import BLURRED_ROW_LINES, blurred_row_image

from contactkit.model import ReviewItem
from contactkit.plugin import Settings
from contactkit.testing import standalone_context
from contactkit_plugins.card_scan import CardScanConfig, CardScanSource
from contactkit_plugins.card_scan.email_fit import fit_lost_address
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.jobs import CardResult

FITTED = "fitted to a blurred row from the name and the website"


def fitted_card_item() -> ReviewItem:
    """A card whose address row blurred past reading: the address fitted to it (email_fit),
    parsed, and made a review item as the source makes one."""
    lines = fit_lost_address(blurred_row_image(2.0), BLURRED_ROW_LINES, "Anna Weber", None, "DE")
    parsed = parse_card(lines, default_region="DE")
    result = CardResult(
        "key-1",
        "anna.png",
        parsed.contact.model_dump(mode="json"),
        parsed.confidence,
        evidence=parsed.evidence,
    )
    context = standalone_context(Settings(default_region="DE"))
    item = CardScanSource(CardScanConfig(workers=1), context)._item(result)
    assert isinstance(item, ReviewItem)
    return item
