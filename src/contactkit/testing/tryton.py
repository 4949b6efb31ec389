"""A real Tryton server (trytond) on SQLite and a free loopback port, for tests and benchmarks.

``trytond-admin`` creates the database with the party, company and party_relationship modules
(about 15-30 s, once per test session); ``trytond`` then serves JSON-RPC on loopback. Run as
``python -m contactkit.testing.tryton <config> <database>``, the server is trytond's own with one
change: the deliverability check of email domains (a DNS lookup) is off, because test machines
have no DNS. Format checks of emails and phone numbers stay on.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from contactkit.testing.processes import free_port, stop, wait_until_listening

MODULES = ("party", "company", "party_relationship")


class TrytonServer:
    """``with TrytonServer() as server:`` gives ``server.url``, ``database``, ``password``."""

    username = "admin"

    def __init__(self, database: str = "contactkit") -> None:
        self.database = database
        self.password = secrets.token_urlsafe(12)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._dir = Path(tempfile.mkdtemp(prefix="ck-tryton-"))
        self._process: subprocess.Popen | None = None

    def _config(self) -> Path:
        path = self._dir / "trytond.conf"
        path.write_text(
            f"[database]\nuri = sqlite://\npath = {self._dir}\n"
            f"[web]\nlisten = 127.0.0.1:{self.port}\n",
            encoding="utf-8",
        )
        return path

    def start(self) -> TrytonServer:
        config = self._config()
        (self._dir / f"{self.database}.sqlite").touch()
        passfile = self._dir / "admin-password"
        passfile.write_text(self.password, encoding="utf-8")
        env = {**os.environ, "TRYTONPASSFILE": str(passfile), "PYTHONWARNINGS": "ignore"}
        admin = subprocess.run(
            [
                sys.executable,
                "-m",
                "trytond.cli.admin",
                "--config",
                str(config),
                "--database",
                self.database,
                "--all",
                "--update",
                *MODULES,
                "--activate-dependencies",
            ],
            input="\n",  # no email for the admin user
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        if admin.returncode != 0:
            self.stop()
            raise RuntimeError("trytond-admin failed: " + admin.stderr[-500:])
        log = (self._dir / "trytond.log").open("wb")
        self._process = subprocess.Popen(
            [sys.executable, "-m", "contactkit.testing.tryton", str(config), self.database],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        log.close()
        try:
            log_path = self._dir / "trytond.log"
            wait_until_listening(self._process, self.port, "trytond", log_path, seconds=60)
        except RuntimeError:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        stop(self._process)
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> TrytonServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _serve(config: str, database: str) -> None:
    """trytond, without the DNS lookup of email domains (see the module's docstring)."""
    import trytond.tools.email_ as email_tools

    checked = email_tools.validate_email

    def validate_email(email: str, check_deliverability: bool = True) -> str:
        return checked(email, check_deliverability=False)

    email_tools.validate_email = validate_email  # before the modules import it by name
    from trytond.cli import main

    sys.argv = ["trytond", "--config", config, "--database", database]
    main()


if __name__ == "__main__":
    _serve(sys.argv[1], sys.argv[2])
