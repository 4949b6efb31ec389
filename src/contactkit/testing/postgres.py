"""A throwaway PostgreSQL server on loopback, for tests and benchmarks of the shared store.

Needs the Debian ``postgresql`` package (``initdb`` and ``postgres``) and psycopg. Runs as the
``postgres`` system user when started as root (PostgreSQL refuses root), trusts local
connections, and writes nothing durable (``fsync=off``): a test fixture, never a deployment.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from contactkit.testing.processes import free_port


def pg_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder, or None."""
    root = Path("/usr/lib/postgresql")
    versions = sorted(root.glob("*/bin/initdb")) if root.exists() else []
    return versions[-1].parent if versions else None


@contextmanager
def postgres_server(bindir: Path) -> Iterator[str]:
    """Start a server; yield the SQLAlchemy URL of its ``postgres`` database; stop it."""
    import psycopg

    # not under pytest's tmp folder: that is private to root, and the server runs as postgres
    data = Path(tempfile.mkdtemp(prefix="contactkit-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(data, user.pw_uid, user.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    subprocess.run(
        [*as_user, str(bindir / "initdb"), "-D", str(data), "-U", "ck", "--auth=trust",
         "-E", "UTF8"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    server = subprocess.Popen(
        [*as_user, str(bindir / "postgres"), "-D", str(data), "-p", str(port),
         "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={data}",
         "-c", "fsync=off"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while True:
        try:
            psycopg.connect(f"host=127.0.0.1 port={port} user=ck dbname=postgres").close()
            break
        except psycopg.OperationalError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError("PostgreSQL did not start") from None
            time.sleep(0.2)
    try:
        yield f"postgresql+psycopg://ck@127.0.0.1:{port}/postgres"
    finally:
        server.terminate()
        server.wait(20)
        shutil.rmtree(data, ignore_errors=True)


def create_database(url: str, name: str) -> str:
    """A fresh database on the server of ``url``; its URL."""
    import psycopg

    base, _, _ = url.rpartition("/")
    plain = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"


def create_database_without_temporary_tables(url: str, name: str) -> str:
    """A fresh database whose own role may not make temporary tables (a locked-down
    deployment): the store's bulk writes take their path without staging tables."""
    import psycopg

    base, _, _ = url.rpartition("/")
    plain = base.replace("postgresql+psycopg://", "postgresql://")
    role = f"{name}_owner"
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN')
        conn.execute(f'CREATE DATABASE "{name}" OWNER "{role}"')
        conn.execute(f'REVOKE TEMPORARY ON DATABASE "{name}" FROM PUBLIC, "{role}"')
    host = base.rpartition("@")[2]
    return f"postgresql+psycopg://{role}@{host}/{name}"
