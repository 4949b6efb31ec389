"""``contactkit run`` from a vCard file into Radicale: store, cache and sink together."""

from __future__ import annotations

import json

import requests
from click.testing import CliRunner

from contactkit.cli import cli

CARDS = """\
BEGIN:VCARD
VERSION:3.0
FN:Ada Lovelace
N:Lovelace;Ada;;;
EMAIL:ada@analytical-engines.com
TITLE:Chief Engineer
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Zoë Łukasiewicz
N:Łukasiewicz;Zoë;;;
EMAIL:zoe@societe-generale-ingenierie.com
END:VCARD
"""


def cards_on_server(server, url: str) -> dict[str, str]:
    """Path -> vCard text of every card in the address book."""
    listing = requests.request(
        "PROPFIND", url, headers={"Depth": "1"}, auth=server.auth, timeout=10
    )
    hrefs = [
        h.split("</", 1)[0]
        for h in listing.text.split("href>")[1::2]
        if h.split("</", 1)[0].endswith(".vcf")
    ]
    return {
        # vCard text is UTF-8 whether or not the server names a charset
        h: requests.get(
            requests.compat.urljoin(url, h), auth=server.auth, timeout=10
        ).content.decode()
        for h in hrefs
    }


def test_run_pushes_once_and_protects_an_edit_made_on_the_phone(
    tmp_path, monkeypatch, dav_server, addressbook
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CK_E2E_DAV_PASSWORD", dav_server.password)
    login = (
        f"username = {json.dumps(dav_server.username)}\n"
        'password = { env = "CK_E2E_DAV_PASSWORD" }'
        if dav_server.auth
        else ""
    )
    (tmp_path / "people.vcf").write_text(CARDS, encoding="utf-8")
    (tmp_path / "contactkit.toml").write_text(
        f"""
region = "GB"
[[sources]]
type = "vcard"
paths = ["people.vcf"]
[[sinks]]
type = "carddav"
url = {json.dumps(addressbook)}
{login}
allow_plain_http = true
""",
        encoding="utf-8",
    )

    def run(exit_code: int = 0) -> str:
        result = CliRunner().invoke(cli, ["run"], catch_exceptions=False)
        assert result.exit_code == exit_code, result.output
        return result.output

    run()
    first = cards_on_server(dav_server, addressbook)
    assert len(first) == 2
    assert any("FN:Zoë Łukasiewicz" in text for text in first.values())

    second = " ".join(run().split())  # nothing changed: nothing re-sent
    assert "│ carddav │ 0 │ 0 │ 0 │ 0 │ 0 │" in second, second
    assert cards_on_server(dav_server, addressbook) == first

    # the source changes Zoë's title; nobody touched her card: updated in place (the ETag
    # remembered in the store's cache must still match)
    (tmp_path / "people.vcf").write_text(
        CARDS.replace("EMAIL:zoe@", "TITLE:Ingénieure\nEMAIL:zoe@"), encoding="utf-8"
    )
    third = " ".join(run().split())
    assert "│ carddav │ 0 │ 1 │ 0 │ 0 │ 0 │" in third, third
    zoe = next(t for t in cards_on_server(dav_server, addressbook).values() if "Zoë" in t)
    assert "TITLE:Ingénieure" in zoe

    # someone edits Ada's card on their phone; then the source changes her title too
    ada_href, ada = next((h, t) for h, t in first.items() if "Ada Lovelace" in t)
    edited = ada.replace("TITLE:Chief Engineer", "TITLE:Edited On Phone")
    card_url = requests.compat.urljoin(addressbook, ada_href)
    assert requests.put(card_url, data=edited.encode(), auth=dav_server.auth, timeout=10).ok
    (tmp_path / "people.vcf").write_text(
        CARDS.replace("TITLE:Chief Engineer", "TITLE:Countess").replace(
            "EMAIL:zoe@", "TITLE:Ingénieure\nEMAIL:zoe@"
        ),
        encoding="utf-8",
    )
    output = run(exit_code=1)  # a partial run: one record failed, with its reason
    assert "edited in the address book" in " ".join(output.split()), output
    after = requests.get(card_url, auth=dav_server.auth, timeout=10).content.decode()
    assert "TITLE:Edited On Phone" in after and "Countess" not in after
