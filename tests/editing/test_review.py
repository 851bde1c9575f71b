"""The review queue: ingest records what it was unsure of, editors review or reject, and a
rejected record leaves every public view while staying in the database."""

import io
import json
import re

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse

from apps.ingest.pipeline import extract_from_text
from apps.visits.records import services
from apps.visits.records.models import (
    Activity,
    Article,
    Doubt,
    Official,
    PartnerLocality,
    Request,
    ReviewState,
)
from tests.factories import make_activity

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeds(seeds_dir):
    call_command("ingest", str(seeds_dir), stdout=io.StringIO(), stderr=io.StringIO())


@pytest.fixture
def editor(client):
    user = User.objects.create_superuser("editor", "editor@example.org", "pw-editor-1")
    client.force_login(user)
    return user


UNDATED = """Lãnh đạo tỉnh Quảng Trị tiếp Đoàn Sở Ngoại vụ tỉnh Savannakhet

Chiều qua, tại trụ sở UBND tỉnh Quảng Trị, ông Hà Sỹ Đồng, Phó Chủ tịch UBND tỉnh Quảng Trị đã tiếp
Đoàn công tác Sở Ngoại vụ tỉnh Savannakhet (Lào). Hai bên trao đổi về hợp tác biên giới.
"""


def test_extraction_says_what_it_was_unsure_of_with_the_sentence():
    cleaned, record = extract_from_text(UNDATED, "undated.txt")
    codes = {d["code"] for d in record["doubts"]}
    assert "no_date" in codes
    assert codes <= set(Doubt.values)
    for doubt in record["doubts"]:
        if doubt.get("evidence"):
            start, end = doubt["evidence"]
            assert cleaned.text[start:end].strip()


def test_a_confident_report_has_fewer_doubts_than_a_vague_one():
    dated = UNDATED.replace("Chiều qua,", "Chiều ngày 12/3/2024,").replace(
        "ông Hà Sỹ Đồng, Phó Chủ tịch UBND tỉnh Quảng Trị đã tiếp", "ông Hà Sỹ Đồng, Phó Chủ tịch UBND tỉnh Quảng Trị chủ trì, tiếp"
    )
    vague = {d["code"] for d in extract_from_text(UNDATED, "a.txt")[1]["doubts"]}
    sure = {d["code"] for d in extract_from_text(dated, "b.txt")[1]["doubts"]}
    assert "no_date" in vague and "no_date" not in sure
    assert len(sure) < len(vague)


def test_ingest_stores_doubts_with_evidence_and_a_score(seeds):
    doubtful = Activity.objects.filter(doubt_score__gt=0)
    assert doubtful.exists()
    for activity in doubtful:
        assert activity.doubts, activity
        for doubt in activity.doubts:
            assert doubt["code"] in Doubt.values
            assert doubt["source"]
        # A doubt that a stored value settles is dropped.
        codes = {d["code"] for d in activity.doubts}
        assert not (activity.start_date and "no_date" in codes)
        assert not (activity.lead_id and "no_lead" in codes)
    assert any(d["evidence"] for a in doubtful for d in a.doubts)


def test_the_queue_lists_unreviewed_activities_most_uncertain_first(seeds, client, editor):
    queue = list(Activity.objects.to_review())
    assert [a.doubt_score for a in queue] == sorted((a.doubt_score for a in queue), reverse=True)
    response = client.get(reverse("admin:visits_activitytoreview_changelist"))
    assert response.status_code == 200
    html = response.content.decode()
    top = queue[0]
    assert top.doubt_score > queue[-1].doubt_score
    listed = [a.pk for a in response.context["cl"].result_list]
    assert listed == [a.pk for a in queue]
    assert top.summary in html
    evidence = next(d["evidence"] for d in top.doubts if d["evidence"])
    assert evidence[:40].replace("\"", "&quot;") in html or evidence[:40] in html
    reviewed = queue[-1]
    services.review_set(records=[reviewed], state=ReviewState.REVIEWED, by=editor)
    html = client.get(reverse("admin:visits_activitytoreview_changelist")).content.decode()
    assert reverse("admin:visits_activity_change", args=[reviewed.pk]) not in html


def test_bulk_mark_reviewed_records_who_and_when_in_history(seeds, client, editor):
    ids = list(Activity.objects.values_list("pk", flat=True)[:2])
    response = client.post(
        reverse("admin:visits_activitytoreview_changelist"),
        {"action": "mark_reviewed", "_selected_action": ids},
    )
    assert response.status_code == 302
    for activity in Activity.objects.filter(pk__in=ids):
        assert activity.review_state == ReviewState.REVIEWED
        assert activity.reviewed_by == editor and activity.reviewed_at is not None
        assert activity.history.first().history_user == editor


def test_a_rejected_activity_leaves_the_public_site_but_stays_in_the_database(seeds, client, editor):
    activity = Activity.objects.filter(requests__isnull=False).first()
    request_ids = list(activity.requests.values_list("pk", flat=True))
    url = activity.get_absolute_url()
    assert client.get(url).status_code == 200
    response = client.post(
        reverse("admin:visits_activity_changelist"), {"action": "mark_rejected", "_selected_action": [activity.pk]}
    )
    assert response.status_code == 302
    client.logout()  # the public, as the cache serves it
    assert client.get(url).status_code == 404
    listing = client.get(reverse("activity-list")).content.decode()
    assert url not in listing
    assert f'href="{url}"' not in client.get(reverse("dashboard")).content.decode()
    exported = client.get(reverse("activity-export-jsonl")).getvalue().decode()
    ids = [json.loads(line)["id"] for line in exported.splitlines()]
    assert activity.pk not in ids and len(ids) == Activity.objects.count() - 1
    requests_page = client.get(reverse("request-list")).content.decode()
    for req in Request.objects.filter(pk__in=request_ids):
        assert req.text[:60] not in requests_page
    out = io.StringIO()
    call_command("export", "--format", "jsonl", stdout=out)
    assert activity.pk not in [json.loads(line)["id"] for line in out.getvalue().splitlines()]
    # Kept with its sources, and a re-ingest does not bring it back.
    assert Activity.objects.filter(pk=activity.pk, review_state=ReviewState.REJECTED).exists()
    assert Article.objects.filter(activity=activity).exists()


def test_rejected_officials_partners_and_requests_are_hidden(seeds, client, editor):
    official = Official.objects.filter(participations__isnull=False).first()
    partner = PartnerLocality.objects.filter(mentions__isnull=False).first()
    ask = Request.objects.first()
    for record in (official, partner, ask):
        services.review_set(records=[record], state=ReviewState.REJECTED, by=editor)
    client.logout()
    assert client.get(official.get_absolute_url()).status_code == 404
    assert client.get(partner.get_absolute_url()).status_code == 404
    assert ask.text[:60] not in client.get(reverse("request-list")).content.decode()
    shown = client.get(ask.activity.get_absolute_url()).context["activity"]
    assert ask.pk not in [r.pk for r in shown.requests.all()]
    activity = official.participations.first().activity
    assert f'href="{official.get_absolute_url()}"' not in client.get(activity.get_absolute_url()).content.decode()
    mentioned = partner.mentions.first().activity
    assert f'href="{partner.get_absolute_url()}"' not in client.get(mentioned.get_absolute_url()).content.decode()


def test_the_review_choice_in_the_change_form_records_the_editor(seeds, client, editor):
    activity = Activity.objects.first()
    url = reverse("admin:visits_activity_change", args=[activity.pk])
    form = client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k in form.fields}
    data.update(
        {
            "province": activity.province_id,
            "lead": activity.lead_id or "",
            "locked_fields": json.dumps(activity.locked_fields),
            "review_state": ReviewState.REVIEWED,
            "start_date": activity.start_date.isoformat() if activity.start_date else "",
            "end_date": activity.end_date.isoformat() if activity.end_date else "",
        }
    )
    for prefix in ("participations", "requests", "partner_mentions", "articles"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    response = client.post(url, data)
    assert response.status_code == 302, response.content[:3000]
    activity.refresh_from_db()
    assert activity.review_state == ReviewState.REVIEWED and activity.reviewed_by == editor
    assert "review_state" not in activity.locked_fields


def test_new_reports_do_not_change_the_doubts_of_a_reviewed_activity(seeds, seeds_dir, tmp_path, editor):
    activity = Activity.objects.filter(doubt_score__gt=0).first()
    services.review_set(records=[activity], state=ReviewState.REVIEWED, by=editor)
    before = (activity.doubts, activity.doubt_score)
    source = next(a for a in Article.objects.filter(activity=activity))
    copy = tmp_path / "again.txt"
    copy.write_text(source.raw_text + "\n\nBài viết đăng lại.", encoding="utf-8")
    call_command("ingest", str(tmp_path), stdout=io.StringIO(), stderr=io.StringIO())
    activity.refresh_from_db()
    assert (activity.doubts, activity.doubt_score) == before
    assert activity.review_state == ReviewState.REVIEWED


def test_the_review_state_filter_offers_no_rejected_choice(seeds, client):
    response = client.get(reverse("activity-list"), {"review_state": "rejected"})
    assert response.status_code == 400
    assert response.context["filter"].errors


def test_a_rejected_lead_is_named_nowhere_public(seeds, client, editor):
    activity = Activity.objects.filter(lead__isnull=False).first()
    lead = activity.lead
    client.logout()
    assert lead.name in client.get(reverse("activity-feed")).content.decode()  # cached and shown before
    services.review_set(records=[lead], state=ReviewState.REJECTED, by=editor)
    detail = client.get(f"/api/activities/{activity.pk}/").json()
    assert detail["lead"] is None
    listed = {a["id"]: a for a in client.get("/api/activities/").json()["results"]}
    assert listed[activity.pk]["lead"] is None
    feed = client.get(reverse("activity-feed")).content.decode()
    assert f"{lead.name} (" not in feed and f"{lead.name}<" not in feed
    # The cached public pages follow at once: the rejection bumped the activities' version.
    assert f'href="{lead.get_absolute_url()}"' not in client.get(reverse("activity-list")).content.decode()


def test_rejecting_an_activity_recomputes_its_partner_ties_and_reviewing_restores_them(seeds, editor):
    from apps.visits.records.models import PartnerTie

    mention = Activity.objects.filter(partner_mentions__isnull=False).first().partner_mentions.first()
    activity, partner = mention.activity, mention.partner
    before = PartnerTie.objects.get(province=activity.province, partner=partner).activity_count
    services.review_set(records=[activity], state=ReviewState.REJECTED, by=editor)
    tie = PartnerTie.objects.filter(province=activity.province, partner=partner).first()
    assert (tie.activity_count if tie else 0) == before - 1
    services.review_set(records=[activity], state=ReviewState.REVIEWED, by=editor)
    assert PartnerTie.objects.get(province=activity.province, partner=partner).activity_count == before


def test_officials_partners_and_requests_are_reviewed_in_their_admin_lists(seeds, client, editor):
    for model, record in (
        ("official", Official.objects.first()),
        ("partnerlocality", PartnerLocality.objects.first()),
        ("request", Request.objects.first()),
    ):
        response = client.post(
            reverse(f"admin:visits_{model}_changelist"), {"action": "mark_rejected", "_selected_action": [record.pk]}
        )
        assert response.status_code == 302, model
        record.refresh_from_db()
        assert record.review_state == ReviewState.REJECTED and record.reviewed_by == editor, model
        assert record.history.first().history_user == editor, model


# --- what a rejected record still reached ---------------------------------------------------------


def exported(client):
    """Each record of the site's JSON export and of `manage.py export`, which must agree."""
    site = [json.loads(line) for line in b"".join(client.get(reverse("activity-export-jsonl")).streaming_content).splitlines()]
    out = io.StringIO()
    call_command("export", "--format", "jsonl", stdout=out)
    assert [json.loads(line) for line in out.getvalue().splitlines()] == site
    return site


@pytest.mark.parametrize("rejected", ["the earlier request", "its activity"])
def test_the_export_names_no_rejected_request_as_an_earlier_ask(client, rejected):
    first, again = make_activity(), make_activity()
    earlier = first.requests.get()
    services.request_link(request=again.requests.get(), repeat_of=earlier)
    repeats = {r["id"]: r["requests"][0]["repeat_of"] for r in exported(client)}
    assert repeats[again.pk] == earlier.pk
    services.review_set(records=[earlier if rejected == "the earlier request" else first], state=ReviewState.REJECTED)
    records = {r["id"]: r for r in exported(client)}
    assert records[again.pk]["requests"][0]["repeat_of"] is None
    api = client.get(f"/api/activities/{again.pk}/").json()
    assert api["requests"][0]["repeat_of"] is None  # as the API already said


def test_a_country_filter_ignores_the_partners_an_editor_rejected(client):
    rejected_only = make_activity(partner="Mondulkiri")
    make_activity(partner="Ratanakiri")  # also in Campuchia

    def matched():
        page = client.get("/activities/?country=campuchia").content.decode()
        api = client.get("/api/activities/?country=campuchia").json()
        feed = client.get("/feed/activities.atom?country=campuchia").content.decode()
        rows = b"".join(client.get("/activities/export.jsonl?country=campuchia").streaming_content).splitlines()
        ids = {int(pk) for pk in re.findall(r'href="/activities/(\d+)/"', page)}
        assert ids == {a["id"] for a in api["results"]} == {json.loads(r)["id"] for r in rows}
        assert feed.count("<entry") == len(ids)
        return ids

    assert rejected_only.pk in matched() and len(matched()) == 2
    services.review_set(records=[PartnerLocality.objects.get(name="Mondulkiri")], state=ReviewState.REJECTED)
    assert rejected_only.pk not in matched() and len(matched()) == 1
