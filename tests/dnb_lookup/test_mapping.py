"""D&B JSON to contactkit's model, and our records to cleanseMatch parameters."""

from __future__ import annotations

from contactkit_plugins.dnb_lookup import mapping

from . import fixtures as fx
from .conftest import record


def test_branch_points_at_its_headquarters():
    org = fx.data_blocks()["organization"]
    org["corporateLinkage"]["familytreeRolesPlayed"] = [{"description": "Branch", "dnbCode": 12769}]
    org["corporateLinkage"]["headQuarter"] = {
        "duns": "777666555",
        "primaryName": "GORMAN HQ",
        "primaryAddress": fx.PARENT_ADDRESS,
    }

    result = mapping.organization(org)
    members = mapping.family_members(org)

    assert result.headquarters_duns == "777666555" and result.family_roles == ["Branch"]
    assert members["777666555"].family_roles == ["Headquarters"]
    assert members["777666555"].address.city == "SAN FRANCISCO"


def test_global_ultimate_itself_has_no_member_for_itself():
    org = fx.data_blocks(fx.GLOBAL_DUNS)["organization"]
    org["corporateLinkage"] = {
        "familytreeRolesPlayed": [{"description": "Global Ultimate", "dnbCode": 12775}],
        "globalUltimate": {"duns": fx.GLOBAL_DUNS, "primaryName": "GORMAN HOLDING AG"},
        "domesticUltimate": {"duns": fx.GLOBAL_DUNS, "primaryName": "GORMAN HOLDING AG"},
        "parent": {},
        "headQuarter": {},
    }

    assert mapping.family_members(org) == {}
    result = mapping.organization(org)
    assert result.global_ultimate_duns == fx.GLOBAL_DUNS and result.parent_duns is None


def test_sparse_organization_maps_without_errors():
    org = {
        "duns": "123456789",
        "primaryName": "SPARSE LTD",
        "registeredName": {"name": "SPARSE LIMITED"},  # tolerated as an object too
        "numberOfEmployees": [{"value": 7, "informationScopeDescription": "Individual"}],
        "financials": [{"yearlyRevenue": [{"value": 1000, "currency": "GBP"}]}],
        "primaryAddress": {},
    }

    result = mapping.organization(org)

    assert result.legal_name == "SPARSE LIMITED"
    assert result.employee_count == 7  # no consolidated figure: the one given
    assert result.revenue.currency == "GBP" and result.revenue.value == 1000.0
    assert result.address is None and result.industry_codes == []


def test_match_key_ignores_spelling_but_not_the_company():
    a = mapping.match_inputs(record("Gorman Manufacturing Inc."), "US")
    b = mapping.match_inputs(record("GORMAN  MANUFACTURING"), "US")
    other = mapping.match_inputs(record("Gorman Bakery"), "US")
    abroad = mapping.match_inputs(record("Gorman Manufacturing", country="CA"), "US")

    assert a.key == b.key
    assert a.key != other.key and a.key != abroad.key
    assert a.params["name"] == "Gorman Manufacturing Inc."  # D&B gets it as written
