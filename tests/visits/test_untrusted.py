"""Article text is untrusted: HTML and script in an article appear as text on every page."""

import datetime as dt
import io
import re

import pytest
from django.core.management import call_command

from apps.visits.records.models import Activity, Official, PartnerLocality

pytestmark = pytest.mark.django_db

EVIL = "<script>alert('xss')</script><img src=x onerror=alert(1)>"


@pytest.fixture
def evil_article(tmp_path, seeds_dir):
    text = (seeds_dir / "002_e4971daadf9b6461.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    # Title and body carry markup; a .txt file is text, so the markup must stay text.
    marker = re.match(r"\s*date \S+ ", lines[0])
    head = marker.group(0) if marker else ""
    lines[0] = f"{head}Đoàn công tác {EVIL} làm việc với tỉnh Điện Biên. {lines[0][len(head):]}"
    lines.append(f"Ông {EVIL} phát biểu.")
    path = tmp_path / "evil.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    call_command("ingest", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    return Activity.objects.get()


def pages(activity):
    yield "/"
    yield "/activities/"
    yield f"/activities/{activity.pk}/"
    yield "/activities/?q=script"
    yield f"/provinces/{activity.province.slug}/"
    yield "/requests/"
    yield "/partners/"
    yield "/timeline/?zoom=day&at=" + (activity.start_date or dt.date(2020, 3, 1)).strftime("%Y-%m")
    for official in Official.objects.all():
        yield f"/officials/{official.slug}/"
    for partner in PartnerLocality.objects.all():
        yield f"/partners/{partner.slug}/"


def test_markup_in_an_article_is_shown_as_text_on_every_page(client, evil_article):
    assert "<script>" in evil_article.articles.get().clean_text
    seen_escaped = 0
    for url in pages(evil_article):
        body = client.get(url).content.decode()
        assert "<script>alert" not in body, url
        assert "onerror=alert(1)>" not in body.replace("&gt;", ""), url
        seen_escaped += "&lt;script&gt;" in body
    assert seen_escaped >= 3  # the title shows (escaped) on the list, the detail and the dashboard
