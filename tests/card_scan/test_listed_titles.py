"""The listed titles of 23 languages (``data/title_words.tsv``, written blind to card_scan):
one word is a whole title on many a card ("Toimitusjohtaja", "Rechtsanwältin", "Paralegal"),
and no listed word is a name, a department or a firm's word."""

from __future__ import annotations

import pytest
from printed import as_read

from contactkit_plugins.card_scan import census_names
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.lexicon import (
    COMPANY_WORDS,
    DEPARTMENT_WORDS,
    OWN_TITLE_WORDS,
    POST_NOMINALS,
    STRONG_TITLE_WORDS,
    TITLE_WORDS,
    TRADE_WORDS,
)
from contactkit_plugins.card_scan.titles import title_score


@pytest.mark.parametrize(
    "word",
    ["toimitusjohtaja", "rechtsanwaltin", "rechtsanwaeltin", "paralegal", "jednatelka",
     "projektledare", "innkjopssjef", "abogada", "solicitor", "softwareentwickler"],
)  # fmt: skip
def test_a_listed_title_is_strong_alone(word: str) -> None:
    assert word in STRONG_TITLE_WORDS


def test_no_listed_word_is_a_name_a_department_or_a_firms_word() -> None:
    family, given = census_names._tables()
    listed = TITLE_WORDS - OWN_TITLE_WORDS
    assert len(listed) > 3000
    strong = STRONG_TITLE_WORDS - OWN_TITLE_WORDS
    assert not strong & (set(family) | set(given))  # "Alcalde", "Lehrer" are names too
    assert not listed & (set(family[:20000]) | set(given))
    # spelt as a card's words fold: "członek" is czlonek, never "czonek" with its ł dropped
    assert "czonek" not in TITLE_WORDS and "direktr" not in TITLE_WORDS
    assert not listed & (DEPARTMENT_WORDS | COMPANY_WORDS | TRADE_WORDS | POST_NOMINALS)
    assert "technik" not in STRONG_TITLE_WORDS  # "Müller Technik GmbH" is a firm


def test_a_finnish_card_s_one_word_title_goes_in_unread() -> None:
    # Second blind generator, scan seed 1 card 60, as read: the title was a line left over
    lines = as_read(
        [("Virtanen", 0.93, 392, 175, 144, 33), ("Teknologia", 0.92, 551, 175, 191, 41),
         ("Oy", 0.97, 757, 175, 45, 41)],
        [("Mikko", 0.93, 468, 250, 91, 33), ("Heinonen", 0.92, 574, 250, 152, 33)],
        [("Toimitusjohtaja", 0.93, 502, 308, 189, 32)],
        [("M", 0.91, 501, 544, 17, 22), ("050-39660069", 0.92, 532, 544, 162, 21)],
        [("E", 0.92, 345, 587, 14, 22), ("mikko_heinonen", 0.91, 372, 582, 176, 36),
         ("@virtanen-teknologia.com", 0.87, 560, 582, 290, 36)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="FI")
    assert parsed.contact.title == "Toimitusjohtaja"
    assert parsed.evidence["title"] == "strong/hi"
    assert parsed.confidence["title"] >= REVIEW_BELOW


@pytest.mark.parametrize(
    ("printed", "region"),
    [("Town Clerk", "GB"), ("Medical Science Liaison", "CA"), ("Co-Founder", "BE"),
     ("Responsavel de Compras", "PT"), ("Vedoucí projektu", "CZ")],
)  # fmt: skip
def test_a_title_of_one_role_word_beside_other_words_is_read(printed: str, region: str) -> None:
    # Second blind generator, tuning seeds 1 and 5: each title read whole and left over, its
    # role word (Clerk, Liaison, Co-Founder, Portuguese Responsável, Czech Vedoucí: seed 5
    # card 90) missing from the lexicon
    words = printed.split()
    lines = as_read(
        [("Kaicor,", 0.92, 466, 153, 136, 39), ("Ltd", 0.96, 618, 153, 60, 32)],
        [("Roisin", 0.89, 467, 224, 164, 47), ("Daly", 0.96, 652, 225, 121, 59)],
        [(w, 0.96, 464 + 150 * k, 303, 130, 24) for k, w in enumerate(words)],
        [("E", 0.92, 465, 602, 16, 23), ("rdaly@kaicor.com", 0.92, 496, 600, 255, 32)],
    )
    parsed = parse_card(lines, default_region=region)
    assert parsed.contact.title == printed
    assert parsed.evidence["title"].startswith("strong/")


def test_an_officer_s_acronym_counts_in_capitals_only() -> None:
    assert title_score("SVP Global Operations") == 2
    assert title_score("svp global operations") == 0
