"""An invented news site for `collect` tests and bench/collect.py, served by pytest-httpserver on
127.0.0.1: feeds, a sitemap index, a listing page, article pages in UTF-8 and Windows-1258, with
metadata, JSON-LD or only a visible date, and the ways real sites fail (404, 500 then 200, a
redirect loop, a page slower than the timeout, a body past the size cap, robots.txt).

Every name, office and event in these pages is made up; they read like the provincial reports
the extractor is written for, so that each becomes an activity.
"""

import hashlib
import json
import threading
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass

from werkzeug.wrappers import Response

LAST_MODIFIED = "Wed, 12 Mar 2025 01:30:00 GMT"


@dataclass
class Story:
    slug: str
    title: str
    body: list  # paragraphs
    published: str  # ISO day
    date_in: str = "meta"  # meta | json-ld | visible | none
    encoding: str = "utf-8"
    province: str = ""  # expected province of the activity ("" when not an activity)


STORIES = [
    Story(
        "bo-ngoai-giao-lam-viec-voi-quang-tri",
        "Bộ Ngoại giao làm việc với tỉnh Quảng Trị về công tác đối ngoại",
        [
            "Ngày 12/3/2025, Đoàn công tác của Bộ Ngoại giao do Thứ trưởng Nguyễn Minh Vũ làm trưởng đoàn đã làm "
            "việc với UBND tỉnh Quảng Trị về tình hình triển khai công tác đối ngoại năm 2025.",
            "Tại buổi làm việc, Phó Chủ tịch UBND tỉnh Hoàng Nam đã báo cáo kết quả hợp tác với tỉnh Savannakhet "
            "(Lào) và đề nghị Bộ Ngoại giao hỗ trợ tỉnh nâng cấp cặp cửa khẩu Lao Bảo - Đensavẳn.",
            "Thứ trưởng Nguyễn Minh Vũ đánh giá cao những kết quả mà tỉnh đạt được và khẳng định Bộ sẽ tiếp tục "
            "đồng hành cùng địa phương.",
        ],
        "2025-03-12",
        province="Quảng Trị",
    ),
    Story(
        "dak-lak-tiep-dai-su-campuchia",
        "Tỉnh Đắk Lắk tiếp Đại sứ Campuchia tại Việt Nam",
        [
            "Chiều 5/6, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Đắk Lắk Nguyễn Thiên Văn đã tiếp và làm việc "
            "với Đại sứ Campuchia tại Việt Nam Chay Navuth cùng đoàn công tác.",
            "Tại buổi tiếp, Phó Chủ tịch Nguyễn Thiên Văn đề nghị hai bên tăng cường hợp tác với tỉnh Mondulkiri "
            "trong lĩnh vực thương mại, nông nghiệp và quản lý biên giới.",
        ],
        "2024-06-05",
        encoding="windows-1258",
        province="Đắk Lắk",
    ),
    Story(
        "lao-cai-lam-viec-voi-van-nam",
        "Đoàn công tác tỉnh Lào Cai làm việc tại tỉnh Vân Nam, Trung Quốc",
        [
            "Từ ngày 18 đến 20/9, Đoàn công tác tỉnh Lào Cai do Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trịnh "
            "Xuân Trường làm trưởng đoàn đã thăm và làm việc tại tỉnh Vân Nam (Trung Quốc).",
            "Hai bên thống nhất đẩy mạnh thông quan hàng hóa qua cặp cửa khẩu Lào Cai - Hà Khẩu và phối hợp "
            "quản lý biên giới.",
        ],
        "2024-09-21",
        date_in="json-ld",
        province="Lào Cai",
    ),
    Story(
        "an-giang-tiep-doan-takeo",
        "Sở Ngoại vụ tỉnh An Giang tiếp đoàn công tác tỉnh Takeo, Campuchia",
        [
            "Sáng 14/11, tại trụ sở Sở Ngoại vụ, Giám đốc Sở Ngoại vụ tỉnh An Giang Lê Văn Phước đã tiếp đoàn "
            "công tác tỉnh Takeo (Campuchia) do Phó Tỉnh trưởng Ouk Sam Art làm trưởng đoàn.",
            "Hai bên trao đổi về công tác quản lý biên giới, phòng chống tội phạm và tạo điều kiện cho cư dân "
            "biên giới qua lại thăm thân.",
        ],
        "2024-11-15",
        date_in="visible",
        province="An Giang",
    ),
    Story(
        "gia-lai-hop-tac-ratanakiri",
        "Gia Lai và Ratanakiri ký kết biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030",
        [
            "Ngày 20/1/2025, tại thành phố Pleiku, UBND tỉnh Gia Lai đã tiếp và làm việc với Đoàn đại biểu tỉnh "
            "Ratanakiri (Campuchia) do Tỉnh trưởng Nhem Sam Oeun dẫn đầu.",
            "Chủ tịch UBND tỉnh Gia Lai Trương Hải Long đề nghị hai tỉnh phối hợp chặt chẽ trong công tác tìm "
            "kiếm, quy tập hài cốt liệt sĩ và phát triển thương mại biên giới.",
        ],
        "2025-01-20",
        province="Gia Lai",
    ),
    Story(
        "nghe-an-tiep-doan-xieng-khouang",
        "Nghệ An tiếp đoàn đại biểu tỉnh Xiêng Khoảng, Lào",
        [
            "Ngày 8/4/2025, Phó Chủ tịch UBND tỉnh Nghệ An Bùi Đình Long đã tiếp Đoàn đại biểu tỉnh Xiêng Khoảng "
            "(Lào) do Phó Tỉnh trưởng Khăm Phăn Phôm Ma Thạt làm trưởng đoàn.",
            "Phó Chủ tịch Bùi Đình Long đề nghị hai tỉnh tiếp tục phối hợp bảo đảm an ninh biên giới và nâng cấp "
            "cửa khẩu Nậm Cắn - Nặm Cắn.",
        ],
        "2025-04-08",
        province="Nghệ An",
    ),
    Story(
        "thoi-tiet-mien-trung",
        "Miền Trung đón đợt mưa lớn cuối tuần",
        [
            "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, từ đêm nay đến hết ngày mai các tỉnh từ Hà Tĩnh "
            "đến Quảng Ngãi có mưa vừa, mưa to, có nơi mưa rất to.",
            "Người dân cần theo dõi bản tin thời tiết và chủ động phòng tránh ngập úng cục bộ.",
        ],
        "2025-03-14",
        province="",
    ),
]
BY_SLUG = {s.slug: s for s in STORIES}
DISALLOWED = "/private/noi-bo.html"
MISSING = "/tin/khong-ton-tai.html"
FLAKY = "/tin/nghe-an-tiep-doan-xieng-khouang.html"
LOOP = "/chuyen/a"
SLOW = "/tin/cham.html"
ENDLESS = "/tin/vo-tan.html"


def article_path(slug):
    return f"/tin/{slug}.html"


TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text):
    """Windows-1258 as Vietnamese pages write it: base letters precomposed (â, ơ, đ...), tone
    marks as combining characters."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out.append(base.encode("cp1258") + "".join(c for c in d if c in TONES).encode("cp1258"))
    return b"".join(out)


def _vn_date(iso, with_time=True):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}" + (" - 09:45" if with_time else "")


def article_html(story, site_name="Báo Biên Cương"):
    meta = ""
    if story.date_in == "meta":
        meta = f'<meta property="article:published_time" content="{story.published}T08:30:00+07:00">'
    elif story.date_in == "json-ld":
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": f"{story.published}T07:15:00+07:00",
            "dateModified": f"{story.published}T10:00:00+07:00",
            "author": {"@type": "Person", "name": "Minh Châu"},
        }
        meta = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    visible = f'<div class="date">Thứ Sáu, {_vn_date(story.published)}</div>' if story.date_in == "visible" else ""
    charset = story.encoding
    paragraphs = "\n".join(f"<p>{p}</p>" for p in story.body)
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="{charset}"><title>{story.title} - {site_name}</title>{meta}
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><header><div class="top">Thứ Hai, 01/12/2025 | Liên hệ | Đường dây nóng</div>
<nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/chuyen-muc/doi-ngoai">Đối ngoại</a></nav></header>
<main><article class="detail"><h1>{story.title}</h1>{visible}
<div class="sapo"><strong>{story.body[0][:80]}...</strong></div>
{paragraphs}
<p class="author">Minh Châu</p></article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/tin/hoi-nghi-tong-ket.html">Hội nghị tổng kết công tác đối ngoại năm 2024</a></li></ul></aside>
</main><footer>© {site_name}. Địa chỉ: 01 Hùng Vương. Tổng Biên tập: Nguyễn Văn Bình</footer></body></html>"""
    return to_cp1258(html) if charset == "windows-1258" else html.encode("utf-8")


def rss(base, items, title="Báo Biên Cương - Đối ngoại"):
    entries = "".join(
        f"<item><title>{t}</title><link>{base}{p}</link><guid>{base}{p}</guid>"
        f"<pubDate>{d}</pubDate></item>"
        for p, t, d in items
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>{base}/</link><description>Tin đối ngoại</description>{entries}</channel></rss>"
    ).encode()


def atom(base, items):
    entries = "".join(
        f'<entry><title>{t}</title><link rel="alternate" href="{base}{p}"/><id>{base}{p}</id>'
        f"<published>{d}</published><updated>{d}</updated></entry>"
        for p, t, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Cổng thông tin Sở Ngoại vụ</title><id>{base}/atom.xml</id><updated>2025-03-12T08:00:00Z</updated>"
        f"{entries}</feed>"
    ).encode()


def sitemap_index(base, children):
    entries = "".join(f"<sitemap><loc>{base}{p}</loc><lastmod>{d}</lastmod></sitemap>" for p, d in children)
    return (
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{entries}</sitemapindex>"
    ).encode()


def news_sitemap(base, items):
    entries = "".join(
        f"<url><loc>{base}{p}</loc><news:news><news:publication><news:name>Báo Biên Cương</news:name>"
        f"<news:language>vi</news:language></news:publication><news:publication_date>{d}</news:publication_date>"
        f"<news:title>{t}</news:title></news:news></url>"
        for p, t, d in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"{entries}</urlset>"
    ).encode()


def listing(paths_titles):
    items = "".join(f'<li><h3><a href="{p}">{t}</a></h3><p>Tóm tắt tin.</p></li>' for p, t in paths_titles)
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đối ngoại</title></head><body>'
        '<nav><a href="/">Trang chủ</a><a href="/lien-he">Liên hệ</a></nav>'
        f'<ul class="list-news">{items}</ul><div class="paging"><a href="?page=2">Trang sau</a></div>'
        "</body></html>"
    ).encode()


ROBOTS = b"User-agent: *\nDisallow: /private/\n"


class Site:
    """Path → response, served by one catch-all handler; counts what was asked."""

    def __init__(self, base, *, slow_seconds=2.0):
        self.base = base
        self.slow_seconds = slow_seconds
        self.docs = {}  # path -> (content type, bytes)
        self.lock = threading.Lock()
        self.requests = []  # (path, status)
        self.flaky_left = 1  # 500s before the 200

    def add(self, path, body, content_type="text/html; charset=utf-8"):
        self.docs[path] = (content_type, body)

    def count(self, path):
        return sum(1 for p, _ in self.requests if p == path)

    def asked(self):
        return Counter(p for p, _ in self.requests)

    def statuses(self, path):
        return [s for p, s in self.requests if p == path]

    def reset_log(self):
        with self.lock:
            self.requests = []

    def handle(self, request):
        path = request.full_path.rstrip("?") if request.query_string else request.path
        entry = [path, None]  # logged on arrival: a slow page is asked for when it is asked for
        with self.lock:
            self.requests.append(entry)
        response = self._respond(request, path)
        entry[1] = response.status_code
        return response

    def _respond(self, request, path):
        if request.path == SLOW:
            time.sleep(self.slow_seconds)
            return Response(b"<html><body><p>" + "Trang chậm. ".encode() * 50 + b"</p></body></html>", mimetype="text/html")
        if request.path == ENDLESS:
            def forever():
                chunk = b"<p>" + "Nội dung lặp lại không dứt. ".encode() * 2000 + b"</p>\n"
                for _ in range(2000):  # bounded all the same: about 100 MB at most
                    yield chunk
            return Response(forever(), mimetype="text/html", direct_passthrough=True)
        if request.path == LOOP:
            return Response(status=302, headers={"Location": "/chuyen/b"})
        if request.path == "/chuyen/b":
            return Response(status=302, headers={"Location": LOOP})
        if request.path == FLAKY:
            with self.lock:
                failing = self.flaky_left > 0
                self.flaky_left -= failing
            if failing:
                return Response(b"<h1>Internal Server Error</h1>", status=500, mimetype="text/html")
        doc = self.docs.get(path) or self.docs.get(request.path)
        if doc is None:
            return Response("<h1>Không tìm thấy trang</h1>".encode(), status=404, mimetype="text/html")
        content_type, body = doc
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, headers={"Content-Type": content_type, "ETag": etag, "Last-Modified": LAST_MODIFIED})


def build(base, *, slow_seconds=2.0):
    """The test site, and the sources (name, kind, path, selector) that follow it."""
    site = Site(base, slow_seconds=slow_seconds)
    site.add("/robots.txt", ROBOTS, "text/plain")
    for story in STORIES:
        ctype = "text/html" if story.encoding != "utf-8" else "text/html; charset=utf-8"  # the 1258 page: meta only
        site.add(article_path(story.slug), article_html(story), ctype)
    site.add(DISALLOWED, article_html(STORIES[0]))

    def item(slug, suffix=""):
        s = BY_SLUG[slug]
        return article_path(s.slug) + suffix, s.title, "Wed, 12 Mar 2025 08:30:00 +0700"

    site.add("/rss/doi-ngoai.rss", rss(base, [
        item("bo-ngoai-giao-lam-viec-voi-quang-tri"),
        item("bo-ngoai-giao-lam-viec-voi-quang-tri", "?utm_source=rss&amp;utm_medium=feed"),
        item("dak-lak-tiep-dai-su-campuchia"),
        (DISALLOWED, "Tin nội bộ", "Wed, 12 Mar 2025 08:00:00 +0700"),
        (MISSING, "Tin đã gỡ", "Wed, 12 Mar 2025 08:00:00 +0700"),
        item("nghe-an-tiep-doan-xieng-khouang"),
        (SLOW, "Trang chậm", "Wed, 12 Mar 2025 08:00:00 +0700"),
    ]), "application/rss+xml; charset=utf-8")
    site.add("/atom.xml", atom(base, [
        (article_path("lao-cai-lam-viec-voi-van-nam"), BY_SLUG["lao-cai-lam-viec-voi-van-nam"].title, "2024-09-21T07:15:00+07:00"),
        (article_path("bo-ngoai-giao-lam-viec-voi-quang-tri") + "#binh-luan", "Quảng Trị", "2025-03-12T08:30:00+07:00"),
        (LOOP, "Chuyển hướng vòng", "2025-03-12T08:30:00+07:00"),
        (ENDLESS, "Trang vô tận", "2025-03-12T08:30:00+07:00"),
    ]), "application/atom+xml")
    site.add("/sitemap.xml", sitemap_index(base, [("/sitemap-news.xml", "2024-11-15")]), "application/xml")
    site.add("/sitemap-news.xml", news_sitemap(base, [
        (article_path("an-giang-tiep-doan-takeo"), BY_SLUG["an-giang-tiep-doan-takeo"].title, "2024-11-15T09:45:00+07:00"),
        (article_path("thoi-tiet-mien-trung"), BY_SLUG["thoi-tiet-mien-trung"].title, "2025-03-14T06:00:00+07:00"),
    ]), "application/xml")
    site.add("/chuyen-muc/doi-ngoai", listing([
        (article_path("gia-lai-hop-tac-ratanakiri"), BY_SLUG["gia-lai-hop-tac-ratanakiri"].title),
        (base + article_path("dak-lak-tiep-dai-su-campuchia"), BY_SLUG["dak-lak-tiep-dai-su-campuchia"].title),
    ]))
    sources = [
        ("Báo Biên Cương", "feed", "/rss/doi-ngoai.rss", ""),
        ("Sở Ngoại vụ (Atom)", "feed", "/atom.xml", ""),
        ("Báo Biên Cương (sitemap)", "sitemap", "/sitemap.xml", ""),
        ("Cổng thông tin tỉnh", "listing", "/chuyen-muc/doi-ngoai", ".list-news h3 a"),
    ]
    return site, sources


# A larger site for the kill and concurrency tests and the benchmark -----------------------------

PROVINCES = ["Quảng Trị", "Đắk Lắk", "Lào Cai", "An Giang", "Gia Lai", "Nghệ An", "Kon Tum", "Điện Biên",
             "Lạng Sơn", "Tây Ninh", "Quảng Bình", "Hà Giang", "Cao Bằng", "Long An", "Kiên Giang", "Sơn La"]
PARTNERS = ["Savannakhet (Lào)", "Mondulkiri (Campuchia)", "Vân Nam (Trung Quốc)", "Takeo (Campuchia)",
            "Ratanakiri (Campuchia)", "Xiêng Khoảng (Lào)", "Attapeu (Lào)", "Quảng Tây (Trung Quốc)"]
LEADS = ["Nguyễn Minh Vũ", "Đỗ Hùng Việt", "Lê Thị Thu Hằng", "Phạm Quang Hiệu", "Hà Kim Ngọc", "Nguyễn Mạnh Cường"]
FAMILY = ["Trần", "Lê", "Phạm", "Võ", "Đặng", "Bùi", "Hồ", "Ngô"]
GIVEN = ["Văn An", "Thị Bình", "Quốc Cường", "Minh Đức", "Thanh Hải", "Hữu Khánh", "Ngọc Lan", "Đình Phong"]


def generated_story(i):
    """Article i of the scaled site: a delegation of the ministry at a province, on its own day."""
    import datetime as dt

    day = dt.date(2019, 1, 1) + dt.timedelta(days=i)
    province = PROVINCES[i % len(PROVINCES)]
    lead = LEADS[i % len(LEADS)]
    host = f"{FAMILY[i % len(FAMILY)]} {GIVEN[(i // len(FAMILY)) % len(GIVEN)]}"
    partner = PARTNERS[i % len(PARTNERS)]
    return Story(
        f"bai-{i:05d}",
        f"Đoàn công tác Bộ Ngoại giao làm việc với tỉnh {province} (bài {i})",
        [
            f"Ngày {day.day}/{day.month}/{day.year}, Đoàn công tác của Bộ Ngoại giao do Thứ trưởng {lead} làm "
            f"trưởng đoàn đã làm việc với UBND tỉnh {province} về công tác đối ngoại của địa phương.",
            f"Phó Chủ tịch UBND tỉnh {host} báo cáo kết quả hợp tác với tỉnh {partner} và đề nghị Bộ Ngoại giao "
            "hỗ trợ tỉnh thu hút đầu tư nước ngoài, mở rộng thị trường xuất khẩu nông sản.",
            f"Thứ trưởng {lead} ghi nhận các kiến nghị của tỉnh và khẳng định Bộ sẽ tiếp tục đồng hành cùng "
            "địa phương trong công tác đối ngoại.",
        ],
        day.isoformat(),
        date_in=("meta", "json-ld", "visible")[i % 3],
        province=province,
    )


def build_scaled(base, count, *, feeds=1, per_sitemap=500):
    """``count`` article pages listed by a sitemap index (``per_sitemap`` each) and by ``feeds``
    RSS feeds that split the articles between them and overlap by a few."""
    site = Site(base)
    site.add("/robots.txt", ROBOTS, "text/plain")
    stories = [generated_story(i) for i in range(count)]
    for story in stories:
        site.add(article_path(story.slug), article_html(story))
    children = []
    for k in range(0, count, per_sitemap):
        path = f"/sitemap-{k // per_sitemap + 1}.xml"
        children.append((path, stories[min(count, k + per_sitemap) - 1].published))
        site.add(path, news_sitemap(base, [
            (article_path(s.slug), s.title, s.published + "T08:00:00+07:00") for s in stories[k : k + per_sitemap]
        ]), "application/xml")
    site.add("/sitemap.xml", sitemap_index(base, children), "application/xml")
    feed_paths = []
    share = -(-count // feeds)
    for f in range(feeds):
        part = stories[max(0, f * share - 3) : (f + 1) * share]  # each overlaps the previous by three
        path = f"/rss/{f + 1}.rss"
        feed_paths.append(path)
        site.add(path, rss(base, [(article_path(s.slug), s.title, "Wed, 12 Mar 2025 08:30:00 +0700") for s in part]),
                 "application/rss+xml")
    return site, stories, feed_paths


