"""An address row lost to blur, fitted: the card's own likely addresses scored against what the
second engine sees in each doubtful row.

On a blurred photo an address row can be read as nothing any parser rule can use (``€ Mat
carta muster Patas at``, ``Emant bsa@ sumertioscerces com``): free readings of the row, by
either engine at any scale, hold too few right letters (sessions 22 and 25). What the card
prints elsewhere still says what the address likely is: a usual form of the person's name
(``email_rebuild.name_forms``) at the website's domain, or at one the company's words spell.
Each such address is scored against
RapidOCR's per-frame letter probabilities of the row (a CTC alignment, the best path, with any
text allowed before and after it: a label, a sign); one is taken only where it costs little
more than the engine's own best reading of those frames and clearly less than every other form.
Its letters come from the name and the card, not from what was read, so it is marked
``FIT_SOURCE``: the parser checks it as it checks a lone reading (``email_mend``) and it goes
to review (``mended``), its separator as fitted (no dot put back: the frames chose it).
"""

from __future__ import annotations

from functools import cache

import numpy as np
from PIL import Image

from .clues import EMAIL_RE
from .domains import squashed, trim_legal
from .email_at import site_domains
from .email_mend import FIT_SOURCE
from .email_rebuild import name_forms
from .email_rows import doubtful_row, ink_bands
from .endings import firm_ending, known_suffix
from .row_reading import EMAIL_SIGN_RE
from .second_reading import CROPS, as_line, box_crops, engine
from .spellings import PLAIN_UMLAUT
from .text_lines import Line, in_reading_order

# Rows scored per card at most, the least sure first.
MOST_ROWS = 4
# The best address may cost at most this much log-probability per letter more than the
# engine's own best reading of its frames (tuning photos 214-217, docs/card_scan_log.md).
COST_PER_LETTER = 0.6
# ...and every other address at least this much more than it (a guess between two is none).
MARGIN = 4.0
# Crops per call of the recogniser.
BATCH = 6
# What a local part is made of: the address cannot start right after one of these.
LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-")
# Two addresses within this of each other fit alike (one inside the other: "weber@" and
# "anna.weber@" when the label's frames are free).
ALIKE = 1.0
# A blurred row loses its separator's dot first, the smallest glyph on it: the joined form then
# fits a little better than the dotted one printed (oneill.benjamin by 0.3, juan.sanchez by 1.3,
# g.marino by 1.8, d.braun by 2.7; cached photos, session 39), while a row printing the joined
# form makes the dotted one cost more: 6.0 and more on 17 rows read whole, but only 4.1 on a
# blurred one (msuzuki, p333/85, real OCR; there too loose a fit to be taken at all). The margin
# is thin: a fit stays a lone reading, to review.
DOT_LOST = 3.0


def fit_lost_address(
    image: Image.Image,
    lines: list[Line],
    name: str | None,
    company: str | None = None,
    region: str | None = None,
) -> list[Line]:
    """``lines`` with an address fitted to a doubtful row added, where none was read: at the
    site's domain, or one the company's words spell (``company_domains``)."""
    if not name or any(EMAIL_RE.search(line.text) for line in lines):
        return lines
    rows = row_lines(lines)
    candidates = likely_addresses(lines, rows, name, company, region)
    if not candidates:
        return lines  # no usual form of the name, or no domain the card gives
    fitted = fitted_line(image, row_boxes(image, rows), candidates)
    return lines if fitted is None else in_reading_order([*lines, fitted])


def likely_addresses(
    lines: list[Line], rows: list[Line], name: str, company: str | None, region: str | None
) -> list[str]:
    """The card's own likely addresses: each usual form of the name at a site's domain printed
    on a line not in ``rows``, or at one the company's words spell."""
    # A site read on a row scored may be the address itself, its @ read as a letter
    # ("inmaculada.iglesiasealbufera.es"): only sites printed elsewhere give the domain.
    domains = {d for d in site_domains(lines, rows) if known_suffix(d)}
    domains |= company_domains(company, region)
    forms = name_forms(name)
    return sorted({f"{form}@{domain}" for form in forms for domain in domains})


def fitted_line(
    image: Image.Image, boxes: list[tuple[int, int, int, int]], candidates: list[str]
) -> Line | None:
    """The one candidate the boxes fit, as a line of its own at the box it fits (marked
    ``FIT_SOURCE``: fitted, not read); None where none fits, or two boxes fit different
    candidates."""
    if not boxes or not candidates:
        return None
    found = []
    for box, costs in zip(boxes, letter_costs(image, boxes), strict=True):
        fitted = best_fit(costs, candidates)
        if fitted is not None:
            found.append((fitted, box))
    if len({address for address, _ in found}) != 1:
        return None  # none, or two rows fitted to different addresses
    address, box = found[0]
    return as_line(address, 0.5, box, FIT_SOURCE)


def company_domains(company: str | None, region: str | None) -> set[str]:
    """The domains a company's words spell, as firms name theirs (``pioneer-technologies.com``,
    ``schmidschulz.de``), at ``.com`` and the card's country's ending."""
    if not company:
        return set()
    labels: set[str] = set()
    for spelling in (company, company.translate(PLAIN_UMLAUT)):  # "soehne" and "sohne"
        words = [w for w in (squashed(w) for w in trim_legal(spelling).split()) if w]
        if words:
            labels |= {"".join(words), "-".join(words)}
            if len(words[0]) >= 4:
                labels.add(words[0])
    endings = {"com"}
    if region:
        endings.add(firm_ending(region))
    return {f"{label}.{ending}" for label in labels for ending in endings if len(label) >= 3}


def row_lines(lines: list[Line]) -> list[Line]:
    """The lines that may hold the lost address: doubtful lines of letters and signed ones,
    the least sure first."""
    rows = [
        line
        for line in lines
        if EMAIL_SIGN_RE.search(line.text)
        or (doubtful_row(line) and not line.text.lower().lstrip().startswith("www"))
    ]
    return sorted(rows, key=lambda line: line.mean_conf)


def row_boxes(image: Image.Image, rows: list[Line]) -> list[tuple[int, int, int, int]]:
    """Each band of print of ``rows`` apart, as many as are scored."""
    gray = np.asarray(image.convert("L"))
    boxes: list[tuple[int, int, int, int]] = []
    for line in rows:
        for band in ink_bands(gray, line.box):
            if band not in boxes:
                boxes.append(band)
    return boxes[:MOST_ROWS]


@cache
def _characters() -> tuple[str, ...]:
    """The recogniser's characters by their index in its frames (0 the CTC blank)."""
    return tuple(engine().text_rec.postprocess_op.character)


@cache
def _alphabet() -> dict[str, int]:
    """Each character's index in the recogniser's frames."""
    return {char: i for i, char in enumerate(_characters())}


def letter_costs(
    image: Image.Image, boxes: list[tuple[int, int, int, int]]
) -> list[list[np.ndarray]]:
    """RapidOCR's log-probabilities per frame (frames x characters) of each box, one array per
    crop of ``CROPS``, all crops in batches as ``read_boxes`` reads them."""
    rec = engine().text_rec
    crops = box_crops(image, boxes)
    _, height, width = rec.rec_image_shape
    ratio = max([width / height] + [c.shape[1] / max(1, c.shape[0]) for c in crops])
    batch = np.stack([rec.resize_norm_img(crop, ratio) for crop in crops]).astype(np.float32)
    probs = np.concatenate(
        [rec.session(batch[i : i + BATCH])[0] for i in range(0, len(batch), BATCH)]
    )
    logp = np.log(np.clip(probs, 1e-12, 1.0))
    return [list(logp[n * len(CROPS) : (n + 1) * len(CROPS)]) for n in range(len(boxes))]


def best_fit(costs: list[np.ndarray], candidates: list[str]) -> str | None:
    """The one candidate that fits the frames (summed over crops) well and clearly best."""
    if not costs or not candidates:
        return None
    shortfalls = np.zeros(len(candidates))
    for logp in costs:
        shortfalls += shortfall(logp, candidates)
    shortfalls /= len(costs)
    least = float(shortfalls.min())
    if not np.isfinite(least):
        return None
    return clear_best(candidates, shortfalls, least) or separator_fit(candidates, shortfalls, least)


def clear_best(candidates: list[str], shortfalls: np.ndarray, least: float) -> str | None:
    """The candidate that fits well and better than every other by ``MARGIN``."""
    # A form inside another ("weber@" in "anna.weber@") fits as well where the text before it
    # is free: the longest of those that fit alike, if it holds the others.
    alike = [c for c, s in zip(candidates, shortfalls, strict=True) if s <= least + ALIKE]
    best = max(alike, key=len)
    if any(c not in best for c in alike):
        return None
    if least > COST_PER_LETTER * len(best):
        return None
    rivals = [s for c, s in zip(candidates, shortfalls, strict=True) if c not in best]
    if rivals and min(rivals) - least < MARGIN:
        return None
    return best


def separator_fit(candidates: list[str], shortfalls: np.ndarray, least: float) -> str | None:
    """The form with a separator of the one address that fits clearly, where its forms differ
    only in their separator: they are one candidate against every other address (``MARGIN``),
    and the surest with a separator is taken where it costs at most ``DOT_LOST`` more than the
    best (a dot lost to blur) and clearly less than the other separators."""
    cost = dict(zip(candidates, shortfalls.tolist(), strict=True))
    first = min(candidates, key=cost.__getitem__)
    group = [c for c in candidates if _unseparated(c) == _unseparated(first)]
    rivals = [cost[c] for c in candidates if not any(c in form for form in group)]
    if least > COST_PER_LETTER * len(first) or (rivals and min(rivals) - least < MARGIN):
        return None
    parted = sorted((c for c in group if c != _unseparated(c)), key=cost.__getitem__)
    if not parted or cost[parted[0]] - least > DOT_LOST:
        return None
    if len(parted) > 1 and cost[parted[1]] - cost[parted[0]] < ALIKE:
        return None  # a dot or an underscore: the frames cannot tell
    return parted[0]


def _unseparated(address: str) -> str:
    """The address with its local part's separators dropped: ``juansanchez@`` for
    ``juan.sanchez@``."""
    local, _, domain = address.partition("@")
    return f"{local.replace('.', '').replace('_', '').replace('-', '')}@{domain}"


def shortfall(logp: np.ndarray, candidates: list[str]) -> np.ndarray:
    """How much less likely each candidate's best CTC path is than the frames' own best
    letters, text before and after it free: per candidate, >= 0, inf if a letter is unknown."""
    alphabet = _alphabet()
    frames = logp.shape[0]
    greedy = logp.max(axis=1)
    path = logp.argmax(axis=1)
    opens = _openings(path)
    closes = _openings(path[::-1])[::-1]  # and end only before no letter of a domain
    count = len(candidates)
    width = 2 * max(len(c) for c in candidates) + 1
    labels = np.zeros((count, width), dtype=np.int64)  # 0 is the blank
    size = np.zeros(count, dtype=np.int64)
    known = np.ones(count, dtype=bool)
    for k, text in enumerate(candidates):
        for n, char in enumerate(text):
            index = alphabet.get(char)
            if index is None:
                known[k] = False
                index = 0
            labels[k, 2 * n + 1] = index
        size[k] = 2 * len(text) + 1
    skip = np.zeros((count, width), dtype=bool)  # a letter reached from two states back
    skip[:, 2:] = (labels[:, 2:] != 0) & (labels[:, 2:] != labels[:, :-2])
    valid = np.arange(width)[None, :] < size[:, None]
    rows = np.arange(count)
    neg = -np.inf
    state = np.full((count, width), neg)
    before = 0.0  # the free text before: the frames' own best letters
    best_end = np.full(count, neg)  # the best path ended by now, the rest free
    after = np.concatenate([np.cumsum(greedy[::-1])[::-1][1:], [0.0]])  # frames t+1.. free
    for t in range(frames):
        emit = logp[t][labels]
        step = state.copy()
        step[:, 1:] = np.maximum(step[:, 1:], state[:, :-1])
        step[:, 2:] = np.where(skip[:, 2:], np.maximum(step[:, 2:], state[:, :-2]), step[:, 2:])
        if opens[t]:
            step[:, 0] = np.maximum(step[:, 0], before)
            step[:, 1] = np.maximum(step[:, 1], before)
        state = np.where(valid, step + emit, neg)
        before += greedy[t]
        ended = np.maximum(state[rows, size - 1], state[rows, size - 2])
        if closes[t]:
            best_end = np.maximum(best_end, ended + after[t])
    out = greedy.sum() - best_end
    out[~known] = np.inf
    return out


def _openings(path: np.ndarray) -> list[bool]:
    """Per frame, whether an address may start there: the engine's own best reading emitted no
    letter of a local part just before it (a label's colon, a space, a sign, or nothing).
    Read backwards, whether it may end there."""
    characters = _characters()
    out, last = [], ""
    for index in path:
        out.append(last not in LOCAL_CHARS)
        if index != 0:
            last = characters[index].lower()
    return out
