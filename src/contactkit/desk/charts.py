"""Bar charts as inline SVG: readable without a legend hunt, no script, no library to fetch.

Each bar carries its label and its value in plain text beside it; stacked bars label each part
where it is wide enough and list the parts with their numbers below.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

PALETTE = ("#2f6f9f", "#d9822b", "#3c9a5f", "#a34a8c", "#7a6f42", "#c0392b", "#5d6d7e")
ROW = 26
LABEL_WIDTH = 210
BAR_WIDTH = 380


@dataclass
class Bar:
    label: str
    value: float
    text: str | None = None
    """What is written beside the bar (default: the value)."""


def bars(rows: list[Bar], title: str, color: str = PALETTE[0]) -> str:
    """Horizontal bars, one per row, the value written at the end of each."""
    if not rows:
        return f'<p class="empty">{escape(title)}: nothing yet.</p>'
    top = max(r.value for r in rows) or 1
    height = ROW * len(rows) + 8
    width = LABEL_WIDTH + BAR_WIDTH + 90
    out = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}">',
        f"<title>{escape(title)}</title>",
    ]
    for i, row in enumerate(rows):
        y = i * ROW + 4
        length = max(1.0, BAR_WIDTH * row.value / top) if row.value else 0
        text = row.text if row.text is not None else _number(row.value)
        out.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 16}" text-anchor="end">'
            f"{escape(_short(row.label, 30))}</text>"
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{length:.1f}" height="{ROW - 8}" '
            f'fill="{color}"><title>{escape(row.label)}: {escape(text)}</title></rect>'
            f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{y + 16}">{escape(text)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def stacked(columns: list[str], series: dict[str, list[float]], title: str) -> str:
    """Vertical stacked columns (e.g. contacts per month by source), parts named below."""
    if not columns or not series:
        return f'<p class="empty">{escape(title)}: nothing yet.</p>'
    names = list(series)
    totals = [sum(series[n][i] for n in names) for i in range(len(columns))]
    top = max(totals) or 1
    step = max(28, min(70, 720 // max(len(columns), 1)))
    chart_h, base = 180, 200
    width = step * len(columns) + 60
    height = base + 40
    out = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
    ]
    for i, column in enumerate(columns):
        x = 30 + i * step
        y = base
        for k, name in enumerate(names):
            value = series[name][i]
            if not value:
                continue
            h = chart_h * value / top
            y -= h
            color = PALETTE[k % len(PALETTE)]
            out.append(
                f'<rect x="{x}" y="{y:.1f}" width="{step - 8}" height="{h:.1f}" fill="{color}">'
                f"<title>{escape(column)}, {escape(name)}: {_number(value)}</title></rect>"
            )
        out.append(
            f'<text x="{x + (step - 8) / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle">'
            f"{_number(totals[i])}</text>"
            f'<text x="{x + (step - 8) / 2:.1f}" y="{base + 16}" text-anchor="middle" '
            f'class="tick">{escape(column)}</text>'
        )
    out.append("</svg>")
    key = "".join(
        f'<li><svg class="swatch" width="12" height="12" aria-hidden="true">'
        f'<rect width="12" height="12" fill="{PALETTE[k % len(PALETTE)]}"/></svg> '
        f"{escape(name)}: {_number(sum(series[name]))}</li>"
        for k, name in enumerate(names)
    )
    return "".join(out) + f'<ul class="parts">{key}</ul>'


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
