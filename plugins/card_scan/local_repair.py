"""An address's local part put right by the name printed on the card: a digit read for a
letter (``j0hn.smith``), a space or a lost separator inside it (``luis medina@``), its start not
read (``as.roth`` for Tobias Roth), two glyphs read as one (``bemd_kaiser@`` for Bernd Kaiser)."""

from __future__ import annotations

import re

from contactkit import normalize

from .capital_i import l_for_i
from .clues import Found
from .local_parts import cut_short, glyph_slip, local_matches, spelt_words
from .web import boost


def repair_local_part(email: Found, name: str) -> Found:
    """``j0hn.smith`` → ``john.smith`` when the name on the card says so."""
    local, _, domain = email.value.partition("@")
    folded = normalize.fold(name).split()
    if not folded:
        return email
    if email.prefix:
        word = email.prefix.rstrip("._-")
        # "jonathan _bennett@": the separator was read, only a space crept in before it.
        read = email.prefix[len(word) :] or ("" if local[:1] in "._-" else None)
        joined = f"{word}{'.' if read is None else read}{local}".lower()
        initial = len(word) == 1 and any(w.startswith(word) for w in folded)
        if local_matches(joined, folded) and (word in folded or initial):
            # A space alone between them: the dot is a guess ("luis medina@" was luis_medina@).
            guessed = read is None
            value = f"{joined}@{domain}"
            return Found(value, min(email.conf, 0.85), email.line, repaired=True, guessed=guessed)
        glued = f"{email.prefix}{local}".lower()
        if re.search(r"\w[._-]\w", email.prefix) and local_matches(glued, folded):
            # "carlo.lomba rdo@": a space read inside a word; the name spells the whole. Still
            # a guess that nothing was lost there: a person looks.
            value = f"{glued}@{domain}"
            return Found(value, min(email.conf, 0.85), email.line, repaired=True, guessed=True)
    table = str.maketrans({"0": "o", "1": "l", "5": "s", "|": "l"})
    repaired = l_for_i(local).translate(table).lower()
    if repaired != local.lower() and local_matches(repaired, folded):
        return Found(f"{repaired}@{domain}", max(email.conf, 0.9), email.line, repaired=True)
    spelt = spelt_words(name)
    slipped = glyph_slip(local.lower(), spelt)
    if slipped:  # "bemd_kaiser@" for Bernd Kaiser: measured with the other repairs (+repaired)
        return Found(f"{slipped}@{domain}", email.conf, email.line, repaired=True)
    if cut_short(local.lower(), spelt) and local[:1] not in "._-":  # "_as.roth": no start
        # "as.roth" for Tobias Roth, "lawomir.wojcik" for Sławomir: its start not read. The
        # name gives it back; "prefixed" (its unread start) keeps it for a person to check.
        head = re.split(r"[._-]", local, maxsplit=1)[0]
        value = f"{spelt[0]}{local[len(head) :]}@{domain}".lower()
        lost = spelt[0][: -len(head)]
        return Found(value, min(email.conf, 0.6), email.line, lost, repaired=True)
    if local_matches(local.lower(), folded):
        return boost(email, 0.1)
    return email
