"""Generate ``apps/provinces/data/provinces.json``: Vietnam's 63 provincial units before
1 July 2025, the 34 from that day, and which 2025 unit holds each old unit's territory.

Source of names, official codes, approximate centres and the old -> new mapping:
    vietnamadminunits (Hieu Tran), MIT licence,
    https://github.com/tranngocminhhieu/vietnamadminunits  (PyPI: vietnamadminunits)
It is a build-time tool only (``pip install .[tools]``); nothing at runtime imports it.

Curated here by hand, because the package does not carry it:
- ``REGION``: the eight-region classification of the 63 old units. A 2025 unit takes the
  region of its seat's territory; the 2025 unit's code is the old code of the unit where its
  seat is (new Gia Lai = 52, the old Bình Định code, seat Quy Nhơn; new Tây Ninh = 80, the old
  Long An code, seat Tân An), so the region is read from the old unit with the same code.
- ``REGION_2025``: where the seat rule above is not the official grouping of the 34 units. The
  regions of the adjusted national master plan (Quy hoạch tổng thể quốc gia 2021-2030, as
  adjusted after the 1 July 2025 merger) put the new Tây Ninh (Long An + Tây Ninh) in the
  South East (Đông Nam Bộ) and the new Gia Lai (Gia Lai + Bình Định) in the Central Highlands
  (Tây Nguyên), although their seats (Tân An, Quy Nhơn) lie in the Mekong delta and on the
  south-central coast.
- ``BORDERS``: land borders of the 63 old units (25 border provinces). A 2025 unit borders
  what any of its predecessors bordered (22 border provinces).
- The pre-2025 unit 46: the package names it "Thành phố Huế" (its name from 1 January 2025);
  we keep "Thừa Thiên Huế" (tỉnh), the name in almost every article about the era.

Run from the project root:  .venv/bin/python scripts/build_provinces.py
"""

import json
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from apps.lib.text import normalize, slugify_vi  # noqa: E402

OUT = ROOT / "apps" / "provinces" / "data" / "provinces.json"

PRE, CURRENT = "pre2025", "2025"

# The official grouping of the 2025 units where it differs from their seat's old region (see above).
REGION_2025 = {"80": "dong_nam_bo", "52": "tay_nguyen"}

# Eight regions, keyed by the old (pre-2025) code.
# fmt: off
REGION = {
    # Tây Bắc
    "10": "tay_bac", "11": "tay_bac", "12": "tay_bac", "14": "tay_bac", "15": "tay_bac", "17": "tay_bac",
    # Đông Bắc
    "02": "dong_bac", "04": "dong_bac", "06": "dong_bac", "08": "dong_bac", "19": "dong_bac",
    "20": "dong_bac", "22": "dong_bac", "24": "dong_bac", "25": "dong_bac",
    # Đồng bằng sông Hồng
    "01": "dong_bang_song_hong", "26": "dong_bang_song_hong", "27": "dong_bang_song_hong",
    "30": "dong_bang_song_hong", "31": "dong_bang_song_hong", "33": "dong_bang_song_hong",
    "34": "dong_bang_song_hong", "35": "dong_bang_song_hong", "36": "dong_bang_song_hong",
    "37": "dong_bang_song_hong",
    # Bắc Trung Bộ
    "38": "bac_trung_bo", "40": "bac_trung_bo", "42": "bac_trung_bo", "44": "bac_trung_bo",
    "45": "bac_trung_bo", "46": "bac_trung_bo",
    # Duyên hải Nam Trung Bộ
    "48": "nam_trung_bo", "49": "nam_trung_bo", "51": "nam_trung_bo", "52": "nam_trung_bo",
    "54": "nam_trung_bo", "56": "nam_trung_bo", "58": "nam_trung_bo", "60": "nam_trung_bo",
    # Tây Nguyên
    "62": "tay_nguyen", "64": "tay_nguyen", "66": "tay_nguyen", "67": "tay_nguyen", "68": "tay_nguyen",
    # Đông Nam Bộ
    "70": "dong_nam_bo", "72": "dong_nam_bo", "74": "dong_nam_bo", "75": "dong_nam_bo",
    "77": "dong_nam_bo", "79": "dong_nam_bo",
    # Đồng bằng sông Cửu Long
    "80": "dong_bang_song_cuu_long", "82": "dong_bang_song_cuu_long", "83": "dong_bang_song_cuu_long",
    "84": "dong_bang_song_cuu_long", "86": "dong_bang_song_cuu_long", "87": "dong_bang_song_cuu_long",
    "89": "dong_bang_song_cuu_long", "91": "dong_bang_song_cuu_long", "92": "dong_bang_song_cuu_long",
    "93": "dong_bang_song_cuu_long", "94": "dong_bang_song_cuu_long", "95": "dong_bang_song_cuu_long",
    "96": "dong_bang_song_cuu_long",
}
# fmt: on

CHINA, LAOS, CAMBODIA = "Trung Quốc", "Lào", "Campuchia"
COUNTRY_ORDER = [CHINA, LAOS, CAMBODIA]

# Land borders of the old units, keyed by old code.
BORDERS = {
    "22": [CHINA],  # Quảng Ninh
    "20": [CHINA],  # Lạng Sơn
    "04": [CHINA],  # Cao Bằng
    "02": [CHINA],  # Hà Giang
    "10": [CHINA],  # Lào Cai
    "12": [CHINA],  # Lai Châu
    "11": [CHINA, LAOS],  # Điện Biên
    "14": [LAOS],  # Sơn La
    "38": [LAOS],  # Thanh Hóa
    "40": [LAOS],  # Nghệ An
    "42": [LAOS],  # Hà Tĩnh
    "44": [LAOS],  # Quảng Bình
    "45": [LAOS],  # Quảng Trị
    "46": [LAOS],  # Thừa Thiên Huế
    "49": [LAOS],  # Quảng Nam
    "62": [LAOS, CAMBODIA],  # Kon Tum
    "64": [CAMBODIA],  # Gia Lai
    "66": [CAMBODIA],  # Đắk Lắk
    "67": [CAMBODIA],  # Đắk Nông
    "70": [CAMBODIA],  # Bình Phước
    "72": [CAMBODIA],  # Tây Ninh
    "80": [CAMBODIA],  # Long An
    "87": [CAMBODIA],  # Đồng Tháp
    "89": [CAMBODIA],  # An Giang
    "91": [CAMBODIA],  # Kiên Giang
}

# Names the package gives differently from the one we keep, keyed by (era, code).
NAME_OVERRIDES = {(PRE, "46"): ("Thừa Thiên Huế", "tinh")}

CITY_PREFIX = "Thành phố "
PROVINCE_PREFIX = "Tỉnh "


def split_name(full):
    """'Thành phố Hà Nội' -> ('Hà Nội', 'thanh_pho'); 'Tỉnh Đắk Lắk' -> ('Đắk Lắk', 'tinh')."""
    if full.startswith(CITY_PREFIX):
        return full[len(CITY_PREFIX) :], "thanh_pho"
    if full.startswith(PROVINCE_PREFIX):
        return full[len(PROVINCE_PREFIX) :], "tinh"
    raise ValueError(f"unknown unit type in {full!r}")


def read_package():
    """Rows of (era, province_key, code, full name, lat, lon) and the new_key -> [old_key] mapping."""
    from vietnamadminunits.converter.converter_2025 import DICT_PROVINCE as NEW_TO_OLD
    from vietnamadminunits.database import get_data

    fields = ["provinceKey", "provinceCode", "province", "provinceLat", "provinceLon"]
    rows = []
    for era, table in ((PRE, "admin_units_legacy"), (CURRENT, "admin_units")):
        for r in get_data(fields=fields, table=table):
            rows.append(
                (era, r["provinceKey"], r["provinceCode"], r["province"], r["provinceLat"], r["provinceLon"])
            )
    return rows, NEW_TO_OLD


def build():
    rows, new_to_old = read_package()
    units = {}  # (era, key) -> dict
    for era, key, code, full, lat, lon in rows:
        if (era, key) in units:
            continue
        name, unit_type = NAME_OVERRIDES.get((era, code)) or split_name(full)
        name = normalize(name)
        base = slugify_vi(name)
        units[(era, key)] = {
            "code": code,
            "era": era,
            "name": name,
            "unit_type": unit_type,
            "slug": base if era == CURRENT else f"{base}-truoc-2025",
            "region": REGION[code] if era == PRE else None,
            "latitude": round(lat, 5),
            "longitude": round(lon, 5),
            "border_countries": list(BORDERS.get(code, [])) if era == PRE else [],
            "successor": None,
        }

    old_by_key = {k: u for (era, k), u in units.items() if era == PRE}
    old_by_code = {u["code"]: u for u in old_by_key.values()}
    for (era, key), unit in units.items():
        if era != CURRENT:
            continue
        olds = [old_by_key[k] for k in new_to_old[key]]
        for old in olds:
            assert old["successor"] is None, old["name"]
            old["successor"] = unit["code"]
        unit["region"] = REGION_2025.get(unit["code"]) or old_by_code[unit["code"]]["region"]
        countries = {c for old in olds for c in old["border_countries"]}
        unit["border_countries"] = [c for c in COUNTRY_ORDER if c in countries]

    pre = sorted((u for u in units.values() if u["era"] == PRE), key=lambda u: u["code"])
    cur = sorted((u for u in units.values() if u["era"] == CURRENT), key=lambda u: u["code"])
    check(pre, cur)
    return {
        "source": {
            "name": "vietnamadminunits",
            "version": version("vietnamadminunits"),
            "author": "Hieu Tran",
            "license": "MIT",
            "url": "https://github.com/tranngocminhhieu/vietnamadminunits",
            "used_for": "names, official codes, approximate centres, the old -> new mapping",
            "curated": "regions, border countries, the pre-2025 name of unit 46 (Thừa Thiên Huế): "
            "scripts/build_provinces.py",
        },
        "generated_by": "scripts/build_provinces.py",
        "cutover_date": "2025-07-01",
        "units": pre + cur,
    }


def check(pre, cur):
    assert len(pre) == 63 and len(cur) == 34, (len(pre), len(cur))
    assert all(u["successor"] for u in pre), [u["name"] for u in pre if not u["successor"]]
    assert sum(1 for u in pre if u["border_countries"]) == 25
    assert sum(1 for u in cur if u["border_countries"]) == 22
    assert len({u["slug"] for u in pre + cur}) == 97
    names = {u["name"]: u for u in pre}
    current = {u["code"]: u["name"] for u in cur}
    expected = {
        "Đắk Nông": "Lâm Đồng",
        "Phú Yên": "Đắk Lắk",
        "Quảng Nam": "Đà Nẵng",
        "Điện Biên": "Điện Biên",
        "Bình Dương": "Hồ Chí Minh",
        "Thừa Thiên Huế": "Huế",
    }
    for old, new in expected.items():
        assert current[names[old]["successor"]] == new, (old, new)
    assert {u["code"]: u["name"] for u in cur}["66"] == "Đắk Lắk"
    assert {u["code"]: u["name"] for u in cur}["79"] == "Hồ Chí Minh"


def dumps(data):
    """Indented JSON with one unit per line (short diffs when a unit changes)."""
    head = {k: v for k, v in data.items() if k != "units"}
    text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    rows = ",\n".join("  " + json.dumps(u, ensure_ascii=False) for u in data["units"])
    return f'{text},\n "units": [\n{rows}\n ]\n}}\n'


def main():
    data = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(dumps(data), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(data['units'])} units")


if __name__ == "__main__":
    main()
