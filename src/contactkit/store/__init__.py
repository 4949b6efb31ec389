"""The master store: observations in, golden records, organizations and relationships out."""

from contactkit.store.store import Store, StoreCache, StoredObservation, StoreError, as_utc

__all__ = ["Store", "StoreCache", "StoreError", "StoredObservation", "as_utc"]
