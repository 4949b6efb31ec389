"""Names in every form, generations, role addresses in many languages, plus-addressing, and the
cluster-level check: pairs scored as the master scores them (validated contacts, stored form)."""

from __future__ import annotations

from typing import Any

import pytest

from contactkit.matching.clustering import Thresholds, resolve
from contactkit.matching.features import (
    Features,
    features,
    is_role_local,
    several_people,
    specificity,
)
from contactkit.matching.names import family_relation, given_relation, name_form
from contactkit.matching.scoring import score
from contactkit.model import Contact


def feat(contact: dict[str, Any], key: str = "") -> Any:
    stored = Contact.model_validate(contact, context={"default_region": "DE"})
    return features(stored.model_dump(mode="json", exclude_defaults=True), key=key)


def verdict(a: dict[str, Any], b: dict[str, Any]) -> tuple[str, float, list[str]]:
    points, reasons = score(feat(a), feat(b))
    th = Thresholds()
    kind = (
        "merge" if points >= th.merge_above else "review" if points >= th.review_above else "apart"
    )
    return kind, points, reasons


@pytest.mark.parametrize(
    ("nick", "full"),
    [
        ("Pepe", "José"),
        ("Paco", "Francisco"),
        ("Nacho", "Ignacio"),
        ("Beppe", "Giuseppe"),
        ("Gianni", "Giovanni"),
        ("Kees", "Cornelis"),
        ("Henk", "Hendrik"),
        ("Kasia", "Katarzyna"),
        ("Gosia", "Małgorzata"),
        ("Honza", "Jan"),
        ("Pista", "István"),
        ("Manu", "Emmanuel"),
        ("Sepp", "Josef"),
        ("Bob", "Robert"),
        ("Peggy", "Margaret"),
        ("Uschi", "Ursula"),
        ("Liesel", "Elisabeth"),
        ("Joke", "Johanna"),
        ("Greet", "Margaretha"),
        ("Pina", "Giuseppina"),
        ("Cesco", "Francesco"),
        ("Jadzia", "Jadwiga"),
        ("Grzesiek", "Grzegorz"),
        ("Montse", "Montserrat"),
        ("Mila", "Camila"),
        ("Lola", "María Dolores"),  # a short form of the second given name
    ],
)
def test_nicknames_in_european_languages(nick: str, full: str) -> None:
    assert given_relation(name_form({"given": nick}).given, name_form({"given": full}).given) in (
        "nickname",
        "same",
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # initial and family name
        ({"full": "J. García"}, {"given": "Juan", "family": "García López"}),
        # a dropped second surname
        ({"given": "María", "family": "Fernández"}, {"given": "María", "family": "Fernández Ruiz"}),
        # one half of a hyphenated surname
        ({"given": "Anna", "family": "Müller"}, {"given": "Anna", "family": "Müller-Lüdenscheidt"}),
        # particles written together, apart, or left out
        ({"given": "Jan", "family": "van den Berg"}, {"given": "Jan", "family": "Vandenberg"}),
        ({"given": "Jan", "family": "van den Berg"}, {"given": "Jan", "family": "Berg"}),
        # transliteration
        ({"full": "Иван Петров"}, {"full": "Ivan Petrov"}),
        ({"full": "Jürgen Groß"}, {"full": "Juergen Gross"}),
        ({"full": "Łukasz Wróbel"}, {"full": "Lukasz Wrobel"}),
        # order swapped (a CRM export with its columns the other way round)
        ({"given": "García", "family": "Juan"}, {"given": "Juan", "family": "García"}),
        # a nickname in another language
        ({"full": "Kasia Nowak"}, {"full": "Katarzyna Nowak"}),
        # two letters swapped by a typist
        ({"full": "Rutger Jansne"}, {"full": "Rutger Jansen"}),
        # a family name's initial that is its particle's
        ({"full": "Jan d."}, {"full": "Jan de Vries"}),
        ({"full": "Johanna v."}, {"full": "Johanna van den Heuvel"}),
        # family name first, with an initial on the other side
        ({"full": "Mark W."}, {"given": "Williams", "family": "Mark"}),
        ({"full": "D. Jones"}, {"given": "Jones", "family": "Daniel"}),
        # a given name alone against a name written family first
        ({"given": "Masahiro"}, {"given": "YAMAGUCHI", "family": "Masahiro"}),
        # both written family first, one with a nickname; family first against a nickname
        ({"full": "BROWN Michael"}, {"full": "Brown Mike"}),
        ({"given": "Peña", "family": "Teresa"}, {"full": "Tere Peña"}),
        # a title and one word: says nothing against the full name
        ({"full": "Dr. Felipe"}, {"full": "Felipe Andrade Rodrigues"}),
    ],
)
def test_one_person_in_another_name_form_merges_on_a_shared_email(
    a: dict[str, str], b: dict[str, str]
) -> None:
    got, points, reasons = verdict(
        {"name": a, "emails": ["person@firma.example"]},
        {"name": b, "emails": ["person@firma.example"]},
    )
    assert got == "merge", (points, reasons)


def test_name_relations() -> None:
    a, b = name_form({"full": "Juan García López"}), name_form({"full": "Juan García"})
    assert family_relation(a, b) == "part"
    c = name_form({"given": "C.", "family": "Schröder"})
    d = name_form({"given": "Christopher", "family": "Schroeder"})
    assert given_relation(c.given, d.given, c.initial, d.initial) == "initial"
    assert family_relation(c, d) == "same"


def test_generations_are_a_hard_difference() -> None:
    shared = {"emails": ["smith@family.example"], "phones": [{"text": "+49 30 1234567"}]}
    got, points, reasons = verdict(
        {"name": {"full": "John Smith Jr."}, **shared},
        {"name": {"full": "John Smith Sr."}, **shared},
    )
    assert got == "apart", (points, reasons)
    assert any(r.startswith("generations") for r in reasons)
    assert name_form({"full": "John Smith III"}).generation == "3"
    assert name_form({"given": "John", "family": "Smith", "suffix": "Jr."}).generation == "2"
    # a family name that only looks like a suffix is kept
    assert name_form({"given": "Amartya", "family": "Sen"}).family == ("sen",)


@pytest.mark.parametrize(
    "local",
    [
        "info",
        "contacto",
        "commerciale",
        "enquiries",
        "vertrieb",
        "ventas",
        "sales-de",
        "info2",
        "kundenservice",
        "secretariat",
        "biuro",
        "zentrale",
        "no-reply",
        "accueil",
        "handlowy",
        "direction",
        "atendimento",
        "compta",
    ],
)
def test_role_addresses_in_many_languages(local: str) -> None:
    assert is_role_local(local)
    got, _, reasons = verdict(
        {"name": {"full": "Ann Lee"}, "emails": [f"{local}@acme.example"]},
        {"name": {"full": "Bo Chan"}, "emails": [f"{local}@acme.example"]},
    )
    assert got == "apart"
    assert any(r.startswith("shared mailbox") for r in reasons)


@pytest.mark.parametrize(
    "local", ["anna.info", "vincent", "salesforce.admin.x", "marco", "itziar.m"]
)
def test_personal_addresses_are_not_roles(local: str) -> None:
    assert not is_role_local(local)


def test_plus_addressing_is_stripped_for_matching() -> None:
    got, _, reasons = verdict(
        {"name": {"full": "Jane Roe"}, "emails": ["jane+crm@roe.example"]},
        {"name": {"full": "Jane Roe"}, "emails": ["jane@roe.example"]},
    )
    assert got == "merge"
    assert any(r.startswith("email (jane@roe.example)") for r in reasons)


def _common_crowd() -> list[Features]:
    """5,000 people whose given and family names are each common (50 of each)."""
    givens = [f"Given{i}" for i in range(50)]
    families = [f"Family{i}" for i in range(50)]
    return [
        feat({"name": {"given": givens[i % 50], "family": families[(i * 7) // 50 % 50]}})
        for i in range(5000)
    ]


def test_rarity_counts_the_parts_of_a_name() -> None:
    # 5,000 people whose given and family names are each common: no full name of theirs is
    # rare, even when it happens to occur once or twice
    people = _common_crowd()
    a = feat({"name": {"full": "Zebulon Quaxworth"}, "emails": ["zq@one.example"]}, "a")
    b = feat({"name": {"full": "Zebulon Quaxworth"}, "phones": [{"text": "+49 171 1234567"}]}, "b")
    c = feat({"name": {"given": "Given1", "family": "Family3"}}, "c")
    specificity([*people, a, b, c])
    assert a.rare and b.rare
    assert not c.rare and not any(p.rare for p in people)
    points, reasons = score(a, b)
    assert points >= Thresholds().merge_above and reasons[0].startswith("rare name")


def test_a_rare_name_alone_between_two_sets_of_own_addresses_is_not_enough() -> None:
    """A rare name merges a record that carries no address with one that does; two records each
    with their own personal addresses, none alike, need more than the name."""
    people = _common_crowd()
    work = feat({"name": {"full": "Zebulon Quaxworth"}, "emails": ["zq@one.example"]}, "a")
    home = feat({"name": {"full": "Zebulon Quaxworth"}, "emails": ["zebq@gmail.com"]}, "b")
    bare = feat({"name": {"full": "Zebulon Quaxworth"}, "phones": [{"text": "+4917112345"}]}, "c")
    specificity([*people, work, home, bare])
    points, reasons = score(work, home)
    assert points < Thresholds().merge_above
    assert "each their own address (-0.5)" in reasons
    assert score(work, bare)[0] >= Thresholds().merge_above


def test_a_weak_card_cannot_chain_colleagues_together() -> None:
    switchboard = [{"text": "+49 30 9876500", "kind": "work"}]
    colleagues = []
    for i, (given, family) in enumerate(
        [("Anna", "Schmidt"), ("Peter", "Braun"), ("Lena", "Vogel"), ("Omar", "Haddad")]
    ):
        email = f"{given.lower()}.{family.lower()}@acme.example"
        person = {"given": given, "family": family}
        colleagues.append(
            feat({"name": person, "emails": [email], "phones": switchboard}, f"card{i}")
        )
        colleagues.append(feat({"name": person, "emails": [email]}, f"mail{i}"))
    nameless = feat({"phones": switchboard, "organization": {"name": "Acme"}}, "card-x")
    people = [*colleagues, nameless]
    resolution = resolve(people, [f.key for f in people])
    for cluster in resolution.clusters:
        names = {people[i].family for i in cluster if people[i].family}
        assert len(names) <= 1, [people[i].key for i in cluster]
    assert len(resolution.clusters) == 5  # four colleagues (two sightings each) and the card


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"full": "Mark W."}, {"given": "Williams", "family": "Peter"}),
        ({"full": "D. Jones"}, {"given": "Jones", "family": "Peter"}),
        ({"full": "Jan d."}, {"full": "Jan Bakker"}),
    ],
)
def test_other_forms_of_other_names_still_count_against(
    a: dict[str, str], b: dict[str, str]
) -> None:
    _, points, reasons = verdict({"name": a}, {"name": b})
    assert points < 0, reasons


def test_a_shared_mobile_outweighs_a_job_change() -> None:
    mobile = [{"text": "+49 171 5551234", "kind": "cell"}]
    got, points, reasons = verdict(
        {"emails": ["miguel.munoz@marin.example"], "phones": mobile},
        {"name": {"full": "Miguel Muñoz"}, "phones": mobile, "organization": {"name": "Nova"}},
    )
    assert got == "merge", (points, reasons)
    assert not any("different companies" in r for r in reasons)


def test_a_company_named_by_the_first_word_of_its_domain() -> None:
    _, _, reasons = verdict(
        {"name": {"full": "John Jenkins"}, "emails": ["john.jenkins@thameside.example"]},
        {"name": {"full": "John Jenkins"}, "organization": {"name": "Thameside Holdings plc"}},
    )
    assert any(r.startswith("company (thameside holdings ~ thameside.example)") for r in reasons)


def test_several_people_counts_distinct_people_not_name_forms() -> None:
    one = {
        name_form({"given": g, "family": f})
        for g, f in [("Jan", "Kowalski"), ("J.", "Kowalski"), ("Janek", "Kowalsky")]
    }
    two = one | {name_form({"given": "Anna", "family": "Nowak"})}
    three = two | {name_form({"given": "Ewa", "family": "Lis"})}
    assert not several_people(one)
    assert not several_people(two)
    assert several_people(three)


@pytest.mark.parametrize(
    ("scanned", "nick"),
    [("Charlcs", "Chuck"), ("Mołgorzata", "Gosia"), ("Johanncs", "Hans"), ("Vinccnzo", "Enzo")],
)
def test_a_nickname_read_through_an_ocr_slip(scanned: str, nick: str) -> None:
    a, b = name_form({"full": f"{scanned} Zając"}), name_form({"full": f"{nick} Zając"})
    assert given_relation(a.given, b.given, raw_a=a.given_raw, raw_b=b.given_raw) == "nickname"
    # a slip that reads as no name of the table stays a different given name
    other = name_form({"full": "Piotr Zając"})
    assert given_relation(a.given, other.given, raw_a=a.given_raw, raw_b=other.given_raw) == (
        "different"
    )


def test_a_shared_mobile_and_an_ocr_slipped_nickname_merge() -> None:
    mobile = [{"text": "+49 171 5551234", "kind": "cell"}]
    card = feat({"name": {"full": "Charlcs Clarke"}, "phones": mobile})
    vcard = feat({"name": {"given": "Chuck", "family": "Clarke"}, "phones": mobile})
    points, reasons = score(card, vcard)
    assert points >= Thresholds().merge_above
    assert any(r.startswith("nickname (Charlcs Clarke ~ Chuck Clarke)") for r in reasons)
