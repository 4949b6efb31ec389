"""The master store: observations in, golden records, organizations and relationships out."""

from contactkit.store.base import StoreError, as_utc
from contactkit.store.observations import StoredObservation
from contactkit.store.state import StoreCache
from contactkit.store.store import Store

__all__ = ["Store", "StoreCache", "StoreError", "StoredObservation", "as_utc"]
