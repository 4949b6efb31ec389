"""An address printed and read as no address, rebuilt from the person's name and the website's
domain, for review.

On blurred photos the address row is read with its ``@`` lost or read as a letter and a letter
or two of the name misread (``E sabine.friednchg wagner.de`` beside "Sabine Friedrich" and
``https //wagner.de/``; ``e-mail; katarrynagessokol pl`` beside www.ssokol.pl): neither engine
gives an address, and the card kept none. Where the website's domain ends such a line and the
word before it is close to one of the usual forms of the name (``given.family``, ``gfamily``,
``family_given``...), that form and the domain are the address. Its letters come from the name,
not from what was read, so it is never taken unseen: its level is unmeasured (review).
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from contactkit import normalize

from .clues import SITE_PREFIX_RE
from .email_at import AT_LOOKALIKES, is_email_label, word_runs
from .local_parts import spelt_words
from .spellings import PLAIN_UMLAUT

# How close the word read must be to the name's form (difflib ratio): "sabine.friednch" and
# "sabine.friedrich" 0.94; a form only sharing the given name stays under.
CLOSE_FROM = 0.8
# A form as close as the best, within this, makes the choice a guess between two: none taken.
TIE = 0.03


def name_forms(name: str) -> set[str]:
    """The usual local parts written from ``name``: ``anna.weber``, ``aweber``, ``weber_anna``."""
    forms: set[str] = set()
    for spelling in (spelt_words(name), _umlauts_spelt(name)):
        parts = [p for p in spelling if p]
        if len(parts) < 2:
            continue
        given = parts[0]
        for family in {parts[-1], "".join(parts[1:])}:
            forms |= {given, family, given + family[0], family + given[0]}
            for sep in ("", ".", "_", "-"):
                forms |= {given + sep + family, given[0] + sep + family, family + sep + given}
            forms.add(family + "." + given[0])
    return forms


def split_site_address(site: str, name: str, texts: list[str], row: int) -> str | None:
    """A bare site read on line ``row`` that is an address with its ``@`` lost: a form of the
    whole name (not one word of it), then a label whole words of another line spell
    (``joaquin.gilpolarisiberica.es`` under "POLARIS IBERICA S.L.U.", read at 0.97, tuning
    photo 351/29). None where no split or more than one fits."""
    host = site.lower().rstrip("/.")
    if SITE_PREFIX_RE.match(host) or "/" in host:
        return None
    suffix = normalize.public_suffix(host)
    if not suffix or len(host) <= len(suffix) + 1:
        return None
    label = host[: -len(suffix) - 1]
    # Only a form with a dot or an underscore: a host's label holds neither, while a site made
    # of the name and the firm's words is how a firm named for its founder is printed
    # ("joaquingilabogados.es" under "Joaquín Gil Abogados", "mariasilvaconsultores.pt").
    forms = {f for f in _forms(name) - set(spelt_words(name)) if "." in f or "_" in f}
    spelt = {run for i, text in enumerate(texts) if i != row for run in word_runs(text)}
    found = {
        f"{label[:at]}@{label[at:]}.{suffix}"
        for at in range(3, len(label) - 3)
        if label[:at] in forms and label[at:] in spelt
    }
    return found.pop() if len(found) == 1 else None


def _forms(name: str) -> set[str]:
    """``name_forms``, and with a name of three words those of its first two: a Spanish name's
    address takes the first family name ("teresa_ruiz" for Teresa Ruiz de la Fuente, tuning
    photo 324/45), as email_mend reads a lone row."""
    forms = name_forms(name)
    if len(name.split()) >= 3:
        forms |= name_forms(" ".join(name.split()[:2]))
    return forms


def _umlauts_spelt(name: str) -> list[str]:
    return spelt_words(name.translate(PLAIN_UMLAUT))  # ß and ł as spelt_words writes them


def rebuilt_address(texts: list[str], name: str, domain: str) -> str | None:
    """The address a line shows with its ``@`` lost, from ``name``'s closest form and
    ``domain``; None where no line ends in the domain after a word close to one form."""
    rebuilt = rebuilt_row(texts, name, domain)
    return rebuilt[0] if rebuilt else None


def rebuilt_row(texts: list[str], name: str, domain: str) -> tuple[str, int] | None:
    """``rebuilt_address`` and the line it was rebuilt from; None as there."""
    forms = _forms(name)
    if not forms or "." not in domain:
        return None
    pattern = _domain_patterns(domain.lower())[0]
    found = set()
    for i, text in enumerate(texts):
        lower = text.lower()
        # The domain printed on another line too (the website): "vanderveen.daangmulder.com"
        # alone is no site of "daangmulder.com" for "vanderveen." to stand before.
        if not any(pattern.search(t.lower()) for j, t in enumerate(texts) if j != i):
            continue
        for match in _domain_matches(domain.lower(), lower):
            local = best_form(_readings(lower[: match.start()], name), forms)
            if local:
                found.add(f"{local}@{domain.lower()}")
                row = i
    return (found.pop(), row) if len(found) == 1 else None


def _domain_pattern(parts: list[str]) -> re.Pattern[str]:
    """The domain as a row shows it: its dots may be read as spaces or lost ("ssokol pl",
    "khananalyticscouk")."""
    return re.compile(r"[.\s,]?\s?".join(parts) + r"(?![a-z0-9])")


def shows_domain(domain: str, text: str) -> bool:
    """``text`` shows ``domain``, whole or one letter of a long label off (``_domain_matches``)."""
    return bool(_domain_matches(domain.lower(), text.lower()))


def _domain_matches(domain: str, text: str) -> list[re.Match[str]]:
    """Where ``text`` shows ``domain``; else where it shows it with one letter of a long label
    read as another ("francois##taurent-informatique.fr", "fiecher-cie.ch" beside the site's
    laurent-informatique.fr and fischer-cie.ch, tuning photos 340/69, 352/2): the site read
    whole elsewhere spells it, and the address is rebuilt for review all the same."""
    whole, *slipped = _domain_patterns(domain)
    found = list(whole.finditer(text))
    if found:
        return found
    for pattern in slipped:
        found += list(pattern.finditer(text))
    return found


@lru_cache(maxsize=256)
def _domain_patterns(domain: str) -> tuple[re.Pattern[str], ...]:
    """``domain``'s pattern as a row shows it (``_domain_pattern``), then, for a label of six
    letters or more, one with each of its letters read as another: built once a domain, not
    once a row."""
    label, _, ending = domain.partition(".")
    patterns = [_domain_pattern([re.escape(p) for p in domain.split(".")])]
    if len(label) < 6:
        return tuple(patterns)
    for k in range(len(label)):
        slipped = re.escape(label[:k]) + f"[^{re.escape(label[k])}\\W]" + re.escape(label[k + 1 :])
        patterns.append(_domain_pattern([slipped, *(re.escape(p) for p in ending.split("."))]))
    return tuple(patterns)


def _readings(before: str, name: str) -> list[str]:
    """What the local part may have been read as: the last word before the domain (two, where
    a separator was read as a space), with the letter that stands for the ``@`` cut off."""
    words = [w for w in before.split() if not is_email_label(w, name)]
    if not words:
        return []
    tails = [words[-1]]
    if len(words) >= 2:
        # "scott. woodnova.co.uk": a separator read before the space is the one there.
        joint = "" if words[-2][-1:] in "._-" else "."
        tails.append(words[-2] + joint + words[-1])
    out = []
    if len(words) >= 2 and len(words[-1]) == 1 and words[-1] in AT_LOOKALIKES:
        tails.append(words[-2])  # "teresa_ruiz Gramirez-asociados.es": the @ a word's start
    for tail in tails:
        # A sign read for the @ or beside it: "francois##", "matthieasd)".
        tail = tail.strip(":;,").rstrip("#)(|%&*")
        if tail.endswith("@"):
            out.append(tail[:-1])
            continue
        out.append(tail)  # the @ lost altogether
        if tail and tail[-1] in AT_LOOKALIKES:
            out.append(tail[:-1])
        if len(tail) > 1 and tail[-2] in AT_LOOKALIKES:
            out.append(tail[:-2])  # "katarrynage": the @ read as two letters
    return [t for t in out if len(t) >= 3 and re.fullmatch(r"[a-z0-9._-]+", t)]


def best_form(readings: list[str], forms: set[str]) -> str | None:
    """The form of the name closest to one of ``readings``, if close enough (``CLOSE_FROM``); of
    forms about as close, the longest where it holds the others, else the one whose separator
    a reading shows."""
    if not readings:
        return None
    scored = sorted(((max(_ratio(r, f) for r in readings), f) for f in forms), reverse=True)
    if scored[0][0] < CLOSE_FROM:
        return None
    tied = [f for r, f in scored if r > scored[0][0] - TIE]
    # "smith" and "rachel.smith" both read whole in "rachel smith@": the longer holds the other.
    longest = max(tied, key=len)
    if all(f in longest for f in tied):
        return longest
    return separator_shown(readings, tied)


def separator_shown(readings: list[str], tied: list[str]) -> str | None:
    """Of forms as close to the readings, the one form whose separator a reading shows in its
    place: "margaux.durandieclerc" beside Margaux Durand-Leclerc is as close to
    ``margauxdurandleclerc`` as to ``margaux.durandleclerc`` by likeness, but its dot was read
    (pool-free tuning photo seed 315 card 31, the card's only address left unread). A letter
    slips under blur; a separator read where the form has it is seen. Only a reading as long as
    the form, its letters read as others: a form a letter longer is the name's own slip
    ("aleksander.jankowski@" beside "Aleksander Jankowskii" keeps its letters). None where no
    reading shows one, or several forms keep it."""
    kept = {
        f
        for f in tied
        for r in readings
        if (sep := _separator(f))
        and len(r) == len(f)
        and _separator(r) == sep
        and r.index(sep) == f.index(sep)
    }
    return kept.pop() if len(kept) == 1 else None


def _separator(local: str) -> str:
    """The one separator of a local part (``.``, ``_`` or ``-``), or ``""``."""
    seps = [c for c in local if c in "._-"]
    return seps[0] if len(seps) == 1 else ""


def _ratio(read: str, form: str) -> float:
    return difflib.SequenceMatcher(None, read, form, autojunk=False).ratio()
