"""vCard text syntax: unfolding, vobject's line grammar, one card's content lines, escaping.

``raw_lines`` is the source's fast path (plain records, a bad line costs only its property);
``parse_card`` gives a real vobject component to callers that want one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import vobject
from vobject.base import Component, ContentLine, parseLine

ORG_DOMAIN_PROPERTY = "X-CONTACTKIT-ORG-DOMAIN"
"""Where a card keeps its company's domain when no email tells it (ours, read back too)."""


class CardError(ValueError):
    """A card that cannot be read; the message is one line, ``line`` relative to the card."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def parse_card(text: str) -> Component:
    """Parse the text of exactly one card into a vobject ``Component`` of raw content lines.

    vobject's own ``readComponents`` applies its vCard behaviours on the way, which keep only
    the text before the first unescaped comma of every text value and count lines wrongly;
    this uses vobject's line parser without them, so every value arrives as written, and a
    ``CardError`` names the line (relative to the card) that does not parse.
    """
    stack: list[Component] = []
    top: Component | None = None
    for line, number in logical_lines(text):
        try:
            content = ContentLine(*parseLine(line, number), encoded=True, lineNumber=number)
        except vobject.base.ParseError:
            raise CardError(f"line does not parse: {_one_line(line)}", number) from None
        except Exception as exc:  # e.g. a quoted-printable value in an unknown charset
            raise CardError(f"{type(exc).__name__}: {_one_line(str(exc))}", number) from None
        name = content.name
        if name == "BEGIN":
            stack.append(Component(content.value.strip().upper(), group=content.group))
        elif name == "END":
            if not stack:
                raise CardError(f"END:{content.value} without BEGIN", number)
            done = stack.pop()
            if stack:
                stack[-1].add(done)  # an embedded AGENT card
            elif top is None:
                top = done
        elif stack:
            stack[-1].add(content)
    if stack or top is None:
        raise CardError("card has no END:VCARD" if stack else "no BEGIN:VCARD")
    if top.name != "VCARD":
        raise CardError(f"expected a VCARD, found {top.name}")
    return top


@dataclass(slots=True)
class RawLine:
    """A content line as vobject's grammar splits it, without vobject's object machinery.

    Has the attributes of ``vobject.base.ContentLine`` that reading needs (``name``, ``group``,
    ``params``, ``singletonparams``, ``value``, ``encoded``), at a fraction of the cost: the
    source reads cards this way; ``parse_card`` gives real vobject components to other callers.
    """

    name: str
    params: dict[str, list[str]]
    singletonparams: list[str]
    value: str
    group: str | None
    lineNumber: int  # vobject's attribute name
    encoded: bool = True


def raw_lines(text: str, skipped: list[CardError] | None = None) -> list[RawLine]:
    """The content lines of the one card in ``text`` (an embedded AGENT card's are left out).

    With ``skipped``, a line that does not parse costs only its property: it is appended there
    (with its line) and the card goes on; without, it raises ``CardError``.
    """
    out: list[RawLine] = []
    depth, seen_end = 0, False
    for line, number in logical_lines(text):
        try:
            name, params, value, group = parseLine(line, number)
        except vobject.base.ParseError:
            error = CardError(f"line does not parse: {_one_line(line)}", number)
            if skipped is None or number == 1:
                raise error from None
            skipped.append(error)
            continue
        name = name.upper()
        if name == "BEGIN":
            depth += 1
            if depth == 1 and value.strip().upper() != "VCARD":
                raise CardError(f"expected a VCARD, found {value.strip()}", number)
            continue
        if name == "END":
            depth -= 1
            if depth < 0:
                raise CardError(f"END:{value} without BEGIN", number)
            seen_end = seen_end or depth == 0
            continue
        if depth != 1:
            continue
        singles: list[str] = []
        table: dict[str, list[str]] = {}
        for param in params:
            if len(param) == 1:
                singles.append(param[0])
            else:
                table.setdefault(param[0].upper(), []).extend(param[1:])
        out.append(RawLine(name, table, singles, value, group, number))
    if depth > 0 or not seen_end:
        raise CardError("card has no END:VCARD" if depth > 0 else "no BEGIN:VCARD")
    return out


def logical_lines(text: str) -> list[tuple[str, int]]:
    """Unfold (a line starting with a space or tab continues the previous one); CRLF or LF.

    Returns each logical line with the 1-based number of its first physical line.
    """
    out: list[list[Any]] = []
    text = text.replace("\r\n", "\n")
    # Lines end in LF (or CRLF): a lone CR is then debris inside a value, not a line end.
    # Only files with no LF at all (classic Mac OS) end their lines in CR.
    text = text.replace("\r", " ") if "\n" in text else text.replace("\r", "\n")
    for number, line in enumerate(text.split("\n"), 1):
        if line[:1] in (" ", "\t") and out:
            out[-1][0] += line[1:]
        elif line.strip():
            out.append([line, number])
    return [(line, number) for line, number in out]


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 160 else line[:157] + "..."


def escape(value: str) -> str:
    """vCard text escaping (``unescape`` reads it back): backslash, newline, comma, semicolon."""
    return (
        value.replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def unescape(value: str) -> str:
    """vCard text unescaping: ``\\n`` is a newline, ``\\,`` ``\\;`` ``\\\\`` their character."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def with_scheme(url: str) -> str:
    """``www.example.com`` as the URI a URL property must hold (``https://www.example.com``)."""
    if not url or (_SCHEME.match(url) and not re.match(r"^[^/:]+:\d", url)):
        return url
    return f"https://{url.lstrip('/')}"
