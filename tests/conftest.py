"""Shared by every part's tests: a throwaway PostgreSQL server, where one is installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from contactkit.testing.postgres import pg_bin, postgres_server


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    bindir = pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server not installed (Debian package postgresql; .ci/run has it)")
    pytest.importorskip("psycopg", reason="the 'postgres' extra is not installed")
    with postgres_server(bindir) as url:
        yield url
