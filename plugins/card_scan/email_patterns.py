"""Emails on a card found by pattern: each line's address with the slips of its domain's spaces,
dots, suffix and label undone, and the word before it that may start its local part.

Websites, and how the email's and the website's domains check each other: ``web``.
"""

from __future__ import annotations

import re

from .clues import EMAIL_RE, Found
from .endings import SECOND_LEVEL_COUNTRIES, UNDER_CO_COUNTRIES, known_suffix
from .text_lines import Line
from .word_confidence import fragment_conf


def find_emails(lines: list[Line], texts: list[str], used: set[int]) -> list[Found]:
    """Every address the lines show, slips of its domain's spaces, dots and suffix put back
    (marked repaired), with the word before it that may start its local part (``prefix``);
    each line holding one is marked used."""
    found = []
    for i, text in enumerate(texts):
        # "@young- associates.com" (b24 photo 32): a space read after a hyphen in the domain.
        text = re.sub(r"(@[A-Za-z0-9-]*[A-Za-z0-9]-) (?=[A-Za-z0-9-]+\.[A-Za-z])", r"\1", text)
        # "E-mail: name@x.com" or "name @ x . com": drop the spaces around dots in the domain.
        compact = re.sub(
            r"(?<=@)([^ ]+(?: ?\. ?[^ ]+)+)", lambda m: m.group(1).replace(" ", ""), text
        )
        # "legoff@mistral fr", "@orbisinformatique..fr": the dot before a known suffix read as
        # a space or twice, at the end of the line or field; such an address is "repaired".
        # Both dots of "co.uk" read as spaces: "rachel smith@khananalytics co uk" (b11 photo 34).
        joined = SPACED_SUFFIX_RE.sub(lambda m: ".".join(g for g in m.groups() if g), compact)
        # "@altair-online.co jp", "@ssakura.cojp": the dot inside a two-part suffix read as a
        # space or lost; "@cobalt.p!", "@aaltair.p]": the l of ".pl" read as a sign.
        joined = SPLIT_SUFFIX_RE.sub(lambda m: f"{m[1]}.{m[2] or m[3]}", joined)
        joined = SIGN_FOR_L_RE.sub(r"\1l", joined)
        joined = STRAY_SIGN_RE.sub(lambda m: m[1] or m[2], joined)
        for match in EMAIL_RE.finditer(joined):
            value = match.group(0).strip(".-")
            # "E-mailfriedrich@polaris.de": the label read as the start of the address.
            value = EMAIL_LABEL_GLUED_RE.sub("", value)
            value = site_cut_off(value)  # "...@zenax.comwww.zenax.com": the site after
            # "david johnson@x.com": a dot read as a space; the name check decides later.
            # "mueller andrea@", "bernd_ winkler@", "a becker@": the start of the local part
            # read as a word of its own ("e" and "m" are labels), also after an envelope sign
            # read as "@" and glued to it ("@davide ricci@"), or with a separator of its own
            # ("carlo.lomba rdo@": a space inside a word).
            # "e-mail:justyna sadowska@": the label glued to that start (DejaVu Sans Light).
            # "m =margarete hahn@": the row's sign read as a mark glued to it (session 31).
            # "benoit _ lafontaine @helix.fr": the separator read as a word of its own, spaces
            # both sides (Free Serif photo, check seed 371 card 43, the address taken from its
            # family name alone and accepted at name+domain/joined; session 36). An underscore
            # only: a dash or a dot (a middle dot) standing alone is a row's separator on real
            # cards ("dupont - jean@", "helix.com - jean@" were joined wrong; review rev36c).
            before = re.search(
                r"(?:^|\s)[@=]?(?:(?i:e-?mail|mail|courriel)[:.])?"
                r"(?!(?:e|m|email|mail)\s)([a-z]+(?:[._][a-z]+)*(?:[._-]|\s_)?)\s$",
                joined[: match.start()],
            )
            conf = fragment_conf(lines[i], value.split("@")[0][:4])
            if not known_suffix(value):
                conf = min(conf, 0.5)  # "a@acme.c": a cut-off top-level domain
            prefix = before.group(1).replace(" ", "") if before else None
            if prefix and _site_beside(prefix, value):
                prefix = None  # "www.acme.com anna.smith@acme.com": the site on the same row
            email = Found(value, conf, i, prefix)
            email.repaired = value not in compact
            found.append(email)
            used.add(i)
    return found


def _site_beside(prefix: str, value: str) -> bool:
    """The word before an address is a website (``www.``) or the address's own domain: printed
    beside it on one row, no start of its local part ("www.acme.comanna.smith@" was put
    together from them, hunt15)."""
    word = prefix.rstrip("._-").lower()
    return word.startswith("www.") or word == value.rpartition("@")[2].lower()


# "e-mail.marcin_wozniak@": its colon read as a dot; "E-Maltim@" (Free Sans, s81 photo 128, for
# "E-Mail: tim@"): a letter of the label lost too, where its hyphen shows it a label. Not
# email_mend.GLUED_LABEL_RE, which mends a reading whose @ was lost and wants the hyphen.
EMAIL_LABEL_GLUED_RE = re.compile(r"^(?i:e-?mail|e-ma(?:il|l|i))[:.]?(?=[a-z][^@]+@)")
# The site printed right after the address with no space read between ("solene.morin@zenax-
# international.comwww.zenax-international.com": the second blind generator's photo seed 7
# card 8, accepted whole): no domain runs on from its ending into "www.".
SITE_GLUED_RE = re.compile(r"(?<=@)([^@]*?)www\.[^@]*$", re.IGNORECASE)
# The bar printed between them, read as a letter ("croux@garcia-world.comIwww.garcia-world.com":
# photo seed 1 card 27, mended whole from the second engine's reading).
BAR_READ = frozenset("il|!1")


def site_cut_off(value: str) -> str:
    """``value`` without a site glued after its domain: cut where a real ending stops, a bar
    read as a letter dropped (``.comIwww.``), a letter kept that ends one (``army.milwww.``)."""
    match = SITE_GLUED_RE.search(value)
    if not match:
        return value
    host = match.group(1)
    for kept in (host, host[:-1] if host[-1:].lower() in BAR_READ else ""):
        if "." in kept and known_suffix(kept):
            return value[: match.start(1)] + kept
    return value


END = r"(?=\s*(?:$|[;,]))"  # the end of the line or of its field
SPACED_SUFFIX_RE = re.compile(
    r"(@[a-z0-9-]{2,})(?:\s+|\.\.)(com|net|org|fr|de|it|at|ch|pl|es|nl|be|uk|jp|co[. ]uk|co[. ]jp)"
    + END
    # "@otasangyo.co,jp": the dot before the country read as a comma, after "co." or "com.".
    + rf"|(@[a-z0-9-]{{2,}}\.(?:co|com|ne|or|ac)),({'|'.join(SECOND_LEVEL_COUNTRIES)})"
    + END
)
# Lost, the dot of any "co." ending; read as a space, only of jp and uk: "in", "id", "th" after
# a right ".co" address are as often an icon or a stray word read. Read as a small letter before
# that space too ("@blackwood.coa uk": tuning photo seed 314 card 7, its ending cut to "coa";
# session 32, folded in here by its second review): not an m, "@nikon.com jp" is a .com
# address with a word after it.
SPLIT_SUFFIX_RE = re.compile(
    rf"(@[a-z0-9-]{{2,}}\.co)(?:({'|'.join(UNDER_CO_COUNTRIES)})|[a-ln-z]?\s(jp|uk))" + END
)
SIGN_FOR_L_RE = re.compile(r"(@[a-z0-9-]{2,}(?:\.[a-z0-9-]+)*\.p)[!\]]" + END)  # measured: .pl
# An angle sign read inside the domain's host, beside its hyphen ("@hartmann-<cie.ch": the
# hyphen's end read as a second mark; tuning photo seed 313 card 64, the address lost whole).
STRAY_SIGN_RE = re.compile(r"(@[a-z0-9]+-)[<>«»‹›](?=[a-z0-9])|(@[a-z0-9]+)[<>«»‹›](?=-[a-z0-9])")
