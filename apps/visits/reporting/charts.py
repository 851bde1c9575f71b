"""Charts and the map drawn as SVG on the server: no JavaScript library, no map tiles, works
offline. Drawn in Python rather than templates: a template spends tens of microseconds per
variable, and a chart has hundreds of them."""

import math

from django.utils.html import format_html, format_html_join

# Vietnam's bounding box, for placing provinces by their coordinates.
LAT_MIN, LAT_MAX = 8.3, 23.5
LON_MIN, LON_MAX = 102.1, 109.6
MAP_W, MAP_H = 300, 600


def level(n, top):
    """The colour level (0-4) of a count on a map whose largest count is ``top``."""
    return 0 if n == 0 else 1 + min(3, int(3 * n / top))


def legend_ranges(top):
    """[(level, low, high)]: the counts each level stands for on a map whose largest is ``top``."""
    ranges = [(0, 0, 0)]
    for lv in (1, 2, 3):
        low = max(1, math.ceil((lv - 1) * top / 3))
        high = min(top - 1, math.ceil(lv * top / 3) - 1)
        if low <= high:
            ranges.append((lv, low, high))
    if top > 0:
        ranges.append((4, top, top))
    return ranges


def map_svg(provinces, counts, url_for, label):
    """One circle per province, its size and colour class by activity count, linking to it."""
    top = max(counts.values(), default=0) or 1
    circles = []
    for p in provinces:
        if p.latitude is None or p.longitude is None:
            continue
        n = counts.get(p.pk, 0)
        x = (p.longitude - LON_MIN) / (LON_MAX - LON_MIN) * (MAP_W - 20) + 10
        y = (LAT_MAX - p.latitude) / (LAT_MAX - LAT_MIN) * (MAP_H - 20) + 10
        radius = 4 + 10 * math.sqrt(n / top)
        circles.append((url_for(p), level(n, top), f"{x:.1f}", f"{y:.1f}", f"{radius:.1f}", n, p.name, n))
    body = format_html_join(
        "",
        '<a href="{}"><circle class="province level-{}" cx="{}" cy="{}" r="{}" data-count="{}">'
        "<title>{}: {}</title></circle></a>",
        circles,
    )
    return format_html(
        '<svg id="map" class="map" viewBox="0 0 {} {}" role="img" aria-label="{}">{}{}</svg>',
        MAP_W,
        MAP_H,
        label,
        body,
        _legend(top),
    )


def _legend(top):
    """The count each colour stands for (the levels of map_svg), bottom left of the map."""
    ranges = legend_ranges(top)
    rows = []
    for i, (lv, low, high) in enumerate(ranges):
        y = MAP_H - 12 - 16 * (len(ranges) - 1 - i)
        text = str(low) if low == high else f"{low}–{high}"
        rows.append((lv, y, y + 4, text))
    return format_html(
        '<g class="legend">{}</g>',
        format_html_join(
            "", '<circle class="level-{}" cx="16" cy="{}" r="6"></circle><text x="28" y="{}">{}</text>', rows
        ),
    )


def bars_svg(rows, label_format, *, label, link=None, link_format=None, height=120):
    """Bars for [{"period": date, "n": count}], each with its count above it, on a baseline;
    each bar links to ``link`` + the period formatted with ``link_format`` (strftime) when a
    link is given. A period label is written under every bar when they fit, else under some."""
    top = max((r["n"] for r in rows), default=0) or 1
    width = max(8, min(40, 600 // max(len(rows), 1)))
    every = max(1, math.ceil(28 / width))  # a label needs about 28 units
    bars = []
    for i, r in enumerate(rows):
        h = r["n"] / top * (height - 20)
        text = r["period"].strftime(label_format)
        rect = format_html(
            '<rect x="{}" y="{}" width="{}" height="{}"></rect>', i * width, f"{height - 5 - h:.1f}", width - 2, f"{h:.1f}"
        )
        if link:
            rect = format_html('<a href="{}{}">{}</a>', link, r["period"].strftime(link_format), rect)
        value = format_html(
            '<text x="{}" y="{}" class="value">{}</text>', f"{i * width + (width - 2) / 2:.1f}", f"{height - 7 - h:.1f}", r["n"]
        ) if r["n"] else ""
        tick = format_html('<text x="{}" y="{}" class="tick">{}</text>', i * width, height + 12, text) if i % every == 0 else ""
        bars.append((text, r["n"], rect, value, tick))
    body = format_html_join("", '<g class="bar"><title>{}: {}</title>{}{}{}</g>', bars)
    axis = format_html('<line class="axis" x1="0" y1="{}" x2="{}" y2="{}"></line>', height - 5, width * len(rows), height - 5)
    return format_html(
        '<svg class="bars" viewBox="0 0 {} {}" role="img" aria-label="{}">{}{}</svg>',
        width * len(rows) + 10,
        height + 20,
        label,
        body,
        axis,
    )
