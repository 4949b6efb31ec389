"""The CardDAV sink: one vCard per golden record, written with ETags so edits are never lost."""

from __future__ import annotations

from typing import ClassVar, Literal

import requests

from contactkit.model import GoldenRecord, SinkResult, SinkStatus
from contactkit.plugin import ForgetItem, PushItem, RunContext, Sink
from contactkit_plugins.carddav.client import CardDAVClient, DAVError, card_text, refused_card
from contactkit_plugins.carddav.config import CardDAVConfig
from contactkit_plugins.carddav.vcards import contact_from_vcard, vcard_from_record

OK = (200, 201, 204)


class Conflict(Exception):
    """The card in the address book is not the one we last wrote; the message says why."""


class CardDAVSink(Sink):
    """Writes each record to ``<collection>/<record id>.vcf``.

    New cards are created with ``If-None-Match: *`` and updates sent with ``If-Match`` and the
    ETag of our last write (kept in the host's cache), so a card someone edited in the address
    book since then answers 412 and the record fails with a clear reason instead of overwriting
    the edit. The external id is the card's path.
    """

    name: ClassVar[str] = "carddav"
    Config = CardDAVConfig
    batch_size: ClassVar[int] = 50
    forget_mode: ClassVar[Literal["delete", "anonymize", "none"]] = "delete"

    def __init__(
        self, config: CardDAVConfig, context: RunContext, instance: str | None = None
    ) -> None:
        super().__init__(config, context, instance)
        self.client = CardDAVClient(config, context.http)

    # The ETag of our last write, per card: the host's cache persists it between runs.
    def _etag_key(self, href: str) -> str:
        return f"carddav:{self.instance}:etag:{href}"

    def _remember(self, href: str, etag: str | None) -> None:
        if etag is None:
            # The card is written; not knowing its ETag only costs a GET on the next update.
            try:
                etag = self.client.request("HEAD", href).headers.get("ETag")
            except DAVError:
                return
        if etag:
            self.context.cache.put(self._etag_key(href), etag)

    def write(self, batch: list[PushItem]) -> list[SinkResult]:
        results = []
        for item in batch:
            try:
                results.append(self._write_one(item))
            except (DAVError, Conflict) as exc:
                results.append(_failed(item.record, str(exc)))
        return results

    def _write_one(self, item: PushItem) -> SinkResult:
        record = item.record
        if item.unchanged:
            return SinkResult(
                record_id=record.id, status=SinkStatus.UNCHANGED, external_id=item.external_id
            )
        text = vcard_from_record(record)
        if item.external_id is None:
            href = self.client.href_for(record.id)
            response = self.client.put(href, text)
            if response.status_code == 412 and (why := refused_card(response)):
                raise Conflict(f"the server refused the card ({why})")
            if response.status_code == 412:
                if self._adopt(href, record, text):
                    return SinkResult(
                        record_id=record.id, status=SinkStatus.CREATED, external_id=href
                    )
                raise Conflict(f"a card already exists at {href}; not overwritten")
            status = SinkStatus.CREATED
        else:
            href = item.external_id
            etag = self.context.cache.get(self._etag_key(href)) or self._etag_if_ours(item)
            response = self.client.put(href, text, etag=etag)
            if response.status_code == 412:
                raise Conflict(self._why_refused(href, etag, response))
            if response.status_code == 404:
                raise Conflict("card was deleted from the address book; not re-created")
            status = SinkStatus.UPDATED
        if response.status_code not in OK:
            why = refused_card(response)
            raise DAVError(
                f"PUT {href}: HTTP {response.status_code}" + (f" ({why})" if why else "")
            )
        self._remember(href, response.headers.get("ETag"))
        return SinkResult(record_id=record.id, status=status, external_id=href)

    def _why_refused(self, href: str, etag: str | None, response: requests.Response) -> str:
        """A 412 on update has three causes; say which one it was."""
        why = refused_card(response)
        if why:
            return f"the server refused the card ({why}); the card in the address book is kept"
        current = self.client.request("HEAD", href)
        if current.status_code == 404:
            return "card was deleted from the address book; not re-created"
        now = current.headers.get("ETag")
        if etag and now and _bare(now) == _bare(etag):
            return (
                "the server answered 412 although the card is unchanged since the last push "
                "(its ETag still matches); not overwritten"
            )
        return (
            "card was edited in the address book since the last push (ETag mismatch); "
            "not overwritten"
        )

    def _adopt(self, href: str, record: GoldenRecord, text: str) -> bool:
        """A card at our path with our UID saying exactly what we would send is ours already:
        a push whose answer was lost (a crash after the PUT). Anything else is not touched."""
        response = self.client.get(href)
        if response.status_code != 200:
            return False
        try:
            server, uid, owner = contact_from_vcard(card_text(response))
            ours, _uid, our_owner = contact_from_vcard(text)
        except ValueError:
            return False
        if uid != record.id or server != ours or owner != our_owner:
            return False
        self._remember(href, response.headers.get("ETag"))
        return True

    def _etag_if_ours(self, item: PushItem) -> str | None:
        """With no ETag remembered, overwrite only if the card still says what we sent last."""
        href = item.external_id or ""
        response = self.client.get(href)
        if response.status_code == 404:
            raise Conflict("card was deleted from the address book; not re-created")
        if response.status_code != 200:
            raise DAVError(f"GET {href}: HTTP {response.status_code}")
        etag = response.headers.get("ETag")
        if item.previous is not None:
            try:
                server = contact_from_vcard(card_text(response))
            except ValueError:
                server = None
            sent = contact_from_vcard(vcard_from_record(item.previous))
            if server != sent:
                raise Conflict(
                    "card differs from what was last pushed (edited in the address book); "
                    "not overwritten"
                )
        return etag

    def forget(self, items: list[ForgetItem]) -> list[SinkResult]:
        """Delete the card: erasure wins over a concurrent edit, so no ``If-Match`` here."""
        results = []
        for item in items:
            href = item.external_id or self.client.href_for(item.record_id)
            try:
                response = self.client.delete(href)
            except DAVError as exc:
                results.append(
                    SinkResult(record_id=item.record_id, status=SinkStatus.FAILED, reason=str(exc))
                )
                continue
            if response.status_code in (*OK, 404):
                results.append(
                    SinkResult(
                        record_id=item.record_id, status=SinkStatus.DELETED, external_id=href
                    )
                )
            else:
                results.append(
                    SinkResult(
                        record_id=item.record_id,
                        status=SinkStatus.FAILED,
                        reason=f"DELETE {href}: HTTP {response.status_code}",
                    )
                )
        return results


def _bare(etag: str) -> str:
    """An ETag compared weakly: without ``W/`` and quotes."""
    return etag.strip().removeprefix("W/").strip('"')


def _failed(record: GoldenRecord, reason: str) -> SinkResult:
    return SinkResult(record_id=record.id, status=SinkStatus.FAILED, reason=reason)
