"""``contactkit new-plugin NAME --kind sink|source``: a plugin package that installs and passes.

The generated package is a complete, working plugin: a pyproject with its entry point, a config
model, the sink (or source) class, a README, and a test. The sink talks to a small REST API
(create with POST, update with PATCH sending only the change, forget with DELETE) and its test
runs contactkit's contract tests against a fake of that API, so a vendor starts from green and
replaces the HTTP calls with their CRM's.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path
from string import Template

import click

NAME_RE = re.compile(r"^[a-z][a-z0-9_-]{1,40}$")


def class_prefix(name: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[_-]", name) if part)


def plugin_files(name: str, kind: str) -> dict[str, str]:
    """Relative path -> content of the package for plugin ``name`` of ``kind``."""
    module = name.replace("-", "_")
    values = {
        "name": module,
        "dist": f"contactkit-{module.replace('_', '-')}",
        "pkg": f"contactkit_{module}",
        "cls": class_prefix(module),
        "kind": kind,
    }
    pkg = values["pkg"]
    files = {
        "pyproject.toml": PYPROJECT,
        "README.md": README_SINK if kind == "sink" else README_SOURCE,
        f"src/{pkg}/__init__.py": INIT_SINK if kind == "sink" else INIT_SOURCE,
        f"src/{pkg}/config.py": CONFIG_SINK if kind == "sink" else CONFIG_SOURCE,
    }
    if kind == "sink":
        files[f"src/{pkg}/sink.py"] = SINK
        files["tests/test_sink_contract.py"] = SINK_TEST
    else:
        files[f"src/{pkg}/source.py"] = SOURCE
        files["tests/test_source.py"] = SOURCE_TEST
    return {path: Template(text).substitute(values) for path, text in files.items()}


def write_plugin(name: str, kind: str, directory: Path) -> Path:
    """Write the package under ``directory/contactkit-<name>``; refuse to overwrite."""
    if not NAME_RE.match(name) or keyword.iskeyword(name):
        raise click.BadParameter(
            "lower-case letters, digits, '_' or '-', starting with a letter", param_hint="NAME"
        )
    files = plugin_files(name, kind)
    root = directory / f"contactkit-{name.replace('_', '-')}"
    if root.exists():
        raise click.ClickException(f"{root} already exists; not overwritten")
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return root


# -- templates (string.Template: $name, $dist, $pkg, $cls, $kind; a literal dollar is $$) ------

PYPROJECT = """\
[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "$dist"
version = "0.1.0"
description = "A contactkit $kind plugin: $name."
readme = "README.md"
requires-python = ">=3.11"
dependencies = ["contactkit"]

[project.optional-dependencies]
test = ["pytest>=8", "responses>=0.25"]

# contactkit finds plugins through this entry-point group, built-in and third-party alike.
[project.entry-points.contactkit]
$name = "$pkg"

[tool.setuptools.packages.find]
where = ["src"]

[tool.pytest.ini_options]
testpaths = ["tests"]
"""

INIT_SINK = '''\
"""contactkit sink plugin "$name"."""

from contactkit import hookimpl

from $pkg.sink import ${cls}Sink


@hookimpl
def contactkit_register_sinks():
    return [${cls}Sink]
'''

INIT_SOURCE = '''\
"""contactkit source plugin "$name"."""

from contactkit import hookimpl

from $pkg.source import ${cls}Source


@hookimpl
def contactkit_register_sources():
    return [${cls}Source]
'''

CONFIG_SINK = '''\
"""Settings of the $name sink, validated from the [[sinks]] section of contactkit.toml."""

from urllib.parse import urlsplit

from pydantic import Field, model_validator

from contactkit.plugin import PluginConfig
from contactkit.secrets import SecretRef


class ${cls}Config(PluginConfig):
    base_url: str = Field(description="The CRM's API root, e.g. https://api.example-crm.com/v1")
    token: SecretRef = Field(description='API token by reference: { env = "${cls}_TOKEN" }')
    allow_plain_http: bool = Field(default=False, description="Permit http:// (tests only).")

    @model_validator(mode="after")
    def _tls(self) -> "${cls}Config":
        if urlsplit(self.base_url).scheme != "https" and not self.allow_plain_http:
            raise ValueError("base_url must be https:// (or set allow_plain_http = true)")
        self.base_url = self.base_url.rstrip("/")
        return self
'''

CONFIG_SOURCE = '''\
"""Settings of the $name source, validated from the [[sources]] section of contactkit.toml."""

from pathlib import Path

from pydantic import Field

from contactkit.plugin import PluginConfig


class ${cls}Config(PluginConfig):
    path: Path = Field(description="A JSON Lines export: one contact object per line.")
'''

SINK = '''\
"""The $name sink: one golden record -> one contact in the CRM.

Replace the three HTTP calls (POST to create, PATCH to update, DELETE to forget) with your
CRM's, and use its batch endpoints if it has them: ``write`` gets up to ``batch_size`` records.
Always talk through ``self.context.http``: the host retries 429 and 5xx there, honouring
Retry-After, so this class never sleeps or retries by hand.
"""

from typing import Any, ClassVar, Literal

import requests

from contactkit.model import GoldenRecord, SinkResult, SinkStatus
from contactkit.plugin import ForgetItem, PushItem, Sink

from $pkg.config import ${cls}Config


def to_payload(record: GoldenRecord) -> dict[str, Any]:
    """The fields the CRM keeps, from a golden record (map your CRM's properties here)."""
    c = record.contact
    org = record.organization.name if record.organization else None
    payload = {
        "first_name": c.name.given,
        "last_name": c.name.family or c.name.full,
        "email": c.emails[0] if c.emails else None,
        "phone": (c.phones[0].e164 or c.phones[0].text) if c.phones else None,
        "title": c.title,
        "company": org or (c.organization.name if c.organization else None),
        "owner_email": record.owner.email if record.owner else None,
    }
    return {k: v for k, v in payload.items() if v}


def _reason(response: requests.Response) -> str:
    try:
        message = response.json().get("message")
    except (ValueError, AttributeError):
        message = None
    return f"HTTP {response.status_code}" + (f": {message}" if message else "")


class ${cls}Sink(Sink):
    name: ClassVar[str] = "$name"
    Config = ${cls}Config
    batch_size: ClassVar[int] = 100
    forget_mode: ClassVar[Literal["delete", "anonymize", "none"]] = "delete"

    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.config.token.reveal()}"}
        return self.context.http.request(
            method, self.config.base_url + path, headers=headers, **kwargs
        )

    def write(self, batch: list[PushItem]) -> list[SinkResult]:
        return [self._write_one(item) for item in batch]

    def _write_one(self, item: PushItem) -> SinkResult:
        record = item.record
        if item.external_id and item.previous is not None:
            if item.previous.content_hash() == record.content_hash():
                return self._result(record, SinkStatus.UNCHANGED, item.external_id)
        payload = to_payload(record)
        try:
            if item.external_id is None:
                body = {"external_key": record.id, **payload}
                response = self._call("POST", "/contacts", json=body)
                if response.status_code in (200, 201):
                    return self._result(record, SinkStatus.CREATED, str(response.json()["id"]))
            else:
                before = to_payload(item.previous) if item.previous else {}
                change = {k: v for k, v in payload.items() if before.get(k) != v}
                change.update({k: None for k in before if k not in payload})  # cleared fields
                if not change:
                    return self._result(record, SinkStatus.UNCHANGED, item.external_id)
                response = self._call("PATCH", f"/contacts/{item.external_id}", json=change)
                if response.status_code in (200, 204):
                    return self._result(record, SinkStatus.UPDATED, item.external_id)
        except requests.RequestException as exc:
            return self._result(record, SinkStatus.FAILED, reason=type(exc).__name__)
        return self._result(record, SinkStatus.FAILED, reason=_reason(response))

    def forget(self, items: list[ForgetItem]) -> list[SinkResult]:
        results = []
        for item in items:
            if not item.external_id:
                results.append(SinkResult(record_id=item.record_id, status=SinkStatus.UNCHANGED))
                continue
            response = self._call("DELETE", f"/contacts/{item.external_id}")
            ok = response.status_code in (200, 204, 404)
            results.append(
                SinkResult(
                    record_id=item.record_id,
                    status=SinkStatus.DELETED if ok else SinkStatus.FAILED,
                    external_id=item.external_id,
                    reason=None if ok else _reason(response),
                )
            )
        return results

    @staticmethod
    def _result(record, status, external_id=None, reason=None) -> SinkResult:
        return SinkResult(
            record_id=record.id, status=status, external_id=external_id, reason=reason
        )
'''

SINK_TEST = '''\
"""The $name sink passes contactkit's sink contract against a fake of its API.

The fake below answers like the real API is documented to; keep it in step with your CRM (or
point ``make_sink`` at a sandbox and write ``fetch`` with its read API).
"""

import itertools
import json
import re

import pytest
import responses

from contactkit.plugin import PushItem
from contactkit.testing import SinkContractTests, StoredContact

from $pkg.sink import ${cls}Sink

BASE = "https://api.example-crm.test/v1"
TOKEN = "test-token"


class FakeCRM:
    def __init__(self):
        self.contacts = {}
        self.reject = set()
        self._ids = itertools.count(1)

    def install(self, mock):
        mock.add_callback("POST", f"{BASE}/contacts", callback=self.create)
        item = re.compile(re.escape(BASE) + r"/contacts/(\\w+)$$")
        mock.add_callback("PATCH", item, callback=self.update)
        mock.add_callback("DELETE", item, callback=self.delete)

    def _auth(self, request):
        return request.headers.get("Authorization") == f"Bearer {TOKEN}"

    def create(self, request):
        if not self._auth(request):
            return 401, {}, json.dumps({"message": "unauthorized"})
        body = json.loads(request.body)
        if body.get("email") in self.reject:
            return 422, {}, json.dumps({"message": f"email refused: {body['email']}"})
        new_id = str(next(self._ids))
        self.contacts[new_id] = body
        return 201, {}, json.dumps({"id": new_id, **body})

    def update(self, request):
        contact = self.contacts.get(request.path_url.rsplit("/", 1)[1])
        if contact is None:
            return 404, {}, json.dumps({"message": "not found"})
        for key, value in json.loads(request.body).items():
            if value is None:
                contact.pop(key, None)
            else:
                contact[key] = value
        return 200, {}, json.dumps(contact)

    def delete(self, request):
        gone = self.contacts.pop(request.path_url.rsplit("/", 1)[1], None)
        return (204 if gone else 404), {}, ""


@pytest.fixture
def crm(monkeypatch):
    monkeypatch.setenv("${cls}_TEST_TOKEN", TOKEN)
    fake = FakeCRM()
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        fake.install(mock)
        yield fake


class Test${cls}SinkContract(SinkContractTests):
    @pytest.fixture
    def make_sink(self, crm):
        self.crm = crm
        config = ${cls}Sink.Config(base_url=BASE, token={"env": "${cls}_TEST_TOKEN"})
        return lambda context: ${cls}Sink(config, context)

    def fetch(self, external_id):
        row = self.crm.contacts.get(external_id)
        if row is None:
            return None
        return StoredContact(
            given_name=row.get("first_name"),
            family_name=row.get("last_name"),
            emails=[row["email"]] if row.get("email") else [],
            title=row.get("title"),
            phones=[row["phone"]] if row.get("phone") else [],
            organization=row.get("company"),
            owner_email=row.get("owner_email"),
        )

    def inject_failure(self, item: PushItem) -> bool:
        self.crm.reject.add(item.record.contact.emails[0])
        return True
'''

SOURCE = '''\
"""The $name source: reads a JSON Lines export, one contact per line, resumably.

State is the byte offset read so far: a re-run reads only lines appended since, and a run that
dies resumes at the last checkpoint. Replace ``_observation`` with your format's mapping.
"""

import json
from collections.abc import Iterator
from typing import Any, ClassVar

from contactkit.model import (
    Checkpoint,
    Contact,
    Observation,
    OrgRef,
    PersonName,
    Phone,
    RecordError,
)
from contactkit.plugin import Source

from $pkg.config import ${cls}Config

CHECKPOINT_EVERY = 500


class ${cls}Source(Source):
    name: ClassVar[str] = "$name"
    Config = ${cls}Config

    def read(self, state: dict[str, Any]) -> Iterator:
        offset = int(state.get("offset", 0))
        path = self.config.path
        if path.stat().st_size < offset:
            offset = 0  # the file was replaced: start over (the host skips unchanged records)
        with path.open("rb") as handle:
            handle.seek(offset)
            count = 0
            for raw in handle:
                if not raw.endswith(b"\\n"):
                    break  # a line still being written: read it next time
                line_start, offset = offset, offset + len(raw)
                if raw.strip():
                    yield self._observation(raw, line_start)
                count += 1
                if count % CHECKPOINT_EVERY == 0:
                    yield Checkpoint(state={"offset": offset})
        yield Checkpoint(state={"offset": offset})

    def _observation(self, raw: bytes, where: int):
        key = f"offset {where}"
        try:
            data = json.loads(raw)
            key = str(data.get("id") or key)
            contact = Contact(
                name=PersonName(full=data.get("name")),
                emails=[data["email"]] if data.get("email") else [],
                phones=[Phone(text=data["phone"])] if data.get("phone") else [],
                title=data.get("title"),
                organization=OrgRef(name=data["company"]) if data.get("company") else None,
            )
        except (ValueError, TypeError, AttributeError) as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            return RecordError(source=self.instance, record_key=key, reason=reason)
        return Observation(source=self.instance, source_key=key, contact=contact)
'''

SOURCE_TEST = '''\
"""The $name source passes contactkit's source contract, and resumes from its state."""

import json

import pytest

from contactkit.model import Checkpoint, Observation
from contactkit.plugin import standalone_context
from contactkit.testing import SourceContractTests

from $pkg.source import ${cls}Source


class Test${cls}SourceContract(SourceContractTests):
    @pytest.fixture
    def make_source(self, tmp_path):
        self.path = tmp_path / "export.jsonl"
        self.path.touch()
        config = ${cls}Source.Config(path=self.path)
        return lambda context: ${cls}Source(config, context, instance="crm-export")

    def add_records(self, people):
        with self.path.open("a", encoding="utf-8") as handle:
            for person in people:
                c = person.contact
                row = {
                    "id": person.id,
                    "name": c.name.full,
                    "email": c.emails[0] if c.emails else None,
                    "phone": c.phones[0].text if c.phones else None,
                    "title": c.title,
                    "company": c.organization.name if c.organization else None,
                }
                handle.write(json.dumps(row, ensure_ascii=False) + "\\n")

    def add_bad_record(self):
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write("{not json\\n")
        return True


def test_a_line_still_being_written_is_read_next_time(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text('{"id": "1", "name": "Ada Lovelace"}\\n{"id": "2", "na', encoding="utf-8")
    source = ${cls}Source(${cls}Source.Config(path=path), standalone_context())
    items = list(source.read({}))
    assert [i.source_key for i in items if isinstance(i, Observation)] == ["1"]
    state = items[-1].state
    with path.open("a", encoding="utf-8") as handle:
        handle.write('me": "Grace Hopper"}\\n')
    more = list(source.read(state))
    assert [i.contact.name.full for i in more if isinstance(i, Observation)] == ["Grace Hopper"]
    assert isinstance(more[-1], Checkpoint)
'''

README_SINK = """\
# $dist

A [contactkit](https://github.com/) sink that pushes golden records into $cls.

## Install and configure

    pip install $dist

```toml
[[sinks]]
type = "$name"
base_url = "https://api.example-crm.com/v1"
token = { env = "${cls}_TOKEN" }   # secrets by reference, never inline
```

## Develop

    pip install -e '.[test]'
    pytest

`tests/test_sink_contract.py` runs contactkit's sink contract (create, re-push changes nothing,
update sends only the change, unicode, companies and owners, partial failure, 429, forget)
against a fake of the API. Read contactkit's `docs/writing-a-sink.md` for the contract.
"""

README_SOURCE = """\
# $dist

A contactkit source that reads contacts from a JSON Lines export.

```toml
[[sources]]
type = "$name"
path = "export.jsonl"
```

## Develop

    pip install -e '.[test]'
    pytest
"""
