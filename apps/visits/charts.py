"""Charts and the map as server-drawn SVG data: no JavaScript library, no tiles, works offline."""

import math

# Vietnam's bounding box, for placing provinces by their coordinates.
LAT_MIN, LAT_MAX = 8.3, 23.5
LON_MIN, LON_MAX = 102.1, 109.6
MAP_W, MAP_H = 300, 600


def map_points(provinces, counts):
    """One point per province: x, y in the SVG, radius and colour class by activity count."""
    top = max(counts.values(), default=0) or 1
    points = []
    for p in provinces:
        if p.latitude is None or p.longitude is None:
            continue
        n = counts.get(p.pk, 0)
        x = (p.longitude - LON_MIN) / (LON_MAX - LON_MIN) * (MAP_W - 20) + 10
        y = (LAT_MAX - p.latitude) / (LAT_MAX - LAT_MIN) * (MAP_H - 20) + 10
        level = 0 if n == 0 else 1 + min(3, int(3 * n / top))
        points.append({"province": p, "n": n, "x": round(x, 1), "y": round(y, 1),
                       "r": round(4 + 10 * math.sqrt(n / top), 1), "level": level})
    return points


def bars(rows, label_format, height=120):
    """Bars for [{"period", "n"}]: each with its height in the SVG and a label."""
    top = max((r["n"] for r in rows), default=0) or 1
    width = max(8, min(40, 600 // max(len(rows), 1)))
    return {
        "width": width,
        "total_width": width * len(rows),
        "height": height,
        "items": [
            {"x": i * width, "h": round(r["n"] / top * (height - 20), 1),
             "y": round(height - 5 - r["n"] / top * (height - 20), 1), "n": r["n"],
             "label": r["period"].strftime(label_format), "period": r["period"]}
            for i, r in enumerate(rows)
        ],
    }
