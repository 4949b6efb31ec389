"""Index groups by when they are built: a rebuild builds its tables' secondary indexes once,
after the pass that fills them; a store made by an earlier version gets the ones it lacks."""

from __future__ import annotations

from sqlalchemy import Index

from contactkit.store.schema import metadata


def _indexes(*names: str) -> tuple[Index, ...]:
    by_name = {ix.name: ix for table in metadata.sorted_tables for ix in table.indexes}
    return tuple(by_name[name] for name in names)


# A rebuild fills the index tables whole, so their secondary indexes are built once, after the
# pass that fills them: a sort, where one random B-tree insert per row grew with the store.
INDEXED_AFTER_NODES = _indexes(
    "ix_match_nodes_record", "ix_match_nodes_name", "ix_match_nodes_given",
    "ix_match_nodes_family", "ix_match_values_value", "ix_match_values_obs",
    "ix_match_blocks_key", "ix_match_blocks_obs",
)  # fmt: skip
"""Built after the rebuild's nodes pass: later passes look nodes and values up by them."""
INDEXED_AFTER_PEOPLE = _indexes(
    "ix_match_nodes_golden", "ix_golden_emails_email", "ix_golden_emails_golden"
)
"""Built after the golden records are written: nothing reads by them before."""
REBUILT_INDEXES = INDEXED_AFTER_NODES + INDEXED_AFTER_PEOPLE
"""Dropped while a rebuild runs (a store opened after one killed midway gets them back)."""
ADDED_LATER = _indexes("ix_match_reviews_b", "ix_match_decisions_b")
"""Indexes a store made by an earlier version lacks: created when it is opened."""
