"""Review: doubtful cards beside their image, match pairs side by side, company candidates.

Every answer goes through ``contactkit.review`` (what ``contactkit review`` calls), then the
golden records are brought up to date as after the terminal review.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for

from contactkit import review
from contactkit.desk.current import desk_settings, store
from contactkit.desk.scanning import upload_for

pages = Blueprint("review", __name__)


def _refresh() -> None:
    from contactkit import incremental

    incremental.merge(store(), desk_settings().config)


def _item(review_id: int):  # type: ignore[no-untyped-def]
    for rid, item in store().open_reviews():
        if rid == review_id:
            return item
    abort(404)


@pages.route("/review")
def index():  # type: ignore[no-untyped-def]
    from contactkit.match_actions import observation_columns

    queue = review.open_queue(store())
    upload_dir = desk_settings().upload_dir
    cards = [
        (rid, item, upload_for(item.title, upload_dir) is not None) for rid, item in queue.cards
    ]
    matches = [
        (m, observation_columns(store(), m["a"]), observation_columns(store(), m["b"]))
        for m in queue.matches[:50]
    ]
    return render_template(
        "review.html",
        cards=cards,
        choices=queue.choices,
        matches=matches,
        more_matches=max(0, len(queue.matches) - 50),
    )


@pages.route("/review/card/<int:review_id>", methods=["GET", "POST"])
def card(review_id: int):  # type: ignore[no-untyped-def]
    item = _item(review_id)
    if item.kind != "fields" or item.observation is None:
        abort(404)
    typed = {f: review.shown(item.observation.contact, f) for f in review.EDITABLE}
    error = None
    if request.method == "POST":
        if request.form.get("action") == "reject":
            review.resolve_item(store(), review_id, "rejected", [])
            _refresh()
            flash(f"Rejected: {item.title}")
            return redirect(url_for("review.next_item"))
        typed = {f: request.form.get(f, "") for f in review.EDITABLE}
        try:
            status, observations = review.confirm_fields(item, typed)
        except review.CorrectionError as exc:
            error = str(exc)  # shown beside the form; everything typed stays typed
        else:
            review.resolve_item(store(), review_id, status, observations)
            _refresh()
            flash(f"{status.capitalize()}: {item.title}")
            return redirect(url_for("review.next_item"))
    has_image = upload_for(item.title, desk_settings().upload_dir) is not None
    confidence = item.observation.confidence
    return render_template(
        "review_card.html",
        review_id=review_id,
        item=item,
        typed=typed,
        error=error,
        has_image=has_image,
        confidence=confidence,
        fields=review.EDITABLE,
        focus=next((f for f in review.EDITABLE if f in item.uncertain), review.EDITABLE[0]),
    ), (400 if error else 200)


@pages.route("/review/next")
def next_item():  # type: ignore[no-untyped-def]
    queue = review.open_queue(store())
    if queue.cards:
        return redirect(url_for("review.card", review_id=queue.cards[0][0]))
    return redirect(url_for("review.index"))


@pages.route("/review/card/<int:review_id>/image")
def card_image(review_id: int):  # type: ignore[no-untyped-def]
    item = _item(review_id)
    path = upload_for(item.title, desk_settings().upload_dir)
    if path is None:
        abort(404)
    return send_file(path)


@pages.route("/review/match/<int:review_id>", methods=["POST"])
def match(review_id: int):  # type: ignore[no-untyped-def]
    answer = request.form.get("answer")
    if answer not in ("same", "different"):
        abort(400)
    if not any(m["id"] == review_id for m in store().open_match_reviews()):
        abort(404)
    review.resolve_match(store(), review_id, same=answer == "same")
    _refresh()
    flash("Merged into one record." if answer == "same" else "Kept apart for good.")
    return redirect(url_for("review.index"))


@pages.route("/review/choice/<int:review_id>", methods=["POST"])
def choice(review_id: int):  # type: ignore[no-untyped-def]
    item = _item(review_id)
    picked = request.form.get("pick", "none")
    index = None if picked == "none" else int(picked)
    if index is not None and not 0 <= index < len(item.options):
        abort(400)
    status, observations = review.choose(item, index)
    review.resolve_item(store(), review_id, status, observations)
    _refresh()
    flash(f"{item.title}: {'none of these' if index is None else item.options[index].label}")
    return redirect(url_for("review.index"))
