"""The guards of a web server that holds personal data.

* Bound to loopback unless told otherwise; bound elsewhere only with a token (from the
  environment or a file, never argv), which a person types once to get a signed session cookie.
* CSRF protection on every form (Flask-WTF); strict same-site cookies.
* Headers: no framing, no sniffing, no referrer, a content security policy that allows only
  the desk's own scripts and styles (nothing fetched from elsewhere).
* Every value shown is escaped by the templates; uploads are checked by content, with
  Pillow's decompression-bomb limit on, and stored under names the server makes.
"""

from __future__ import annotations

import hmac
import io
import ipaddress
import os
from pathlib import Path
from typing import TYPE_CHECKING

from flask import Flask, redirect, render_template, request, session, url_for
from flask_wtf.csrf import CSRFProtect
from PIL import Image

if TYPE_CHECKING:
    from contactkit.desk.current import DeskSettings

TOKEN_ENV = "CONTACTKIT_DESK_TOKEN"
IMAGE_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "TIFF": ".tif", "WEBP": ".webp", "BMP": ".bmp"}
OPEN_ENDPOINTS = {"login", "static"}


class DeskError(ValueError):
    """A setting or an upload the desk refuses: one line saying what to do."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_token(host: str, token_file: Path | None) -> str | None:
    """The sign-in token: from a file or ``CONTACTKIT_DESK_TOKEN``; required off loopback."""
    token = None
    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise DeskError(f"cannot read the token file {token_file}: {exc.strerror}") from None
    token = token or os.environ.get(TOKEN_ENV, "").strip() or None
    if token is None and not is_loopback(host):
        raise DeskError(
            f"serving on {host} (not this machine only) needs a sign-in token: put one in "
            f"{TOKEN_ENV} or a file given with --token-file"
        )
    if token is not None and len(token) < 12:
        raise DeskError("the sign-in token is too short (12 characters at least)")
    return token


def install(app: Flask, settings: DeskSettings) -> None:
    CSRFProtect(app)

    @app.before_request
    def _signed_in():  # type: ignore[no-untyped-def]
        if settings.token is None or request.endpoint in OPEN_ENDPOINTS:
            return None
        if session.get("signed_in"):
            return None
        return redirect(url_for("login", next=request.path))

    @app.route("/login", methods=["GET", "POST"])
    def login():  # type: ignore[no-untyped-def]
        error = None
        if request.method == "POST":
            typed = request.form.get("token", "")
            if settings.token and hmac.compare_digest(typed.encode(), settings.token.encode()):
                session.clear()
                session["signed_in"] = True
                target = request.args.get("next", "")
                # only a path of this site: never an open redirect
                if not target.startswith("/") or target.startswith("//"):
                    target = url_for("contacts.index")
                return redirect(target)
            error = "That token is not right."
        return render_template("login.html", error=error), 401 if error else 200

    @app.after_request
    def _headers(response):  # type: ignore[no-untyped-def]
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "frame-ancestors 'none'; form-action 'self'"
        )
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response


def check_image(data: bytes, name: str, max_bytes: int) -> str:
    """The file suffix for an uploaded card, judged by its content; DeskError if refused."""
    if not data:
        raise DeskError(f"{name}: the file is empty")
    if len(data) > max_bytes:
        raise DeskError(
            f"{name}: {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit"
        )
    if data.startswith(b"%PDF-"):
        return ".pdf"
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            image.verify()  # truncated or corrupt files fail here
    except Image.DecompressionBombError:
        raise DeskError(f"{name}: the image is too large to open safely") from None
    except Exception:
        raise DeskError(f"{name}: not an image (JPEG, PNG, TIFF, WebP, BMP) or a PDF") from None
    if kind not in IMAGE_FORMATS:
        raise DeskError(f"{name}: {kind} images are not read; use JPEG or PNG")
    return IMAGE_FORMATS[kind]
