"""How the matcher names an observation: ``source\\x1fsource_key`` inside, ``source:key`` shown.

The unit separator cannot occur in a source's name, so the key splits back unambiguously and
stays stable across an observation's versions and across rebuilds; people read the colon form.
"""

from __future__ import annotations


def key_of(source: str, source_key: str) -> str:
    return f"{source}\x1f{source_key}"


def show_key(key: str) -> str:
    return key.replace("\x1f", ":", 1)


def split_key(key: str) -> tuple[str, str]:
    """``(source, source_key)`` of an observation's key."""
    source, _, source_key = key.partition("\x1f")
    return source, source_key
