"""The activity's change page as a workbench: the source articles' cleaned text beside the
fields, each evidence sentence marked, each doubt linking to its sentence; no raw span numbers
and no raw JSON of locked fields; and a constant number of queries with 20 source articles."""

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apps.ingest.models import IngestRun
from apps.provinces.models import Era
from apps.visits.records.models import Activity, Article, Doubt

from ..factories import make_activity

pytestmark = pytest.mark.django_db

SENTENCE = "Chiều   qua, đoàn công tác\ntỉnh Mondulkiri đến thăm."


@pytest.fixture
def superuser(client):
    user = User.objects.create_superuser("chief", "chief@example.org", "pw-chief-123")
    client.force_login(user)
    return user


def with_doubt(activity):
    article = activity.articles.get()
    article.clean_text = f"{article.clean_text}\n{SENTENCE}\nHai bên ký biên bản <ghi nhớ>."
    article.save()
    activity.doubts = [{"code": Doubt.NO_DATE, "source": article.source_name, "evidence": " ".join(SENTENCE.split())}]
    activity.save()
    return activity


def test_the_change_page_shows_the_article_with_the_doubts_sentence_marked(client, superuser):
    activity = with_doubt(make_activity(province_code="66", era=Era.CURRENT))
    html = client.get(reverse("admin:visits_activity_change", args=[activity.pk])).content.decode()
    assert 'href="#doubt-0"' in html
    marked = html.index('<span id="doubt-0"></span><mark class="evidence"')
    assert html.index("Chiều   qua", marked) > marked
    assert "&lt;ghi nhớ&gt;" in html and "<ghi nhớ>" not in html  # the article text is escaped
    assert '<mark class="evidence" title="Lê Hoài Trung">Lê Hoài Trung</mark>' in html  # the lead's evidence


def test_span_offsets_and_locked_fields_are_not_raw_inputs(client, superuser):
    activity = make_activity(province_code="66", era=Era.CURRENT)
    Activity.objects.filter(pk=activity.pk).update(locked_fields=["start_date", "organization"])
    page = client.get(reverse("admin:visits_activity_change", args=[activity.pk]))
    html = page.content.decode()
    assert "span_start" not in html and "span_end" not in html
    assert 'name="locked_fields"' not in html
    assert "Ngày bắt đầu, Cơ quan" in html or "ngày bắt đầu, cơ quan" in html.lower()


def test_the_change_page_runs_the_same_queries_for_1_or_20_source_articles(client, superuser):
    activity = make_activity(province_code="66", era=Era.CURRENT)
    url = reverse("admin:visits_activity_change", args=[activity.pk])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    one = queries()
    for n in range(19):
        Article.objects.create(source_name=f"more-{n}.txt", title=f"Bài thêm {n}", clean_text="Đoàn Lê Hoài Trung.",
                               raw_text="x", content_hash=f"extra{n:059d}", activity=activity)
    assert activity.articles.count() == 20
    assert queries() == one


def test_ingest_runs_are_read_only_system_records(client, superuser):
    run = IngestRun.objects.create(paths=["x"])
    assert client.get(reverse("admin:ingest_ingestrun_add")).status_code == 403
    page = client.get(reverse("admin:ingest_ingestrun_change", args=[run.pk]))
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    changelist = client.get(reverse("admin:ingest_ingestrun_changelist")).content.decode()
    assert reverse("admin:ingest_ingestrun_add") not in changelist
