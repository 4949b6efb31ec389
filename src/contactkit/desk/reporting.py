"""Report: what a rollout lead shows the business, as a page and as one HTML file."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Flask, render_template

from contactkit.desk import charts
from contactkit.desk.current import snapshot, store
from contactkit.desk.filters import add_filters
from contactkit.store import Store
from contactkit.store_report import StoreReport, collect

pages = Blueprint("report", __name__)

STATIC = Path(__file__).parent / "static"


def chart_set(data: StoreReport) -> dict[str, str]:
    """The report's charts as SVG, each readable on its own."""
    months = data.months[-18:]
    series = {
        source: [float(by_month.get(m, 0)) for m in months]
        for source, by_month in sorted(data.by_source_month.items())
    }
    return {
        "by_source": charts.stacked(months, series, "Observations by month and source"),
        "drops": charts.bars(
            [charts.Bar(reason, n) for reason, n in data.drops.most_common(12)],
            "Records dropped, by reason",
            charts.PALETTE[1],
        ),
        "completeness": charts.bars(
            [
                charts.Bar(name, round(100 * share, 1), f"{100 * share:.0f}%")
                for name, share in data.completeness.items()
            ],
            "Golden records that have each field",
            charts.PALETTE[2],
        ),
        "companies": charts.bars(
            [
                charts.Bar(c.name, round(c.strength, 2), f"{c.strength:.2f} · {c.contacts} people")
                for c in data.companies
            ],
            "Relationship strength by company",
            charts.PALETTE[3],
        ),
        "queue": charts.bars(
            [charts.Bar(label, n) for label, n in data.queue_by_age],
            "Re-verification queue by time since last confirmed",
            charts.PALETTE[5],
        ),
    }


@pages.route("/report")
def index():  # type: ignore[no-untyped-def]
    data = snapshot().report(store())
    return render_template("report.html", data=data, charts=chart_set(data), standalone=False)


def write_html(store_: Store, path: Path) -> None:
    """``contactkit report --html FILE``: the same report as one self-contained file."""
    data = collect(store_)
    app = Flask(__name__)  # the desk's templates, without its pages: nothing to link to
    add_filters(app)
    with app.app_context():
        html = render_template(
            "report.html",
            data=data,
            charts=chart_set(data),
            standalone=True,
            inline_css=(STATIC / "desk.css").read_text(encoding="utf-8"),
        )
    path.write_text(html, encoding="utf-8")
