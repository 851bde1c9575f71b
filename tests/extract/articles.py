"""Held-out articles: pages written for the tests, never seen while the rules were written,
each with the record a careful human reader gives it (eval/GUIDE.md), fixed before the
extractor was run on it.

The articles imitate Vietnamese provincial news and portal pages (menu lines, datelines,
bylines, photo credits, "Tin liên quan" lists; whole HTML pages, a windows-1258 page, a
UTF-16 file; agency prefixes; dates written many ways; negatives). Each test file of this
folder holds those whose main difficulty is its behaviour (UNSEEN) and checks them with
``read_as_expected``. Matching follows eval/score.py: names and anchors compare without case,
diacritics or punctuation; a gold item may list acceptable spellings; optional items are
neither required nor counted as extra.

Run ``python -m tests.extract.articles`` (with DJANGO_SETTINGS_MODULE set) for a per-field
table over all of them.
"""

import re
import unicodedata

from apps.ingest.pipeline import extract_from_text
from apps.ingest.read import read_bytes

HTML_QUANG_NINH = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Thứ trưởng Bộ Công Thương làm việc với tỉnh Quảng Ninh - Cổng thông tin điện tử tỉnh Quảng Ninh</title>
<script>var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1234']);</script>
<style>.date{color:#888}</style>
</head>
<body>
<header><div class="logo"><a href="/">Cổng thông tin điện tử tỉnh Quảng Ninh</a></div>
<div class="weather">Hạ Long 24°C</div>
</header>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/doi-ngoai">Đối ngoại</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức - Sự kiện</a> &gt; <a href="/doi-ngoai">Đối ngoại</a></div>
<main>
<article>
<h1>Thứ trưởng Bộ Công Thương làm việc với tỉnh Quảng Ninh về thương mại biên giới</h1>
<p class="date">Cập nhật: 14:05 | 03/11/2022</p>
<p class="sapo"><strong>Chiều 2/11, Đoàn công tác của Bộ Công Thương do đồng chí Phan Thị Thắng, Thứ trưởng Bộ Công Thương làm trưởng đoàn đã có buổi làm việc với UBND tỉnh Quảng Ninh về tình hình xuất nhập khẩu và hoạt động thương mại biên giới với Trung Quốc.</strong></p>
<p>Tiếp và làm việc với đoàn có đồng chí Cao Tường Huy, Phó Chủ tịch Thường trực UBND tỉnh; lãnh đạo Sở Công Thương, Sở Ngoại vụ, Ban Quản lý Khu kinh tế tỉnh.</p>
<figure><img src="/images/2022/11/lamviec.jpg" alt="Quang cảnh buổi làm việc"><figcaption>Thứ trưởng Bộ Công Thương Phan Thị Thắng phát biểu tại buổi làm việc. Ảnh: Thu Chung</figcaption></figure>
<p>Báo cáo tại buổi làm việc, ông Nguyễn Văn Hồi, Giám đốc Sở Công Thương cho biết, 10 tháng năm 2022, kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh đạt 3,1 tỷ USD; hoạt động thông quan qua cửa khẩu quốc tế Móng Cái - Đông Hưng từng bước được khôi phục. Tỉnh đã duy trì cơ chế hội đàm định kỳ với thành phố Phòng Thành Cảng và thành phố Đông Hưng (Quảng Tây, Trung Quốc).</p>
<p>Phát biểu tại buổi làm việc, Phó Chủ tịch Thường trực UBND tỉnh Cao Tường Huy đề nghị Bộ Công Thương trao đổi với phía Trung Quốc để sớm khôi phục hoạt động thông quan tại cửa khẩu Bắc Phong Sinh và cặp chợ biên giới Hoành Mô - Động Trung. Tỉnh cũng kiến nghị Bộ hỗ trợ kinh phí tổ chức Hội chợ thương mại quốc tế Việt - Trung (Móng Cái) năm 2023.</p>
<figure><img src="/images/2022/11/tang-qua.jpg"><figcaption>Đồng chí Cao Tường Huy trao đổi với đoàn công tác. Ảnh: Thu Chung</figcaption></figure>
<p>Thứ trưởng Phan Thị Thắng ghi nhận các kiến nghị của tỉnh, đề nghị Quảng Ninh tiếp tục chủ động nắm bắt thông tin về chính sách quản lý cửa khẩu của phía Trung Quốc, hướng dẫn doanh nghiệp chuyển đổi sang xuất khẩu chính ngạch.</p>
<p class="author">Hoàng Quỳnh</p>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>
<li><a href="/tin/1">Quảng Ninh hội đàm với thành phố Phòng Thành Cảng (Trung Quốc)</a> <span>(28/10/2022)</span></li>
<li><a href="/tin/2">Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn làm việc với tỉnh Quảng Ninh</a> <span>(15/09/2021)</span></li>
<li><a href="/tin/3">Phó Chủ tịch UBND tỉnh Nguyễn Tường Văn tiếp Tổng Lãnh sự Trung Quốc tại Hải Phòng</a> <span>(02/08/2022)</span></li>
</ul></section>
<section class="other"><h3>Tin khác</h3><ul><li><a href="/tin/4">Hội nghị triển khai công tác đối ngoại năm 2023</a> (05/01/2023)</li></ul></section>
</main>
<footer><p>© 2015 - 2022 Cổng thông tin điện tử tỉnh Quảng Ninh</p><p>Cơ quan chủ quản: Văn phòng UBND tỉnh Quảng Ninh. Chịu trách nhiệm chính: Ông Lê Hùng Sơn - Chánh Văn phòng UBND tỉnh</p><p>Địa chỉ: Phường Hồng Hà, TP Hạ Long, tỉnh Quảng Ninh. Điện thoại: 0203.3835.xxx</p></footer>
</body></html>
"""


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text):
    """Encode as Windows-1258 does: base letters precomposed, tone marks as combining marks."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
        tones = "".join(c for c in nfd if c in _TONES)
        out.append((base + tones).encode("cp1258"))
    return b"".join(out)


def norm(text):
    if text is None:
        return None
    text = unicodedata.normalize("NFD", str(text))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    text = text.replace("đ", "d").replace("Đ", "D").lower()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def alts(item):
    return {norm(x) for x in (item if isinstance(item, list) else [item])}


def _name(obj):
    return obj.get("name") if isinstance(obj, dict) else obj


def _set_ok(gold, optional, predicted):
    """Every gold item found once, nothing else than gold or optional items."""
    gold_sets = [alts(g) for g in gold]
    opt = set().union(*[alts(o) for o in optional]) if optional else set()
    matched = [False] * len(gold_sets)
    extra = []
    for raw in predicted:
        p = norm(raw)
        hit = next((i for i, g in enumerate(gold_sets) if p in g and not matched[i]), None)
        if hit is not None:
            matched[hit] = True
        elif p not in opt and not any(p in g for g in gold_sets):
            extra.append(raw)
    missed = [g for g, ok in zip(gold, matched, strict=True) if not ok]
    return not missed and not extra, f"missed {missed} extra {extra}"


def _requests_ok(gold, optional, predicted):
    anchors = [alts(a) for a in gold]
    opt = [alts(a) for a in optional]
    matched = [False] * len(anchors)
    extra = []
    for req in predicted:
        text = norm(req["text"])
        hits = [i for i, a in enumerate(anchors) if any(x in text for x in a)]
        fresh = [i for i in hits if not matched[i]]
        for i in fresh:
            matched[i] = True
        if not fresh and not any(any(x in text for x in a) for a in opt):
            extra.append(req["text"][:80])
    missed = [a for a, ok in zip(gold, matched, strict=True) if not ok]
    return not missed and not extra, f"missed {missed} extra {extra}"


def check(rec, exp):
    """{field: (ok, detail)} for one article."""
    out = {}
    gold_act = exp.get("is_activity", True)
    out["is_activity"] = (rec["is_activity"] == gold_act, f"got {rec['is_activity']}")
    if not gold_act:
        return out
    out["kind"] = (rec["kind"] == exp["kind"], f"got {rec['kind']}")
    prov = _name(rec["province"])
    out["province"] = (prov is not None and norm(prov) in alts(exp["province"]), f"got {prov}")
    out["start"] = (rec["start_date"] == exp["start"], f"got {rec['start_date']}")
    out["end"] = (rec["end_date"] == exp["end"], f"got {rec['end_date']}")
    lead = _name(rec["lead"])
    out["lead"] = (lead is not None and norm(lead) in alts(exp["lead"]), f"got {lead}")
    names = [lead] + [_name(o) for o in rec["officials"]]
    out["officials"] = _set_ok(exp["officials"], exp.get("officials_optional", []), [n for n in names if n])
    out["requests"] = _requests_ok(exp["requests"], exp.get("requests_optional", []), rec["requests"])
    out["partners"] = _set_ok(
        exp["partners"], exp.get("partners_optional", []), [_name(p) for p in rec["partners"]]
    )
    return out


def run(source):
    """Extract one article: text as is, or (form, payload) where bytes go through read_bytes
    like a file would."""
    if isinstance(source, str):
        return extract_from_text(source, "x.txt")[1]
    form, payload = source
    if form == "text":
        return extract_from_text(payload, "x.txt")[1]
    name = "x.html" if form == "html" else "x.txt"
    raw = read_bytes(payload, name)
    return extract_from_text(raw.text, name)[1]


def check_all(rec, exp):
    """{field: (ok, detail)}: check(), and the date precision when the reader gave it."""
    out = check(rec, exp)
    if "precision" in exp:
        got = rec.get("date_precision")
        out["precision"] = (got == exp["precision"], f"got {got}")
    return out


def read_as_expected(source, exp):
    result = check_all(run(source), exp)
    failed = {f: detail for f, (ok, detail) in result.items() if not ok}
    assert not failed, failed


FIELDS = ["is_activity", "kind", "province", "start", "end", "precision", "lead", "officials",
          "requests", "partners"]
MODULES = ["clean", "read", "province", "is_activity", "kind", "dates", "officials", "requests", "partners"]


def report():
    """Per-field counts over the held-out articles of every test file (for humans; not a test)."""
    import importlib

    cases = [c for m in MODULES for c in importlib.import_module(f"tests.extract.test_{m}").UNSEEN]
    totals = {f: [0, 0] for f in FIELDS}
    full = 0
    for name, source, exp in cases:
        result = check_all(run(source), exp)
        for f, (ok, detail) in result.items():
            totals[f][0] += ok
            totals[f][1] += 1
            if not ok:
                print(f"{name:42} {f:11} {detail}")
        full += all(ok for ok, _ in result.values())
    print(f"fully right: {full}/{len(cases)}")
    for f, (ok, n) in totals.items():
        if n:
            print(f"  {f:11} {ok}/{n}")


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    report()
