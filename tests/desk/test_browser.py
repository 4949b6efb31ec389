"""The desk end to end in a real browser (Debian's Chromium, headless, driven by Selenium).

A person scans a generated card, finds it in review, corrects a field with the keyboard, and
finds the corrected contact on the contacts page and in ``contactkit contacts --json``. The
screenshots under docs/desk/ (shown in the README) are taken here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.request import urlopen

import cardgen
import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

from contactkit import incremental
from contactkit.config import load_config
from contactkit.model import Contact, Observation
from contactkit.store import Store
from contactkit.testing.processes import free_port

from .conftest import ROOT

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
DOCS_SHOTS = ROOT / "docs" / "desk"
"""Where the README's screenshots come from: CONTACTKIT_DESK_SCREENSHOTS=1 writes them there
(otherwise they go to a temporary folder, and a test run leaves the work tree as it was)."""


@pytest.fixture(scope="module", autouse=True)
def _browser_installed() -> None:
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):  # the point of these tests
        pytest.fail("Chromium is not installed: apt-get install chromium chromium-driver")


@pytest.fixture
def desk(demo_copy: Path):  # type: ignore[no-untyped-def]
    """``contactkit serve`` on loopback over a copy of the demo; every card goes to review."""
    config_path = demo_copy
    text = config_path.read_text(encoding="utf-8")
    config_path.write_text(text.replace("[store]", "[review]\nbelow = 1.0\n\n[store]", 1))
    store = Store(load_config(config_path).store.url)
    hostile = Contact(name={"full": "<script>alert(1)</script> Mallory"}, emails=["m@x.example"])
    store.write_batch(
        run_id=None,
        source="vcard",
        source_type="vcard",
        items=[Observation(source="vcard", source_key="hostile", contact=hostile)],
        state=None,
    )
    incremental.merge(store, load_config(config_path))
    store.close()
    port = free_port()
    env = {**os.environ, "CONTACTKIT_DESK_TOKEN": ""}
    command = [sys.executable, "-m", "contactkit.cli", "-c", str(config_path), "serve"]
    server = subprocess.Popen(
        [*command, "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urlopen(base + "/report", timeout=2).read()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail(f"the desk did not start: {server.stdout.read().decode()[-500:]}")
            time.sleep(0.2)
    yield base, config_path
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def browser():  # type: ignore[no-untyped-def]
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(2)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    if os.environ.get("CONTACTKIT_DESK_SCREENSHOTS") == "1":
        return DOCS_SHOTS
    return tmp_path_factory.mktemp("screenshots")


def search(driver: webdriver.Chrome, base: str, text: str) -> str:
    """Type a search on the contacts page; the text of the page of results."""
    driver.get(base + "/")
    driver.find_element(By.NAME, "q").send_keys(text, Keys.ENTER)
    WebDriverWait(driver, 30).until(ready.url_contains("q="))  # the results, not the old page
    return driver.find_element(By.TAG_NAME, "main").text


def shot(driver: webdriver.Chrome, folder: Path, name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    height = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(1280, min(max(700, height + 40), 2200))
    driver.save_screenshot(str(folder / f"{name}.png"))
    assert (folder / f"{name}.png").stat().st_size > 10_000, f"{name}: an empty page"
    driver.set_window_size(1280, 1000)


def test_scan_review_correct_and_find_the_contact(desk, browser, shots, tmp_path):
    base, config_path = desk
    spec, data, ext = cardgen.make_card(3, "scan")
    card = tmp_path / f"card.{ext}"
    card.write_bytes(data)
    wait = WebDriverWait(browser, 120)

    browser.get(base + "/scan")
    browser.find_element(By.ID, "cards").send_keys(str(card))
    browser.find_element(By.CSS_SELECTOR, "#scan-form button").click()
    wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, ".status-review")))
    shot(browser, shots, "scan")

    browser.get(base + "/review")
    shot(browser, shots, "review")
    browser.find_element(By.PARTIAL_LINK_TEXT, "Business card").click()
    assert browser.find_element(By.CSS_SELECTOR, "figure img").get_attribute("naturalWidth") != "0"
    shot(browser, shots, "review-card")
    title = browser.find_element(By.ID, "f-title")
    title.clear()
    card_page = browser.current_url
    title.send_keys("Head of Analytics", Keys.ENTER)  # Enter accepts
    wait.until(lambda driver: driver.current_url != card_page)  # answered: the next item

    search(browser, base, spec.email)
    browser.find_element(By.LINK_TEXT, spec.name).click()
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "Head of Analytics" in page and "review" in page
    shot(browser, shots, "record")

    listed = subprocess.run(
        [sys.executable, "-m", "contactkit.cli", "-c", str(config_path), "contacts", "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    records = [json.loads(line) for line in listed.splitlines()]
    [mine] = [r for r in records if spec.email.lower() in r["contact"].get("emails", [])]
    assert mine["contact"]["title"] == "Head of Analytics"


def test_phone_search_hostile_names_and_the_report(desk, browser, shots):
    base, _ = desk
    assert "Priya Nair" in search(browser, base, "(212) 555 0150")
    browser.get(base + "/")
    shot(browser, shots, "contacts")
    assert "<script>alert(1)</script> Mallory" in search(browser, base, "Mallory")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - the script never ran
    browser.get(base + "/report")
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.chart")) >= 4
    shot(browser, shots, "report")
