"""Why a doubted field goes to review, in plain words, from the level the parser set
(``review_reasons``), carried on the review item and shown by ``contactkit review``."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from review_cards import FITTED, fitted_card_item

from contactkit.cli import cli
from contactkit.store import Store
from contactkit.store.schema import review_items
from contactkit_plugins.card_scan.review_reasons import GENERAL, reason, reasons


@pytest.mark.parametrize(
    ("field", "level", "words"),
    [
        ("emails", "fitted", FITTED),
        ("emails", "mended", "corrected from a blurred reading by the name and the website"),
        ("emails", "name+domain+repaired/lo/name-mended", "corrected from the name"),
        ("emails", "domain/hi", "the name is not in it"),
        # session 39's marks: a dot the ink shows (email_ink_dots), a site row a letter off
        (
            "emails",
            "name+domain/hi/joined/ink-dot",
            "a dot shows in the print where the reading has none",
        ),
        ("urls", "email-row/slip", "taken from the email: its row was read a letter off"),
        # session 43: RapidOCR read the row of a field about to be accepted otherwise
        (
            "organization",
            "domain+legal+other/hi+recheck",
            "a second reading of its row spells it otherwise",
        ),
        ("emails", "missing+web/hi", "no email read, though the website was"),
        # session 64: a stop lost before a firm's second-level ending (endings.glued_ending)
        (
            "emails",
            "name+glued-ending/hi",
            "the dot before its ending may be lost (.com.sg read as com.sg)",
        ),
        ("urls", "glued-ending", "the dot before its ending may be lost (.com.sg read as com.sg)"),
        ("name", "email+other/lo", "a word of it is not in the email"),
        ("organization", "shape/hi", "no legal form and no website to check it"),
        ("organization", "legal/hi", "no website or email to check it"),
        # a work domain that spells nothing of it: a website there, it does not check it
        ("organization", "legal+unmatched/hi", "the website's name has nothing of it"),
        ("organization", "shape+unmatched/lo", "the website's name has nothing of it"),
        ("name", "largest/hi", "no email spells it"),
        ("name", "smaller+unmatched", "the email names someone else: maybe not the name"),
        ("urls", "ocr/hi", "read alone: nothing else on the card checks it"),
        ("emails", "company-slip", "the company's name and this domain differ by a letter"),
        ("title", "strong/lo", "read unsure"),
        ("phones", "repaired/hi", "a digit put back"),
        ("phones", "missing", "not read"),
        # session 65: a row in capitals under a title in capitals (title_rows.role_row_below)
        ("title", "role-below", "the row under it may be the rest of the title"),
    ],
)
def test_each_level_has_its_plain_words(field: str, level: str, words: str) -> None:
    assert reason(field, level) == words


def test_a_level_none_of_the_words_name_gets_the_general_phrase() -> None:
    assert reason("phones", "icon-o/hi") == GENERAL
    assert reason("urls", "") == GENERAL


def test_a_name_in_the_address_is_not_said_to_be_missing_from_it() -> None:
    # "name+domain" holds "domain" too: only a level opening on it lacks the name.
    assert reason("emails", "name+domain/joined/mid") != reason("emails", "domain/mid")
    assert reason("organization", "domain+legal+other/lo") != reason("organization", "legal/lo")


def test_only_the_fields_asked_for_get_a_reason() -> None:
    evidence = {"name": "email", "emails": "fitted", "title": "strong/lo"}
    assert reasons(evidence, ["emails", "phones"]) == {"emails": FITTED, "phones": "not read"}


def test_a_fitted_address_goes_to_review_saying_it_was_fitted() -> None:
    item = fitted_card_item()
    assert item.observation is not None
    assert item.observation.contact.emails == ["anna.weber@acme-tools.de"]
    assert "emails" in item.uncertain and item.reasons["emails"] == FITTED


def test_an_accepted_field_has_no_reason() -> None:
    item = fitted_card_item()
    assert "name" not in item.uncertain  # Anna Weber, spelt by the address
    assert set(item.reasons) == set(item.uncertain)


def test_the_terminal_review_says_why_a_field_is_doubted(tmp_path: Path) -> None:
    item = fitted_card_item()
    db = tmp_path / "ck.db"
    Store(f"sqlite:///{db}").write_batch(
        run_id=None, source="card_scan", source_type="card_scan", items=[item], state=None
    )
    result = CliRunner().invoke(cli, ["--db", str(db), "review"], input="a\n")
    assert result.exit_code == 0, result.output
    said = [line.strip() for line in result.output.splitlines() if not line.startswith("│")]
    assert f"emails: {FITTED}" in said
    assert not [line for line in said if line.startswith("name:")]  # accepted: no reason


def test_a_review_item_stored_before_reasons_existed_still_loads_and_shows(tmp_path: Path) -> None:
    item = fitted_card_item()
    db = tmp_path / "ck.db"
    store = Store(f"sqlite:///{db}")
    store.write_batch(
        run_id=None, source="card_scan", source_type="card_scan", items=[item], state=None
    )
    # The payload as written before ReviewItem had ``reasons``.
    with store.engine.begin() as conn:
        payload = item.model_dump(mode="json")
        del payload["reasons"]
        conn.execute(review_items.update().values(payload=payload))
    [(_, loaded)] = store.open_reviews()
    assert loaded.reasons == {} and loaded.uncertain == item.uncertain
    result = CliRunner().invoke(cli, ["--db", str(db), "review"], input="q\n")
    assert result.exit_code == 0, result.output
    assert "anna.weber@acme-tools.de" in result.output and FITTED not in result.output
