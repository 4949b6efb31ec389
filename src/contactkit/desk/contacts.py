"""Contacts and companies: the searchable table, a record with every value's source, forget."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from contactkit.desk import queries
from contactkit.desk.current import desk_settings, snapshot, store

pages = Blueprint("contacts", __name__)


@pages.route("/")
def index():  # type: ignore[no-untyped-def]
    text = request.args.get("q", "")
    try:
        page = int(request.args.get("page", "1"))
    except ValueError:
        page = 1
    settings = desk_settings()
    index = snapshot().index(store())
    found = queries.search(
        store(), index, text, settings.config.region, page=page, size=settings.page_size
    )
    return render_template("contacts.html", found=found, q=text)


@pages.route("/contacts/<golden_id>")
def record(golden_id: str):  # type: ignore[no-untyped-def]
    from contactkit.records import golden_record, provenance_value

    found = golden_record(store(), golden_id)
    if found is None:
        abort(404)
    meta = store().golden_meta(golden_id).get(golden_id) or {}
    evidence = meta.get("evidence") or []
    merged = [link for link in evidence if not link.get("near")]
    near = [link for link in evidence if link.get("near")]
    provenance = sorted(found.provenance.items())
    return render_template(
        "record.html",
        record=found,
        provenance=provenance,
        merged=merged,
        near=near,
        meta=meta,
        contact=found.contact.model_dump(mode="json", exclude_defaults=True),
        value_of=provenance_value,
    )


@pages.route("/contacts/<golden_id>/forget", methods=["GET", "POST"])
def forget(golden_id: str):  # type: ignore[no-untyped-def]
    from contactkit.forget import forget_person
    from contactkit.records import golden_record

    found = golden_record(store(), golden_id)
    if found is None:
        abort(404)
    if request.method == "GET":
        return render_template("forget.html", record=found)
    if request.form.get("confirm") != found.id:
        flash("Nothing was erased: type the record's id to confirm.")
        return redirect(url_for("contacts.forget", golden_id=golden_id))
    from contactkit.runs import RunLock, StoreBusy

    try:
        # a run in progress read the forget list when it started: it would write them back
        with RunLock(store()):
            erased = forget_person(store(), found.id, desk_settings().config)
    except StoreBusy as exc:
        flash(f"Nothing was erased: {exc}")
        return redirect(url_for("contacts.forget", golden_id=golden_id))
    flash(
        f"Erased {found.contact.display_name}: {erased.observations} observations; "
        f"{len(erased.values)} emails and phones are kept out of later runs. "
        "The next push removes the record from the CRMs."
    )
    return redirect(url_for("contacts.index"))


@pages.route("/companies/<ref>")
def company(ref: str):  # type: ignore[no-untyped-def]
    from contactkit.company import company_view

    view = company_view(store(), ref)
    if view is None:
        abort(404)
    return render_template("company.html", view=view)
