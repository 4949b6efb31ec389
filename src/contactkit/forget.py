"""Erasure: remove a person from the store and keep them out of later runs.

Every observation of the person (all versions from all sources), their interactions and their
golden record are deleted; their emails and phones go on the suppression list that filters every
later run; the next push asks each sink that holds them to delete or anonymize them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, tuple_

from contactkit.config import Config
from contactkit.matching.keys import key_of
from contactkit.normalize import NormalizationError, normalize_email
from contactkit.records import find_golden
from contactkit.store import Store
from contactkit.store import schema as t


@dataclass
class Erased:
    golden_id: str | None
    values: set[str]
    observations: int


def forget_person(store: Store, ref: str, config: Config | None = None) -> Erased:
    """Erase a person (by golden id, email or phone) everywhere, and keep them out.

    With ``config``, what is derived from observations (organizations' provenance, relationships)
    is rebuilt without them; then the store file is compacted, so no free page still holds them.
    """
    return forget_people(store, [ref], config)[0]


def forget_people(store: Store, refs: list[str], config: Config | None = None) -> list[Erased]:
    """``forget_person`` for several people, with one rebuild and one compaction at the end."""
    erased = [_erase(store, ref) for ref in refs]
    if config is not None and erased:
        from contactkit import master

        master.rebuild(store, config)
    store.compact()
    return erased


def _erase(store: Store, ref: str) -> Erased:
    record = find_golden(store, ref)
    values: set[str] = set()
    if record is not None:
        values |= set(record.contact.emails)
        values |= {p.e164 for p in record.contact.phones if p.e164}
    elif "@" in ref:
        try:
            values.add(normalize_email(ref))
        except NormalizationError:
            values.add(ref.strip().lower())
    else:
        values.add(ref.strip())
    observation_ids: list[int] = []
    keys: list[tuple[str, str]] = []
    if record is not None:
        with store.engine.connect() as conn:
            members = conn.scalar(select(t.golden.c.members).where(t.golden.c.id == record.id))
            keys = [
                (row.source, row.source_key)
                for row in conn.execute(
                    select(t.observations.c.source, t.observations.c.source_key).where(
                        t.observations.c.id.in_(list(members or []))
                    )
                )
            ]
            if keys:
                observation_ids = list(
                    conn.scalars(
                        select(t.observations.c.id).where(
                            tuple_(t.observations.c.source, t.observations.c.source_key).in_(
                                [tuple(k) for k in keys]
                            )
                        )
                    )
                )
    store.forget(
        record.id if record else f"ref:{ref}",
        values,
        observation_ids,
        observation_keys=[key_of(source, key) for source, key in keys],
    )
    return Erased(record.id if record else None, values, len(observation_ids))
