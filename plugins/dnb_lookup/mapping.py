"""Between contactkit's model and D&B's JSON: match inputs out, organizations back in.

Field names follow the Direct+ documentation (identity resolution ``matchCandidates[]`` and the
``companyinfo_L2_v1`` / ``hierarchyconnections_L1_v1`` data blocks); the fixtures in
tests/dnb_lookup/fixtures.py show the shapes used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import phonenumbers

from contactkit import geo, normalize
from contactkit.model import Address, IndustryCode, Money, Organization, stable_hash
from contactkit.plugin import OrganizationRecord

# corporateLinkage member -> the Organization field that points at it
LINKAGE_FIELDS = {
    "parent": "parent_duns",
    "headQuarter": "headquarters_duns",
    "domesticUltimate": "domestic_ultimate_duns",
    "globalUltimate": "global_ultimate_duns",
}
# The role a family member plays, named as D&B names them in familytreeRolesPlayed.
LINKAGE_ROLES = {
    "parent": "Parent",
    "headQuarter": "Headquarters",
    "domesticUltimate": "Domestic Ultimate",
    "globalUltimate": "Global Ultimate",
}


@dataclass(frozen=True)
class MatchInputs:
    """What we know of a company, as cleanseMatch query parameters."""

    params: dict[str, str]

    @property
    def key(self) -> str:
        """Normalized inputs: two spellings of one company share a cache entry."""
        folded = {name: _fold_param(name, value) for name, value in self.params.items() if value}
        return "match:" + stable_hash(folded)


def match_inputs(record: OrganizationRecord, default_country: str) -> MatchInputs | None:
    """cleanseMatch parameters for ``record``; None when there is nothing to match on.

    The country is the address's (a name in any language or an ISO code), else the company's own
    (D&B's, or the majority of its contacts'), else the run's hint, else ``default_country``. A
    company known only by its domain is asked by ``url`` alone: its domain is no name, and D&B
    lowers its confidence for a name that does not match.
    """
    org = record.organization
    name = org.legal_name or org.name or (org.trade_names[0] if org.trade_names else None)
    domain = org.domains[0] if org.domains else None
    if domain and (not name or _is_domain(name, org.domains)):
        return MatchInputs({"url": domain})
    if not name or not name.strip():
        return None
    address = org.address or Address()
    country = (
        geo.country_code(address.country)
        or geo.country_code(org.country)
        or geo.country_code(record.country_hint)
        or default_country
    )
    params: dict[str, str] = {"name": name.strip(), "countryISOAlpha2Code": country}
    if address.street:
        params["streetAddressLine1"] = address.street.strip()
    if address.city:
        params["addressLocality"] = address.city.strip()
    if address.region:
        params["addressRegion"] = address.region.strip()
    if address.postal_code:
        params["postalCode"] = address.postal_code.strip()
    phone = _national_number(org.phone, country)
    if phone:
        params["telephoneNumber"] = phone
    if domain:
        params["url"] = domain
    return MatchInputs(params)


def _is_domain(name: str, domains: list[str]) -> bool:
    """The store names a company after its domain when no contact gave a name."""
    text = name.strip().lower()
    return text in domains or (" " not in text and normalize.registrable_domain(text) == text)


def _national_number(text: str | None, country: str) -> str | None:
    """D&B takes the number without the country code, digits only."""
    if not text:
        return None
    try:
        number = phonenumbers.parse(text, country)
    except phonenumbers.NumberParseException:
        digits = "".join(ch for ch in text if ch.isdigit())
        return digits or None
    return str(number.national_number)


def _fold_param(name: str, value: str) -> str:
    if name == "name":
        return normalize.company_key(value) or normalize.fold(value)
    if name in ("countryISOAlpha2Code", "postalCode"):
        return value.upper().replace(" ", "")
    if name == "url":
        return normalize.registrable_domain(value) or value.lower()
    return normalize.fold(value)


# -- D&B JSON -> contactkit ---------------------------------------------------------------------


def candidate_summary(candidate: dict[str, Any]) -> dict[str, Any]:
    """The part of a match candidate worth keeping in the cache."""
    quality = candidate.get("matchQualityInformation") or {}
    return {
        "organization": candidate.get("organization") or {},
        "matchQualityInformation": {
            "confidenceCode": quality.get("confidenceCode"),
            "matchGrade": quality.get("matchGrade"),
            "matchDataProfile": quality.get("matchDataProfile"),
        },
    }


def confidence_code(candidate: dict[str, Any]) -> int:
    value = (candidate.get("matchQualityInformation") or {}).get("confidenceCode")
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def match_grade(candidate: dict[str, Any]) -> str | None:
    return (candidate.get("matchQualityInformation") or {}).get("matchGrade")


def candidate_duns(candidate: dict[str, Any]) -> str | None:
    duns = (candidate.get("organization") or {}).get("duns")
    return str(duns) if duns else None


def address(value: Any) -> Address | None:
    """A D&B ``primaryAddress`` object as an Address."""
    if not isinstance(value, dict) or not value:
        return None
    street = value.get("streetAddress") or {}
    lines = [street.get("line1"), street.get("line2")] if isinstance(street, dict) else []
    region = value.get("addressRegion") or {}
    result = Address(
        street=", ".join(line for line in lines if line) or None,
        city=(value.get("addressLocality") or {}).get("name"),
        region=region.get("abbreviatedName") or region.get("name"),
        postal_code=value.get("postalCode"),
        country=(value.get("addressCountry") or {}).get("isoAlpha2Code"),
    )
    return result if result.key else None


def organization(org: dict[str, Any]) -> Organization:
    """A data-blocks (or match-candidate) ``organization`` object as an Organization."""
    linkage = org.get("corporateLinkage") or {}
    fields: dict[str, Any] = {
        "name": org.get("primaryName"),
        "legal_name": _registered_name(org.get("registeredName")),
        "trade_names": _names(org.get("tradeStyleNames")),
        "domains": _domains(org.get("websiteAddress")),
        "duns": str(org["duns"]) if org.get("duns") else None,
        "address": address(org.get("primaryAddress")),
        "phone": _phone(org.get("telephone")),
        "industry_codes": _industry_codes(org.get("industryCodes")),
        "employee_count": _employees(org.get("numberOfEmployees")),
        "revenue": _revenue(org.get("financials")),
        "operating_status": ((org.get("dunsControlStatus") or {}).get("operatingStatus") or {}).get(
            "description"
        ),
        "family_roles": [
            r["description"]
            for r in linkage.get("familytreeRolesPlayed") or []
            if isinstance(r, dict) and r.get("description")
        ],
    }
    for member, field in LINKAGE_FIELDS.items():
        node = linkage.get(member)
        if isinstance(node, dict) and node.get("duns"):
            fields[field] = str(node["duns"])
    return Organization(**fields, **_dnb_country(fields["address"]))


def _dnb_country(where: Address | None) -> dict[str, Any]:
    """D&B's own country for a company: certain, so it overrides what contacts suggest."""
    code = where.country if where else None
    return {"country": code, "country_confidence": 1.0} if code else {}


def family_members(org: dict[str, Any]) -> dict[str, Organization]:
    """The other companies ``corporateLinkage`` names, by DUNS, with what it says of them."""
    linkage = org.get("corporateLinkage") or {}
    own = str(org.get("duns") or "")
    ultimate = (linkage.get("globalUltimate") or {}).get("duns")
    domestic = (linkage.get("domesticUltimate") or {}).get("duns")
    members: dict[str, Organization] = {}
    for member in LINKAGE_FIELDS:
        node = linkage.get(member)
        if not isinstance(node, dict) or not node.get("duns"):
            continue
        duns = str(node["duns"])
        if duns == own:
            continue  # the company itself (e.g. its own global ultimate): its roles say so
        known = members.get(duns)
        roles = [*(known.family_roles if known else []), LINKAGE_ROLES[member]]
        where = address(node.get("primaryAddress")) or (known.address if known else None)
        members[duns] = Organization(
            name=node.get("primaryName") or (known.name if known else None),
            duns=duns,
            address=where,
            **_dnb_country(where),
            # Everyone in the family shares the global ultimate; the ultimates point at themselves.
            global_ultimate_duns=str(ultimate) if ultimate else None,
            domestic_ultimate_duns=duns if duns == str(domestic or "") else None,
            family_roles=list(dict.fromkeys(roles)),
        )
    return members


def review_columns(candidate: dict[str, Any]) -> dict[str, str]:
    """One candidate as review columns, shown side by side with the others."""
    org = candidate.get("organization") or {}
    where = address(org.get("primaryAddress"))
    status = ((org.get("dunsControlStatus") or {}).get("operatingStatus") or {}).get("description")
    columns = {
        "D-U-N-S": str(org.get("duns") or ""),
        "Name": str(org.get("primaryName") or ""),
        "Address": ", ".join(p for p in (where.street, where.postal_code, where.city) if p)
        if where
        else "",
        "Country": (where.country or "") if where else "",
        "Website": ", ".join(_domains(org.get("websiteAddress"))[:2]),
        "Phone": _phone(org.get("telephone")) or "",
        "Status": status or "",
        "Confidence": str(confidence_code(candidate)),
        "Match grade": match_grade(candidate) or "",
    }
    return columns


def _registered_name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return str(value) if value else None


def _names(values: Any) -> list[str]:
    out = []
    for value in values or []:
        name = value.get("name") if isinstance(value, dict) else value
        if name and name not in out:
            out.append(str(name))
    return out


def _domains(values: Any) -> list[str]:
    out = []
    for value in values or []:
        if not isinstance(value, dict):
            continue
        domain = value.get("domainName") or value.get("url")
        domain = normalize.registrable_domain(str(domain)) if domain else None
        if domain and domain not in out:
            out.append(domain)
    return out


def _phone(values: Any) -> str | None:
    for value in values or []:
        if isinstance(value, dict) and value.get("telephoneNumber"):
            isd = value.get("isdCode")
            number = str(value["telephoneNumber"])
            return f"+{isd} {number}" if isd and not number.startswith("+") else number
    return None


def _industry_codes(values: Any) -> list[IndustryCode]:
    out = []
    for value in values or []:
        if isinstance(value, dict) and value.get("code"):
            out.append(
                IndustryCode(
                    code=str(value["code"]),
                    description=value.get("description"),
                    scheme=str(value.get("typeDescription") or "D&B"),
                )
            )
    return out


def _employees(values: Any) -> int | None:
    """The consolidated head count (the whole company), else the first figure given."""
    figures = [v for v in values or [] if isinstance(v, dict) and v.get("value") is not None]
    for figure in figures:
        if figure.get("informationScopeDescription") == "Consolidated":
            return int(figure["value"])
    return int(figures[0]["value"]) if figures else None


def _revenue(values: Any) -> Money | None:
    for statement in values or []:
        if not isinstance(statement, dict):
            continue
        amounts = [a for a in statement.get("yearlyRevenue") or [] if isinstance(a, dict)]
        amounts = [a for a in amounts if a.get("value") is not None]
        if amounts:
            usd = [a for a in amounts if a.get("currency") == "USD"]
            best = (usd or amounts)[0]
            return Money(value=float(best["value"]), currency=str(best.get("currency") or "USD"))
    return None
