"""``contactkit scan`` as a user runs it, for card_scan_eval.py: the real command in a subprocess,
store included, and what it stored read back (contacts and review items), before any person
answers the review queue."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from contactkit.model import Contact
from contactkit.store import Store


def run_contactkit(folder: Path, db: Path, workers: int, region: str) -> float:
    config = db.with_name("contactkit.toml")
    config.write_text(f'region = "{region}"\n', encoding="utf-8")
    command = [sys.executable, "-c", "from contactkit.cli import main; main()"]
    command += ["-c", str(config), "--db", str(db), "scan", "--workers", str(workers), str(folder)]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode not in (0, 1):
        raise SystemExit(f"contactkit scan failed ({result.returncode}): {result.stderr[-2000:]}")
    return time.perf_counter() - start


def read_store(db: Path) -> dict[str, tuple[Contact, set[str], dict]]:
    """source_key → (contact, flagged fields, confidence), for accepted and queued cards."""
    store = Store(f"sqlite:///{db}")
    try:
        out = {}
        for obs in store.contact_observations():
            if obs.source == "card_scan":
                out[obs.source_key] = (
                    Contact.model_validate(obs.payload),
                    set(),
                    obs.confidence or {},
                )
        for _id, item in store.open_reviews():
            if item.observation is not None:
                obs = item.observation
                out[obs.source_key] = (obs.contact, set(item.uncertain), obs.confidence)
        return out
    finally:
        store.close()
