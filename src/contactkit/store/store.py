"""The master store: one facade over the parts, each holding one concern.

Each public write is one transaction, so a crash never leaves half a batch behind.
"""

from __future__ import annotations

from contactkit.store.erasure import ErasurePart
from contactkit.store.golden import GoldenPart
from contactkit.store.ingest import IngestPart
from contactkit.store.interactions import InteractionsPart
from contactkit.store.match_index import MatchIndexPart
from contactkit.store.observations import ObservationsPart
from contactkit.store.review import ReviewPart
from contactkit.store.runs import RunsPart
from contactkit.store.sinks import SinkMapPart
from contactkit.store.state import StatePart
from contactkit.store.streaming import StreamingPart


class Store(
    RunsPart,
    IngestPart,
    ObservationsPart,
    InteractionsPart,
    GoldenPart,
    SinkMapPart,
    ReviewPart,
    ErasurePart,
    StatePart,
    MatchIndexPart,
    StreamingPart,
):
    """The contact master on SQLite (default) or PostgreSQL."""
