"""The baseline card_scan_eval.py sets beside card_scan: bare ``tesseract IMAGE stdout`` and a naive
regex (emails, phone-shaped digit runs parsed for the configured region, the first capitalised
two-word line as the name, the first line with a legal form as the company, a line with a job word
as the title, a line with a postcode-shaped number as the address)."""

from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path

import phonenumbers

from contactkit.model import Contact

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+?\(?\d[\d ()./-]{6,}\d")
URL = re.compile(r"(?:https?://|www\.)[\w.-]+\.[a-z]{2,}", re.IGNORECASE)
LEGAL = re.compile(
    r"\b(inc|llc|ltd|corp|corporation|gmbh|ag|sa|sas|sarl|plc|co|kk|spa|srl|bv|nv|oy|ab)\b\.?",
    re.IGNORECASE,
)
TITLE = re.compile(
    r"\b(manager|director|engineer|officer|ceo|cto|president|head|consultant|executive|"
    r"partner|founder|developer|analyst|specialist|lead)\b",
    re.IGNORECASE,
)
NAME = re.compile(r"^[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2}$")
POSTAL = re.compile(r"\b\d{4,5}\b.*[A-Za-z]{3}|[A-Za-z]{3}.*\b\d{4,5}\b")


def _valid_email(email: str) -> bool:
    """The naive reader keeps what the model accepts: a misread TLD ('x@y.6') is dropped."""
    try:
        Contact.model_validate({"emails": [email]})
    except ValueError:
        return False
    return True


def naive_fields(text: str, region: str) -> Contact:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    contact = Contact()
    found = dict.fromkeys(m.group(0).lower().strip(".") for m in EMAIL.finditer(text))
    contact.emails = [email for email in found if _valid_email(email)]
    phones = []
    for line in lines:
        for match in PHONE.finditer(line):
            try:
                number = phonenumbers.parse(match.group(0), region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                kind = "fax" if "fax" in line.lower() else "work"
                kind = "cell" if re.search(r"(?i)\b(m|mob|mobile|cell)\b", line) else kind
                phones.append({"text": e164, "kind": kind})
    data = contact.model_dump(mode="json")
    data["phones"] = phones
    urls = [m.group(0) for m in URL.finditer(text)]
    data["urls"] = [{"url": urls[0]}] if urls else []
    rest = [line for line in lines if "@" not in line and not URL.search(line)]
    name = next((line for line in rest if NAME.match(line)), None)
    data["name"] = {"full": name} if name else {}
    company = next((line for line in rest if LEGAL.search(line)), None)
    data["organization"] = {"name": company} if company else None
    data["title"] = next((line for line in rest if TITLE.search(line) and line != name), None)
    postal = next((line for line in rest if POSTAL.search(line) and not PHONE.search(line)), None)
    data["addresses"] = [{"city": postal}] if postal else []
    return Contact.model_validate(data, context={"default_region": region})


def run_baseline(files: list[Path], region: str) -> tuple[dict[str, Contact], float]:
    out = {}
    start = time.perf_counter()
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    for file in files:
        result = subprocess.run(
            ["tesseract", str(file), "stdout"], capture_output=True, text=True, env=env
        )
        out[file.name] = naive_fields(result.stdout, region)
    return out, time.perf_counter() - start
