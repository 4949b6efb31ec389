"""The desk's review page says why each doubted field is there (``ReviewItem.reasons``)."""

from __future__ import annotations

import re

from review_cards import FITTED, fitted_card_item  # tests/card_scan, on the path (conftest)

from contactkit.config import load_config
from contactkit.store import Store


def test_review_a_card_says_why_a_field_is_doubted_and_not_why_one_is_accepted(client, demo_copy):
    item = fitted_card_item()
    store = Store(load_config(demo_copy).store.url)
    store.write_batch(
        run_id=None, source="card_scan", source_type="card_scan", items=[item], state=None
    )
    [(review_id, _)] = store.open_reviews()
    store.close()
    form = client.get(f"/review/card/{review_id}").get_data(as_text=True)
    labels = dict(re.findall(r'<label for="f-(\w+)"[^>]*>(.*?)</label>', form, re.S))
    assert f'<small class="why">{FITTED}</small>' in labels["emails"]
    assert "why" not in labels["name"] and "check" not in labels["name"]  # accepted
