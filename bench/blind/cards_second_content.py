"""Card content (person, company, phones, address) for cards_second.py.

All randomness comes from the random.Random passed in; no hashing-order
dependent iteration.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

import cards_second_data as D
import phonenumbers
from phonenumbers import PhoneNumberType as PT


def wchoice(rng: random.Random, items: list[tuple[str, int]]) -> str:
    """Weighted choice over (value, weight) pairs."""
    total = sum(w for _, w in items)
    r = rng.uniform(0, total)
    for v, w in items:
        r -= w
        if r <= 0:
            return v
    return items[-1][0]


def fill_pattern(rng: random.Random, pat: str) -> str:
    """Replace '#' with a digit and '@' with an uppercase letter."""
    out = []
    for ch in pat:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "@":
            out.append(rng.choice("ABDEFHJLNPRSTUWXY"))
        else:
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------ transliteration
_DE_MAP = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
_SPECIAL = {
    "ø": "o",
    "Ø": "O",
    "æ": "ae",
    "Æ": "Ae",
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "ß": "ss",
    "œ": "oe",
    "ı": "i",
    "ğ": "g",
}
_NORDIC = {"ø": "oe", "å": "aa", "æ": "ae"}


def translit(s: str, style: str) -> str:
    """ASCII-fold a name part the way a company IT department would."""
    if style == "de":
        s = "".join(_DE_MAP.get(c, c) for c in s)
    elif style == "nordic":
        s = "".join(_NORDIC.get(c, c) for c in s)
    s = "".join(_SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s


def slug(s: str, style: str = "strip", sep: str = "") -> str:
    """Lower-case ASCII slug; words joined by sep."""
    s = translit(s, style).lower().replace("&", " ").replace("'", "")
    words = re.findall(r"[a-z0-9]+", s)
    return sep.join(words)


# ------------------------------------------------------------ data classes
@dataclass
class Phone:
    e164: str
    kind: str
    printed: str
    ext: str = ""


@dataclass
class Content:
    country: str
    lang: str
    given: str
    family: str
    name: str  # truth name (normal case, no prefix/post-nominal)
    name_printed: str  # as printed (before caps / letter spacing)
    family_first: bool
    prefix: str
    postnominal: str
    title: str
    department: str
    company: str  # full legal name as printed
    brand: str  # word mark (may equal company)
    domain: str
    url: str
    emails: list[str]
    phones: list[Phone]
    address_lines: list[str]
    flags: dict = field(default_factory=dict)


# ------------------------------------------------------------ person
def make_person(rng: random.Random, cc: str) -> dict:
    """Random person of country cc with printed-name variants."""
    males, females, fams = D.NAMES[cc]
    female = rng.random() < 0.45
    given = rng.choice(females if female else males)
    family = rng.choice(fams)
    if cc in ("ES",) and rng.random() < 0.85:
        second = rng.choice(fams)
        if second != family:
            family = f"{family} {second}"
    elif cc == "PT" and rng.random() < 0.5:
        family = f"{rng.choice(fams)} {family}"
    elif cc in ("DE", "AT", "CH", "PL", "FR", "GB", "US") and rng.random() < 0.05:
        second = rng.choice(fams)
        if second != family and " " not in family and " " not in second:
            family = f"{family}-{second}"
    if cc == "PL" and female:
        family = re.sub(r"ski$", "ska", re.sub(r"cki$", "cka", re.sub(r"dzki$", "dzka", family)))
    if cc == "CZ" and female:
        family = _czech_female(family)
    suffix = ""
    if cc == "US" and not female and rng.random() < 0.05:
        suffix = rng.choice(D.JR_SUFFIXES)
    prefix = ""
    pre_p = {"DE": 0.22, "AT": 0.4, "PL": 0.25, "CZ": 0.35, "IT": 0.25, "CH": 0.1}.get(cc, 0.05)
    if D.PREFIXES.get(cc) and rng.random() < pre_p:
        prefix = rng.choice(D.PREFIXES[cc])
        if cc == "IT" and prefix == "Dott." and female:
            prefix = "Dott.ssa"
        if prefix == "Dipl.-Kfm." and female:
            prefix = "Dipl.-Kffr."
        if cc == "ES" and prefix == "Dr." and female:
            prefix = "Dra."
    post = ""
    post_p = {
        "US": 0.12,
        "GB": 0.1,
        "CA": 0.1,
        "AU": 0.08,
        "IE": 0.08,
        "AT": 0.12,
        "CZ": 0.1,
        "SG": 0.06,
        "DE": 0.04,
    }.get(cc, 0.02)
    if D.POSTNOMINALS.get(cc) and rng.random() < post_p:
        post = rng.choice(D.POSTNOMINALS[cc])
    return {
        "given": given,
        "family": family,
        "female": female,
        "suffix": suffix,
        "prefix": prefix,
        "post": post,
    }


def _czech_female(fam: str) -> str:
    """Female form of a Czech surname."""
    if fam.endswith("ý"):
        return fam[:-1] + "á"
    if fam.endswith("a"):
        return fam
    if fam.endswith("ek"):
        return fam[:-2] + "ková"
    return fam + "ová"


# ------------------------------------------------------------ company
JP_WORDS = [
    "Denki",
    "Seiko",
    "Shoji",
    "Kogyo",
    "Sangyo",
    "Electronics",
    "Trading",
    "Precision",
    "Chemical",
    "Pharmaceutical",
    "Engineering",
    "Logistics",
    "Systems",
    "Kikai",
    "Kensetsu",
    "Software",
]
EN_EXTRA = [
    "Northbridge",
    "Silverline",
    "Bluewater",
    "Redwood",
    "Greenfield",
    "Highland",
    "Summit",
    "Harbour",
    "Keystone",
    "Crescent",
    "Meridian",
    "Atlas",
    "Beacon",
    "Pinnacle",
    "Oakridge",
    "Clearview",
]
PLACE_ADJ = {
    "de": ["Rheinische", "Bayerische", "Norddeutsche", "Schwäbische", "Sächsische", "Westfälische"],
    "fr": ["Atlantique", "Alpes", "Méditerranée", "Provence", "Normandie"],
    "it": ["Adriatica", "Lombarda", "Emiliana", "Tirrena", "Veneta"],
    "es": ["Ibérica", "Cantábrica", "Levantina", "Atlántica"],
    "nl": ["Noord-Hollandse", "Zeeuwse", "Brabantse", "Hollandse"],
}


def invented_word(rng: random.Random) -> str:
    """A brand-like invented word, capitalised."""
    n = rng.choice([2, 2, 3])
    w = "".join(rng.choice(D.INVENTED_SYLL) for _ in range(n))
    return w[:10].capitalize()


def make_company(rng: random.Random, cc: str, lang: str) -> dict:
    """Company base name, legal form, brand word mark and domain."""
    fams = D.NAMES[cc][2]
    ind_lang = lang if lang in D.INDUSTRY else "en"
    if cc in ("NL", "BE", "SE", "DK", "NO", "FI", "SG", "PL", "CZ", "PT") and rng.random() < 0.4:
        ind_lang = "en"
    ind = rng.choice(D.INDUSTRY[ind_lang])
    fam = rng.choice(fams).split(" ")[-1] if cc not in ("NL", "BE") else rng.choice(fams)
    pat = rng.random()
    initials = ""
    if cc == "JP":
        base = (
            f"{rng.choice(fams)} {rng.choice(JP_WORDS)}"
            if pat < 0.7
            else f"{invented_word(rng)} {rng.choice(JP_WORDS)}"
        )
    elif pat < 0.32:
        base = (
            f"{fam} {ind}"
            if lang not in ("fr", "it", "es", "pt") or ind_lang == "en"
            else f"{ind} {fam}"
        )
    elif pat < 0.45:
        f2 = rng.choice(fams).split(" ")[-1]
        base = f"{fam} & {f2}" if f2 != fam else f"{fam} & Partner"
        if rng.random() < 0.4:
            base += " " + ind
    elif pat < 0.65:
        base = invented_word(rng) + ("" if rng.random() < 0.45 else " " + ind)
    elif pat < 0.78:
        initials = "".join(
            rng.choice("ABCDEFGHKLMNPRSTVW") for _ in range(rng.choice([2, 3, 3, 4]))
        )
        base = f"{initials} {ind}"
    elif pat < 0.88 and lang in PLACE_ADJ:
        adj = rng.choice(PLACE_ADJ[lang])
        base = f"{adj} {ind}" if lang in ("de", "nl") else f"{ind} {adj}"
    else:
        base = f"{rng.choice(EN_EXTRA)} {ind}" if ind_lang == "en" else f"{fam} {ind}"
    legal = wchoice(rng, D.LEGAL_FORMS[cc])
    if cc == "GB" and " & " in base and rng.random() < 0.5:
        legal = "LLP"
    company = f"{base} {legal}".strip() if legal else base
    if (
        legal
        in ("Ltd", "Inc.", "Co., Ltd.", "Pty Ltd", "Pte Ltd", "Pte. Ltd.", "Ltd.", "LLC", "Corp.")
        and rng.random() < 0.15
    ):
        company = f"{base}, {legal}"
    brand = initials or base.split(" ")[0].rstrip(",")
    if base.split(" ")[0] in (
        "Rheinische",
        "Bayerische",
        "Norddeutsche",
        "Schwäbische",
        "Sächsische",
        "Westfälische",
        "Noord-Hollandse",
        "Zeeuwse",
        "Brabantse",
        "Hollandse",
    ):
        brand = base
    # domain
    style = (
        "de"
        if cc in ("DE", "AT", "CH") and rng.random() < 0.6
        else ("nordic" if cc in ("DK", "NO") and rng.random() < 0.5 else "strip")
    )
    words = slug(base, style, " ").split()
    tld = D.TLD[cc]
    r = rng.random()
    if r < 0.3:
        tld = "com"
    elif r < 0.35 and cc not in ("US", "CA", "AU", "SG", "JP", "GB"):
        tld = "eu"
    differs = rng.random() < 0.2
    if differs:
        if rng.random() < 0.5:
            dom_base = words[0] + rng.choice(D.BRAND_SUFFIX)
        else:
            dom_base = slug(invented_word(rng))
            if rng.random() < 0.5:
                brand_group = dom_base
                dom_base = brand_group + rng.choice(["", "-group", "group"])
    else:
        r = rng.random()
        joined = "".join(words)
        if initials:
            dom_base = initials.lower() if r < 0.6 else "-".join(words)
        elif r < 0.35 and len(joined) <= 20:
            dom_base = joined
        elif r < 0.6:
            dom_base = "-".join(words[:3])
        else:
            generic = {slug(x) for v in D.INDUSTRY.values() for x in v}
            dom_base = (
                words[0] if len(words[0]) > 3 and words[0] not in generic else "-".join(words[:2])
            )
    domain = f"{dom_base}.{tld}"
    return {
        "company": company,
        "base": base,
        "legal": legal,
        "brand": brand,
        "domain": domain,
        "translit": style,
        "domain_differs": differs,
    }


def make_url(rng: random.Random, domain: str) -> str:
    """Website as printed."""
    return wchoice(
        rng,
        [
            (f"www.{domain}", 55),
            (domain, 15),
            (f"https://{domain}", 8),
            (f"https://www.{domain}", 9),
            (f"http://www.{domain}", 2),
            (f"{domain}/contact", 2),
        ],
    )


def make_emails(
    rng: random.Random, given: str, family: str, domain: str, style: str
) -> tuple[list[str], str]:
    """Personal (and sometimes generic) email addresses."""
    g = slug(given.split(" ")[0].split("-")[0] if rng.random() < 0.7 else given, style)
    fam_main = (
        family.split(" ")[0]
        if (
            " " in family
            and not family[0].islower()
            and not family.startswith(("van", "de ", "von", "Van", "De ", "Ó", "Ní", "Mac"))
        )
        else family
    )
    f = slug(fam_main, style)
    fmt = wchoice(
        rng,
        [
            ("first.last", 40),
            ("f.last", 14),
            ("flast", 10),
            ("first", 6),
            ("first_last", 4),
            ("last.first", 4),
            ("first-last", 4),
            ("initials", 4),
            ("firstl", 3),
            ("last", 3),
        ],
    )
    local = {
        "first.last": f"{g}.{f}",
        "f.last": f"{g[0]}.{f}",
        "flast": f"{g[0]}{f}",
        "first": g,
        "first_last": f"{g}_{f}",
        "last.first": f"{f}.{g}",
        "first-last": f"{g}-{f}",
        "initials": (g[0] + f[0] + (f[1] if len(f) > 1 else "")),
        "firstl": f"{g}{f[0]}",
        "last": f,
    }[fmt]
    emails = [f"{local}@{domain}"]
    if rng.random() < 0.10:
        box = rng.choice(["info", "sales", "office", "contact", "hello", "kontakt", "service"])
        emails.append(f"{box}@{domain}")
    return emails, fmt


# ------------------------------------------------------------ phones
def _valid(num: phonenumbers.PhoneNumber, kind: str) -> bool:
    if not phonenumbers.is_valid_number(num):
        return False
    t = phonenumbers.number_type(num)
    if kind == "cell":
        return t in (PT.MOBILE, PT.FIXED_LINE_OR_MOBILE)
    return (
        t in (PT.FIXED_LINE, PT.FIXED_LINE_OR_MOBILE, PT.VOIP)
        if kind == "voip"
        else t in (PT.FIXED_LINE, PT.FIXED_LINE_OR_MOBILE)
    )


def make_number(
    rng: random.Random, cc: str, kind: str, area: str, last_zero: bool = False
) -> phonenumbers.PhoneNumber:
    """A valid number of the given kind; fixed lines use the town's area code."""
    _trunk, mob, flen, mlen = D.PHONE[cc]
    region = cc
    code = phonenumbers.country_code_for_region(region)
    for attempt in range(400):
        if kind == "cell":
            start = rng.choice(mob) if mob else area
            length = rng.choice(mlen)
        else:
            start = area if attempt < 300 else ""
            length = rng.choice(flen)
            if cc in ("US", "CA"):
                start = area + str(rng.randint(2, 9))
        nsn = start + "".join(str(rng.randint(0, 9)) for _ in range(max(0, length - len(start))))
        if nsn[:1] == "0" and cc not in ("IT",):
            continue
        if last_zero:
            nsn = nsn[:-1] + "0"
        num = phonenumbers.parse(f"+{code}{nsn}")
        if _valid(num, kind):
            return num
    raise RuntimeError(f"no valid {kind} number for {cc} {area}")


def _group(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def format_phone(
    rng: random.Random, cc: str, num: phonenumbers.PhoneNumber, kind: str, intl: bool
) -> tuple[str, str]:
    """Printed form of num in a local style; returns (printed, style tag)."""
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    inter = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nsn = phonenumbers.national_significant_number(num)
    trunk = D.PHONE[cc][0]
    cc_code = str(num.country_code)
    ndc_len = phonenumbers.length_of_national_destination_code(num) or 0
    ndc, sub = nsn[:ndc_len], nsn[ndc_len:]
    if not intl:
        opts: list[tuple[str, str]] = [(nat, "national")]
        if cc in ("DE", "AT") and ndc:
            pairs = [2, 2, 2, 2] if len(sub) % 2 == 0 else [3, 2, 2, 2]
            opts += [
                (f"{trunk}{ndc}/{sub}", "slash"),
                (f"({trunk}{ndc}) {sub}", "paren"),
                (f"{trunk}{ndc} {_group(sub, pairs)}", "pairs"),
            ]
            if kind == "work" and len(sub) >= 5:
                k = rng.choice([1, 2, 3])
                opts += [
                    (f"{trunk}{ndc}/{sub[:-k]}-{sub[-k:]}", "ddi"),
                    (f"{trunk}{ndc} {sub[:-k]}-{sub[-k:]}", "ddi"),
                ]
        elif cc == "FR":
            opts += [(nat.replace(" ", "."), "dots"), (nat.replace(" ", "."), "dots")]
        elif cc in ("US", "CA"):
            opts += [
                (f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", "dashes"),
                (f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", "dots"),
            ]
        elif cc in ("NL", "SE", "BE", "CH", "IT", "PL", "ES", "NO", "DK", "CZ", "PT", "FI") and ndc:
            opts += [
                (f"{trunk}{ndc}-{sub}", "dash"),
                (
                    f"{trunk}{ndc} {_group(sub, [3, 2, 2, 2] if len(sub) % 2 else [2, 2, 2, 2])}",
                    "grouped",
                ),
            ]
        elif cc == "GB":
            opts += [
                (f"{trunk}{ndc} {sub}", "plain"),
                (f"({trunk}{ndc}) {_group(sub, [3, 4] if len(sub) == 7 else [4, 4])}", "paren"),
            ]
        printed, tag = rng.choice(opts)
    else:
        opts = [(inter, "intl"), (inter, "intl")]
        if trunk == "0" and cc not in ("JP", "AU", "US", "CA") and ndc:
            opts += [(f"+{cc_code} ({trunk}){inter.split(' ', 1)[1]}", "intl_paren0")]
            if cc in ("DE", "AT", "CH", "GB", "NL"):
                opts += [(f"+{cc_code} (0) {inter.split(' ', 1)[1]}", "intl_paren0s")]
        if cc not in ("US", "CA", "JP", "AU", "SG"):
            opts += [("00" + inter[1:], "intl_00")]
        if cc in ("US", "CA"):
            opts += [
                (f"+1 {nsn[:3]} {nsn[3:6]} {nsn[6:]}", "intl_sp"),
                (f"+1 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}", "intl_paren"),
                (f"+1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", "intl_dash"),
                (f"+1.{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", "intl_dot"),
            ]
        if cc == "JP":
            opts += [(inter.replace(" ", "-"), "intl_dash")]
        if cc in ("FR", "BE", "CH", "IT", "ES") and rng.random() < 0.5:
            opts += [(inter.replace(" ", "."), "intl_dots")]
        if cc in ("DE", "AT") and kind == "work" and ndc and len(sub) >= 5:
            k = rng.choice([1, 2, 3])
            opts += [(f"+{cc_code} {ndc} {sub[:-k]}-{sub[-k:]}", "intl_ddi")]
        if cc in ("SE", "NL", "DK", "NO", "PL", "CZ", "PT", "FI", "IE", "AU", "SG", "GB"):
            opts += (
                [(f"+{cc_code} {nsn}", "intl_compact")]
                if cc not in ("GB",)
                else [(f"+{cc_code} {ndc} {sub}", "intl_plain")]
            )
        printed, tag = rng.choice(opts)
    check_digits(printed, num, cc)
    return printed, tag


def check_digits(printed: str, num: phonenumbers.PhoneNumber, cc: str) -> None:
    """Assert that the printed string dials exactly num (guards formatting bugs)."""
    s = printed.replace("(0)", "")
    nsn = phonenumbers.national_significant_number(num)
    code = str(num.country_code)
    digits = re.sub(r"\D", "", s)
    if s.lstrip().startswith("+"):
        ok = digits == code + nsn
    elif s.lstrip().startswith("00"):
        ok = digits == "00" + code + nsn
    else:
        ok = digits == D.PHONE[cc][0] + nsn
    if not ok:
        raise AssertionError(f"phone format bug: {printed!r} vs {nsn} ({cc})")


def make_phones(rng: random.Random, cc: str, area: str) -> list[Phone]:
    """1-4 printed numbers: direct/switchboard work, mobile, fax."""
    phones: list[Phone] = []
    intl_card = rng.random() < 0.5
    r_work = rng.random()
    fax_p = {
        "DE": 0.35,
        "AT": 0.35,
        "IT": 0.3,
        "JP": 0.45,
        "ES": 0.25,
        "CH": 0.25,
        "PL": 0.25,
        "FR": 0.2,
    }.get(cc, 0.1)
    want = []
    if r_work < 0.88:
        want.append("work")
    if rng.random() < (0.6 if want else 1.0):
        want.append("cell")
    if "work" in want and rng.random() < 0.1:
        want.insert(1, "work")
    if "work" in want and rng.random() < fax_p:
        want.append("fax")
    base_work: phonenumbers.PhoneNumber | None = None
    for kind in want:
        intl = intl_card if rng.random() < 0.9 else not intl_card
        if kind == "cell":
            num = make_number(rng, cc, "cell", area)
        elif kind == "fax" and base_work is not None and rng.random() < 0.6:
            # fax on the same trunk: change the last digits
            num = _sibling(rng, base_work, cc)
        else:
            num = make_number(
                rng,
                cc,
                "work",
                area,
                last_zero=(kind == "work" and base_work is not None and cc in ("DE", "AT")),
            )
            base_work = base_work or num
        printed, _tag = format_phone(rng, cc, num, "work" if kind == "work" else kind, intl)
        ext = ""
        if kind == "work" and cc in ("US", "CA", "GB", "AU", "IE", "SG") and rng.random() < 0.12:
            ext = rng.choice([" ext. ", " Ext. ", " x", " x ", " ext "]) + str(
                rng.randint(10, 4999)
            )
        phones.append(
            Phone(
                phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164),
                kind,
                printed + ext,
                ext,
            )
        )
    return phones


def _sibling(
    rng: random.Random, num: phonenumbers.PhoneNumber, cc: str
) -> phonenumbers.PhoneNumber:
    """A valid number differing from num only in the last 1-3 digits."""
    nsn = phonenumbers.national_significant_number(num)
    for _ in range(100):
        k = rng.choice([1, 2, 3])
        cand = nsn[:-k] + "".join(str(rng.randint(0, 9)) for _ in range(k))
        n2 = phonenumbers.parse(f"+{num.country_code}{cand}")
        if cand != nsn and _valid(n2, "work"):
            return n2
    return make_number(rng, cc, "work", nsn[:2])


# ------------------------------------------------------------ address
def make_address(
    rng: random.Random, cc: str, lang: str, town_rec: tuple[str, str, str, str], with_country: bool
) -> list[str]:
    """Printed postal address lines in the country's convention."""
    town, pcpat, _area, extra = town_rec
    pc = fill_pattern(rng, pcpat)
    street = rng.choice(D.STREETS[cc])
    no = str(rng.choice([rng.randint(1, 40), rng.randint(1, 200), rng.randint(1, 999)]))
    if rng.random() < 0.1 and cc in ("DE", "AT", "CH", "NL", "BE", "DK", "NO", "SE", "FI"):
        no += rng.choice(["a", "b", " A", "-3"]) if cc != "NL" else rng.choice(["A", "-H", " bis"])
    lines: list[str]
    if cc in ("US", "CA"):
        l1 = f"{no} {street}"
        if rng.random() < 0.4:
            l1 += rng.choice([", Suite ", ", Ste. ", ", Floor ", ", Unit "]) + str(
                rng.randint(2, 2400)
            )
        l2 = (
            f"{town}, {extra} {pc}"
            if cc == "US"
            else f"{town} {extra} {pc}"
            if rng.random() < 0.5
            else f"{town}, {extra} {pc}"
        )
        lines = [l1, l2]
    elif cc in ("GB",):
        l1 = f"{no} {street}"
        lines = (
            [rng.choice(["Floor 3", "Suite 2.04", "Unit 7", "The Old Mill", "Sovereign House"])]
            if rng.random() < 0.25
            else []
        ) + [l1]
        lines += [f"{town} {pc}"] if rng.random() < 0.6 else [town, pc]
    elif cc == "IE":
        lines = [f"{no} {street}", f"{town}, {pc}" if rng.random() < 0.5 else town]
        if len(lines[1]) == len(town):
            lines.append(pc)
    elif cc == "AU":
        lines = (
            [f"Level {rng.randint(2, 40)}, {no} {street}"]
            if rng.random() < 0.4
            else [f"{no} {street}"]
        ) + [f"{town} {extra} {pc}"]
    elif cc == "SG":
        lines = [
            f"{no} {street}"
            + (
                f", #{rng.randint(2, 40):02d}-{rng.randint(1, 12):02d}"
                if rng.random() < 0.7
                else ""
            ),
            f"Singapore {pc}",
        ]
    elif cc == "JP":
        chome = f"{rng.randint(1, 9)}-{rng.randint(1, 20)}-{rng.randint(1, 30)}"
        l1 = f"{chome} {street}, {extra}" if rng.random() < 0.6 else f"{street} {chome}, {extra}"
        if rng.random() < 0.4:
            tower = rng.choice(
                ["Sumitomo", "Marunouchi", "Kasumi", "Shinjuku Park", "Nissay", "Mori"]
            )
            l1 = f"{tower} Building {rng.randint(2, 38)}F, " + l1
        lines = [l1, f"{town} {pc}"]
    elif cc == "FR":
        lines = [
            f"{no}{rng.choice([', ', ' '])}{street}",
            f"{pc} {town.upper() if rng.random() < 0.3 else town}",
        ]
    elif cc == "IT":
        lines = [
            f"{street}, {no}" if rng.random() < 0.7 else f"{street} {no}",
            f"{pc} {town} ({extra})" if rng.random() < 0.6 else f"{pc} {town} {extra}",
        ]
    elif cc == "ES":
        l1 = f"{street}, {no}" + (
            rng.choice([", 3º B", ", 2ª planta", ", 1º", ", Planta 4"])
            if rng.random() < 0.4
            else ""
        )
        lines = [
            l1,
            f"{pc} {town}" + (f" ({extra})" if extra != town and rng.random() < 0.4 else ""),
        ]
    elif cc == "PL":
        lines = [
            f"{street} {no}" + (f"/{rng.randint(1, 40)}" if rng.random() < 0.4 else ""),
            f"{pc} {town}",
        ]
    elif cc == "CZ":
        lines = [f"{street} {rng.randint(100, 2500)}/{no}", f"{pc} {town}"]
    elif cc == "PT":
        lines = [
            f"{street}, {no}"
            + (rng.choice([", 3º Esq.", ", 2º Dto.", ", 1º"]) if rng.random() < 0.4 else ""),
            f"{pc} {town}",
        ]
    else:
        # DE AT CH NL BE SE DK NO FI: street number, postcode town
        l1 = f"{street} {no}"
        if cc == "DK" and rng.random() < 0.4:
            l1 += rng.choice([", 2. sal", ", 3. th.", ", 1. sal"])
        pref = ""
        if cc in ("CH", "AT", "DE") and rng.random() < 0.12:
            pref = {"CH": "CH-", "AT": "A-", "DE": "D-"}[cc]
        lines = [l1, f"{pref}{pc} {town}"]
        if cc in ("DE", "AT", "CH") and rng.random() < 0.08:
            lines.insert(1, f"Postfach {rng.randint(10, 9999)}")
    if with_country:
        names = D.COUNTRY_NAME[cc]
        cname = names.get(lang, names["en"])
        lines.append(cname.upper() if rng.random() < 0.25 else cname)
    return lines


def make_content(rng: random.Random, cc: str) -> Content:
    """Everything printed on one card plus truth fields."""
    lang0, en_p = D.LANG[cc]
    lang = "en" if rng.random() < en_p else lang0
    p = make_person(rng, cc)
    comp = make_company(rng, cc, lang0 if rng.random() < 0.8 else lang)
    town = rng.choice(D.TOWNS[cc])
    given, family = p["given"], p["family"]
    name = f"{given} {family}" + (f" {p['suffix']}" if p["suffix"] else "")
    family_first = cc == "JP" and rng.random() < 0.6
    if family_first:
        fam_p = family.upper() if rng.random() < 0.7 else family
        name_printed = f"{fam_p} {given}"
    else:
        name_printed = name
    # title
    title = ""
    if rng.random() >= 0.08:
        pool = D.TITLES.get(lang, D.TITLES["en"])
        t = rng.choice(pool)
        if "\t" in t:
            m, f = t.split("\t")
            t = f if p["female"] else m
        title = t
    dept = ""
    if rng.random() < 0.12:
        dept = rng.choice(D.DEPARTMENTS.get(lang, D.DEPARTMENTS["en"]))
    emails, efmt = make_emails(rng, given, family, comp["domain"], comp["translit"])
    if rng.random() < 0.03:
        emails = []
    url = make_url(rng, comp["domain"]) if rng.random() < 0.88 else ""
    phones = make_phones(rng, cc, town[2])
    addr = make_address(rng, cc, lang, town, rng.random() < 0.3) if rng.random() < 0.88 else []
    return Content(
        country=cc,
        lang=lang,
        given=given,
        family=family,
        name=name,
        name_printed=name_printed,
        family_first=family_first,
        prefix=p["prefix"],
        postnominal=p["post"],
        title=title,
        department=dept,
        company=comp["company"],
        brand=comp["brand"],
        domain=comp["domain"],
        url=url,
        emails=emails,
        phones=phones,
        address_lines=addr,
        flags={"email_format": efmt, "domain_differs": comp["domain_differs"], "lang": lang},
    )
