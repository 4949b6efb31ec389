"""card_scan on a folder of cards with a ``truth.jsonl``: field accuracy, review load, speed.

    python bench/card_scan_eval.py DIR [DIR ...] [--workers 1] [--misses]

Each DIR holds card images and ``truth.jsonl`` (one JSON object a line: ``file``, ``name``,
``title``, ``company``, ``emails``, ``phones`` [{``e164``, ``kind``}], ``url``, ``address``), as
written by the blind generator (bench/blind/cards_gen.py) or by tests/card_scan/cardgen_world.py.

Two readers on the same images in the same run:

- ``contactkit scan`` as a user runs it: the real command in a subprocess, store included; its
  contacts and review items are then read back from that store. What counts is what the machine
  read, before any person answers the review queue.
- The baseline: bare ``tesseract IMAGE stdout`` and a naive regex (emails, phone-shaped digit
  runs parsed for the configured region, the first capitalised two-word line as the name, the
  first line with a legal form as the company, a line with a job word as the title).

Per field: the share of cards where the value read equals the truth (names, titles and companies
compared case- and punctuation-blind; emails and phones as sets of addresses and E.164 numbers;
the postal address right when something was read and every part read is in the printed address,
or nothing was read where none is printed; ``address_whole`` adds a stricter line, the address
read whole). Also: the share of cards sent to review, and
auto-accepted fields (not flagged for review) that are wrong, counting a value missed without a
flag as wrong too; addresses apart, since alone they send no card to review (a doubtful one is
left out). Speed: cards per minute per core
of each reader (one worker, one OMP thread each), and their ratio.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import phonenumbers

from contactkit import normalize
from contactkit.model import Contact
from contactkit.store import Store
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.image_files import content_hash
from contactkit_plugins.card_scan.review_rule import review_fields

FIELDS = ("name", "title", "company", "emails", "phones", "phone_kinds", "url", "address")
MINOR = frozenset({"address"})  # counted apart: alone, it sends no card to review
REVIEW_FIELDS = {  # the card_scan confidence key that flags each scored field
    "name": "name",
    "title": "title",
    "company": "organization",
    "emails": "emails",
    "phones": "phones",
    "phone_kinds": "phones",
    "url": "urls",
    "address": "addresses",
}


# Letters normalize.fold drops instead of plain-spelling them ("Sokół" → "soko"): spelt out
# first, so a reading "Sokol" compares as "Müller" read "Muller" does (accents aside).
PLAIN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "đ": "d"})


def _site_key(url: str) -> str:
    """A site's registrable domain; a host that is itself a public suffix (``aquila.it``, a
    province's name in Italy's list) is kept whole, ``www.`` or not, so the two readings meet."""
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0].removeprefix("www.")
    return (normalize.registrable_domain(host) or host) if host else ""


def _text_key(value: str | None) -> str:
    return re.sub(r"[^0-9a-z]", "", normalize.fold((value or "").translate(PLAIN_LETTERS)))


def truth_keys(truth: dict) -> dict[str, object]:
    phones = truth.get("phones") or []
    return {
        "name": _text_key(truth.get("name")),
        "title": _text_key(truth.get("title")),
        "company": _text_key(truth.get("company")),
        "emails": frozenset(e.lower() for e in truth.get("emails") or []),
        "phones": frozenset(p["e164"] for p in phones),
        "phone_kinds": frozenset(f"{p['e164']}/{p.get('kind') or 'work'}" for p in phones),
        "url": _site_key(truth.get("url") or ""),
        "address": _text_key(truth.get("address")),
    }


def contact_keys(contact: Contact) -> dict[str, object]:
    org = contact.organization.name if contact.organization else None
    return {
        "name": _text_key(contact.name.full),
        "title": _text_key(contact.title),
        "company": _text_key(org),
        "emails": frozenset(contact.emails),
        "phones": frozenset(p.e164 for p in contact.phones if p.e164),
        "phone_kinds": frozenset(f"{p.e164}/{p.kind.value}" for p in contact.phones if p.e164),
        "url": next((_site_key(u.url) for u in contact.urls), ""),
        "address": "|".join(_address_parts(contact)),
    }


def _address_parts(contact: Contact) -> list[str]:
    if not contact.addresses:
        return []
    address = contact.addresses[0]
    return [_text_key(p) for p in (address.street, address.postal_code, address.city) if p]


def address_key(contact: Contact, truth: str) -> str:
    """The truth's key when every part read is in the printed address, else what was read."""
    parts = _address_parts(contact)
    return truth if parts and all(p in truth for p in parts) else "|".join(parts)


def address_whole(contact: Contact, printed: str) -> bool:
    """Whether the address is read whole: street, postcode and town all read and right.
    ``printed`` is the address as the truth writes it (not its key: its word ends count).

    What the card prints is taken from the truth: where it prints an address at all, it prints
    all three (every shape the blind generator writes does). Whole means all three parts read,
    each found in the printed address (compared as ``_text_key``: case, accents and signs aside),
    the street opening it, the postcode holding a digit, and no digit of the printed address
    left once the three are taken out of it (a house number, suite or floor dropped, or a
    postcode read short, is not whole). Where none is printed, whole means nothing was read. A
    country name or a state printed after the town is not asked for; a wrong letter in any part
    is wrong (``amsandtorkal159d`` for Am Sandtorkai 159b is not whole).
    """
    words = _key_words(printed)
    truth = "".join(words)
    if not truth:
        return not _address_parts(contact)
    address = contact.addresses[0] if contact.addresses else None
    if address is None:
        return False
    street, postcode, town = (
        _text_key(p) for p in (address.street, address.postal_code, address.city)
    )
    if not (street and postcode and town) or not re.search(r"\d", postcode):
        return False
    # Each part ends where a printed word ends (rev35c: "Am Sandtorkai 159" for 159b, "Stutt"
    # for Stuttgart, "Genè" for Genève were whole, a letter lost at a part's end)
    ends = {0, *itertools.accumulate(len(w) for w in words)}
    if not (truth.startswith(street) and len(street) in ends):
        return False
    taken = set(range(len(street)))
    for part in (town, postcode):
        span = _word_span(truth, ends, part, taken)
        if span is None:
            return False
        taken.update(span)
    return not any(c.isdigit() for i, c in enumerate(truth) if i not in taken)


def _key_words(value: str) -> list[str]:
    """``_text_key`` word by word: the printed words' keys, whose ends bound a part."""
    plain = normalize.fold(value.translate(PLAIN_LETTERS))
    return [k for w in re.split(r"[\s,;./()-]+", plain) if (k := re.sub(r"[^0-9a-z]", "", w))]


def _word_span(truth: str, ends: set[int], part: str, taken: set[int]) -> range | None:
    """Where ``part`` stands in ``truth`` as whole printed words not yet taken, if anywhere."""
    at = truth.find(part)
    while at >= 0:
        span = range(at, at + len(part))
        if at in ends and at + len(part) in ends and not taken.intersection(span):
            return span
        at = truth.find(part, at + 1)
    return None


def scored(contact: Contact, want: dict, printed: str = "") -> dict[str, object]:
    """``contact_keys`` with the address read against the printed one (``address_key``), and
    ``address_whole`` (True or False; not one of ``FIELDS``, so the table is as it was). The
    printed address as the truth writes it, whose word ends ``address_whole`` reads."""
    return {
        **contact_keys(contact),
        "address": address_key(contact, want["address"]),
        "address_whole": address_whole(contact, printed),
    }


class Score:
    def __init__(self) -> None:
        self.right: Counter[str] = Counter()
        self.whole = 0  # addresses read whole (``address_whole``)
        self.cards = 0
        self.reviewed = 0
        self.accepted = 0
        self.wrong_accepted = 0
        self.minor_accepted = 0
        self.minor_wrong = 0
        self.left_out = 0
        self.misses: list[str] = []

    def add(
        self,
        file: str,
        want: dict,
        got: dict,
        flagged: set[str] | None = None,
        left_out: set[str] | None = None,
        conf: dict[str, float] | None = None,
    ) -> None:
        conf = conf or {}
        self.cards += 1
        self.whole += bool(got.get("address_whole"))
        for name in FIELDS:
            ok = want[name] == got[name]
            self.right[name] += ok
            if not ok:
                self.misses.append(f"{file} {name}: want {want[name]!r} got {got[name]!r}")
            if left_out and REVIEW_FIELDS[name] in left_out and not got[name]:
                self.left_out += 1  # doubtful, so not stored: missing, but never wrong
                continue
            auto = flagged is not None and REVIEW_FIELDS[name] not in flagged
            if auto and name in MINOR:
                if got[name]:  # a minor field missed is left out, never wrong
                    self.minor_accepted += 1
                    self.minor_wrong += not ok
                continue
            if auto and (want[name] or got[name]):
                self.accepted += 1
                if not ok:
                    self.wrong_accepted += 1
                    self.misses[-1] += f"  [AUTO-ACCEPTED {conf.get(REVIEW_FIELDS[name])}]"
        if flagged:
            self.reviewed += 1

    def share(self, name: str) -> float:
        return self.right[name] / self.cards if self.cards else 0.0


# --- the product ----------------------------------------------------------------------------


def run_contactkit(folder: Path, db: Path, workers: int, region: str) -> float:
    config = db.with_name("contactkit.toml")
    config.write_text(f'region = "{region}"\n', encoding="utf-8")
    command = [sys.executable, "-c", "from contactkit.cli import main; main()"]
    command += ["-c", str(config), "--db", str(db), "scan", "--workers", str(workers), str(folder)]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode not in (0, 1):
        raise SystemExit(f"contactkit scan failed ({result.returncode}): {result.stderr[-2000:]}")
    return time.perf_counter() - start


def read_store(db: Path) -> dict[str, tuple[Contact, set[str], dict]]:
    """source_key → (contact, flagged fields, confidence), for accepted and queued cards."""
    store = Store(f"sqlite:///{db}")
    try:
        out = {}
        for obs in store.contact_observations():
            if obs.source == "card_scan":
                out[obs.source_key] = (
                    Contact.model_validate(obs.payload),
                    set(),
                    obs.confidence or {},
                )
        for _id, item in store.open_reviews():
            if item.observation is not None:
                obs = item.observation
                out[obs.source_key] = (obs.contact, set(item.uncertain), obs.confidence)
        return out
    finally:
        store.close()


# --- the baseline ---------------------------------------------------------------------------

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


# --- report ---------------------------------------------------------------------------------


def evaluate(
    folder: Path,
    workers: int,
    region: str,
    misses: bool,
    review_below: float = REVIEW_BELOW,
    also_below: tuple[float, ...] = (),
    by_font: bool = False,
) -> dict:
    truths = [json.loads(line) for line in (folder / "truth.jsonl").read_text().splitlines()]
    truths = [t for t in truths if (folder / t["file"]).exists()]
    files = [folder / t["file"] for t in truths]
    with tempfile.TemporaryDirectory(prefix="card_scan_eval_") as tmp:
        db = Path(tmp) / "eval.db"
        ours_seconds = run_contactkit(folder, db, workers, region)
        read = read_store(db)
    base, base_seconds = run_baseline(files, region)
    ours, bare = Score(), Score()
    fonts: dict[str, Score] = defaultdict(Score)
    for truth, file in zip(truths, files, strict=True):
        want = truth_keys(truth)
        key = content_hash(file.read_bytes())
        contact, flagged, conf = read.get(key, (Contact(), {"name"}, {}))
        left_out = {f for f, c in conf.items() if c < review_below} - flagged
        printed = truth.get("address") or ""
        ours.add(file.name, want, scored(contact, want, printed), flagged, left_out, conf)
        bare.add(file.name, want, scored(base[file.name], want, printed))
        font = truth.get("style", {}).get("font", "?")
        fonts[font].add(file.name, want, scored(contact, want, printed), flagged, left_out, conf)
    n = len(files)
    # The same run read at other review thresholds: what would have gone to review, and what
    # would have been accepted wrong (the stored values are the same for thresholds >= 0.85).
    at_other = {}
    for other in also_below:
        score = Score()
        for truth, file in zip(truths, files, strict=True):
            contact, flagged, conf = read.get(
                content_hash(file.read_bytes()), (Contact(), None, {})
            )
            values = contact.model_dump(mode="json")
            flagged = {"name"} if flagged is None else set(review_fields(conf, values, other)[0])
            left_out = {f for f, c in conf.items() if c < other} - flagged
            want = truth_keys(truth)
            score.add(
                file.name,
                want,
                scored(contact, want, truth.get("address") or ""),
                flagged,
                left_out,
                conf,
            )
        at_other[other] = score
    print(f"\n{folder} ({n} cards, default region {region}, {workers} worker(s))")
    print(f"  {'field':<12} card_scan  tesseract+regex")
    for name in FIELDS:
        mark = "" if ours.share(name) > bare.share(name) else "  <= not better"
        print(f"  {name:<12} {ours.share(name):9.3f}  {bare.share(name):15.3f}{mark}")
    print(f"  to review: {ours.reviewed}/{n} ({ours.reviewed / max(1, n):.0%})")
    print(
        f"  auto-accepted fields wrong: {ours.wrong_accepted}/{ours.accepted}; doubtful and "
        f"left out: {ours.left_out}"
    )
    print(f"  addresses stored unflagged, wrong: {ours.minor_wrong}/{ours.minor_accepted}")
    print(f"  address whole (street, postcode, town): {ours.whole / max(1, n):.3f}")
    for other, score in at_other.items():
        print(
            f"  at review_below {other:.2f} (same run): to review {score.reviewed}/{n} "
            f"({score.reviewed / max(1, n):.0%}); auto-accepted fields wrong: "
            f"{score.wrong_accepted}/{score.accepted}"
        )
    ours_rate = n / ours_seconds * 60 / workers
    bare_rate = n / base_seconds * 60
    print(
        f"  speed: card_scan {ours_rate:.1f} cards/min/core (whole command, store included), "
        f"bare tesseract+regex {bare_rate:.1f}; ratio {ours_rate / bare_rate:.2f}"
    )
    if by_font:
        print_by_font(fonts)
    if misses:
        for line in ours.misses:
            print("   ", line)
    return {"ours": ours, "bare": bare}


def print_by_font(fonts: dict[str, Score]) -> None:
    """Field shares, review and wrong accepted fields for each font the generator printed in."""
    print(f"  {'font':<24} cards  name  comp  email phone title review wrong/accepted")
    for font, score in sorted(fonts.items()):
        shares = " ".join(
            f"{score.share(f):.2f}" for f in ("name", "company", "emails", "phones", "title")
        )
        print(
            f"  {font:<24} {score.cards:5d}  {shares}  {score.reviewed / score.cards:5.0%} "
            f"{score.wrong_accepted}/{score.accepted}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--region", default="US", help="the configured default phone region")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    parser.add_argument(
        "--also-below",
        default="",
        help="other review thresholds (>= 0.85, comma-separated) to read the same run at",
    )
    parser.add_argument(
        "--by-font", action="store_true", help="figures for each font in truth's style.font"
    )
    args = parser.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"card_scan eval; {os.cpu_count()} cores, load average {load:.1f} at start")
    for folder in args.folders:
        also = tuple(float(t) for t in args.also_below.split(",") if t)
        evaluate(
            folder, args.workers, args.region, args.misses, also_below=also, by_font=args.by_font
        )


if __name__ == "__main__":
    main()
