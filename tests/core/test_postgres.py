"""A PostgreSQL URL works the same as the embedded SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

from contactkit.config import config_from_dict
from contactkit.pipeline import Pipeline
from contactkit.records import golden_records

from .conftest import PEOPLE


def _run(url: str, tmp_path: Path, fresh_registry) -> Pipeline:
    config = config_from_dict(
        {
            "region": "DE",
            "store": {"url": url},
            "sources": [{"type": "listsource", "records": PEOPLE}],
            "sinks": [{"type": "jsonl", "path": str(tmp_path / "out.jsonl")}],
        },
        base_dir=tmp_path,
    )
    pipeline = Pipeline(config, registry=fresh_registry)
    pipeline.run()
    return pipeline


def test_postgres_store_matches_sqlite(postgres_url: str, tmp_path: Path, fresh_registry) -> None:
    (tmp_path / "pg").mkdir()
    (tmp_path / "lite").mkdir()
    pg = _run(postgres_url, tmp_path / "pg", fresh_registry)
    lite = _run(f"sqlite:///{tmp_path / 'lite' / 's.db'}", tmp_path / "lite", fresh_registry)

    def contents(p: Pipeline) -> list[str]:
        return sorted(
            json.dumps(
                r.model_dump(mode="json", exclude={"updated_at", "provenance"}), sort_keys=True
            )
            for r in golden_records(p.store)
        )

    assert len(contents(pg)) == 4
    assert contents(pg) == contents(lite)
    again = Pipeline(pg.config, registry=fresh_registry).run()
    assert sum(again.sinks["jsonl"].statuses.values()) == 0
    cache = pg.store.cache("test")
    cache.put("k", {"v": 1})
    assert cache.get("k") == {"v": 1}
