"""Learned Fellegi-Sunter weights (``matching.fellegi_sunter``): fitted on the tests' generator,
deterministic, and behaving as evidence should; the hand points' rarity scales with the data."""

from __future__ import annotations

import math
import random
from typing import Any

import pytest

from contactkit.matching.blocking import candidate_pairs
from contactkit.matching.clustering import resolve
from contactkit.matching.features import Features, features, specificity, specify
from contactkit.matching.fellegi_sunter import Model, fit, levels, scorer
from contactkit.matching.scoring import HARD_NO, PARTS
from contactkit.model import Contact

from .generator import Generator


def _people(rows: list[dict[str, Any]]) -> list[Features]:
    people = []
    for row in rows:
        contact = Contact.model_validate(row["payload"], context={"default_region": "DE"})
        payload = contact.model_dump(mode="json", exclude_defaults=True)
        key = f"{row['source']}\x1f{row['source_key']}"
        people.append(features(payload, row["confidence"], key=key))
    specificity(people)
    return people


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return Generator(seed=11).observations(1500)


@pytest.fixture(scope="module")
def model(rows: list[dict[str, Any]]) -> Model:
    people = _people(rows)
    return fit(people, candidate_pairs(people), random_pairs=20_000)


def _contact(**fields: Any) -> Features:
    contact = Contact.model_validate(fields, context={"default_region": "DE"})
    return features(contact.model_dump(mode="json", exclude_defaults=True))


def test_same_data_in_another_order_learns_the_same_weights(
    rows: list[dict[str, Any]], model: Model
) -> None:
    shuffled = list(rows)
    random.Random(3).shuffle(shuffled)
    people = _people(shuffled)
    again = fit(people, candidate_pairs(people), random_pairs=20_000)
    assert again.m == model.m
    assert again.u == model.u
    assert again.prior == model.prior


def test_a_shared_mobile_outweighs_a_name_in_another_form(model: Model) -> None:
    """Posterior odds above even for one mobile and a name written another way (initial,
    nickname, order); a different name altogether counts against."""
    prior = math.log2(model.prior / (1 - model.prior))
    mobile = model.weight("phone", "mobile")
    for form in ("same name", "nickname", "initial", "swapped"):
        assert prior + mobile + model.weight("name", form) > 0, form
    assert model.weight("name", "different names") < 0 < model.weight("name", "nickname")
    assert model.weight("email", "same") > 5


def test_levels_say_null_when_a_side_lacks_the_field() -> None:
    a = _contact(name={"given": "Anna", "family": "Berg"}, emails=["anna.berg@acme.de"])
    b = _contact(name={"given": "Anna", "family": "Berg"}, phones=[{"text": "+4915112345678"}])
    found = dict(zip(PARTS, levels(a, b), strict=True))
    assert found["email"][0] == ""  # b has no address: no evidence either way
    assert found["phone"][0] == ""
    assert found["name"][0] == "same name"


def test_father_and_son_stay_apart_whatever_the_weights(model: Model) -> None:
    father = _contact(
        name={"given": "Klaus", "family": "Fischer", "suffix": "Sr."},
        phones=[{"text": "+49 69 1234567", "kind": "work"}],
        organization={"name": "Fischer GmbH"},
    )
    son = _contact(
        name={"given": "Klaus", "family": "Fischer", "suffix": "Jr."},
        phones=[{"text": "+49 69 1234567", "kind": "work"}],
        organization={"name": "Fischer GmbH"},
    )
    weigh = scorer(model, merge_above=5.0)
    assert weigh(father, son)[0] == HARD_NO
    assert len(resolve([father, son], ["a\x1f1", "b\x1f2"], scorer=weigh).clusters) == 2


def test_a_rare_name_weighs_more_and_rarity_is_relative_to_the_data_set() -> None:
    a = _contact(name={"given": "Ottilie", "family": "Zwirner"})
    b = _contact(name={"given": "Ottilie", "family": "Zwirner"})
    common_a = _contact(name={"given": "Thomas", "family": "Müller"})
    common_b = _contact(name={"given": "Thomas", "family": "Müller"})
    u = {"name": {"same name": 0.001}}
    small = Model(prior=1e-4, m={}, u=u, name_frequency={a.name_key: 2 / 1000})
    small.name_frequency[common_a.name_key] = 40 / 1000
    big = Model(prior=1e-5, m={}, u=u, name_frequency={a.name_key: 2 / 10_000})
    assert small.tf_adjustment(a, b) > small.tf_adjustment(common_a, common_b)
    # the same two bearers among ten times the observations: rarer, so more telling
    assert big.tf_adjustment(a, b) > small.tf_adjustment(a, b)


def test_hand_points_rarity_scales_with_the_data_set() -> None:
    """Two bearers of a name whose given and family names are each carried 60 times: in 5,000
    observations chance makes that name (0.72 expected), in 50,000 it does not (0.07)."""
    for total, rare in ((5_000, False), (50_000, True)):
        f = _contact(name={"given": "Marta", "family": "Kowal"})
        specify(f, set(), set(), (2, 60, 60, total))
        assert f.rare is rare
