"""An address row read as its two ends, its middle lost (glare or blur across the row), rebuilt
from the name and the company for review.

On a photo with a bright band or a smear across the email row Tesseract may read only the row's
two ends, as two lines on one row: ``jutta.krau`` and, after a gap of some nine letters,
``th at`` (tuning photo seed 313 card 59, beside "DR. JUTTA KRAUSE", "Zenith AG"
and an Austrian address; the card kept no address). The start is the start of exactly one usual
form of the name (``jutta.krause``), the end the end of exactly one domain the company's words
spell with the ending read (``zenith.at``), and the gap between the pieces about as wide as the
letters that form and domain still lack (``se@zeni``). Such an address is written from the card,
not read: it is measured apart (``rebuilt/gap``), to review.
"""

from __future__ import annotations

import re

from .domains import squashed, trim_legal
from .email_rebuild import name_forms
from .endings import firm_ending
from .row_pieces import shared_height
from .text_lines import Line

# The start as read: a local part's letters and separators, five at least (less is no evidence).
START_RE = re.compile(r"[a-z]+(?:[._-][a-z]+)*[._-]?")
# The end as read: a domain's last letters and its ending, the dot maybe read as a space.
END_RE = re.compile(r"[a-z0-9-]{2,}\.[a-z]{2,3}")
# The gap between the pieces against the letters lost, in the start's letter widths, either way.
GAP_RATIO = 2.0


def bridged_address(lines: list[Line], name: str, company: str, regions: set[str]) -> str | None:
    """The one address whose two ends two lines of one row show, its middle lost; None where
    no pair of lines or more than one fits."""
    endings = {firm_ending(r).rpartition(".")[2] for r in regions} | {"com"}
    found = set()
    for left in lines:
        for right in lines:
            if right is left or not left.words or not right.words or "@" in left.text + right.text:
                continue
            gap = right.left - left.right
            shared = shared_height(left, right)
            if gap <= 0 or shared < 0.3 * min(left.height, right.height):
                continue
            address = _bridged(left, right, gap, name, company, endings)
            if address:
                found.add(address)
    return found.pop() if len(found) == 1 else None


def _bridged(
    left: Line, right: Line, gap: int, name: str, company: str, endings: set[str]
) -> str | None:
    start = left.words[-1].text.lower().strip(",;:")
    end = ".".join(w.text.lower().strip(",;:") for w in right.words)
    if len(start) < 5 or not START_RE.fullmatch(start) or not END_RE.fullmatch(end):
        return None
    if end.rpartition(".")[2] not in endings:
        return None
    forms = {f for f in name_forms(name) if f.startswith(start) and f != start}
    words = [squashed(w) for w in trim_legal(company).split()]
    runs = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    ending = end.rpartition(".")[2]
    domains = {f"{run}.{ending}" for run in runs if len(run) >= 4}
    domains = {d for d in domains if d.endswith(end) and d != end}
    if len(forms) != 1 or len(domains) != 1:
        return None
    form, domain = forms.pop(), domains.pop()
    lost = len(form) - len(start) + 1 + len(domain) - len(end)
    width = left.words[-1].width / len(start)  # one letter of the start
    if not lost / GAP_RATIO <= gap / width <= lost * GAP_RATIO:
        return None
    return f"{form}@{domain}"
