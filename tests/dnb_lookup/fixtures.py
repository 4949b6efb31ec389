"""D&B Direct+ answers in their documented JSON shapes, for the ``responses`` mocks.

Shapes used (Direct+ documentation: Authentication, Identity Resolution JSON samples, the
companyinfo_L2_v1 and hierarchyconnections_L1_v1 data blocks, and the error body):

- ``POST /v2/token`` with HTTP Basic (key:secret) and ``{"grant_type": "client_credentials"}``
  answers ``{"access_token": "...", "expiresIn": 86400}`` (``/v3/token`` takes a form body and
  answers ``expires_in``).
- ``GET /v1/match/cleanseMatch?name=&countryISOAlpha2Code=&...`` answers ``transactionDetail``,
  ``inquiryDetail``, ``candidatesMatchedQuantity``, ``matchDataCriteria`` and ``matchCandidates[]``
  of ``{displaySequence, organization{duns, primaryName, primaryAddress, telephone,
  dunsControlStatus, corporateLinkage}, matchQualityInformation{confidenceCode, matchGrade,
  matchGradeComponents[], matchDataProfile, matchDataProfileComponents[]}}``.
- ``GET /v1/data/duns/{duns}?blockIDs=companyinfo_L2_v1,hierarchyconnections_L1_v1`` answers
  ``transactionDetail``, ``inquiryDetail``, ``blockStatus[]`` and ``organization{duns,
  primaryName, registeredName, tradeStyleNames[], websiteAddress[], telephone[], primaryAddress,
  industryCodes[], numberOfEmployees[], financials[].yearlyRevenue[], dunsControlStatus
  .operatingStatus, corporateLinkage{familytreeRolesPlayed[], hierarchyLevel, parent,
  headQuarter, domesticUltimate, globalUltimate}}``.
- Errors answer ``{"transactionDetail": {...}, "error": {"errorCode": "...", "errorMessage":
  "...", "errorDetails": [{"parameter": ..., "description": ...}]}}``; 00040 is an expired token.
"""

from __future__ import annotations

import copy
from typing import Any

BASE = "https://plus.dnb.test"
TOKEN_URL = f"{BASE}/v2/token"
MATCH_URL = f"{BASE}/v1/match/cleanseMatch"


def data_url(duns: str) -> str:
    return f"{BASE}/v1/data/duns/{duns}"


SUB_DUNS = "060704780"  # the company we match: a US subsidiary
PARENT_DUNS = "804735132"  # its parent, also the domestic ultimate
GLOBAL_DUNS = "315369934"  # the global ultimate, in Germany

TX = {
    "transactionID": "rrt-0b8c6c3a2f6a3e1b1-c-ea-26585-3456789-1",
    "transactionTimestamp": "2026-11-23T22:10:05.123Z",
    "inLanguage": "en-US",
    "serviceVersion": "1",
}


def token(access_token: str = "tok-1", expires_in: int = 86400) -> dict[str, Any]:
    return {"access_token": access_token, "expiresIn": expires_in}


def address(line1: str, city: str, region: str | None, postal: str, country: str) -> dict:
    return {
        "addressCountry": {"isoAlpha2Code": country, "name": country},
        "addressLocality": {"name": city},
        "addressRegion": {"name": region, "abbreviatedName": region} if region else {},
        "postalCode": postal,
        "streetAddress": {"line1": line1, "line2": None},
    }


SUB_ADDRESS = address("492 KOLLER ST", "SAN FRANCISCO", "CA", "94110", "US")
PARENT_ADDRESS = address("1 MARKET ST", "SAN FRANCISCO", "CA", "94105", "US")
GLOBAL_ADDRESS = address("HAUPTSTRASSE 1", "MUENCHEN", None, "80331", "DE")


def candidate(
    duns: str = SUB_DUNS,
    name: str = "GORMAN MANUFACTURING COMPANY, INC.",
    confidence: int = 9,
    grade: str = "AAZZZFAZZZZ",
    sequence: int = 1,
) -> dict[str, Any]:
    return {
        "displaySequence": sequence,
        "organization": {
            "duns": duns,
            "dunsControlStatus": {
                "operatingStatus": {"description": "Active", "dnbCode": 9074},
                "isMailUndeliverable": False,
            },
            "primaryName": name,
            "tradeStyleNames": [],
            "websiteAddress": [{"url": "www.gormanmfg.com", "domainName": "gormanmfg.com"}],
            "telephone": [{"telephoneNumber": "6505550000", "isUnreachable": False}],
            "primaryAddress": copy.deepcopy(SUB_ADDRESS),
            "mailingAddress": {},
            "registrationNumbers": [],
            "isStandalone": False,
            "corporateLinkage": {
                "familytreeRolesPlayed": [{"description": "Subsidiary", "dnbCode": 9159}]
            },
        },
        "matchQualityInformation": {
            "confidenceCode": confidence,
            "matchGrade": grade,
            "matchGradeComponentsCount": 11,
            "matchGradeComponents": [
                {"componentType": "Name", "componentRating": grade[0]},
                {"componentType": "Street Number", "componentRating": grade[1]},
            ],
            "matchDataProfile": "0000000000989800000098",
            "matchDataProfileComponentsCount": 14,
            "matchDataProfileComponents": [
                {"componentType": "Name", "componentValue": "00"},
            ],
            "nameMatchScore": 100,
        },
    }


def match(*candidates: dict[str, Any], **inquiry: str) -> dict[str, Any]:
    return {
        "transactionDetail": dict(TX),
        "inquiryDetail": inquiry or {"name": "Gorman Manufacturing"},
        "candidatesMatchedQuantity": len(candidates),
        "matchDataCriteria": "Name and Address Lookup",
        "matchCandidates": list(candidates),
    }


def node(duns: str, name: str, address: dict) -> dict[str, Any]:
    return {"duns": duns, "primaryName": name, "primaryAddress": copy.deepcopy(address)}


def data_blocks(duns: str = SUB_DUNS) -> dict[str, Any]:
    """companyinfo_L2_v1 + hierarchyconnections_L1_v1 for the subsidiary."""
    return {
        "transactionDetail": dict(TX),
        "inquiryDetail": {
            "duns": duns,
            "blockIDs": ["companyinfo_L2_v1", "hierarchyconnections_L1_v1"],
        },
        "blockStatus": [
            {"blockID": "companyinfo_L2_v1", "status": "ok", "reason": None},
            {"blockID": "hierarchyconnections_L1_v1", "status": "ok", "reason": None},
        ],
        "organization": {
            "duns": duns,
            "dunsControlStatus": {
                "operatingStatus": {"description": "Active", "dnbCode": 9074},
                "isMarketable": True,
                "isMailUndeliverable": False,
                "isTelephoneDisconnected": False,
                "isDelisted": False,
            },
            "primaryName": "GORMAN MANUFACTURING COMPANY, INC.",
            "registeredName": "GORMAN MANUFACTURING COMPANY, INCORPORATED",
            "tradeStyleNames": [{"name": "GORMAN PRINTING", "priority": 1}],
            "websiteAddress": [{"url": "www.gormanmfg.com", "domainName": "gormanmfg.com"}],
            "telephone": [
                {"telephoneNumber": "6505550000", "isdCode": "1", "isUnreachable": False}
            ],
            "primaryAddress": copy.deepcopy(SUB_ADDRESS),
            "registrationNumbers": [],
            "industryCodes": [
                {
                    "code": "323111",
                    "description": "Commercial Printing (except Screen and Books)",
                    "typeDescription": "North American Industry Classification System 2017",
                    "typeDnBCode": 30832,
                    "priority": 1,
                },
                {
                    "code": "2752",
                    "description": "Lithographic commercial printing",
                    "typeDescription": "US Standard Industry Code 1987 - 4 digit",
                    "typeDnBCode": 399,
                    "priority": 1,
                },
            ],
            "numberOfEmployees": [
                {
                    "value": 110,
                    "informationScopeDescription": "Individual",
                    "informationScopeDnBCode": 9066,
                    "reliabilityDescription": "Actual",
                    "reliabilityDnBCode": 9092,
                },
                {
                    "value": 125,
                    "informationScopeDescription": "Consolidated",
                    "informationScopeDnBCode": 9067,
                    "reliabilityDescription": "Actual",
                    "reliabilityDnBCode": 9092,
                },
            ],
            "financials": [
                {
                    "financialStatementToDate": "2025-12-31",
                    "reliabilityDescription": "Actual",
                    "unitCode": "Single Units",
                    "yearlyRevenue": [{"value": 19945238, "currency": "USD"}],
                }
            ],
            "isStandalone": False,
            "corporateLinkage": {
                "familytreeRolesPlayed": [{"description": "Subsidiary", "dnbCode": 9159}],
                "hierarchyLevel": 3,
                "globalUltimateFamilyTreeMembersCount": 8,
                "globalUltimate": node(GLOBAL_DUNS, "GORMAN HOLDING AG", GLOBAL_ADDRESS),
                "domesticUltimate": node(PARENT_DUNS, "GORMAN AMERICA INC.", PARENT_ADDRESS),
                "parent": node(PARENT_DUNS, "GORMAN AMERICA INC.", PARENT_ADDRESS),
                "headQuarter": {},
            },
        },
    }


def error(code: str, message: str, **detail: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "transactionDetail": dict(TX),
        "error": {"errorCode": code, "errorMessage": message},
    }
    if detail:
        body["error"]["errorDetails"] = [detail]
    return body


def json_bytes(body: dict[str, Any]) -> bytes:
    """A body as a stand-in server sends it."""
    import json

    return json.dumps(body).encode()
