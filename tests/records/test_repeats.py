"""Repeated requests (issue 8): ingest links the same ask raised again by the same province,
editors link and unlink by hand and ingest never undoes them, and the request page shows the
chain. Articles go through the real pipeline (``ingest`` on files written to tmp_path)."""

import datetime as dt
import io

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apps.lib.text import fold
from apps.provinces.models import Era, Province
from apps.visits.records import services
from apps.visits.records.models import Activity, Kind, Request, ReviewState
from apps.visits.records.repeats import ask_names, ask_words, is_same_ask, names_agree, similarity

pytestmark = pytest.mark.django_db

ASK_2019 = "đề nghị Bộ Ngoại giao phối hợp với các bộ, ngành Trung ương xem xét hỗ trợ cho tỉnh sớm khai thông cửa khẩu Đắk Ruê - Chi Miết"
ASK_2023 = "tiếp tục đề nghị Bộ Ngoại giao quan tâm, ủng hộ tỉnh sớm mở cửa khẩu Đắk Ruê – Chi Miết"
ARTICLE = """{title}

09:30, {day:%d/%m/%Y}
Chiều {day.day}-{day.month}, Đoàn công tác của Bộ Ngoại giao do đồng chí {lead}, Thứ trưởng Bộ Ngoại giao làm Trưởng đoàn đã có buổi làm việc với tỉnh {province}.

Tại buổi làm việc, tỉnh {province} {ask}.

Thứ trưởng {lead} ghi nhận các kiến nghị của tỉnh.
"""


def write_article(folder, name, *, day, province="Đắk Lắk", ask=ASK_2019, lead="Đỗ Hùng Việt"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    title = f"Bộ Ngoại giao làm việc với tỉnh {province} ({day.year})"
    path.write_text(
        ARTICLE.format(title=title, day=day, lead=lead, province=province, ask=ask), encoding="utf-8"
    )
    return path


def ingest(*paths):
    call_command("ingest", *[str(p) for p in paths], stdout=io.StringIO(), stderr=io.StringIO())


def request_of(day):
    return Request.objects.select_related("repeat_of").get(activity__start_date=day)


def make_request(*, province, day, text, category="border_gate"):
    """A request stored through the service ingest uses (for cases the pipeline cannot phrase)."""
    activity = Activity.objects.create(
        kind=Kind.CENTRAL, province=province, start_date=day, organization="Bộ Ngoại giao"
    )
    services.requests_add(activity=activity, article=None, items=[{"text": text, "category": category}])
    return activity.requests.get()


def unit(name, era=Era.PRE_2025):
    return Province.objects.get(name=name, era=era)


D2019, D2021, D2023, D2025 = (
    dt.date(2019, 3, 12),
    dt.date(2021, 5, 4),
    dt.date(2023, 6, 20),
    dt.date(2025, 2, 10),
)


# --- Similarity: pure functions ------------------------------------------------------------


def test_the_formulas_of_asking_are_not_content_words():
    words = ask_words(
        "de nghi bo ngoai giao phoi hop voi cac bo nganh trung uong xem xet ho tro cho tinh som "
        "khai thong cua khau dak rue chi miet"
    )
    assert words == {"khai", "thong", "khau", "dak", "rue", "chi", "miet"}


def test_asks_on_one_pattern_naming_different_places_are_different_asks():
    one = "đề nghị Bộ Ngoại giao hỗ trợ nâng cấp cửa khẩu Lệ Thanh thành cửa khẩu quốc tế"
    other = "đề nghị Bộ Ngoại giao hỗ trợ nâng cấp cửa khẩu Bu Prăng thành cửa khẩu quốc tế"
    assert ask_names(one) == {"le thanh"} and ask_names(other) == {"bu prang"}  # the ministry is no name
    assert not names_agree(ask_names(one), ask_names(other))
    assert names_agree(ask_names(ASK_2019), ask_names("sớm mở cửa khẩu Đắk Ruê"))
    a = Request(text=one, text_key=fold(one), category="border_gate")
    b = Request(text=other, text_key=fold(other), category="border_gate")
    assert similarity(ask_words(a.text_key), ask_words(b.text_key)) >= 0.5
    assert not is_same_ask(a, b, threshold=0.5)


# --- Ingest links repeats -----------------------------------------------------------------


def test_the_same_ask_of_one_province_years_apart_is_linked(tmp_path):
    ingest(
        write_article(tmp_path, "a.txt", day=D2019, lead="Nguyễn Quốc Dũng"),
        write_article(tmp_path, "b.txt", day=D2023, ask=ASK_2023),
    )
    first, again = request_of(D2019), request_of(D2023)
    assert first.category == again.category == "border_gate"
    assert again.repeat_of == first and first.repeat_of is None
    assert not again.repeat_locked


def test_the_request_page_shows_the_chain_in_date_order(tmp_path, client):
    ingest(
        write_article(tmp_path, "a.txt", day=D2019, lead="Nguyễn Quốc Dũng"),
        write_article(tmp_path, "b.txt", day=D2023, ask=ASK_2023),
    )
    first, again = request_of(D2019), request_of(D2023)
    assert again.get_absolute_url() == f"/requests/{again.pk}/"
    body = client.get(again.get_absolute_url()).content.decode()
    assert "Đắk Ruê" in body and "Đắk Lắk" in body
    chain = body[body.index('class="rows chain"') :]
    assert chain.index("12/03/2019") < chain.index("20/06/2023")  # dd/mm/yyyy, as offices write dates
    assert reverse("activity-detail", args=[first.activity_id]) in body
    assert reverse("activity-detail", args=[again.activity_id]) in body
    assert f'href="{first.get_absolute_url()}"' in body  # the others link to their pages
    assert body.count('aria-current="true"') == 2  # the current request's row (and the language link)
    assert client.get(first.get_absolute_url()).content.decode().count(again.get_absolute_url()) == 1
    listing = client.get("/requests/").content.decode()
    assert f'href="{again.get_absolute_url()}"' in listing and f'href="{first.get_absolute_url()}"' in listing


def test_the_same_ask_of_another_province_is_never_linked(tmp_path):
    ingest(
        write_article(tmp_path, "a.txt", day=D2019, lead="Nguyễn Quốc Dũng"),
        write_article(tmp_path, "n.txt", day=D2021, province="Đắk Nông"),
        write_article(tmp_path, "b.txt", day=D2023, ask=ASK_2023),
    )
    assert request_of(D2021).activity.province.name == "Đắk Nông"
    assert request_of(D2021).repeat_of is None  # Đắk Lắk's ask of 2019 is not Đắk Nông's
    assert request_of(D2023).repeat_of == request_of(D2019)  # nor is Đắk Nông's the nearest for 2023


def test_a_2025_unit_carries_the_asks_of_its_predecessors_but_siblings_stay_apart():
    old_dak_nong = make_request(province=unit("Đắk Nông"), day=D2021, text=ASK_2019)
    old_lam_dong = make_request(province=unit("Lâm Đồng"), day=D2023, text=ASK_2023)
    assert old_lam_dong.repeat_of is None  # two pre-2025 units merged later: different provinces
    new_lam_dong = make_request(
        province=unit("Lâm Đồng", Era.CURRENT), day=dt.date(2026, 1, 5), text=ASK_2023
    )
    assert new_lam_dong.repeat_of == old_lam_dong
    assert Request.objects.filter(repeat_of=old_dak_nong).count() == 0


def test_a_different_category_with_similar_words_is_not_linked():
    province = unit("Đắk Lắk")
    make_request(province=province, day=D2019, text=ASK_2019, category="border_gate")
    trade = make_request(province=province, day=D2023, text=ASK_2023, category="trade")
    assert trade.repeat_of is None
    gate = make_request(province=province, day=D2025, text=ASK_2023, category="border_gate")
    assert gate.repeat_of is not None and gate.repeat_of.category == "border_gate"


def test_the_threshold_setting_is_honoured():
    province = unit("Đắk Lắk")
    make_request(province=province, day=D2019, text=ASK_2019)
    with override_settings(REQUEST_REPEAT_THRESHOLD=0.95):
        assert make_request(province=province, day=D2021, text=ASK_2023).repeat_of is None
    with override_settings(REQUEST_REPEAT_THRESHOLD=0.3):
        assert make_request(province=province, day=D2023, text=ASK_2023).repeat_of is not None


def test_an_earlier_report_read_after_a_later_one_still_builds_the_chain(tmp_path):
    ingest(write_article(tmp_path / "late", "b.txt", day=D2023, ask=ASK_2023))
    assert request_of(D2023).repeat_of is None
    ingest(write_article(tmp_path / "early", "a.txt", day=D2019, lead="Nguyễn Quốc Dũng"))
    assert request_of(D2023).repeat_of == request_of(D2019)
    ingest(write_article(tmp_path / "middle", "m.txt", day=D2021, lead="Nguyễn Minh Vũ"))
    middle = request_of(D2021)
    assert middle.repeat_of == request_of(D2019)
    assert request_of(D2023).repeat_of == middle  # re-pointed to the nearest earlier raising
    assert request_of(D2023).history.first().history_type == "~"  # the change is in its history


# --- Editors ------------------------------------------------------------------------------


@pytest.fixture
def editor(client):
    user = User.objects.create_superuser("editor", "editor@example.org", "pw-editor-123")
    client.force_login(user)
    return user


def test_an_editors_unlink_survives_reingest_and_new_reports(tmp_path, client, editor):
    early = write_article(tmp_path / "early", "a.txt", day=D2019, lead="Nguyễn Quốc Dũng")
    late = write_article(tmp_path / "late", "b.txt", day=D2023, ask=ASK_2023)
    ingest(early, late)
    again = request_of(D2023)
    assert again.repeat_of is not None
    response = client.post(
        reverse("admin:visits_request_changelist"),
        {"action": "unlink_repeat", "_selected_action": [again.pk]},
    )
    assert response.status_code == 302
    again.refresh_from_db()
    assert again.repeat_of is None and again.repeat_locked
    assert again.history.first().history_user == editor

    ingest(early, late)  # the same files again
    ingest(write_article(tmp_path / "middle", "m.txt", day=D2021, lead="Nguyễn Minh Vũ"))  # would re-point it
    ingest(write_article(tmp_path / "new", "c.txt", day=D2025, ask=ASK_2023, lead="Lê Thị Thu Hằng"))
    again.refresh_from_db()
    assert again.repeat_of is None and again.repeat_locked
    assert request_of(D2021).repeat_of == request_of(D2019)  # ingest still links what it may
    assert request_of(D2025).repeat_of == again  # and a locked request is still a target


def test_an_editors_hand_link_survives_reingest(tmp_path, client, editor):
    festival = "đề nghị hỗ trợ tỉnh tổ chức Lễ hội cà phê Buôn Ma Thuột"
    early = write_article(tmp_path / "early", "a.txt", day=D2019, lead="Nguyễn Quốc Dũng")
    late = write_article(tmp_path / "late", "b.txt", day=D2023, ask=festival)
    ingest(early, late)
    first, other = request_of(D2019), request_of(D2023)
    assert other.repeat_of is None
    url = reverse("admin:visits_request_change", args=[other.pk])
    context = client.get(url).context
    form = context["adminform"].form
    data = {name: form.initial.get(name) for name in form.fields}
    data = {k: ("" if v is None else getattr(v, "pk", v)) for k, v in data.items()}
    for inline in context["inline_admin_formsets"]:  # the request's steps: none added here
        prefix = inline.formset.prefix
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    data["repeat_of"] = first.pk  # the raw id widget posts the id
    response = client.post(url, data)
    assert response.status_code == 302, response.content[:2000]
    other.refresh_from_db()
    assert other.repeat_of == first and other.repeat_locked
    assert other.history.first().history_user == editor

    ingest(early, late)
    # The festival asked in 2021 too: without the lock, ingest would re-point the 2023 request
    # to it (the nearest earlier raising of the same ask).
    ingest(write_article(tmp_path / "middle", "m.txt", day=D2021, ask=festival, lead="Nguyễn Minh Vũ"))
    assert request_of(D2021).category == other.category
    other.refresh_from_db()
    assert other.repeat_of == first and other.repeat_locked


def test_a_hand_link_may_not_close_a_loop():
    province = unit("Đắk Lắk")
    first = make_request(province=province, day=D2019, text=ASK_2019)
    again = make_request(province=province, day=D2023, text=ASK_2023)
    assert again.repeat_of == first
    with pytest.raises(ValueError):
        services.request_link(request=first, repeat_of=again)
    with pytest.raises(ValueError):
        services.request_link(request=first, repeat_of=first)
    services.request_unlink(request=again)
    services.request_link(request=first, repeat_of=again)  # no loop any more: allowed, and locked
    first.refresh_from_db()
    assert first.repeat_of == again and first.repeat_locked


# --- The request page ---------------------------------------------------------------------


def test_rejected_requests_are_not_shown_and_their_page_is_404(client):
    province = unit("Đắk Lắk")
    first = make_request(province=province, day=D2019, text=ASK_2019)
    middle = make_request(province=province, day=D2021, text=ASK_2023)
    last = make_request(province=province, day=D2023, text=ASK_2023)
    assert (middle.repeat_of, last.repeat_of) == (first, middle)
    services.review_set(records=[middle], state=ReviewState.REJECTED)
    assert client.get(middle.get_absolute_url()).status_code == 404
    assert client.get("/requests/999999/").status_code == 404
    body = client.get(last.get_absolute_url()).content.decode()
    assert "12/03/2019" in body and "04/05/2021" not in body  # the chain goes on past the hidden step
    services.review_set(records=[last.activity], state=ReviewState.REJECTED)
    assert client.get(last.get_absolute_url()).status_code == 404


def _chain(length, province):
    """A chain of ``length`` raisings of one ask, a year apart."""
    return [
        make_request(province=province, day=dt.date(2010 + i, 4, 1), text=ASK_2019 if i % 2 else ASK_2023)
        for i in range(length)
    ]


def _cold_queries(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def test_the_request_page_queries_do_not_grow_with_the_chain(client):
    short = _chain(2, unit("Đắk Lắk"))
    long = _chain(12, unit("Đắk Nông"))
    assert all(r.repeat_of_id == p.pk for p, r in zip(long, long[1:], strict=False))
    few = _cold_queries(client, short[-1].get_absolute_url())
    # data version, the request with its activity and province, the walk of the links, the chain
    assert few <= 5
    assert _cold_queries(client, long[-1].get_absolute_url()) == few
    assert _cold_queries(client, long[5].get_absolute_url()) == few
    cache.clear()
    client.get(long[0].get_absolute_url())
    with CaptureQueriesContext(connection) as ctx:
        client.get(long[0].get_absolute_url())
    assert len(ctx.captured_queries) == 1  # a repeat view comes from the page cache


def test_the_request_list_queries_stay_constant_with_chains(client):
    _chain(2, unit("Đắk Lắk"))
    few = _cold_queries(client, "/requests/")
    _chain(10, unit("Đắk Nông"))
    _chain(6, unit("Đắk Lắk", Era.CURRENT))
    assert _cold_queries(client, "/requests/") == few
