"""The desk's Flask application: its pages registered, its guards installed."""

from __future__ import annotations

from flask import Flask

from contactkit.desk import security
from contactkit.desk.current import DeskSettings, snapshot, store
from contactkit.desk.filters import add_filters
from contactkit.desk.snapshot import DeskSnapshot

MB = 1024 * 1024


def create_app(settings: DeskSettings) -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        MAX_CONTENT_LENGTH=int(settings.max_upload_mb * MB * settings.max_files),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        WTF_CSRF_TIME_LIMIT=None,
        DESK=settings,
    )
    settings.upload_dir.mkdir(parents=True, exist_ok=True)
    security.install(app, settings)

    # Here, not at the top: ``contactkit report --html`` imports this package for the report
    # alone, and the other pages would load the pipeline with them (0.2 s, 200 modules).
    from contactkit.desk import contacts, reporting, reviewing, scanning

    app.extensions["desk.scans"] = scanning.ScanQueue(settings)
    app.extensions["desk.snapshot"] = DeskSnapshot()
    for module in (contacts, scanning, reviewing, reporting):
        app.register_blueprint(module.pages)

    add_filters(app)
    return app


def warm(app: Flask) -> None:
    """Build the search index and the report in the background, before the first visitor."""
    import threading

    def build() -> None:
        with app.app_context():
            snapshot().index(store())
            snapshot().report(store())

    threading.Thread(target=build, name="desk-warm", daemon=True).start()
