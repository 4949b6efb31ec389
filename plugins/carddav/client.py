"""The few WebDAV/CardDAV requests contactkit needs, over the host's retrying session."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.etree import ElementTree

import requests

from contactkit_plugins.carddav.config import CardDAVConfig

DAV = "DAV:"
CARD = "urn:ietf:params:xml:ns:carddav"
VCARD_TYPE = "text/vcard; charset=utf-8"

PROPFIND_ETAGS = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>'
)


def multiget_body(hrefs: list[str]) -> str:
    refs = "".join(f"<d:href>{quote(h, safe='/@:~')}</d:href>" for h in hrefs)
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="{CARD}">'
        f"<d:prop><d:getetag/><c:address-data/></d:prop>{refs}</c:addressbook-multiget>"
    )


def card_text(response: requests.Response) -> str:
    """A vCard body as text: UTF-8 unless the server names another charset.

    vCard 3.0 and 4.0 are UTF-8; requests falls back to Latin-1 for any ``text/*`` without a
    charset (e.g. Xandikos' ``text/vcard``), which turns every non-ASCII name into mojibake.
    """
    if "charset=" in response.headers.get("Content-Type", "").lower():
        return response.text
    try:
        return response.content.decode("utf-8")
    except UnicodeDecodeError:
        return response.text


def quoted(etag: str) -> str:
    """An entity tag as HTTP wants it in ``If-Match``: ``"..."`` or ``W/"..."``."""
    etag = etag.strip()
    return etag if etag.startswith(('"', 'W/"')) else f'"{etag}"'


def refused_card(response: requests.Response) -> str | None:
    """Why the server refused the card itself, when its error body names a CardDAV
    precondition (RFC 6352 5.3.2.1: ``valid-address-data``, ``supported-address-data``,
    ``no-uid-conflict``, ``max-resource-size``); None when it names none."""
    try:
        root = ElementTree.fromstring(response.content)
    except ElementTree.ParseError:
        return None
    if root.tag != f"{{{DAV}}}error":
        return None
    names = [child.tag.split("}")[-1] for child in root if child.tag.startswith(f"{{{CARD}}}")]
    if not names:
        return None
    detail = " ".join((root.findtext(f"{{{DAV}}}responsedescription") or "").split())
    return ", ".join(names) + (f": {detail[:200]}" if detail else "")


class DAVError(RuntimeError):
    """A one-line description of a failed DAV request (never includes credentials)."""


@dataclass(frozen=True)
class Card:
    href: str
    etag: str | None
    text: str | None = None


class CardDAVClient:
    """Requests against one address book collection."""

    def __init__(self, config: CardDAVConfig, session: requests.Session) -> None:
        self.config = config
        self.session = session
        self.base = config.url
        self.base_path = urlsplit(config.url).path
        self._auth: tuple[str, str] | None = None

    def auth(self) -> tuple[str, str] | None:
        """Read the password on first use only: building a sink (e.g. for a dry run) needs none."""
        if self._auth is None and self.config.username and self.config.password:
            self._auth = (self.config.username, self.config.password.reveal())
        return self._auth

    def href_for(self, record_id: str) -> str:
        """The path a record's card lives at: stable, so a lost id map cannot duplicate cards."""
        return self.base_path + quote(record_id, safe="") + ".vcf"

    def url(self, href: str) -> str:
        return urljoin(self.base, href)

    def request(self, method: str, href: str, **kwargs: Any) -> requests.Response:
        try:
            return self.session.request(
                method, self.url(href), auth=self.auth(), verify=self.config.verify_tls, **kwargs
            )
        except requests.RequestException as exc:
            raise DAVError(f"{method} {href}: {type(exc).__name__}") from None

    def put(self, href: str, text: str, *, etag: str | None = None) -> requests.Response:
        """Create (``If-None-Match: *``) or replace only the version we know (``If-Match``)."""
        headers = {"Content-Type": VCARD_TYPE}
        if etag is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = quoted(etag)
        return self.request("PUT", href, data=text.encode("utf-8"), headers=headers)

    def get(self, href: str) -> requests.Response:
        return self.request("GET", href)

    def delete(self, href: str) -> requests.Response:
        return self.request("DELETE", href)

    def list_etags(self) -> dict[str, str]:
        """Every card in the collection with its ETag (PROPFIND, Depth 1)."""
        response = self.request(
            "PROPFIND",
            self.base_path,
            data=PROPFIND_ETAGS,
            headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
        )
        if response.status_code != 207:
            raise DAVError(f"PROPFIND {self.base_path}: HTTP {response.status_code}")
        return {c.href: c.etag or "" for c in parse_multistatus(response.content, self.base_path)}

    def multiget(self, hrefs: list[str]) -> list[Card]:
        """The vCards at ``hrefs`` in one REPORT (RFC 6352 addressbook-multiget)."""
        response = self.request(
            "REPORT",
            self.base_path,
            data=multiget_body(hrefs).encode("utf-8"),
            headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
        )
        if response.status_code != 207:
            raise DAVError(f"REPORT {self.base_path}: HTTP {response.status_code}")
        return parse_multistatus(response.content, self.base_path)


def parse_multistatus(content: bytes, collection_path: str) -> list[Card]:
    """Cards (not the collection itself) from a 207 multistatus body."""
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as exc:
        raise DAVError(f"unreadable multistatus answer: {exc}") from None
    cards = []
    for response in root.iter(f"{{{DAV}}}response"):
        href_el = response.find(f"{{{DAV}}}href")
        if href_el is None or not href_el.text:
            continue
        href = unquote(urlsplit(href_el.text.strip()).path)
        if href.rstrip("/") == collection_path.rstrip("/"):
            continue
        etag = text = None
        is_collection = False
        for propstat in response.iter(f"{{{DAV}}}propstat"):
            status = propstat.findtext(f"{{{DAV}}}status") or ""
            if " 200 " not in status + " ":
                continue
            prop = propstat.find(f"{{{DAV}}}prop")
            if prop is None:
                continue
            etag = prop.findtext(f"{{{DAV}}}getetag") or etag
            text = prop.findtext(f"{{{CARD}}}address-data") or text
            rtype = prop.find(f"{{{DAV}}}resourcetype")
            if rtype is not None and rtype.find(f"{{{DAV}}}collection") is not None:
                is_collection = True
        if not is_collection:
            cards.append(Card(href=href, etag=etag, text=text))
    return cards
