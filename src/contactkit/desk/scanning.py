"""Scan: card images dropped in a browser, read in the background by the ``card_scan`` source.

Each upload is checked by content, stored under a name the server makes, and queued; one worker
reads the queue in order with ``pipeline.run_source`` (what ``contactkit scan`` runs), so a
card becomes observations, a golden record, and a review item when a field is doubtful, exactly
as from the terminal. The page polls the queue for each card's progress.
"""

from __future__ import annotations

import queue
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flask import (
    Blueprint,
    abort,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)

from contactkit.desk.security import DeskError, check_image
from contactkit.pipeline import run_source
from contactkit.redact import scrub

if TYPE_CHECKING:
    from contactkit.desk.current import DeskSettings

pages = Blueprint("scan", __name__)

UPLOAD_NAME = re.compile(r"[0-9a-f]{32}\.(?:jpg|png|tif|webp|bmp|pdf)")
"""How the desk names an upload; a review item's title carries it back to the image."""


@dataclass
class ScanJob:
    id: str
    name: str
    """The file name the person gave (shown, never used as a path)."""
    path: Path
    status: str = "waiting"  # waiting, reading, done, review, failed
    message: str = ""
    contacts: list[dict[str, str]] = field(default_factory=list)
    queued_at: float = field(default_factory=time.time)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "status": self.status,
            "message": self.message,
            "contacts": self.contacts,
        }


class ScanQueue:
    """Uploads waiting to be read, read one at a time by one worker thread."""

    def __init__(self, settings: DeskSettings) -> None:
        self.settings = settings
        self.jobs: dict[str, ScanJob] = {}
        self._queue: queue.Queue[ScanJob] = queue.Queue()
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None

    def add(self, name: str, data: bytes) -> ScanJob:
        suffix = check_image(data, name, int(self.settings.max_upload_mb * 1024 * 1024))
        job_id = secrets.token_hex(16)
        path = self.settings.upload_dir / f"{job_id}{suffix}"
        path.write_bytes(data)
        job = ScanJob(job_id, name, path)
        with self._lock:
            self.jobs[job_id] = job
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._work, name="desk-scan", daemon=True)
                self._worker.start()
        self._queue.put(job)
        return job

    def recent(self, limit: int = 30) -> list[ScanJob]:
        with self._lock:
            jobs = sorted(self.jobs.values(), key=lambda j: j.queued_at, reverse=True)
        return jobs[:limit]

    def _work(self) -> None:
        while True:
            try:
                job = self._queue.get(timeout=30)
            except queue.Empty:
                return  # idle: a later upload starts a new worker
            job.status = "reading"
            try:
                self._read(job)
            except Exception as exc:  # a card that crashes the reader never stops the queue
                job.status, job.message = "failed", scrub(f"{type(exc).__name__}: {exc}")[:300]

    def _read(self, job: ScanJob) -> None:
        options = {"paths": [str(job.path)], "workers": 1}
        report = run_source(self.settings.config, "card_scan", options)
        tally = next(iter(report.sources.values()), None)
        if report.errors or (tally is not None and (tally.failed or tally.aborted)):
            job.status = "failed"
            reason = tally.aborted if tally is not None and tally.aborted else None
            job.message = scrub(reason or (report.errors[0] if report.errors else "not read"))
            return
        job.contacts = _contacts_of_run(self.settings, report.run_id)
        job.status = "review" if tally is not None and tally.reviews else "done"
        if not job.contacts and job.status == "done":
            job.message = "no name, email or phone found on this card"


def _contacts_of_run(settings: DeskSettings, run_id: int | None) -> list[dict[str, str]]:
    """What the run read off the card, with the golden record it went into."""
    from sqlalchemy import select

    from contactkit.records import find_golden
    from contactkit.store import Store
    from contactkit.store import schema as t

    if run_id is None:
        return []
    store = Store(settings.config.store.url, create=False)
    try:
        with store.engine.connect() as conn:
            payloads = list(
                conn.scalars(
                    select(t.observations.c.payload).where(
                        t.observations.c.run_id == run_id, t.observations.c.kind == "contact"
                    )
                )
            )
        out = []
        for payload in payloads:
            name = (payload.get("name") or {}).get("full") or ""
            email = (payload.get("emails") or [""])[0]
            record = find_golden(store, email) if email else None
            out.append({"name": name, "email": email, "id": record.id if record else ""})
        return out
    finally:
        store.close()


def scans() -> ScanQueue:
    return current_app.extensions["desk.scans"]


@pages.route("/scan", methods=["GET", "POST"])
def index():  # type: ignore[no-untyped-def]
    errors: list[str] = []
    if request.method == "POST":
        files = request.files.getlist("cards")
        if len(files) > scans().settings.max_files:
            errors.append(f"at most {scans().settings.max_files} cards at once")
            files = []
        for upload in files:
            name = (upload.filename or "card").rsplit("/", 1)[-1][:120]
            try:
                scans().add(name, upload.read())
            except DeskError as exc:
                errors.append(str(exc))
        if not errors and request.accept_mimetypes.best == "application/json":
            return jsonify([job.as_json() for job in scans().recent()])
        if not errors:
            return redirect(url_for("scan.index"))
    status = 400 if errors else 200
    return render_template("scan.html", jobs=scans().recent(), errors=errors), status


@pages.route("/scan/jobs.json")
def jobs():  # type: ignore[no-untyped-def]
    return jsonify([job.as_json() for job in scans().recent()])


@pages.route("/scan/image/<job_id>")
def image(job_id: str):  # type: ignore[no-untyped-def]
    job = scans().jobs.get(job_id)
    if job is None:
        abort(404)
    return send_file(job.path)


def upload_for(title: str, upload_dir: Path) -> Path | None:
    """The desk upload a review item speaks of (its title names the file), if any."""
    match = UPLOAD_NAME.search(title)
    if match is None:
        return None
    path = upload_dir / match.group(0)
    return path if path.is_file() else None
