"""Name evidence a record carries outside its name fields, and name forms blocking must bring
together: a name spelled by the record's own address, a department's display name, the words of
a name in another order or other columns."""

from __future__ import annotations

from typing import Any

import pytest

from contactkit.matching.blocking import candidate_pairs
from contactkit.matching.features import features
from contactkit.matching.scoring import score
from contactkit.model import Contact

OFFICE = [{"text": "+49 30 1234567"}]


def feat(contact: dict[str, Any], key: str = "") -> Any:
    stored = Contact.model_validate(contact, context={"default_region": "DE"})
    return features(stored.model_dump(mode="json", exclude_defaults=True), key=key)


@pytest.mark.parametrize(
    ("address", "points"),
    [
        ("kenta.kobayashi@firma.example", 2.0),
        ("kobayashi_kenta@firma.example", 2.0),
        ("kkobayashi@firma.example", 1.0),
        ("kobayashik@firma.example", 1.0),
    ],
)
def test_a_nameless_record_whose_address_spells_the_name(address: str, points: float) -> None:
    a = feat({"emails": [address], "phones": OFFICE})
    b = feat({"name": {"full": "Kenta Kobayashi"}, "phones": OFFICE})
    total, reasons = score(a, b)
    assert any(r.startswith("name in address") and f"(+{points:g})" in r for r in reasons)
    assert total == score(b, a)[0]


def test_an_address_of_another_name_adds_nothing() -> None:
    a = feat({"emails": ["peter.meier@firma.example"], "phones": OFFICE})
    b = feat({"name": {"full": "Kenta Kobayashi"}, "phones": OFFICE})
    assert not any(r.startswith("name in address") for r in score(a, b)[1])
    # a given name that disagrees with the other side's is not overruled by the address
    c = feat({"name": {"given": "Hiro"}, "emails": ["kenta.kobayashi@firma.example"]})
    assert not any(r.startswith("name in address") for r in score(c, b)[1])


def test_a_department_display_name_is_no_persons_name() -> None:
    mobile = [{"text": "+49 171 5551234", "kind": "cell"}]
    person = feat({"name": {"full": "James Smith"}, "phones": mobile})
    desk = feat({"name": {"full": "Sales - ONeill & Hughes"}, "phones": mobile})
    assert desk.name.tokens == frozenset()
    points, reasons = score(person, desk)
    assert points >= 5.0, reasons
    # a person with a role word among more names is still kept when the word is no role word
    assert feat({"name": {"full": "Ola Nowak"}}).name.tokens


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"full": "DE ROSA Riccardo"}, {"full": "Riccardo De Rosa"}),
        ({"given": "Antonio", "family": "González López"}, {"full": "Antonio González"}),
        ({"full": "Parisi Francesca"}, {"full": "Francesca Parisi"}),
    ],
)
def test_name_words_in_other_columns_are_compared(a: dict[str, str], b: dict[str, str]) -> None:
    # a crowd of namesakes-by-family fills the family blocks, as a common name does
    crowd = [feat({"name": {"given": f"Given{i}", "family": "Rosa"}}, f"c{i}") for i in range(20)]
    people = [feat({"name": a}, "a"), feat({"name": b}, "b"), *crowd]
    assert (0, 1) in candidate_pairs(people)


def test_one_name_and_one_title_count_a_little_and_a_street_more() -> None:
    base = {"name": {"full": "Petra Schmidt"}, "title": "Leiterin Einkauf"}
    street = [{"street": "Hauptstraße 5", "city": "Berlin", "country": "DE"}]
    plain, reasons = score(feat(base), feat({**base, "title": "Leiterin  EINKAUF"}))
    assert "same title (leiterin einkauf) (+0.5)" in reasons
    with_street = score(feat({**base, "addresses": street}), feat({**base, "addresses": street}))
    assert with_street[0] == plain + 0.5
    # another name: the title says nothing
    other = score(feat(base), feat({**base, "name": {"full": "Anna Weber"}}))[1]
    assert not any(r.startswith("same title") for r in other)
    # no title on one side: nothing either
    bare = score(feat(base), feat({"name": {"full": "Petra Schmidt"}}))[0]
    assert bare == plain - 0.5


def test_an_initial_written_out_by_its_own_address_is_the_same_name() -> None:
    office = {"phones": OFFICE}
    a = feat({"name": {"full": "V. Rossi"}, "emails": ["valentina.rossi+news@mail.example"]})
    b = feat({"name": {"full": "Valentina Rossi"}, **office})
    reasons = score(a, b)[1]
    assert any(
        r.startswith("same name (V. Rossi ~ Valentina Rossi, valentinarossi@") for r in reasons
    )
    # another given name behind the initial: only the initial counts
    c = feat({"name": {"full": "V. Rossi"}, "emails": ["vittorio.rossi@mail.example"]})
    assert any(r.startswith("initial") for r in score(c, b)[1])


def test_one_company_name_under_two_domains_is_two_companies() -> None:
    base = {"name": {"full": "Nathalie Dubois"}}
    fr = {**base, "organization": {"name": "Quantum SARL", "domain": "quantum.fr"}}
    de = {**base, "organization": {"name": "Quantum GmbH", "domain": "quantum2.de"}}
    bare = {**base, "organization": {"name": "Quantum"}}
    points, reasons = score(feat(fr), feat(de))
    assert not any(r.startswith(("company (", "same name at the same company")) for r in reasons)
    # one side without a domain: the name is all there is, and it still counts
    alike, why = score(feat(fr), feat(bare))
    assert "company (quantum) (+1)" in why
    assert alike == points + 2.0  # the company and "same name at the same company"


def test_a_title_across_two_companies_counts_nothing() -> None:
    base = {"name": {"full": "Wilhelmina Huisman"}, "title": "Inkoper"}
    one = {**base, "organization": {"name": "Lumen BV"}}
    other = {**base, "organization": {"name": "Tulp Groep"}}
    reasons = score(feat(one), feat(other))[1]
    assert "different companies (-0.5)" in reasons
    assert not any(r.startswith("same title") for r in reasons)
    same_company = score(feat(one), feat(one))[1]
    assert any(r.startswith("same title") for r in same_company)


def test_an_uncommon_name_and_one_title_count_more() -> None:
    card = {"name": {"full": "Franciscus Dekker"}, "title": "Inkoper"}
    mail = {"name": {"full": "Dekker, Franciscus"}, "title": "inkoper"}
    a, b = feat(card, "a"), feat(mail, "b")
    # rarity is counted from 5,000 observations on (specificity); here: four carry the name
    a.name_count = b.name_count = 4
    points, reasons = score(a, b)
    assert "same title, uncommon name (inkoper) (+2)" in reasons
    assert points == 5.0  # the merge threshold: the name (+3) and the title (+2)
    # a name many carry: the title counts a little, as before
    a.name_count = b.name_count = 40
    assert "same title (inkoper) (+0.5)" in score(a, b)[1]
    # uncounted (a small store): as before too
    a.name_count = b.name_count = 0
    assert "same title (inkoper) (+0.5)" in score(a, b)[1]
    # two mobiles say two people, whatever the title
    m1 = feat({**card, "phones": [{"text": "+31 6 12345678", "kind": "cell"}]}, "a")
    m2 = feat({**mail, "phones": [{"text": "+31 6 87654321", "kind": "cell"}]}, "b")
    m1.name_count = m2.name_count = 4
    assert "same title (inkoper) (+0.5)" in score(m1, m2)[1]
    # each with its own personal address and nothing shared: namesakes as often
    e1 = feat({**card, "emails": ["f.dekker@lumen.example"]}, "a")
    e2 = feat({**mail, "emails": ["fransdekker@ziggo.nl"]}, "b")
    e1.name_count = e2.name_count = 4
    assert not any("uncommon name" in r for r in score(e1, e2)[1])


FR_MOBILE = [{"text": "+33 6 12 34 56 78"}]


def test_one_mobile_under_one_family_name_outweighs_an_unknown_short_form() -> None:
    # JB is Jean-Baptiste's short form, which no nickname table holds: the mobile decides
    a = feat({"name": {"full": "JB Legrand"}, "phones": FR_MOBILE}, "a")
    b = feat({"name": {"full": "Jean-Baptiste Legrand"}, "phones": FR_MOBILE}, "b")
    total, reasons = score(a, b)
    assert "mobile of this family name (+3)" in reasons
    assert any(r.startswith("different given names") for r in reasons)
    assert total == 5.0  # the mobile (+5), the given names (-3), this (+3): the threshold
    assert score(b, a)[0] == total


def test_a_shared_mobile_under_two_family_names_or_a_home_line_gets_nothing_more() -> None:
    jb = feat({"name": {"full": "JB Legrand"}, "phones": FR_MOBILE}, "a")
    other = feat({"name": {"full": "Jean-Baptiste Moreau"}, "phones": FR_MOBILE}, "b")
    assert not any(r.startswith("mobile of this") for r in score(jb, other)[1])
    # spouses share a home line (a fixed number), not a mobile
    home = [{"text": "+33 1 42 68 53 00"}]
    maria = feat({"name": {"full": "Maria Rossi"}, "phones": home}, "c")
    paolo = feat({"name": {"full": "Paolo Rossi"}, "phones": home}, "d")
    total, reasons = score(maria, paolo)
    assert not any(r.startswith("mobile of this") for r in reasons)
    assert total < 5.0


@pytest.mark.parametrize(
    ("one", "other", "contact", "penalty"),
    [
        # a nickname no table holds, the other side without a family name
        ("Babsi", "Barbara Möller", {"phones": FR_MOBILE}, 2.0),
        # family first, a nickname, and the words written apart: one word alike
        ("Susan TURNER", "Turner Suzy", {"emails": ["s.turner@gmx.de"]}, 5.0),
        ("Fischer Karl-Heinz", "Fischer, Kalle", {"emails": ["kfischer@gmx.de"]}, 5.0),
        # a married name: the same given name, another family name
        ("Anna Schmidt", "Anna Weber", {"emails": ["anna.s@web.de"]}, 2.0),
    ],
)
def test_own_address_or_mobile_outweighs_a_name_in_another_form(
    one: str, other: str, contact: dict[str, Any], penalty: float
) -> None:
    a = feat({"name": {"full": one}, **contact}, "a")
    b = feat({"name": {"full": other}, **contact}, "b")
    total, reasons = score(a, b)
    assert f"own address or mobile, the name in another form (+{penalty:g})" in reasons
    assert total == 5.0  # the address or mobile (+5), the name's penalty cancelled
    assert score(b, a)[0] == total


def test_a_shared_address_does_not_forgive_two_whole_names_or_spouses() -> None:
    # two whole names with no word alike: an assistant writing from her manager's address
    anna = feat({"name": {"full": "Anna Schmidt"}, "emails": ["a.s@acme.com"]}, "a")
    peter = feat({"name": {"full": "Peter Braun"}, "emails": ["a.s@acme.com"]}, "b")
    total, reasons = score(anna, peter)
    assert not any(r.startswith("own address or mobile") for r in reasons)
    assert total == 1.0  # the address (+5), the names (-5), the company its domain names (+1)
    # two given names under one family name at a freemail address: spouses
    maria = feat({"name": {"full": "Maria Rossi"}, "emails": ["rossi.family@gmail.com"]}, "c")
    paolo = feat({"name": {"full": "Paolo Rossi"}, "emails": ["rossi.family@gmail.com"]}, "d")
    total, reasons = score(maria, paolo)
    assert not any(r.startswith("own address or mobile") for r in reasons)
    assert total < 5.0
    # a bare given name that starts like no word of the other's: a couple sharing one mobile
    margaret = feat({"name": {"full": "Margaret Jackson"}, "phones": FR_MOBILE}, "g")
    christopher = feat({"name": {"full": "Christopher"}, "phones": FR_MOBILE}, "h")
    total, reasons = score(margaret, christopher)
    assert not any(r.startswith("own address or mobile") for r in reasons)
    assert total < 5.0
    # father and son: no address joins them
    jr = feat({"name": {"full": "John Smith Jr."}, "emails": ["smith@gmx.de"]}, "e")
    sr = feat({"name": {"full": "John Smith Sr."}, "emails": ["smith@gmx.de"]}, "f")
    assert score(jr, sr)[0] < 0


def test_an_office_line_and_a_name_agreeing_in_part_reach_the_threshold() -> None:
    sarah = feat({"name": {"full": "Sarah"}, "phones": OFFICE}, "a")
    taylor = feat({"name": {"full": "Sarah Taylor"}, "phones": OFFICE}, "b")
    total, reasons = score(sarah, taylor)
    assert "office line and name (+1)" in reasons
    assert total == 5.5  # the line (+3), the given name (+1.5), both together (+1)
    assert score(taylor, sarah)[0] == total
    # the whole name already merges with the line: nothing more
    full = feat({"name": {"full": "Sarah Taylor"}, "phones": OFFICE}, "c")
    assert not any(r.startswith("office line") for r in score(full, taylor)[1])
    # two mobiles say two people sharing an office
    m1 = feat({"name": {"full": "S. Taylor"}, "phones": [*OFFICE, *MOBILE_1]}, "d")
    m2 = feat({"name": {"full": "Sarah Taylor"}, "phones": [*OFFICE, *MOBILE_2]}, "e")
    assert not any(r.startswith("office line") for r in score(m1, m2)[1])


MOBILE_1 = [{"text": "+49 171 5551234"}]
MOBILE_2 = [{"text": "+49 171 5559876"}]


def test_an_office_line_does_not_join_a_suffix_to_a_name_without_one() -> None:
    # father and son at one office: the suffix one source wrote is the only sign
    son = feat({"name": {"full": "F. Dias Júnior"}, "phones": OFFICE}, "a")
    father = feat({"name": {"full": "Francisco Dias"}, "phones": OFFICE}, "b")
    total, reasons = score(son, father)
    assert any(r.startswith("initial (") for r in reasons)  # a name agreeing in part
    assert not any(r.startswith("office line") for r in reasons)
    assert total == 3.5  # the line (+3), the initial (+1.5), the suffix (-1): review
