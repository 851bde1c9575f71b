"""Issue 18, the data side: dd/mm/yyyy dates, Vietnamese order, Excel/JSON/Word downloads,
names as people type them, clean headlines, regions, the requests' search and export."""

import csv
import datetime as dt
import io
import json

import docx
import openpyxl
import pytest
from django.core.cache import cache

from apps.lib.collation import sort_key
from apps.provinces.models import Era, Province, Region
from apps.visits.records.headlines import clean_headline
from apps.visits.records.models import Activity, Article, Request
from apps.visits.reporting.fields import _province_choices

from ..factories import make_activity

pytestmark = pytest.mark.django_db

FEBRUARY_3 = dt.date(2024, 2, 3)
MARCH_2 = dt.date(2024, 3, 2)


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def ids_in_csv(response):
    return [int(row["id"]) for row in csv.DictReader(io.StringIO(body(response).decode("utf-8-sig")))]


# Dates -----------------------------------------------------------------------------------------


@pytest.fixture
def two_days():
    return make_activity(day=FEBRUARY_3), make_activity(day=MARCH_2)


@pytest.mark.parametrize("value", ["03/02/2024", "3/2/2024", "03-02-2024", "2024-02-03", " 03.02.2024 "])
def test_a_date_is_read_day_first_in_every_vietnamese_spelling(client, two_days, value):
    feb, mar = two_days
    assert ids_in_csv(client.get("/activities/export.csv", {"date_to": value})) == [feb.pk]
    assert ids_in_csv(client.get("/activities/export.csv", {"date_from": value})) == [feb.pk, mar.pk]


def test_a_day_above_twelve_is_a_day_not_an_error(client, two_days):
    response = client.get("/activities/export.csv", {"date_from": "13/03/2024"})
    assert response.status_code == 200 and ids_in_csv(response) == []
    assert client.get("/activities/", {"date_from": "13/03/2024"}).status_code == 200


OUTPUTS = ["/activities/", "/activities/export.csv", "/activities/export.json", "/activities/export.jsonl",
           "/activities/export.xlsx", "/activities/brief.docx", "/feed/activities.atom", "/api/activities/"]


@pytest.mark.parametrize("url", OUTPUTS)
@pytest.mark.parametrize("query", [{"date_from": "32/01/2024"}, {"date_from": "02/13/2024"},
                                   {"date_from": "10/03/2024", "date_to": "01/03/2024"}])
def test_a_bad_or_reversed_date_is_refused_by_every_output_never_exporting_everything(client, two_days, url, query):
    response = client.get(url, query)
    assert response.status_code == 400
    assert body(response).count(b"activity") < 50  # an error, not the archive


def test_a_reversed_range_says_so(client, two_days):
    response = client.get("/activities/", {"date_from": "10/03/2024", "date_to": "01/03/2024"})
    assert response.status_code == 400
    assert "01/03/2024" in response.content.decode() and "10/03/2024" in response.content.decode()


def test_the_date_boxes_take_dd_mm_yyyy_text_and_keep_what_was_typed(client, two_days):
    page = client.get("/activities/", {"date_from": "03/02/2024"}).content.decode()
    assert 'placeholder="dd/mm/yyyy"' in page and 'type="date"' not in page
    assert 'value="03/02/2024"' in page


def test_a_period_preset_filters_by_dates_counted_from_today(client):
    today = dt.date.today()
    recent = make_activity(day=today - dt.timedelta(days=40))
    make_activity(day=today - dt.timedelta(days=800))
    assert ids_in_csv(client.get("/activities/export.csv", {"period": "last-12-months"})) == [recent.pk]
    assert client.get("/activities/export.csv", {"period": "next-century"}).status_code == 400


# Vietnamese order ------------------------------------------------------------------------------


def test_names_sort_as_a_vietnamese_dictionary_sorts_them():
    names = ["Yên Bái", "Bình Thuận", "Huế", "Uruguay", "Đà Nẵng", "Cần Thơ", "Hà Tĩnh", "Úc", "Bình Định",
             "Cao Bằng", "Cà Mau", "Dubai", "Ơ", "Ô", "O"]
    assert sorted(names, key=sort_key) == [
        "Bình Định", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Dubai", "Đà Nẵng", "Hà Tĩnh", "Huế",
        "O", "Ô", "Ơ", "Úc", "Uruguay", "Yên Bái",
    ]


def test_tones_order_ngang_huyen_hoi_nga_sac_nang():
    assert sorted(["má", "mạ", "mà", "mã", "ma", "mả"], key=sort_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_the_province_choices_list_the_34_then_the_63_in_a_group_in_vietnamese_order():
    choices = _province_choices()
    current = [label for value, label in choices[1:] if not isinstance(label, list)]
    groups = [(value, label) for value, label in choices if isinstance(label, list)]
    assert len(current) == 34 and current == sorted(current, key=sort_key)
    assert current.index("Đắk Lắk") > current.index("Cần Thơ") and current.index("Đồng Tháp") < current.index("Gia Lai")
    [(group_label, earlier)] = groups
    assert group_label == str(Era.PRE_2025.label)
    names = [label.removesuffix(" (≤2025)") for _value, label in earlier]
    assert len(names) == 63
    assert names.index("Bình Định") < names.index("Bình Thuận") < names.index("Yên Bái")
    assert names.index("Đắk Lắk") < names.index("Yên Bái")


def test_the_province_select_renders_the_earlier_units_in_an_optgroup(client):
    page = client.get("/activities/").content.decode()
    assert f'<optgroup label="{Era.PRE_2025.label}">' in page.replace("&#x27;", "'")
    assert page.index('value="ha-noi"') < page.index("<optgroup")


def test_the_province_list_page_is_in_vietnamese_order(client):
    page = client.get("/provinces/").content.decode()
    # both in the south-central coast before 2025: Bình Định before Bình Thuận
    assert page.index("Bình Định") < page.index("Bình Thuận")


# Exports ---------------------------------------------------------------------------------------


def _with_source(activity, *, outlet="Báo Đắk Lắk", url="https://baodaklak.vn/tin/1", published=FEBRUARY_3):
    Article.objects.filter(activity=activity).update(outlet=outlet, url=url, published=published)
    return activity


def test_the_csv_starts_with_the_byte_order_mark_and_keeps_vietnamese(client):
    make_activity(lead="Lê Hoài Trung")
    raw = body(client.get("/activities/export.csv"))
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Lê Hoài Trung" in raw.decode("utf-8-sig")


def test_export_json_is_one_json_array_and_jsonl_has_a_record_a_line(client):
    a, b = make_activity(), make_activity()
    array = json.loads(body(client.get("/activities/export.json")))
    assert [r["id"] for r in array] == [a.pk, b.pk]
    assert json.loads(body(client.get("/activities/export.json?kind=provincial_event"))) == []
    response = client.get("/activities/export.jsonl")
    assert response["Content-Type"].startswith("application/x-ndjson")
    assert [json.loads(line)["id"] for line in body(response).decode().splitlines()] == [a.pk, b.pk]


def test_the_xlsx_has_vietnamese_headers_labels_real_dates_and_the_sources(client):
    activity = _with_source(make_activity(day=FEBRUARY_3, title="Đắk Lắk đón Đoàn công tác 29/11/2025 11:57"))
    Activity.objects.filter(pk=activity.pk).update(summary="Đắk Lắk đón Đoàn công tác 29/11/2025 11:57")
    make_activity(province_code="11")
    response = client.get("/activities/export.xlsx", {"province": "dak-lak-truoc-2025"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(body(response))).active
    rows = list(sheet.iter_rows(values_only=True))
    header, row = rows[0], rows[1]
    assert len(rows) == 2
    assert "Ngày bắt đầu" in header and "Tóm tắt" in header and "Nguồn tin" in header
    cells = dict(zip(header, row, strict=True))
    assert cells["Ngày bắt đầu"] == dt.datetime(2024, 2, 3)
    assert sheet.cell(row=2, column=header.index("Ngày bắt đầu") + 1).number_format == "dd/mm/yyyy"
    assert cells["Loại"] == "Đoàn Trung ương"
    assert cells["Tóm tắt"] == "Đắk Lắk đón Đoàn công tác"
    assert cells["Trang hoạt động"] == f"http://testserver/activities/{activity.pk}/"
    assert cells["Nguồn tin"] == "Báo Đắk Lắk" and cells["Liên kết nguồn"] == "https://baodaklak.vn/tin/1"
    assert not any(".txt" in str(v) for v in row)  # no file names


def test_the_word_brief_holds_the_filters_counts_and_activities_in_date_order(client):
    later = _with_source(make_activity(day=MARCH_2, request="đề nghị mở tuyến bay thẳng"))
    earlier = _with_source(make_activity(day=FEBRUARY_3))
    response = client.get("/activities/brief.docx", {"province": "dak-lak-truoc-2025", "date_from": "01/01/2024"})
    assert response.status_code == 200 and response["Content-Disposition"].endswith('.docx"')
    document = docx.Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Đắk Lắk" in text and "01/01/2024" in text
    assert text.index("03/02/2024") < text.index("02/03/2024")
    assert "đề nghị mở tuyến bay thẳng" in text and "Báo Đắk Lắk" in text and "Lê Hoài Trung" in text
    counts = [[c.text for c in r.cells] for r in document.tables[0].rows]
    assert ["Đoàn Trung ương", "2"] in counts
    assert earlier.pk != later.pk


def test_profile_filters_give_their_own_brief(client):
    activity = make_activity(lead="Bùi Thanh Sơn")
    slug = activity.lead.slug
    response = client.get("/activities/brief.docx", {"official": slug})
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
    assert "Bùi Thanh Sơn" in text


# Names as typed --------------------------------------------------------------------------------


def test_official_filter_takes_the_name_with_or_without_diacritics(client):
    trung = make_activity(lead="Lê Hoài Trung")
    son = make_activity(lead="Bùi Thanh Sơn")
    for value in ["bui thanh son", "Bùi Thanh Sơn", son.lead.slug, "BUI THANH SON"]:
        response = client.get("/activities/export.csv", {"official": value})
        assert ids_in_csv(response) == [son.pk], value
    assert ids_in_csv(client.get("/activities/export.csv", {"official": "Lê Hoài Trung"})) == [trung.pk]
    response = client.get("/activities/", {"official": "Không Có Ai"})
    assert response.status_code == 400


def test_partner_filter_takes_any_known_variant(client):
    activity = make_activity(partner="Vientiane")
    partner = activity.partner_mentions.get().partner
    partner.variants = ["Viêng Chăn", "Thủ đô Viêng Chăn"]
    partner.save()
    make_activity(partner="Mondulkiri")
    for value in ["Viêng Chăn", "vieng chan", "Vientiane", partner.slug]:
        assert ids_in_csv(client.get("/activities/export.csv", {"partner": value})) == [activity.pk], value


def test_organization_filter_ignores_diacritics(client):
    activity = make_activity()
    assert ids_in_csv(client.get("/activities/export.csv", {"organization": "bo ngoai giao"})) == [activity.pk]
    assert ids_in_csv(client.get("/activities/export.csv", {"organization": "bộ quốc phòng"})) == []


def test_autocomplete_finds_names_without_diacritics_in_vietnamese_order(client):
    make_activity(lead="Đỗ Văn Chiến")
    make_activity(lead="Dương Văn Bình")
    data = client.get("/autocomplete/officials/", {"q": "van"}).json()["results"]
    labels = [r["label"] for r in data]
    assert labels.index("Dương Văn Bình") < labels.index("Đỗ Văn Chiến")
    assert client.get("/autocomplete/officials/", {"q": "do van"}).json()["results"][0]["label"] == "Đỗ Văn Chiến"
    assert client.get("/autocomplete/partners/", {"q": "mondul"}).json()["results"][0]["label"] == "Mondulkiri"
    assert client.get("/autocomplete/organizations/", {"q": "ngoai giao"}).json()["results"] == [
        {"value": "Bộ Ngoại giao", "label": "Bộ Ngoại giao"}
    ]
    assert client.get("/autocomplete/officials/", {"q": "x" * 101}).status_code == 400
    assert client.get("/autocomplete/officials/", {"q": "a\x00"}).status_code == 400


def test_a_province_written_without_spaces_is_found(client):
    activity = make_activity(title="Tỉnh Đắk Lắk tiếp đoàn")
    make_activity(province_code="11", title="Điện Biên tiếp đoàn")
    assert ids_in_csv(client.get("/activities/export.csv", {"q": "daklak"})) == [activity.pk]


# Headlines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Đắk Lắk đón Đại sứ Lào 29/11/2025 11:57", "Đắk Lắk đón Đại sứ Lào"),
        ("Thứ trưởng làm việc với tỉnh (24/10/2024, 14:50)", "Thứ trưởng làm việc với tỉnh"),
        ("Thời sự - Chính trị Tỉnh Lạng Sơn tiếp đoàn Quảng Tây", "Tỉnh Lạng Sơn tiếp đoàn Quảng Tây"),
        ("Tin tức | Đối ngoại: Tiếp Đại sứ Nhật Bản", "Tiếp Đại sứ Nhật Bản"),
        ("Hai bên thống nhất đẩy mạnh hợp tác trên các lĩnh vự...", "Hai bên thống nhất đẩy mạnh hợp tác trên các lĩnh…"),
        ("Kinh tế biên giới là trọng tâm hợp tác", "Kinh tế biên giới là trọng tâm hợp tác"),
        ("Tiếp Đại sứ Nhật Bản", "Tiếp Đại sứ Nhật Bản"),
        ("", ""),
    ],
)
def test_clean_headline_drops_page_debris_only(raw, clean):
    assert clean_headline(raw) == clean


def test_lists_heading_and_feed_show_the_clean_headline(client):
    activity = make_activity()
    Activity.objects.filter(pk=activity.pk).update(summary="Thời sự - Chính trị Tiếp đoàn Bộ Ngoại giao 29/11/2025 11:57")
    for url in ["/activities/", f"/activities/{activity.pk}/", "/feed/activities.atom"]:
        page = client.get(url).content.decode()
        assert "Tiếp đoàn Bộ Ngoại giao" in page, url
        assert "11:57" not in page and "Thời sự - Chính trị" not in page, url


# Regions ---------------------------------------------------------------------------------------


def test_merged_units_are_in_the_official_post_2025_regions():
    # Adjusted national master plan 2021-2030 (scripts/build_provinces.py, REGION_2025).
    current = {p.name: p.region for p in Province.objects.filter(era=Era.CURRENT)}
    assert current["Tây Ninh"] == Region.SOUTHEAST
    assert current["Gia Lai"] == Region.HIGHLANDS
    assert current["Hồ Chí Minh"] == Region.SOUTHEAST and current["Cần Thơ"] == Region.MEKONG
    assert all(current.values())


# Requests --------------------------------------------------------------------------------------


def test_requests_search_their_own_text_without_diacritics_and_export(client):
    make_activity(request="đề nghị mở tuyến bay thẳng")
    make_activity(request="đề nghị hỗ trợ khai thông cửa khẩu")
    page = client.get("/requests/", {"q": "tuyen bay"})
    assert page.status_code == 200
    content = page.content.decode()
    assert "tuyến bay thẳng" in content and "khai thông" not in content
    rows = list(csv.reader(io.StringIO(body(client.get("/requests/export.csv", {"q": "tuyen bay"})).decode("utf-8-sig"))))
    assert len(rows) == 2 and "đề nghị mở tuyến bay thẳng" in rows[1]
    sheet = openpyxl.load_workbook(io.BytesIO(body(client.get("/requests/export.xlsx")))).active
    assert sheet.max_row == 3
    assert client.get("/requests/export.csv", {"q": "x\x01"}).status_code == 400
    assert Request.objects.count() == 2


def test_a_new_official_record_is_found_by_its_folded_name_only_when_public(client):
    activity = make_activity(lead="Nguyễn Minh Vũ")
    official = activity.lead
    official.review_state = "rejected"
    official.save()
    assert client.get("/activities/", {"official": "nguyen minh vu"}).status_code == 400


def test_profiles_and_lists_link_their_own_downloads(client):
    activity = make_activity(lead="Bùi Thanh Sơn", partner="Vientiane")
    partner = activity.partner_mentions.get().partner
    pages = {
        "/provinces/dak-lak-truoc-2025/": "/activities/brief.docx?province=dak-lak-truoc-2025",
        f"/officials/{activity.lead.slug}/": f"/activities/brief.docx?official={activity.lead.slug}",
        f"/partners/{partner.slug}/": f"/activities/brief.docx?partner={partner.slug}",
        "/activities/?kind=central_delegation": "/activities/brief.docx?kind=central_delegation",
    }
    for page, link in pages.items():
        html = client.get(page).content.decode()
        assert f'href="{link}"' in html and "Tải báo cáo (.docx)" in html, page
        response = client.get(link)
        assert response.status_code == 200, link
        assert "Bùi Thanh Sơn" in "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
    assert 'href="/activities/export.xlsx"' in client.get("/activities/").content.decode()
    assert 'href="/requests/export.xlsx"' in client.get("/requests/").content.decode()


@pytest.mark.parametrize("url", ["/autocomplete/nothing/?q=a", "/autocomplete/officials/?q=a&q=b",
                                 "/activities/export.xlsx?period=x", "/activities/brief.docx?official=%00",
                                 "/requests/export.xlsx?status=x", "/requests/export.csv?q=" + "a+" * 30,
                                 "/activities/export.jsonl?date_from=1/1/10000"])
def test_odd_queries_to_the_downloads_answer_4xx_never_500(client, url):
    make_activity()
    assert 400 <= client.get(url).status_code < 500
