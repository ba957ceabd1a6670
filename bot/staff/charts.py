"""Charts for the reports, drawn on the server as SVG: bars per category, a weekly trend line.

The console's Content-Security-Policy allows no inline script or style and no CDN, so charts
are plain SVG documents served from the app itself (`img-src 'self'`), drawn with
presentation attributes only. Every label is XML-escaped; nothing a person wrote ever reaches
a chart, only category names and counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

WIDTH = 760
FONT = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"
COLORS = ("#1f5f8b", "#e0892b", "#2e7d32")
TEXT = "#1b1b1b"
GRID = "#d8d8d8"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int, ...]


def _nice_max(value: int) -> int:
    """A round top for the axis: 1, 2, 5, 10, 20, 50, ..."""
    if value <= 5:
        return max(value, 1)
    step = 1
    while True:
        for factor in (1, 2, 5):
            top = step * factor
            if top >= value:
                return top
        step *= 10


def _open(height: int, title: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label={quoteattr(title)} '
        f'font-family={quoteattr(FONT)} font-size="13">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
    ]


def _legend(series: Sequence[Series], y: int) -> list[str]:
    parts = []
    x = 12
    for i, s in enumerate(series):
        color = COLORS[i % len(COLORS)]
        parts.append(f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{color}"/>')
        parts.append(f'<text x="{x + 18}" y="{y}" fill="{TEXT}">{escape(s.name)}</text>')
        x += 30 + 8 * len(s.name)
    return parts


def bars(title: str, labels: Sequence[str], series: Sequence[Series]) -> str:
    """Horizontal grouped bars, one group per label (a category), one bar per series."""
    row = 14 * len(series) + 12
    left, top = 230, 34
    height = top + row * max(len(labels), 1) + 30
    width = WIDTH - left - 50
    peak = _nice_max(max((v for s in series for v in s.values), default=0))
    parts = _open(height, title)
    parts += _legend(series, 20)
    for tick in range(5):
        value = peak * tick / 4
        x = left + width * tick / 4
        parts.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{height - 24}" stroke="{GRID}"/>'
        )
        parts.append(
            f'<text x="{x:.1f}" y="{height - 8}" fill="{TEXT}" text-anchor="middle">'
            f"{value:g}</text>"
        )
    for i, label in enumerate(labels):
        y0 = top + i * row + 6
        parts.append(
            f'<text x="{left - 8}" y="{y0 + row / 2:.1f}" fill="{TEXT}" text-anchor="end">'
            f"{escape(label)}</text>"
        )
        for j, s in enumerate(series):
            value = s.values[i] if i < len(s.values) else 0
            w = width * value / peak
            y = y0 + j * 14
            parts.append(
                f'<rect x="{left}" y="{y}" width="{w:.1f}" height="12" '
                f'fill="{COLORS[j % len(COLORS)]}"><title>{escape(label)}: {value}</title></rect>'
            )
            parts.append(f'<text x="{left + w + 4:.1f}" y="{y + 10}" fill="{TEXT}">{value}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def trend(title: str, labels: Sequence[str], series: Sequence[Series]) -> str:
    """One line per series over the weeks, with a dot and a count at each week."""
    height, left, right, top, bottom = 300, 50, 20, 40, 50
    width = WIDTH - left - right
    peak = _nice_max(max((v for s in series for v in s.values), default=0))
    plot = height - top - bottom
    parts = _open(height, title)
    parts += _legend(series, 20)
    for tick in range(5):
        value = peak * tick / 4
        y = top + plot - plot * tick / 4
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + width}" y2="{y:.1f}" stroke="{GRID}"/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" fill="{TEXT}" text-anchor="end">{value:g}</text>'
        )
    count = max(len(labels), 1)

    def x_of(i: int) -> float:
        return left + (width * (i + 0.5) / count)

    for i, label in enumerate(labels):
        parts.append(
            f'<text x="{x_of(i):.1f}" y="{height - bottom + 18}" fill="{TEXT}" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    for j, s in enumerate(series):
        color = COLORS[j % len(COLORS)]
        points = [(x_of(i), top + plot - plot * v / peak) for i, v in enumerate(s.values[:count])]
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2.5"/>'
            )
        for (x, y), value in zip(points, s.values, strict=False):
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{color}">'
                f"<title>{escape(s.name)}: {value}</title></circle>"
            )
            parts.append(
                f'<text x="{x:.1f}" y="{y - 8:.1f}" fill="{color}" text-anchor="middle">'
                f"{value}</text>"
            )
    parts.append("</svg>")
    return "\n".join(parts)
