"""A record's near candidates: its best few pairs with other records, ties ordered by key.

Namesakes who share nothing else score alike, so a record has more candidates tied at the cut
than it lists; the streamed rebuild picks them without reading every tied pair's keys and must
list exactly what the in-memory rebuild lists.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from contactkit import derivation, master
from contactkit.matching import features as features_module
from contactkit.store import Store
from contactkit.store import golden as golden_part
from contactkit.store import schema as t
from contactkit.store.base import json_value
from contactkit.streamed_rebuild import rebuild_streamed
from tests.store.test_incremental import NOW, SETTINGS, History, snapshot

PEOPLE = 8


def _namesakes(store: Store, seed: int) -> None:
    """Eight people named Anna Schmidt, each on a card and in the desk with one own phone,
    written in an order ``seed`` shuffles (the order rows are read in decides nothing: only
    the keys order a record's tied pairs)."""
    history = History(0, [store])
    rows = [(person, source) for person in range(PEOPLE) for source in ("vcard", "desk")]
    random.Random(seed).shuffle(rows)
    for person, source in rows:
        phone = f"+4915123456{person}"
        payload = {
            "name": {"given": "Anna", "family": "Schmidt"},
            "phones": [{"text": phone, "e164": phone, "kind": "cell"}],
        }
        history.observe(source, f"p{person}", payload)


def _near_lists(store: Store) -> dict[str, list[dict]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.golden_meta.c.golden_id, t.golden_meta.c.evidence)).all()
    return {gid: [e for e in json_value(ev) if "near" in e] for gid, ev in rows}


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("block", [1, 3, 100])
def test_ties_at_the_cut_are_listed_as_a_rebuild_in_memory_lists_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int, seed: int
) -> None:
    monkeypatch.setattr(features_module, "RARE_FROM", 25)
    monkeypatch.setattr(golden_part, "utcnow", lambda: NOW)
    settings = master.MasterSettings(SETTINGS.rules, type(SETTINGS.thresholds)(), SETTINGS.decay)
    streamed = Store(f"sqlite:///{tmp_path / 'streamed.db'}")
    full = Store(f"sqlite:///{tmp_path / 'full.db'}")
    for store in (streamed, full):
        _namesakes(store, seed)
    rebuild_streamed(streamed, settings, NOW, block=block)
    master.rebuild_in_memory(full, settings, NOW)

    near = _near_lists(full)
    assert len(near) == PEOPLE
    # each person has seven namesakes, two observations each: 28 pairs, all scored alike
    assert all(len(listed) == derivation.NEAR_PER_RECORD for listed in near.values())
    assert any(max(Counter(e["near"] for e in listed).values()) > 1 for listed in near.values())
    assert len({e["score"] for listed in near.values() for e in listed}) == 1
    assert snapshot(streamed) == snapshot(full)
    streamed.close()
    full.close()
