"""Real CardDAV servers (Radicale, Xandikos) on a free loopback port, for tests and benchmarks.

Each runs as a subprocess with its storage in a temporary folder, so tests exercise real WebDAV,
ETags and ``If-Match``, not a mock, and two independent implementations keep the sink honest
about what the RFCs say rather than what one server happens to do. Plain http is fine here: it
never leaves the loopback interface. Radicale checks a password (htpasswd); Xandikos offers
Basic auth only behind TLS, so it runs without authentication here.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import requests

from contactkit.testing.processes import free_port, stop, wait_until_listening

MKCOL_ADDRESSBOOK = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:set><d:prop>'
    "<d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
    "<d:displayname>{name}</d:displayname>"
    "</d:prop></d:set></d:mkcol>"
)


class DAVServer:
    """Start with ``with RadicaleServer() as server:``; ``new_addressbook()`` gives a fresh URL."""

    name = "dav"
    home = "/"
    """The path under which address books are created."""

    def __init__(self, username: str = "alice") -> None:
        self.username = username
        self.password = secrets.token_urlsafe(12)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._dir = Path(tempfile.mkdtemp(prefix=f"ck-{self.name}-"))
        self._process: subprocess.Popen | None = None

    @property
    def auth(self) -> tuple[str, str] | None:
        """Credentials for requests, or None when the server checks none."""
        return (self.username, self.password)

    def command(self) -> list[str]:
        """The command line that starts this server (each server class gives its own)."""
        raise NotImplementedError(f"{type(self).__name__} must say how its server is started")

    def start(self) -> DAVServer:
        log_path = self._dir / "server.log"
        with log_path.open("wb") as log:
            self._process = subprocess.Popen(
                self.command(),
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONWARNINGS": "ignore"},
            )
        try:
            wait_until_listening(self._process, self.port, self.name, log_path, seconds=20)
        except RuntimeError:
            self.stop()
            raise
        return self

    def new_addressbook(self, name: str | None = None) -> str:
        """Create an address book collection (extended MKCOL, RFC 5689); return its URL."""
        name = name or uuid.uuid4().hex[:12]
        url = f"{self.base_url}{self.home}{name}/"
        response = requests.request(
            "MKCOL",
            url,
            data=MKCOL_ADDRESSBOOK.format(name=name).encode(),
            headers={"Content-Type": "application/xml; charset=utf-8"},
            auth=self.auth,
            timeout=10,
        )
        if response.status_code != 201:
            raise RuntimeError(f"MKCOL {url}: HTTP {response.status_code}")
        return url

    def stop(self) -> None:
        stop(self._process)
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> DAVServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class RadicaleServer(DAVServer):
    """Radicale with htpasswd authentication and owner-only rights."""

    name = "radicale"

    @property
    def home(self) -> str:  # type: ignore[override]
        return f"/{self.username}/"

    def command(self) -> list[str]:
        htpasswd = self._dir / "users"
        htpasswd.write_text(f"{self.username}:{self.password}\n", encoding="utf-8")
        return [
            sys.executable,
            "-m",
            "radicale",
            "--config",
            "",
            "--server-hosts",
            f"127.0.0.1:{self.port}",
            "--storage-filesystem-folder",
            str(self._dir / "collections"),
            "--auth-type",
            "htpasswd",
            "--auth-htpasswd-filename",
            str(htpasswd),
            "--auth-htpasswd-encryption",
            "plain",
            "--rights-type",
            "owner_only",
            "--logging-level",
            "warning",
        ]


class XandikosServer(DAVServer):
    """Xandikos (Git-backed storage), without authentication (see the module's docstring)."""

    name = "xandikos"
    home = "/user/"

    @property
    def auth(self) -> tuple[str, str] | None:
        return None

    def command(self) -> list[str]:
        return [
            sys.executable,
            "-m",
            "xandikos",
            "serve",
            "--directory",
            str(self._dir / "collections"),
            "--state-dir",
            str(self._dir / "state"),
            "--autocreate",
            "--no-detect-systemd",
            "--listen-address",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]


SERVERS: dict[str, type[DAVServer]] = {"radicale": RadicaleServer, "xandikos": XandikosServer}
