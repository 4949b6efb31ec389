"""One card, end to end: bytes → pages → prepared images → OCR lines → fields.

Runs in worker processes, so everything it takes and returns is plain and picklable.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from .card_fields_reading import read_card
from .clues import EMAIL_RE
from .email_block_rows import reread_rows_as_block
from .email_dots import restore_dots
from .email_fit import fit_lost_address
from .email_ink_dots import mark_ink_dots
from .email_missed_rows import read_missed_address
from .email_reading import reread_email_lines
from .email_rows import reread_unsigned_rows
from .fields import ParsedCard
from .heap import keep_freed_buffers
from .image_files import CardImageError, load_page
from .imaging import SHARPENED, prepare
from .jobs import CardJob, CardResult, OcrOptions
from .ocr import OcrUnavailable, configure, quality, read_lines
from .parse_once import parsed_once
from .phone_check import check_phone_digits
from .phone_reading import reread_phone_rows
from .recheck import recheck_sure_fields
from .row_icons import mark_row_icons
from .row_reading import reread_email_row
from .second_reading import read_missed, reread_doubtful
from .text_lines import Line

# A reading with less legible text than this may be upside down: the other way is tried too.
# An upright card scores 60-200, a turned one under 20 (bench/card_scan_eval.py --misses).
UPRIGHT_QUALITY = 45.0
# A word ending closer than this share of the image's width to its right edge may be cut by it:
# 31 px on a scan 1,037 px wide (the cut name ended 26 px short, whole lines 50 px and more).
EDGE_SHARE = 0.03


def scan_card(job: CardJob, options: OcrOptions) -> CardResult:
    """Read one card; a bad file becomes ``error``, a missing Tesseract ``fatal``."""
    configure(options.tesseract_cmd)
    keep_freed_buffers()
    try:
        front = _parse_side(job.front, job.front_page, options)
        if job.back is not None:
            back = _parse_side(job.back, job.back_page, options)
            front = merge_sides(front, back)
    except CardImageError as exc:
        return CardResult(job.key, job.label, error=str(exc))
    except OcrUnavailable as exc:
        return CardResult(job.key, job.label, fatal=str(exc))
    except Exception as exc:  # one odd file must never stop the stack
        first = str(exc).splitlines()[0] if str(exc) else ""
        return CardResult(
            job.key, job.label, error=f"cannot read card: {type(exc).__name__}: {first}"
        )
    contact = front.contact.model_dump(mode="json")
    return CardResult(
        job.key, job.label, contact, front.confidence, front.text, evidence=front.evidence
    )


def _parse_side(path: str, page: int, options: OcrOptions) -> ParsedCard:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CardImageError(f"cannot read file: {exc.strerror or exc}") from None
    return parsed_once(
        card_lines(data, page, options),
        default_region=options.default_region,
        forced_region=options.forced_region,
    )


def card_lines(data: bytes, page: int, options: OcrOptions) -> list[Line]:
    """One page of a card file to OCR lines: prepared, turned upright, doubtful lines re-read."""
    image = prepare(load_page(data, page), options.steps)
    upright, lines = read_upright(image, options)
    lines = reread_email_row(upright, lines, list(options.languages), options.engine)
    if options.second_reader:
        lines = read_missed(upright, reread_doubtful(upright, lines))
        lines = reread_email_lines(upright, lines)  # a card with no email read: its @ rows
        lines = reread_unsigned_rows(upright, lines)  # ...or, with no @ read, doubtful rows
        lines = fit_unread_address(upright, lines, options)  # ...or none: the card's own, fitted
        lines = restore_dots(upright, lines)  # an address read with no separator: a lost dot?
        lines = reread_phone_rows(upright, lines, options.default_region)  # phones unread
        lines = check_phone_digits(upright, lines, options.default_region)  # a digit slip?
        lines = reread_address_block(upright, lines, options)  # still none: rows in block mode
        lines = reread_unread_ink(upright, lines, options)  # ...or a row no line covers
    lines = mark_ink_dots(upright, lines)  # an address read joined: a dot in its ink?
    mark_edge_words(lines, upright.width)
    if image.info.get(SHARPENED):
        for line in lines:
            for word in line.words:
                word.sharpened = True
    mark_row_icons(upright, lines)  # a phone's icon may make it sure: before the recheck
    if options.second_reader:  # last: the fields as the parser will read them
        lines = recheck_sure_fields(
            upright,
            lines,
            options.default_region,
            options.forced_region,
            languages=options.languages,
            engine=options.engine,
        )
    return lines


def fit_unread_address(image: Image.Image, lines: list[Line], options: OcrOptions) -> list[Line]:
    """``lines`` with an address fitted to a row (``email_fit``) where no line holds one and the
    parser makes none of the scraps either: the name, company and country it reads say which."""
    card = unaddressed_card(lines, options)
    return lines if card is None else fit_lost_address(image, lines, *card)


def reread_address_block(image: Image.Image, lines: list[Line], options: OcrOptions) -> list[Line]:
    """``lines`` with the addresses block readings of doubtful rows show (``email_block_rows``)
    where no line holds one and the parser makes none of the scraps either."""
    if not no_address(lines, options):
        return lines
    return reread_rows_as_block(image, lines, list(options.languages), options.engine)


def reread_unread_ink(image: Image.Image, lines: list[Line], options: OcrOptions) -> list[Line]:
    """``lines`` with the address an unread row of a grainy photo shows (``email_missed_rows``)
    where no line holds one and the parser makes none of the scraps either."""
    card = unaddressed_card(lines, options)
    return lines if card is None else read_missed_address(image, lines, *card)


def unaddressed_card(
    lines: list[Line], options: OcrOptions
) -> tuple[str | None, str | None, str] | None:
    """The name, company and country the parser reads of a card where no line holds an address
    and the parser makes none of the scraps either; None where one is read."""
    if any(EMAIL_RE.search(line.text) for line in lines):
        return None
    default, forced = options.default_region, options.forced_region  # as parse_card reads
    contact = parsed_once(lines, default_region=default, forced_region=forced).contact
    if contact.emails:
        return None
    company = contact.organization.name if contact.organization else None
    region = read_card(lines, default_region=default, forced_region=forced).region
    return contact.name.full, company, region


def no_address(lines: list[Line], options: OcrOptions) -> bool:
    """No line holds an address, and the parser makes none of the scraps."""
    if any(EMAIL_RE.search(line.text) for line in lines):
        return False
    default, forced = options.default_region, options.forced_region  # as parse_card reads
    return not parsed_once(lines, default_region=default, forced_region=forced).contact.emails


def mark_edge_words(lines: list[Line], width: int) -> None:
    """Mark the words whose box ends at the image's right edge (``Word.at_edge``): a line run
    off a scan ("Goikoetxe" for Goikoetxea, b63 scan 79) ends there, where every line printed
    whole on the tuning scans (seeds 10-67, 2,400) ended 50 px and more short of it."""
    for line in lines:
        for word in line.words:
            word.at_edge = width - word.right < width * EDGE_SHARE


def read_upright(image: Image.Image, options: OcrOptions) -> tuple[Image.Image, list[Line]]:
    """Read the card the right way up, whatever the EXIF tag said.

    Cards are wider than high: a portrait image is a card turned by 90 degrees one way or the
    other, so both are read and the more legible kept. A landscape reading with little legible
    text is tried upside down too. Trying beats Tesseract's OSD here: OSD costs as much as a
    reading and still needs one after it. Returns the image turned upright (the lines' boxes
    are in its pixels) and its lines.
    """

    def read(angle: int) -> tuple[float, list[Line], Image.Image]:
        turned = image.rotate(angle, expand=True) if angle else image
        lines = read_lines(turned, list(options.languages), options.psm, options.engine)
        return quality(lines), lines, turned

    if image.height > image.width * 1.1:
        best = max((read(90), read(270)), key=lambda r: r[0])
        if best[0] < UPRIGHT_QUALITY:  # a card printed upright in portrait
            best = max(best, read(0), key=lambda r: r[0])
        return best[2], best[1]
    best = read(0)
    if best[0] < UPRIGHT_QUALITY:
        best = max(best, read(180), key=lambda r: r[0])
    return best[2], best[1]


def merge_sides(front: ParsedCard, back: ParsedCard) -> ParsedCard:
    """The front decides; the back adds what the front lacks (a second language, a mobile)."""
    merged = front.contact.model_copy(deep=True)
    confidence = dict(front.confidence)
    evidence = dict(front.evidence)  # each field's level, from the side its confidence is
    extra = back.contact
    for email in extra.emails:
        if email not in merged.emails:
            merged.emails.append(email)
    known = {p.key for p in merged.phones}
    merged.phones += [p for p in extra.phones if p.key not in known]
    for name in ("emails", "phones", "urls", "addresses"):
        if name in back.confidence:
            if back.confidence[name] < confidence.get(name, 1.0):  # a tie keeps the front's
                evidence[name] = back.evidence.get(name, "")
            confidence[name] = min(confidence.get(name, 1.0), back.confidence[name])
    if not merged.urls:
        merged.urls = extra.urls
    if not merged.addresses:
        merged.addresses = extra.addresses
    if not merged.title and extra.title:
        merged.title = extra.title
        confidence["title"] = back.confidence.get("title", 1.0)
        evidence["title"] = back.evidence.get("title", "")
    if not (merged.organization and merged.organization.name) and extra.organization:
        merged.organization = extra.organization
        confidence["organization"] = back.confidence.get("organization", 1.0)
        evidence["organization"] = back.evidence.get("organization", "")
    if not merged.name.full and extra.name.full:
        merged.name = extra.name
        confidence["name"] = back.confidence.get("name", 0.0)
        evidence["name"] = back.evidence.get("name", "")
    return ParsedCard(merged, confidence, front.text + back.text, evidence)
