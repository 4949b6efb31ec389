"""An address's local part put right by the name printed on the card: a digit read for a
letter (``j0hn.smith``), a space or a lost separator inside it (``luis medina@``), its start not
read (``as.roth`` for Tobias Roth), two glyphs read as one (``bemd_kaiser@`` for Bernd Kaiser);
and a doubted address's letters or lost dot written from the name, for review
(``mended_by_name``)."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from contactkit import normalize

from .capital_i import l_for_i
from .clues import Found
from .domains import folded_letters
from .email_rebuild import best_form, name_forms
from .endings import LOOKALIKE_LETTERS
from .lexicon import NAME_PARTICLES
from .local_parts import (
    GIVEN_SPELLINGS,
    SPELT_UMLAUT_RE,
    cut_short,
    local_match,
    local_matches,
    local_pieces,
    sharp_s_undone,
    spelt_words,
    umlaut_plain,
    umlaut_undone,
)
from .web import boost

# A doubted local part this many letters off the name's closest usual form at most is mended
# to it ("forian.meier" for Florian Meier, "1.hermann" for Laura Herrmann: one and two).
MEND_EDITS = 2


def repair_local_part(email: Found, name: str) -> Found:
    """``j0hn.smith`` → ``john.smith`` when the name on the card says so."""
    local, _, domain = email.value.partition("@")
    folded = normalize.fold(name).split()
    if not folded:
        return email
    if email.prefix:
        stripped = email.prefix.rstrip("._-")
        words = _in_one_piece(name)
        word = _name_word(stripped, words)
        # "jonathan _bennett@": the separator was read, only a space crept in before it.
        read = email.prefix[len(stripped) :] or ("" if local[:1] in "._-" else None)
        joined = f"{word}{'.' if read is None else read}{local}".lower()
        initial = len(word) == 1 and any(w.startswith(word) for w in folded)
        if local_matches(joined, folded) and (word.lower() in words or initial):
            # A space alone between them: the dot is a guess ("luis medina@" was luis_medina@).
            guessed = read is None or word != stripped  # or the word's letters written
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


def mended_by_name(email: str, name: str, *, sign_dropped: bool = False) -> tuple[str, str] | None:
    """A doubted address written from the name, with the tag of its level; None where the name
    gives nothing surer.

    On blurred photos the small print of the address slips where the name, printed larger, is
    read right: a letter lost, doubled or read as another (``forian.meier``, ``h.to``,
    ``emarkus.fischer``, ``nwilllams``), or the dot between the given and the family name lost
    (``hanspeterhoffmann``, ``beckeralexander``). Only asked of an address already doubted (the
    caller's), and it stays so: which of the two slipped is a guess (session 23).
    """
    local, at, domain = email.lower().partition("@")
    if not at or not name:
        return None
    if local[:1].isdigit() and local_match(local[1:], spelt_words(name)) == 2:
        # "@ 7zofia. kaminska@orzel pl" beside Zofia Kaminska: the envelope before the row
        # read as a sign and a digit glued to the address (photo 334 card 56); no usual form
        # of a name starts with a digit.
        return f"{local[1:]}@{domain}", "name-mended"
    dotted = _dot_put_back(local, spelt_words(name))
    if dotted:
        return f"{dotted}@{domain}", "dotted"
    if local_match(local, spelt_words(name)) == 2:
        return None  # a usual form of the name already
    forms = name_forms(name) | _joined_given_forms(name)
    form = best_form([local], forms)
    if not form or len(form) < len(local):
        # "jeffreyo" is "jeffrey" with a letter added and "jeffreyb" with one read as another:
        # likeness prefers the shorter, but the card printed a letter there (the family's
        # initial, its glyph slipped: "timi" for timl)
        form = _one_letter_off(local, forms) or _look_alikes_off(local, forms) or form
        if not sign_dropped:  # not besides a sign dropped: three slips are no mend
            form = form or _two_letters_off(local, forms)
    if not form or form == local or Levenshtein.distance(local, form) > MEND_EDITS:
        # "xn.bemard" for n.bernard: a sign before the row (an envelope) read as a letter
        # glued to the address, besides its own slip; its first letter dropped, as email_mend
        # tries for a lone reading.
        if not sign_dropped and len(local) > 4 and local[1:2].isalnum():
            dropped = mended_by_name(email[1:], name, sign_dropped=True)
            # "liz.taylor" is no "e.taylor" with a sign before it: a given name read whole
            # was printed so (a nickname), however far from the name's forms
            mended_local = dropped[0].partition("@")[0] if dropped else ""
            return None if not dropped or _given_dropped(local, mended_local) else dropped
        return None
    if sharp_s_undone(local, form):
        return None  # "weissmann" beside "Weibmann": the name's ß slipped, not the address
    if umlaut_undone(local, form):
        # "lena.mueller" beside "Lena Moller": the name's umlaut was read as another letter or
        # none, so it cannot put the address right as read. Its other letters still can, the
        # umlaut spelt as the address spells it: "kariheinz.moeller" beside "Karl-Heinz
        # Moller" (Möller, its dots lost; the address's l read i: photo 333 card 36).
        spelt = _look_alikes_off(local, _umlauts_as_read(forms, local))
        if not spelt or spelt == local or _given_dropped(local, spelt):
            # "maria.schroeder" beside "Marla Schroder", "ilse.moeller" beside "Llse Moller":
            # the address spells a given name of the tables, the name's own l/i slipped
            # (second review, session 33)
            return None
        return f"{spelt}@{domain}", "name-mended"
    if _given_lost(local, form):
        return None  # "william.brown" beside "Williarn Brown": the name's glyphs slipped
    if _stray_first_letter(local, form, name):
        return None
    return f"{form}@{domain}", "name-mended"


def _stray_first_letter(local: str, form: str, name: str) -> bool:
    """The mend writes the given name's initial over a first letter no look-alike of it, and
    the letters after it are a usual form of the name already: an envelope before the row read
    as a letter glued on ("wtaylor@" beside Katherine Taylor was taylor@, photo 351 card 96;
    "vvalentini@" was valentini@) as likely as the initial slipped, or the name did ("itoo@"
    beside "Koji Too"). Which is a guess: the address stays as read, to review. On the cached
    seeds 0 of 4 such mends were right (session 37)."""
    if len(local) != len(form) or local[1:] != form[1:] or not local[:1].isalpha():
        return False
    if frozenset((local[0], form[0])) in LOOKALIKE_LETTERS:
        return False  # "ismith" for lsmith: the initial's own glyph slipped
    return local_match(local[1:], spelt_words(name)) == 2


def _umlauts_as_read(forms: set[str], local: str) -> set[str]:
    """Each form with one plain vowel spelt as an umlaut (``moller`` -> ``moeller``), where the
    form then spells as many umlauts as ``local`` does."""
    wanted = len(SPELT_UMLAUT_RE.findall(local))
    out = set()
    for form in forms:
        for at, char in enumerate(form):
            if char in "aou" and form[at + 1 : at + 2] != "e":
                spelt = f"{form[: at + 1]}e{form[at + 1 :]}"
                if len(SPELT_UMLAUT_RE.findall(spelt)) == wanted:
                    out.add(spelt)
    return out


def _joined_given_forms(name: str) -> set[str]:
    """The forms of a name whose given name of two parts is written joined ("karlheinz.schneider"
    for Karl-Heinz Schneider), which name_forms takes for three words."""
    given, _, rest = name.strip().partition(" ")
    return name_forms(f"{given.replace('-', '')} {rest}") if "-" in given and rest else set()


def _in_one_piece(name: str) -> set[str]:
    """The name's words, and those of two parts as an address writes them, in one piece
    ("saintmartin jeanluc@" beside Jean-Luc Saint-Martin; session 31)."""
    pieces = {folded_letters(w) for w in name.split()}
    return {*normalize.fold(name).split(), *(p for p in pieces if p)}


def _name_word(word: str, words: set[str]) -> str:
    """A word read before the address that is one word of the name (``_in_one_piece``) slipped
    by a letter or two ("clena giordano@" beside Elena Giordano, "friednch philipp@" beside
    Philipp Friedrich): that word as the name spells it. Not a short scrap, nor where two words
    are as near, nor where the word spells an umlaut the name lacks."""
    if len(word) < 4 or not word.isalpha() or word.lower() in words:
        return word
    edits = 1 if len(word) < 6 else 2
    near = {w for w in words if Levenshtein.distance(word.lower(), w) <= edits}
    if len(near) != 1 or umlaut_undone(word.lower(), next(iter(near))):
        return word  # "mueller andrea@" beside "Andrea Miiller": the name's ü slipped
    return near.pop()


def _one_letter_off(local: str, forms: set[str]) -> str | None:
    """The one form of the name a single letter off ``local``, where the closest by likeness
    tie or fall short: "macieod.christopher" beside MacLeod's forms "macleod.christopher" and
    "macleodchristopher" (equally alike), "jpse" beside "jose" (too short to be alike enough).
    Only a letter read as another (a glyph slipped), not one added or lost, which the name's
    own slips make as often ("jankowski" beside "Jankowskii"); and not on a scrap of two or three
    letters ("er@" for mbrouwer@). Two forms one letter off tell nothing."""
    if len(local) < 4:
        return None
    near = [f for f in forms if len(f) == len(local) and Levenshtein.distance(local, f) == 1]
    return near[0] if len(near) == 1 else None


def _look_alikes_off(local: str, forms: set[str]) -> str | None:
    """The one form of the name of ``local``'s length whose letters differ from it in two
    places at most, each a glyph look-alike (``endings.LOOKALIKE_LETTERS``): "stetani" for stefanl
    (f read t, l read i), too unlike by likeness for ``best_form``."""
    if len(local) < 4:
        return None
    near = [form for form in forms if len(form) == len(local) and _look_alikes(local, form)]
    return near[0] if len(near) == 1 else None


def _two_letters_off(local: str, forms: set[str]) -> str | None:
    """The one form of the name within two letters of ``local`` and exactly two off, where
    likeness falls short: "grula" for giulia (i read r, i lost), "wemer" for werner. Not a
    single letter added or lost (the name's own slip as often, ``_one_letter_off``), nor on a
    local part under five letters."""
    if len(local) < 5:
        return None
    near = [form for form in forms if Levenshtein.distance(local, form) <= 2]
    if len(near) != 1 or Levenshtein.distance(local, near[0]) != 2:
        return None
    # "sandy@" beside Sandra Klein: a nickname printed so, not a slip of the name
    return None if _given_dropped(local, near[0]) else near[0]


def _given_dropped(local: str, form: str) -> bool:
    """A piece of ``local`` that is a given name the tables spell is not in ``form``: for the
    two-letter and dropped-sign mends, which ``_given_lost``'s one-given-for-another leave
    would let write "sandra" for a printed "sandy"."""
    lost = set(local_pieces(local)) - set(local_pieces(form))
    return any(len(piece) > 2 and piece in GIVEN_SPELLINGS for piece in lost)


def _look_alikes(read: str, form: str) -> bool:
    """``read`` is ``form`` with one or two of its letters read as their look-alikes."""
    slips = [frozenset(pair) for pair in zip(read, form, strict=True) if pair[0] != pair[1]]
    return len(slips) <= 2 and all(slip in LOOKALIKE_LETTERS for slip in slips)


def _given_lost(local: str, form: str) -> bool:
    """A piece of ``local`` that is a given name the tables spell is lost in ``form`` for none
    (``william`` made ``williarn``, ``bernd`` made ``bemd``); ``elena`` made ``lena`` is one
    given name for another, the name printed larger the surer."""
    read, written = set(local_pieces(local)), set(local_pieces(form))
    lost = {p for p in read - written if len(p) > 2 and p in GIVEN_SPELLINGS}
    return bool(lost) and not {p for p in written - read if p in GIVEN_SPELLINGS}


def _dot_put_back(local: str, words: list[str]) -> str | None:
    """``local`` with a dot between the given name and the family name, where it is the two
    whole, in either order ("fleurvandenbroek" for Fleur van den Broek); a given name of two
    parts joined ("karlheinz", "jeanbaptiste") is printed so and keeps its letters. Of three
    words and more, only where a particle starts the family name: "Hans Peter Hoffmann" may be
    hans.peterhoffmann or hanspeter.hoffmann."""
    words = [w for w in words if w]
    if len(words) < 2 or not local.isalpha():
        return None
    if len(words) > 2 and words[1] not in NAME_PARTICLES:
        return None
    given, family = words[0], "".join(words[1:])
    for first, second in ((given, family), (family, given)):
        for cut in range(1, len(local)):
            head, tail = local[:cut], local[cut:]
            if umlaut_plain(head) == umlaut_plain(first) and umlaut_plain(tail) == umlaut_plain(
                second
            ):
                return f"{head}.{tail}"
    return None


# Two glyphs that touch read as one: "rn" as "m" ("bemd_kaiser@" for Bernd Kaiser, b16 scan
# 62, read so by bare Tesseract too), "cl" as "d", "vv" as "w". Only this way: a name read with
# its glyphs merged ("Bemd") must not spoil an address read right.
GLYPH_SLIPS = (("m", "rn"), ("d", "cl"), ("w", "vv"))


def glyph_slip(local: str, name_parts: list[str]) -> str | None:
    """``local`` with one glyph slip undone where that makes it a usual form of the name and it
    was none; None where no single slip does."""
    if local_match(local, name_parts) == 2:
        return None
    found = set()
    for read, printed in GLYPH_SLIPS:
        for at in (m.start() for m in re.finditer(re.escape(read), local)):
            other = local[:at] + printed + local[at + len(read) :]
            if local_match(other, name_parts) == 2 and _gives_given(local, other):
                found.add(other)
    return found.pop() if len(found) == 1 else None


def _gives_given(local: str, other: str) -> bool:
    """The piece the slip changes becomes a given name the tables spell so, and was none (the
    tables' skeletons hold "bemd" as "bernd"): a name read with a glyph split ("Williarn
    Brown", "Aclam Smith") must not spoil "william.brown@"."""
    pairs = zip(re.split(r"[._-]", local), re.split(r"[._-]", other), strict=True)
    return any(a != b and b in GIVEN_SPELLINGS and a not in GIVEN_SPELLINGS for a, b in pairs)
