"""From OCR lines to contact fields, each with a confidence.

Order matters: the unambiguous fields (email, website, phones, address) are taken first by
pattern, then the remaining lines are scored as name, title and company by layout (size and
position), a title lexicon, legal forms, and cross-checks against the email and the website.
Cross-checks also repair typical OCR slips (0/O, 1/l) when the repaired value agrees with
another field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import phonenumbers
from rapidfuzz import fuzz

from contactkit import normalize
from contactkit.model import Address, Contact, OrgRef, PersonName, Phone, Url

from .lexicon import (
    COUNTRIES,
    DEPARTMENT_WORDS,
    GENERIC_CCTLDS,
    LEGAL_FORMS,
    PHONE_LABELS,
    STREET_WORDS,
    STRONG_TITLE_WORDS,
    TITLE_WORDS,
    TLD_REGIONS,
)
from .ocr import Line

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
URL_RE = re.compile(
    r"(?:(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|https?://[A-Za-z0-9-]+"
    r"(?:\.[A-Za-z0-9-]+)+|\b[A-Za-z0-9-]{2,}\.(?:com|net|org|io|de|fr|co\.uk|eu|biz|info|at|ch"
    r"|nl|be|it|es)\b)(?:/[^\s,;]*)?",
    re.IGNORECASE,
)
PHONE_LABEL_RE = re.compile(r"^\s*([A-Za-zéÉ]{1,9})\s*[.:]?\s*(?=[+(\d])")
US_CITY_RE = re.compile(
    r"^(?P<city>[A-Za-z][A-Za-z .'-]+?),?\s+(?P<region>[A-Z]{2})\s+(?P<postal>\d{5}(?:-\d{4})?)$"
)
EU_CITY_RE = re.compile(r"^(?:[A-Z]{1,2}-)?(?P<postal>\d{4,5})\s+(?P<city>[^\d,]{2,})$")
GB_CITY_RE = re.compile(
    r"^(?P<city>[A-Za-z][A-Za-z .'-]+?),?\s+(?P<postal>[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$"
)
NAME_WORD_RE = re.compile(r"^(?:[A-ZÀ-Þ][a-zà-ÿ'’-]+|[A-ZÀ-Þ][A-ZÀ-Þ'’-]+|[A-ZÀ-Þ]\.|[a-z]{1,3})$")


@dataclass
class ParsedCard:
    contact: Contact
    confidence: dict[str, float]
    text: list[str] = field(default_factory=list)


@dataclass
class _Found:
    value: str
    conf: float
    line: int
    prefix: str | None = None  # emails: a lower-case word just before, maybe split off


def parse_card(
    lines: list[Line], *, default_region: str, forced_region: str | None = None
) -> ParsedCard:
    """Turn one card's OCR lines into a contact with a confidence per field."""
    texts = [_clean(line.text) for line in lines]
    used: set[int] = set()

    emails = _find_emails(lines, texts, used)
    urls = _find_urls(lines, texts, used, emails)
    region = forced_region or _region_from_clues(texts, emails, urls) or default_region
    phones = _find_phones(lines, texts, used, region)
    address, address_conf = _find_address(lines, texts, used, region)

    email_domain = _domain_of(emails[0].value) if emails else None
    url_domain = _domain_of(urls[0].value) if urls else None
    emails, urls = _cross_check_domains(emails, urls, email_domain, url_domain)
    email_domain = _domain_of(emails[0].value) if emails else None
    url_domain = _domain_of(urls[0].value) if urls else None
    domain = email_domain or url_domain

    candidates = [i for i in range(len(lines)) if i not in used and _is_words(texts[i])]
    title = _pick_title(lines, texts, candidates)
    if title:
        candidates.remove(title.line)
    department = _pick_department(texts, candidates)
    if department is not None:
        candidates.remove(department)
    company = _pick_company(lines, texts, candidates, domain)
    if company:
        candidates.remove(company.line)
    local = emails[0].value.partition("@")[0] if emails else None
    name = _pick_name(lines, texts, candidates, local)
    if company is None and domain:
        # No line looked like a company: one left over that matches the domain still may.
        company = _pick_company(
            lines, texts, [c for c in candidates if not name or c != name.line], domain, loose=True
        )
    if emails and name:
        emails = [_repair_local_part(e, name.value) for e in emails]

    confidence: dict[str, float] = {}
    contact = Contact()
    if name:
        contact.name = PersonName(full=name.value)
        confidence["name"] = name.conf
    else:
        confidence["name"] = 0.0  # a card without a name always needs a look
    valid_emails = []
    for email in emails:
        try:
            valid_emails.append((normalize.normalize_email(email.value), email.conf))
        except normalize.NormalizationError:
            continue
    if valid_emails:
        contact.emails = [e for e, _ in valid_emails]
        confidence["emails"] = min(c for _, c in valid_emails)
    if phones:
        contact.phones = [p for p, _ in phones]
        confidence["phones"] = min(c for _, c in phones)
    if title:
        contact.title = title.value
        confidence["title"] = title.conf
    if department is not None:
        contact.department = texts[department]
    if domain and normalize.is_freemail(domain):
        domain = None  # gmail.com names no employer
    if company or domain:
        contact.organization = OrgRef(name=company.value if company else None, domain=domain)
        # A domain but no company line: the company's name is for a person to type.
        confidence["organization"] = company.conf if company else 0.5
    if address:
        contact.addresses = [address]
        confidence["addresses"] = address_conf
    if urls:
        contact.urls = [Url(url=u.value) for u in urls]
        confidence["urls"] = min(u.conf for u in urls)
    # Re-validate so the model's own normalizers (e.g. organization from the email) run.
    contact = Contact.model_validate(contact.model_dump())
    return ParsedCard(contact, {k: round(v, 3) for k, v in confidence.items()}, texts)


def _clean(text: str) -> str:
    # Bars and bullets part fields printed on one line: keep them as a clear separator.
    text = re.sub(r"\s*[|•·]\s*", " ; ", text)
    text = text.replace("©", "@").replace("®", "@").replace("—", "-")
    text = re.sub(r"\s*@\s*", "@", text)
    text = re.sub(r"(?i)\s*\((?:at)\)\s*", "@", text)
    # "paul. hoffmann@x.com": Tesseract sees a space after a dot in the local part.
    text = re.sub(r"(?<=\w)\.\s+(?=[\w.+-]+@)", ".", text)
    # "www.redwood. fr": the same before a top-level domain.
    text = re.sub(r"(?<=\w)\.\s+(?=(?:com|net|org|io|de|fr|uk|eu|at|ch|nl|be|it|es)\b)", ".", text)
    return " ".join(text.split())


def _is_words(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    return letters >= 2 and letters >= 0.6 * len(text.replace(" ", ""))


def _domain_of(value: str) -> str | None:
    return normalize.registrable_domain(value)


def _word_conf(line: Line, fragment: str) -> float:
    """The lowest confidence of the words that make up ``fragment``."""
    confs = [w.conf for w in line.words if w.text and (w.text in fragment or fragment in w.text)]
    return min(confs) if confs else line.mean_conf


# --- emails and websites ------------------------------------------------------------------


def _find_emails(lines: list[Line], texts: list[str], used: set[int]) -> list[_Found]:
    found = []
    for i, text in enumerate(texts):
        # "E-mail: name@x.com" or "name @ x . com": drop the spaces around dots in the domain.
        compact = re.sub(
            r"(?<=@)([^ ]+(?: ?\. ?[^ ]+)+)", lambda m: m.group(1).replace(" ", ""), text
        )
        for match in EMAIL_RE.finditer(compact):
            value = match.group(0).strip(".-")
            # "david johnson@x.com": a dot read as a space; the name check decides later.
            before = re.search(r"(?:^|\s)([a-z]{2,})\s$", compact[: match.start()])
            conf = _word_conf(lines[i], value.split("@")[0][:4])
            found.append(_Found(value, conf, i, before.group(1) if before else None))
            used.add(i)
    return found


def _find_urls(
    lines: list[Line], texts: list[str], used: set[int], emails: list[_Found]
) -> list[_Found]:
    found = []
    for i, text in enumerate(texts):
        without_email = EMAIL_RE.sub(" ", text)
        for match in URL_RE.finditer(without_email):
            value = match.group(0).rstrip(".,")
            if normalize.registrable_domain(value) is None:
                continue
            found.append(_Found(value, _word_conf(lines[i], value[:6]), i))
            used.add(i)
    return found


def _cross_check_domains(
    emails: list[_Found], urls: list[_Found], email_domain: str | None, url_domain: str | None
) -> tuple[list[_Found], list[_Found]]:
    """The email's domain and the website usually agree: agreement raises both, a near miss is
    an OCR slip in one of them, repaired towards the one Tesseract was surer of."""
    if not (email_domain and url_domain):
        return emails, urls
    if email_domain == url_domain:
        return (
            [_boost(e, 0.15) if _domain_of(e.value) == url_domain else e for e in emails],
            [_boost(u, 0.15) if _domain_of(u.value) == email_domain else u for u in urls],
        )
    if fuzz.ratio(email_domain, url_domain) < 80:
        return emails, urls
    email, url = emails[0], urls[0]
    if email.conf >= url.conf:
        fixed = _Found(url.value.replace(url_domain, email_domain), min(email.conf, 0.9), url.line)
        return emails, [fixed, *urls[1:]]
    local = email.value.partition("@")[0]
    fixed = _Found(f"{local}@{url_domain}", min(url.conf, 0.9), email.line)
    return [fixed, *emails[1:]], urls


def _boost(found: _Found, amount: float) -> _Found:
    return _Found(found.value, min(0.99, found.conf + amount), found.line)


def _repair_local_part(email: _Found, name: str) -> _Found:
    """``j0hn.smith`` → ``john.smith`` when the name on the card says so."""
    local, _, domain = email.value.partition("@")
    folded = normalize.fold(name).split()
    if not folded:
        return email
    if email.prefix:
        joined = f"{email.prefix}.{local}".lower()
        if _local_matches(joined, folded) and email.prefix in folded:
            return _Found(f"{joined}@{domain}", min(email.conf, 0.85), email.line)
    table = str.maketrans({"0": "o", "1": "l", "5": "s", "|": "l"})
    repaired = local.lower().translate(table)
    if repaired != local.lower() and _local_matches(repaired, folded):
        return _Found(f"{repaired}@{domain}", max(email.conf, 0.9), email.line)
    if _local_matches(local.lower(), folded):
        return _boost(email, 0.1)
    return email


def _local_matches(local: str, name_parts: list[str]) -> bool:
    letters = re.sub(r"[^a-z]", "", local)
    if not letters or not name_parts:
        return False
    given, family = name_parts[0], name_parts[-1]
    forms = {given + family, given[0] + family, given, family, given + family[0], family + given}
    return letters in forms or (len(letters) > 3 and (family in letters or given in letters))


# --- phones ---------------------------------------------------------------------------------


def _fix_digits(text: str) -> str:
    """OCR confuses O/0, l/I/1, S/5, B/8 in numbers: fix them where digits surround them."""
    table = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
    return re.sub(
        r"(?<=[\d\s()+-])[OoDlISB](?=[\d\s()-])|(?<=\d)[OoDlISB]|[OoDlISB](?=\d)",
        lambda m: m.group(0).translate(table),
        text,
    )


def _find_phones(
    lines: list[Line], texts: list[str], used: set[int], region: str
) -> list[tuple[Phone, float]]:
    out: list[tuple[Phone, float]] = []
    seen: set[str] = set()
    for i, text in enumerate(texts):
        # An email or a website on the same line ("T 030 123 | a@b.de") is no part of a number.
        text = URL_RE.sub(" ; ", EMAIL_RE.sub(" ; ", text))
        # One line may hold several numbers ("T 030 123 | F 030 124"); split on label boundaries.
        for segment in re.split(r"\s;\s|\s{2,}|\s(?=(?:[A-Za-z]{1,9})\s*[.:]?\s*[+(\d])", text):
            label_match = PHONE_LABEL_RE.match(segment)
            label = normalize.fold(label_match.group(1)) if label_match else ""
            if label_match and label not in PHONE_LABELS and _is_street(segment):
                continue  # "Suite 100" or "Room 5" is no phone
            number_text = segment[label_match.end() :] if label_match else segment
            fixed = _fix_digits(number_text)
            for match in phonenumbers.PhoneNumberMatcher(
                fixed, region, leniency=phonenumbers.Leniency.VALID
            ):
                e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
                if e164 in seen:
                    continue
                seen.add(e164)
                known = label in PHONE_LABELS
                kind = PHONE_LABELS.get(label, "work")
                if kind == "work" and not known and _looks_mobile(match.number):
                    kind = "cell"
                conf = _word_conf(lines[i], match.raw_string.split()[-1][:3])
                if known:
                    conf = min(0.99, conf + 0.05)
                elif label and _digits(match.raw_string) < 8:
                    conf = min(conf, 0.7)  # an unknown word before a short number: maybe no phone
                if fixed != number_text:
                    # Repaired digits are checked only by the number being valid: a weak check,
                    # so a person confirms them (under the default review threshold).
                    conf = min(conf, 0.75)
                out.append((Phone(text=match.raw_string, kind=kind, region=region), conf))
                used.add(i)
    return out


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _looks_mobile(number: phonenumbers.PhoneNumber) -> bool:
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


# --- address --------------------------------------------------------------------------------


def _tld_region(tld: str) -> str | None:
    """``de`` → DE, ``uk`` → GB; a two-letter domain used worldwide (``io``) says nothing."""
    if tld in TLD_REGIONS:
        return TLD_REGIONS[tld]
    region = tld.upper()
    if len(tld) == 2 and tld not in GENERIC_CCTLDS and region in phonenumbers.SUPPORTED_REGIONS:
        return region
    return None


def _country_in(text: str) -> str | None:
    """A country named on a line, alone or after the last comma ("8001 Zürich, Switzerland")."""
    for piece in (text, text.rsplit(",", 1)[-1], text.rsplit(" ", 1)[-1]):
        country = COUNTRIES.get(normalize.fold(piece.strip().rstrip(".")))
        if country:
            return country
    return None


def _region_from_clues(texts: list[str], emails: list[_Found], urls: list[_Found]) -> str | None:
    """A country printed on the card, a +CC prefix, or a country TLD tells the phone region."""
    for text in texts:
        country = _country_in(text)
        if country:
            return country
    for text in texts:
        match = re.search(r"\+\s?(\d{1,3})", text)
        if match:
            region = phonenumbers.region_code_for_country_code(int(match.group(1)))
            if region and region != "ZZ":
                return region
    for found in [*emails, *urls]:
        host = found.value.split("@")[-1].split("//")[-1].split("/")[0]
        region = _tld_region(host.rsplit(".", 1)[-1].lower())
        if region:
            return region
    for text in texts:
        if US_CITY_RE.match(text.rsplit(",", 1)[0] if text.count(",") > 1 else text):
            return "US"
    return None


def _is_street(text: str) -> bool:
    words = {normalize.fold(w.replace("ß", "ss")) for w in re.split(r"[\s,]+", text) if w}
    has_number = bool(re.search(r"\d", text))
    folded = normalize.fold(text.replace("ß", "ss"))
    # "straße" comes back as "strasse", "straBe" or "strae": all are streets.
    german = re.search(
        r"(stra\w{0,2}e|str|weg|platz|allee|gasse|ring|damm)\s+\d+\s*[a-z]?$", folded
    )
    return bool(german) or (has_number and bool(words & STREET_WORDS))


def _city(text: str) -> dict[str, str] | None:
    for pattern in (US_CITY_RE, GB_CITY_RE, EU_CITY_RE):
        match = pattern.match(text.strip())
        if match:
            return match.groupdict()
    return None


def _find_address(
    lines: list[Line], texts: list[str], used: set[int], region: str
) -> tuple[Address | None, float]:
    parts: dict[str, str] = {}
    lines_used: list[int] = []
    for i, text in enumerate(texts):
        if i in used:
            continue
        folded = normalize.fold(text.rstrip("."))
        if folded in COUNTRIES:
            parts["country"] = text.rstrip(".")
            lines_used.append(i)
            continue
        pieces = [p.strip() for p in text.split(",") if p.strip()]
        if pieces and normalize.fold(pieces[-1]) in COUNTRIES and len(pieces) > 1:
            parts["country"] = pieces.pop()
        # "48 Harbor Road, Seattle, WA 98101" on one line: the tail is the city part.
        matched = False
        for cut in range(len(pieces)):
            city = _city(", ".join(pieces[cut:]))
            if city and (cut == 0 or _is_street(", ".join(pieces[:cut]))):
                parts.update({k: v for k, v in city.items() if v})
                if cut:
                    parts["street"] = ", ".join(pieces[:cut])
                matched = True
                break
        if not matched and _is_street(text) and "street" not in parts:
            parts["street"] = text
            matched = True
        if matched:
            lines_used.append(i)
    if not ({"city", "street"} <= parts.keys() or "postal" in parts):
        return None, 0.0
    used.update(lines_used)
    conf = min(lines[i].mean_conf for i in lines_used) * (0.95 if "street" in parts else 0.85)
    address = Address(
        street=parts.get("street"),
        city=parts.get("city", "").strip() or None,
        region=parts.get("region"),
        postal_code=parts.get("postal"),
        country=parts.get("country"),
    )
    return address, conf


# --- name, title, company -------------------------------------------------------------------


def _title_score(text: str) -> int:
    words = [normalize.fold(w) for w in re.split(r"[\s,/&]+", text) if w]
    strong = sum(w in STRONG_TITLE_WORDS for w in words)
    weak = sum(w in TITLE_WORDS for w in words)
    return 2 if strong else (1 if weak >= 2 else 0)


def _pick_title(lines: list[Line], texts: list[str], candidates: list[int]) -> _Found | None:
    scored = [(i, _title_score(texts[i])) for i in candidates]
    scored = [(i, s) for i, s in scored if s and not _has_legal_form(texts[i])]
    if not scored:
        return None
    i, score = max(scored, key=lambda p: (p[1], -p[0]))
    conf = lines[i].mean_conf * (1.0 if score == 2 else 0.8)
    return _Found(texts[i], conf, i)


def _pick_department(texts: list[str], candidates: list[int]) -> int | None:
    """ "Engineering Excellence", "Sales Department": a unit of the company, never the person."""
    for i in candidates:
        words = {normalize.fold(w) for w in re.split(r"[\s,/&]+", texts[i]) if w}
        if words & DEPARTMENT_WORDS and not _has_legal_form(texts[i]) and "@" not in texts[i]:
            return i
    return None


def _has_legal_form(text: str) -> bool:
    words = [normalize.fold(w).replace(" ", "") for w in _trim_after_legal_form(text).split()]
    return bool(words) and words[-1] in LEGAL_FORMS


def _domain_label(domain: str) -> str:
    return re.sub(r"[^a-z0-9]", "", domain.split(".")[0])


def _company_domain_match(text: str, domain: str | None) -> float:
    if not domain or normalize.is_freemail(domain):
        return 0.0
    label = _domain_label(domain)
    squashed = normalize.fold(text).replace(" ", "")
    if not label or not squashed:
        return 0.0
    if label in squashed or squashed.startswith(label[: max(4, len(label) - 2)]):
        return 1.0
    return fuzz.partial_ratio(label, squashed) / 100.0


def _pick_company(
    lines: list[Line],
    texts: list[str],
    candidates: list[int],
    domain: str | None,
    loose: bool = False,
) -> _Found | None:
    best: tuple[float, int] | None = None
    for i in candidates:
        text = texts[i]
        match = _company_domain_match(text, domain)
        legal = _has_legal_form(text)
        score = (0.6 if legal else 0.0) + (0.5 if match >= 0.9 else 0.2 * match)
        if loose and match < 0.9:
            continue
        if score >= 0.5 and (best is None or score > best[0]):
            best = (score, i)
    if best is None:
        return None
    score, i = best
    evidence = 1.0 if score >= 1.0 else (0.92 if score >= 0.6 else 0.75)
    name = _repair_from_domain(_trim_after_legal_form(texts[i]), domain)
    return _Found(name, lines[i].mean_conf * evidence, i)


def _repair_from_domain(company: str, domain: str | None) -> str:
    """``lronbridge`` → ``Ironbridge`` when the domain says ``ironbridge``: l/I, 0/O slips."""
    if not domain:
        return company
    label = _domain_label(domain)
    words = company.split()
    for index, word in enumerate(words):
        folded = normalize.fold(word).replace(" ", "")
        if len(folded) < 4 or folded in label:
            continue
        swapped = folded.translate(str.maketrans({"l": "i", "0": "o", "1": "i"}))
        if swapped != folded and swapped in label:
            capital = word[0].isupper() or word[0] in "l01"
            words[index] = swapped.capitalize() if capital else swapped
    return " ".join(words)


def _trim_after_legal_form(text: str) -> str:
    """``Greenfield Logistics Corp. (i``: what follows the legal form is a smudge or a logo."""
    words = text.split()
    for end in range(len(words), 0, -1):
        if normalize.fold(words[end - 1]).replace(" ", "") in LEGAL_FORMS:
            if all(len(w) <= 3 for w in words[end:]):
                words = words[:end]
            break
    return " ".join(words).strip(" ,")


def _name_like(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    if any(normalize.fold(w) in LEGAL_FORMS for w in words[-1:]):
        return False
    return all(NAME_WORD_RE.match(w) for w in words)


def _pick_name(
    lines: list[Line], texts: list[str], candidates: list[int], local: str | None
) -> _Found | None:
    if not candidates:
        return None
    tallest = max(lines[i].height for i in candidates)
    card_top = min(line.top for line in lines)
    card_bottom = max(line.top for line in lines) or 1
    best: tuple[float, int, bool] | None = None
    for i in candidates:
        text = texts[i]
        if not _name_like(text) or _title_score(text) == 2:
            continue
        size = lines[i].height / tallest  # the name is usually the largest text
        position = 1.0 - (lines[i].top - card_top) / max(1, card_bottom - card_top)
        parts = normalize.fold(text).split()
        email_match = bool(local) and _local_matches(local.lower(), parts)  # type: ignore[union-attr]
        score = 0.5 * size + 0.2 * position + (0.6 if email_match else 0.0)
        if best is None or score > best[0]:
            best = (score, i, email_match)
    if best is None:
        return None
    score, i, email_match = best
    ocr = lines[i].mean_conf
    if email_match:
        conf = max(ocr, 0.9)
    elif lines[i].height >= tallest * 0.99:
        conf = ocr * 0.9  # largest line and name-shaped, but nothing to check it against
    else:
        conf = ocr * 0.7
    name = " ".join(texts[i].split())
    if name.isupper():
        name = _capitalise(name)
    return _Found(name, min(conf, 0.99), i)


def _capitalise(name: str) -> str:
    """``ROBERT MCDONALD-SMITH`` → ``Robert Mcdonald-Smith``: capitals on cards are style only."""
    return re.sub(r"[A-Za-zÀ-ÿ]+", lambda m: m.group(0).capitalize(), name.lower())
