"""The CardDAV source: pull an address book, reading only the cards that changed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from contactkit.model import Checkpoint, Drop, Observation, RecordError
from contactkit.plugin import RunContext, Source
from contactkit_plugins.carddav.client import CardDAVClient, DAVError
from contactkit_plugins.carddav.config import CardDAVConfig
from contactkit_plugins.carddav.vcards import contact_from_vcard

CHUNK = 100
"""Cards per addressbook-multiget REPORT: one round trip per hundred cards."""


class CardDAVSourceConfig(CardDAVConfig):
    pass


class CardDAVSource(Source):
    """PROPFIND lists every card with its ETag; cards whose ETag is new or changed since the
    last run are fetched with addressbook-multiget, a hundred per request. State is the map of
    card path to ETag, checkpointed after each chunk.
    """

    name: ClassVar[str] = "carddav"
    Config = CardDAVSourceConfig

    def __init__(
        self, config: CardDAVConfig, context: RunContext, instance: str | None = None
    ) -> None:
        super().__init__(config, context, instance)
        self.client = CardDAVClient(config, context.http)

    def read(self, state: dict[str, Any]) -> Iterator:
        seen: dict[str, str] = dict(state.get("etags", {}))
        try:
            current = self.client.list_etags()
        except DAVError as exc:
            yield RecordError(source=self.instance, record_key=self.config.url, reason=str(exc))
            return
        # Cards gone from the server are dropped from the state, so a re-created one is re-read.
        seen = {href: etag for href, etag in seen.items() if href in current}
        todo = sorted(href for href, etag in current.items() if seen.get(href) != etag)
        with self.context.progress("carddav", total=len(todo)) as progress:
            for start in range(0, len(todo), CHUNK):
                chunk = todo[start : start + CHUNK]
                try:
                    cards = self.client.multiget(chunk)
                except DAVError as exc:
                    yield RecordError(source=self.instance, record_key=chunk[0], reason=str(exc))
                    continue
                for card in cards:
                    if card.text is None:
                        yield RecordError(
                            source=self.instance, record_key=card.href, reason="no address data"
                        )
                        continue
                    try:
                        contact, _uid, _owner = contact_from_vcard(card.text)
                    except ValueError as exc:
                        yield RecordError(
                            source=self.instance, record_key=card.href, reason=str(exc)
                        )
                    else:
                        if contact.is_empty():
                            yield Drop(
                                source=self.instance,
                                record_key=card.href,
                                reason="card without name, email or phone",
                            )
                        else:
                            yield Observation(
                                source=self.instance, source_key=card.href, contact=contact
                            )
                    seen[card.href] = card.etag or current.get(card.href, "")
                progress.advance(len(chunk))
                yield Checkpoint(state={"etags": dict(seen)})
        if not todo:
            yield Checkpoint(state={"etags": seen})
