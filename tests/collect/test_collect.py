"""`manage.py collect` against the invented site of site.py: every allowed article lands once
with its URL, outlet and publication date; a second run sends only conditional requests and
fetches nothing; robots.txt is obeyed; each failure is reported by URL while the rest load."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from apps.ingest.models import FetchedPage, Source
from apps.visits.records.models import Activity, Article

from .site import (
    BY_SLUG,
    DISALLOWED,
    ENDLESS,
    FLAKY,
    LOOP,
    MISSING,
    SLOW,
    STORIES,
    article_path,
)

pytestmark = pytest.mark.django_db


def _sources(specs, interval=0):
    return [
        Source.objects.create(name=name, kind=kind, url=url, selector=selector, interval=interval)
        for name, kind, url, selector in specs
    ]


def collect(*args):
    """(exit status, output) of `manage.py collect ARGS`."""
    out = io.StringIO()
    try:
        call_command("collect", *args, stdout=out, stderr=io.StringIO())
    except CommandError as exc:
        return exc.returncode, out.getvalue() + str(exc)
    return 0, out.getvalue()


def test_every_allowed_article_lands_once_then_a_second_run_fetches_nothing(news_site):
    site, specs = news_site
    base = site.base
    _sources(specs)

    status, out = collect()

    assert status == 1, out  # pages failed: reported, and the exit status says so
    articles = {a.url: a for a in Article.objects.all()}
    assert set(articles) == {base + article_path(s.slug) for s in STORIES}
    for story in STORIES:
        article = articles[base + article_path(story.slug)]
        assert article.published == dt.date.fromisoformat(story.published), story.slug
        assert article.title == story.title
        assert article.outlet in {name for name, *_ in specs}
    # Listed by the RSS feed (checked first), the Atom feed and the listing page: one article.
    assert articles[base + article_path("bo-ngoai-giao-lam-viec-voi-quang-tri")].outlet == "Báo Biên Cương"
    assert articles[base + article_path("gia-lai-hop-tac-ratanakiri")].outlet == "Cổng thông tin tỉnh"
    # The Windows-1258 page, declared in its meta tag only, reads as Vietnamese.
    dak_lak = articles[base + article_path("dak-lak-tiep-dai-su-campuchia")]
    assert "Đại sứ Campuchia" in dak_lak.clean_text and dak_lak.encoding == "windows-1258"

    # Every story that reports an activity made one, in its province, in the year of its page.
    activities = {a.province.name: a for a in Activity.objects.select_related("province")}
    assert set(activities) == {s.province for s in STORIES if s.province}
    assert activities["Quảng Trị"].start_date == dt.date(2025, 3, 12)
    assert activities["Lào Cai"].start_date == dt.date(2024, 9, 18)  # the year of its JSON-LD date
    assert activities["An Giang"].start_date == dt.date(2024, 11, 14)  # the year of its visible date
    assert articles[base + article_path("thoi-tiet-mien-trung")].status == Article.Status.NOT_ACTIVITY

    # Each page once (the flaky one: a 500, then the retry's 200); nothing robots.txt forbids.
    asked = site.asked()
    for story in STORIES:
        assert asked[article_path(story.slug)] == (2 if article_path(story.slug) == FLAKY else 1), story.slug
    assert site.statuses(FLAKY) == [500, 200]
    assert asked[DISALLOWED] == 0
    assert not [p for p in asked if "utm_" in p or "#" in p]  # tracking parameters dropped, one page
    assert asked["/robots.txt"] == 1

    # Each failure by its URL, with its reason.
    assert f"failed: {base}{MISSING}: HTTP 404" in out
    assert f"failed: {base}{LOOP}: redirect loop" in out
    assert f"failed: {base}{SLOW}: timed out" in out
    assert f"failed: {base}{ENDLESS}: too large" in out
    assert "failed 4" in out and "disallowed by robots.txt 1" in out
    assert "sources checked 4" in out and "new activities 6" in out and "no activity 1" in out

    pages = {p.url: p for p in FetchedPage.objects.all()}
    first = pages[base + article_path(STORIES[0].slug)]
    assert bytes(first.body).startswith(b"<!DOCTYPE html>")  # the raw page, to extract again
    assert first.article.url == first.url and first.published_from == "meta"
    assert pages[base + MISSING].state == FetchedPage.State.FAILED and pages[base + MISSING].retry_at is None
    assert pages[base + SLOW].retry_at is not None  # a timeout is tried again later
    assert base + DISALLOWED not in pages
    rss = Source.objects.get(name="Báo Biên Cương")
    assert rss.last_status == 200 and rss.etag and rss.last_found == 7 and rss.next_check_at is not None
    assert rss.last_failed == 2 and "HTTP 404" in rss.last_error

    # The second run: every source answers 304; no article page is asked for.
    site.reset_log()
    status, out = collect()
    assert status == 0, out
    asked = site.asked()
    assert {p for p in asked if p != "/robots.txt"} == {
        "/rss/doi-ngoai.rss", "/atom.xml", "/sitemap.xml", "/chuyen-muc/doi-ngoai"
    }
    assert all(s == 304 for p, s in site.requests if p != "/robots.txt")
    assert "not modified 4" in out and "fetched 0" in out
    assert Article.objects.count() == len(STORIES)


def test_a_source_that_is_not_due_waits_and_a_paused_one_is_left_alone(news_site):
    site, specs = news_site
    rss, atom, *_ = _sources(specs[:2], interval=60)
    collect()
    site.reset_log()
    Source.objects.filter(pk=atom.pk).update(active=False, next_check_at=None)
    status, out = collect()
    assert site.requests == [] and "sources checked 0" in out
    # --source checks it now, due or not, paused or not.
    status, out = collect("--source", "Sở Ngoại vụ (Atom)")
    assert "sources checked 1" in out and site.asked()["/atom.xml"] == 1


def test_max_stops_early_and_the_next_run_goes_on_where_it_stopped(news_site):
    site, specs = news_site
    [rss] = _sources(specs[:1])
    status, out = collect("--max", "2")
    assert "fetched 2" in out and "Stopped at --max 2" in out
    rss.refresh_from_db()
    assert rss.etag == ""  # not every link seen: the feed is read again in full next time
    status, out = collect()
    assert Article.objects.count() == 3  # Quảng Trị, Đắk Lắk, Nghệ An
    assert site.asked()[article_path(STORIES[0].slug)] == 1


def test_since_skips_older_entries(news_site):
    site, specs = news_site
    _sources([s for s in specs if s[0] == "Sở Ngoại vụ (Atom)"])
    collect("--since", "2025-01-01")
    assert site.asked()[article_path("lao-cai-lam-viec-voi-van-nam")] == 0  # dated 2024-09-21 in the feed


def test_dry_run_loads_and_records_nothing(news_site):
    site, specs = news_site
    [rss] = _sources(specs[:1])
    status, out = collect("--dry-run")
    assert out.startswith("Dry run (nothing saved)")
    assert Article.objects.count() == 0 and FetchedPage.objects.count() == 0 and Activity.objects.count() == 0
    rss.refresh_from_db()
    assert rss.last_checked_at is None and rss.etag == ""


def test_urls_given_on_the_command_line_are_checked_once_as_an_unstored_source(news_site):
    site, _ = news_site
    base = site.base
    status, out = collect("--kind", "article", base + article_path("gia-lai-hop-tac-ratanakiri"))
    assert status == 0, out
    [article] = Article.objects.all()
    assert article.outlet == "127.0.0.1" and article.published == dt.date(2025, 1, 20)
    assert Source.objects.count() == 0

    status, out = collect("--kind", "listing", "--selector", ".list-news h3 a", base + "/chuyen-muc/doi-ngoai")
    assert status == 0 and "already known 1" in out and "fetched 1" in out
    assert Article.objects.count() == 2

    status, out = collect("--kind", "sitemap", base + "/sitemap.xml", "--verbose")
    assert status == 0 and "links found 2" in out
    assert {a.url for a in Article.objects.all()} >= {base + article_path("an-giang-tiep-doan-takeo")}


def test_a_page_that_is_not_html_is_reported_and_not_tried_again(news_site):
    site, _ = news_site
    site.add("/tai-lieu/bao-cao.pdf", b"%PDF-1.4 " + b"0" * 2000, "application/pdf")
    status, out = collect("--kind", "article", site.base + "/tai-lieu/bao-cao.pdf")
    assert status == 1 and "not an HTML page (application/pdf)" in out
    status, out = collect("--kind", "article", site.base + "/tai-lieu/bao-cao.pdf")
    assert status == 0 and "already known 1" in out and site.asked()["/tai-lieu/bao-cao.pdf"] == 1


def test_the_command_refuses_what_it_cannot_do(news_site):
    with pytest.raises(CommandError, match="--kind"):
        call_command("collect", "http://127.0.0.1/x", stdout=io.StringIO())
    with pytest.raises(CommandError, match="selector"):
        call_command("collect", "--kind", "listing", "http://127.0.0.1/x", stdout=io.StringIO())
    with pytest.raises(CommandError, match="no source"):
        call_command("collect", "--source", "không có", stdout=io.StringIO())


def test_a_page_known_from_a_file_gets_its_url(news_site, tmp_path):
    """The same text loaded by `ingest` from a file, then found on the web: one article, now with its URL."""
    from apps.ingest.collect.main_text import extract_page
    from apps.ingest.runs import ingest_paths

    from .site import article_html

    site, _ = news_site
    story = BY_SLUG["gia-lai-hop-tac-ratanakiri"]
    page = extract_page(article_html(story), "x")
    (tmp_path / "gia-lai.txt").write_text(page.pipeline_text(), encoding="utf-8")
    ingest_paths([tmp_path / "gia-lai.txt"], max_bytes=10**6)
    status, out = collect("--kind", "article", site.base + article_path(story.slug))
    assert "same text as a stored article 1" in out
    [article] = Article.objects.all()
    assert article.url == site.base + article_path(story.slug) and article.source_name == "gia-lai.txt"


def test_the_shipped_sources_load_paused_and_load_again_without_duplicates():
    call_command("loaddata", "sources_vn", verbosity=0)
    call_command("loaddata", "sources_vn", verbosity=0)
    sources = Source.objects.all()
    assert len(sources) >= 5 and not any(s.active for s in sources)
    assert {s.kind for s in sources} <= {"feed", "sitemap"}


def test_admin_lists_sources_and_pages_and_keeps_history(admin_client, news_site):
    site, specs = news_site
    [rss] = _sources(specs[:1])
    collect()
    assert admin_client.get("/admin/ingest/source/").status_code == 200
    assert admin_client.get(f"/admin/ingest/source/{rss.pk}/change/").status_code == 200
    assert admin_client.get("/admin/ingest/fetchedpage/").status_code == 200
    page = FetchedPage.objects.exclude(article=None).first()
    assert admin_client.get(f"/admin/ingest/fetchedpage/{page.pk}/change/").status_code == 200
    response = admin_client.post("/admin/ingest/source/", {"action": "pause", "_selected_action": [rss.pk]})
    assert response.status_code == 302
    rss.refresh_from_db()
    assert not rss.active and rss.history.count() == 2  # created, then paused; the checks leave no history
    response = admin_client.post("/admin/ingest/source/add/", {
        "name": "Cổng tỉnh", "url": site.base + "/chuyen-muc/doi-ngoai", "kind": "listing", "selector": "",
        "interval": 60, "active": "on",
    })
    assert response.status_code == 200 and "bộ chọn CSS" in response.content.decode()
