"""Signatures: phones, title and company from the block a contact signs their messages with.

Only the first few KB of a body are ever fetched; quoted text is cut away before looking, so a
signature quoted from someone else is never taken for the writer's. Nothing of the body is kept
but the values found. The block starts after ``-- ``, else at the writer's own name, else after a
sign-off (in the common languages), and ends at a legal footer or a disclaimer. Inside it, each
line splits at ``|`` into pieces: phones by their label (``Tel.``, ``Handy``, ``Portable``,
``Fax`` ...), the company by its legal form (else the line after the title), the title as the
first plain line after the name (commas and all: "VP, Business Development"). National numbers
are read in the signature's own region: the ccTLD of the writer's domain or web address, a
country named in the address, the other numbers' country codes, the company's legal form.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import phonenumbers

from contactkit import geo, normalize

from .bodies import body_text

__all__ = ["SignatureFacts", "body_text", "own_text", "parse_signature", "signature_lines"]

_QUOTE_START = re.compile(
    r"^(On .{0,200}wrote:?\s*$|Am .{0,200}schrieb.*$|Le .{0,200}a (é|e)crit\s*:?\s*$"
    r"|El .{0,200}escribi(ó|o)\s*:?\s*$|Il .{0,200}ha scritto\s*:?\s*$|Op .{0,200}schreef"
    r"|Em .{0,200}escreveu\s*:?\s*$|W dniu .{0,200}napisa|Den .{0,200}skrev"
    r"|-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original"
    r"|Messaggio originale|Oorspronkelijk bericht|Forwarded message)\s*-{2,}"
    r"|_{8,}\s*$|(From|Von|De|Da|Van|Od)\s?:\s.+)",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^(best|best regards|kind regards|regards|warm regards|many thanks|thanks|thank you|cheers"
    r"|sincerely|yours sincerely|all the best|br|mit freundlichen gr(ü|ue)(ß|ss)en|mfg|vg|lg"
    r"|viele gr(ü|ue)(ß|ss)e|beste gr(ü|ue)(ß|ss)e|freundliche gr(ü|ue)(ß|ss)e"
    r"|liebe gr(ü|ue)(ß|ss)e"
    r"|gru(ß|ss)|cordialement|bien cordialement|bien (à|a) vous|salutations"
    r"|sinc(è|e)res salutations"
    r"|saludos|saludos cordiales|un saludo|atentamente|cordiali saluti|distinti saluti|saluti"
    r"|met vriendelijke groet(en)?|vriendelijke groet(en)?|groeten|(met )?hartelijke groet(en)?"
    r"|pozdrawiam|z powa(ż|z)aniem|serdecznie pozdrawiam"
    r"|atenciosamente|abra(ç|c)os|cumprimentos|med v(ä|a)nlig h(ä|a)lsning|venlig hilsen|mvh)"
    r"[,.!]?\s*$",
    re.IGNORECASE,
)
# Legal footers and disclaimers end the block; their names are not the writer's title.
_FOOTER = re.compile(
    r"^(gesch(ä|a)ftsf(ü|ue)hr(er|ung|erin)\s*:|sitz der gesellschaft|registergericht|amtsgericht"
    r"|handelsregister|hrb\b|ust|vorstand\s*:|aufsichtsrat|diese e-?mail|this (e-?mail|message)"
    r"|ce (message|courriel)|questo messaggio|este (mensaje|correo)|deze e-?mail|confidential"
    r"|disclaimer|please consider|p please|rcs\b|siret|kvk\b|nip\b|cnpj|capital social)",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"^\s*([^\W\d_][^\d+(:]{0,18}?)\s*[:.]?\s*(?=[+(\d])")
_CELL = re.compile(
    r"^(m|mob|mobile|mobil|mobiel|cell|cel|c|handy|portable|port|gsm|celular|cellulare|m(ó|o)vil"
    r"|kom|kom(ó|o)rka|tel\.?\s*kom|telem(ó|o)vel|natel)\b",
    re.I,
)
_FAX = re.compile(r"^(f|fax|telefax|t(é|e)l(é|e)copie|t(é|e)l(é|e)c)\b", re.I)
_PHONE_TEXT = re.compile(
    r"^[+(\d][\d\s().\-/]{5,}\d(\s*(ext\.?|x|dw\.?|durchwahl|poste|int\.?)\s*\d{1,6})?$", re.I
)
_NOT_PHONE = re.compile(
    r"^(cep|cap|cp|plz|zip|bp|postfach|p\.?\s?o\.?\s?box|nip|regon|krs|vat|ust|iban|bic|hrb|hra"
    r"|p\.?\s?iva|iva|tva|nif|cif|siren|siret|cnpj|cpf|kvk|btw|uid|che|abn|ein)",
    re.I,
)
_PIECES = re.compile(r"\s+[|·•]\s+|\s{3,}|\t+")
_LEGAL = re.compile(
    r"(\b(gmbh|mbh|ag|kg|ohg|gbr|ug|se|e\.\s?k|sa|s\.a|sas|s\.a\.s|sarl|s\.a\.r\.l|srl|s\.r\.l"
    r"|spa|s\.p\.a|snc|bv|b\.v|nv|n\.v|vof|ltd|ltda|limited|llc|llp|lp|inc|incorporated|corp"
    r"|corporation|plc|pty|oy|oyj|ab|as|a/s|aps|asa|s\.l|sl|s\.l\.u|s\.coop|kk|k\.k"
    r"|sp\.\s?z\s?o\.\s?o|s\.c|sp\.\s?j|sp\.\s?k|lda|eireli|me|s(à|a)rl|s\.n\.c|snc|sagl"
    r"|pphu|fhu|p\.p\.h\.u|groupe|gruppo|grupo|groep|gruppe)\b\.?|co\.,?\s?ltd\.?|&\s?(cie|co|c)\b\.?"
    r"|\bco\.$)",
    re.IGNORECASE,
)
# Legal forms used in one country only: where the signature's company is.
_LEGAL_REGION = [
    (re.compile(r"\b(ltda|eireli)\b", re.I), "BR"),
    (re.compile(r"\bs(à|a)rl\b.*|\bsagl\b", re.I), "CH"),
    (re.compile(r"\bs\.?a\.?r\.?l\b|\bsas\b|\bs\.a\.s\b", re.I), "FR"),
    (re.compile(r"\bs\.?r\.?l\b|\bs\.?p\.?a\b|\bs\.n\.c\b", re.I), "IT"),
    (re.compile(r"\bb\.?v\.?(?!\w)|\bvof\b", re.I), "NL"),
    (re.compile(r"\bsp\.\s?z\s?o\.\s?o|\bsp\.\s?[jk]\b|\bp\.?p\.?h\.?u\b|\bfhu\b", re.I), "PL"),
    (re.compile(r"\bs\.l\.?u?\b", re.I), "ES"),
    (re.compile(r"\bco\.,?\s?ltd\b|\bk\.?k\.?(?!\w)", re.I), "JP"),
    (re.compile(r"\bllp\b|\bplc\b|\blimited\b", re.I), "GB"),
    (re.compile(r"\bllc\b|\binc\b", re.I), "US"),
]
# Number layouts and postal codes that belong to one country: what a signature's national
# numbers are read by when no domain, web address or country name says where it is.
_LAYOUTS = [
    # North American: area code and exchange never start with 0 or 1
    (re.compile(r"(^|[\s:])(\([2-9]\d{2}\)\s?|[2-9]\d{2}[-.])[2-9]\d{2}[-.]\d{4}\b"), "US"),
    (re.compile(r",\s[A-Z]{2}\s\d{5}(-\d{4})?\b"), "US"),
    (re.compile(r"(^|[\s:])0[1-9]([ .]\d{2}){4}\b"), "FR"),
    (re.compile(r"\b\d{4}\s?[A-Z]{2}\s+[A-Z][a-z]"), "NL"),
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"), "GB"),
    (re.compile(r"\b\d{5}-\d{3}\b"), "BR"),
    (re.compile(r"(^|\s)\d{2}-\d{3}\s+[A-Z]"), "PL"),
    (re.compile(r"〒|\b\d{3}-\d{4}\s+(Tokyo|Osaka|Japan)", re.I), "JP"),
]
_URLISH = re.compile(r"(https?://|www\.|\S@\S|\.(com|net|org|io)\b)", re.IGNORECASE)
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.I)
_STREET = re.compile(
    r"\d|\b(str(\.|a(ß|ss)e)|weg|platz|allee|gasse|ring|rue|avenue|av\.|bd|boulevard|via|viale"
    r"|piazza|calle|avda|plaza|paseo|rua|avenida|straat|laan|plein|ul\.|aleja|street|road|lane"
    r"|suite|floor|p\.?o\.? box|postfach|cedex)\b",
    re.I,
)


@dataclass
class SignatureFacts:
    phones: list[tuple[str, str, str | None]] = field(default_factory=list)
    """(text as written, kind, region to read it in)"""
    title: str | None = None
    company: str | None = None
    at: str = ""
    """When the message was written (ISO), to prefer the newest value on a tie."""


def own_text(text: str) -> list[str]:
    """The writer's own lines: everything before the first quote marker."""
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if stripped.startswith(">") or _QUOTE_START.match(stripped):
            break
        lines.append(line.rstrip())
    return lines


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[^\w]+", _fold(text)) if len(t) > 1]


def is_name_line(line: str, name: str | None, local: str = "") -> bool:
    """The writer's own name (in any order and case, with a title such as 'Dr.'), known from
    their display name or, without one, from their address (``uwe.klein@``, ``jhoekstra@``)."""
    if any(ch.isdigit() for ch in line) or _URLISH.search(line) or _LEGAL.search(line):
        return False
    words = _tokens(line)
    if not words or len(words) > 5:
        return False
    mine = set(_tokens(name or ""))
    if mine and len(words) <= len(mine) + 2 and len(mine.intersection(words)) >= min(2, len(mine)):
        return True
    local = _fold(local)
    return len(words) >= 2 and any(len(w) >= 3 and w in local for w in words)


def signature_lines(
    text: str, name: str | None = None, max_lines: int = 14, local: str = ""
) -> list[str]:
    """The signature block: after '-- ', else from the writer's name, else after a sign-off."""
    lines = own_text(text)
    start = next((i + 1 for i, ln in enumerate(lines) if ln.strip() in ("--", "-- ")), None)
    if start is None and (name or local):
        tail = range(len(lines) - 1, max(-1, len(lines) - 25), -1)
        start = next((i for i in tail if is_name_line(lines[i], name, local)), None)
    if start is None:
        for i in range(len(lines) - 1, -1, -1):
            if _SIGN_OFF.match(lines[i].strip()):
                start = i + 1
                break
    if start is None:
        return []
    block = []
    for line in (ln.strip() for ln in lines[start:]):
        if not line:
            continue
        if _FOOTER.match(line) or len(line) > 160:
            break
        block.append(line)
    return block[:max_lines]


def signature_region(lines: list[str], email_domain: str | None, default: str | None) -> str | None:
    """Where the signature's national numbers are dialled: its own evidence, else ``default``.

    A free-mail domain's ccTLD (``gmx.de``, ``bol.com.br``) says where the provider is, not the
    writer: it does not count.
    """
    free = bool(email_domain) and normalize.is_freemail(email_domain)
    found = None if free else geo.country_of_domain(email_domain)
    if found:
        return found
    for line in lines:
        for match in _DOMAIN.finditer(line):
            if "@" not in line[max(0, match.start() - 1) : match.start()]:
                found = geo.country_of_domain(match.group(1))
                if found:
                    return found
    for line in lines:
        for piece in re.split(r"[,|\-–]", line):
            code = geo.country_code(piece.strip()) if len(piece.strip()) > 3 else None
            if code:
                return code
    codes = Counter()
    for line in lines:
        for match in re.finditer(r"(?:\+|\b00)(\d[\d ().\-]{6,})", line):
            code = geo.country_of_phone("+" + re.sub(r"\D", "", match.group(1)))
            if code:
                codes[code] += 1
    for pattern, code in _LAYOUTS:  # "(512) 239-4279", "06 83 71 31 70", "3011 AD Rotterdam"
        if any(pattern.search(line) for line in lines):
            return code
    if codes:
        return codes.most_common(1)[0][0]
    for line in lines:
        for pattern, code in _LEGAL_REGION:
            if pattern.search(line):
                return code
    return default


def parse_signature(
    lines: list[str], region: str | None, name_hint: str | None, email: str | None = None
) -> SignatureFacts:
    """Phones (with kind and region), a title and a company from signature lines."""
    facts = SignatureFacts()
    local, _, domain = (email or "").rpartition("@")
    region = signature_region(lines, domain or None, region)
    title_at = -1
    for i, line in enumerate(lines):
        if i == 0 and (is_name_line(line, name_hint, local) or _first_name_only(line, name_hint)):
            continue
        pieces = [p.strip() for p in _PIECES.split(line) if p.strip()]
        for piece in pieces:
            if _phones(piece, region, facts) or _URLISH.search(piece):
                continue
            if facts.company is None and _LEGAL.search(piece) and len(piece) <= 80:
                facts.company = piece.rstrip(" ,")
            elif _STREET.search(piece) or ":" in piece or len(piece) > 70:
                continue  # an address, a labelled value, a sentence
            elif facts.title is None and facts.company is None:
                facts.title, title_at = piece, i
            elif facts.company is None and i == title_at + 1 and len(pieces) == 1:
                facts.company = piece  # the line after the title: a company without its form
    return facts


def _first_name_only(line: str, name: str | None) -> bool:
    words = _tokens(line)
    return bool(name) and len(words) == 1 and words[0] in _tokens(name or "")


def _phones(piece: str, region: str | None, facts: SignatureFacts) -> bool:
    """Numbers in one piece of a line, with the kind its label says; True if any.

    A piece is a phone when, but for its label, it is written with phone characters only: an
    address ("Via Roma 12, 80121 Napoli"), a postal code or a tax number is not.
    """
    label_match = _LABELLED.match(piece)
    label = label_match.group(1).strip().rstrip(".").lower() if label_match else ""
    number = piece[label_match.end() :] if label_match else piece
    if _NOT_PHONE.match(label) or not _PHONE_TEXT.match(number.strip()):
        return False
    if label and not (_CELL.match(label) or _FAX.match(label)) and len(label) > 12:
        label = ""
    kind = "work"
    if label and _CELL.match(label):
        kind = "cell"
    elif label and _FAX.match(label):
        kind = "fax"
    found = False
    for match in phonenumbers.PhoneNumberMatcher(
        piece, region or "US", leniency=phonenumbers.Leniency.POSSIBLE
    ):
        text = match.raw_string
        # "0081 3-5974-4448": 00 dials abroad from most of the world, but not from Japan or the
        # US; read it where it does
        where = "DE" if text.startswith("00") else region
        facts.phones.append((text, kind, where))
        found = True
    return found
