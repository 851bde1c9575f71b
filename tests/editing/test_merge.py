"""Merging duplicate officials and partner localities: the services, a later ingest meeting an
old spelling, and the admin preview-and-confirm flow."""

import datetime as dt
import io

import pytest
from django.contrib.auth.models import Permission, User
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apps.provinces.models import Era, Province
from apps.visits.records import services
from apps.visits.records.models import (
    Activity,
    ActivityPartner,
    Article,
    Kind,
    Official,
    Participation,
    PartnerLocality,
    PartnerTie,
    Role,
)

pytestmark = pytest.mark.django_db


def ingest(*paths):
    call_command("ingest", *[str(p) for p in paths], stdout=io.StringIO(), stderr=io.StringIO())


def article(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def make_activity(*, day, province="66", lead=None, summary=""):
    unit = Province.objects.get(code=province, era=Era.PRE_2025)
    return Activity.objects.create(
        kind=Kind.CENTRAL, province=unit, start_date=day, lead=lead, summary=summary or f"Hoạt động {day}"
    )


def take_part(activity, official, role=Role.MEMBER, titles=()):
    services.participations_add(
        activity=activity, people=[{"official": official, "role": role, "titles": list(titles)}]
    )


def mention(activity, partner):
    services.partner_attach(activity=activity, partner=partner)


@pytest.fixture
def editor():
    return User.objects.create_superuser("editor", "editor@example.org", "pw-editor-123")


@pytest.fixture
def staff(client, editor):
    client.force_login(editor)
    return editor


# --- officials: the service -------------------------------------------------------------


@pytest.fixture
def two_spellings():
    """Two spellings of one official, "Lê Hoài Trung" and a misspelt "Le Hoai Trung", each in
    activities of their own and both in one activity (where the misspelt one leads)."""
    right = services.official_get_or_create(name="Lê Hoài Trung")
    typo = services.official_get_or_create(name="Le Hoai Trung")
    typo.variants = ["Lê Hoai Trung", "Lê Hòai Trung"]
    typo.save()
    own = make_activity(day=dt.date(2020, 9, 15), lead=right, summary="Làm việc với tỉnh Đắk Lắk")
    take_part(own, right, Role.LEAD, ["Thứ trưởng Bộ Ngoại giao"])
    moved = make_activity(
        day=dt.date(2020, 3, 2), province="11", lead=typo, summary="Làm việc với tỉnh Điện Biên"
    )
    take_part(moved, typo, Role.LEAD, ["Chủ nhiệm Ủy ban biên giới quốc gia"])
    both = make_activity(
        day=dt.date(2021, 5, 12), province="62", lead=typo, summary="Làm việc với tỉnh Kon Tum"
    )
    take_part(both, right, Role.MEMBER, ["Thứ trưởng Bộ Ngoại giao"])
    take_part(both, typo, Role.LEAD, ["Thứ trưởng Bộ Ngoại giao", "Chủ nhiệm Ủy ban biên giới quốc gia"])
    return right, typo, own, moved, both


def test_merging_two_officials_moves_every_participation_title_and_lead(two_spellings, editor):
    right, typo, own, moved, both = two_spellings
    typo_pk = typo.pk

    services.official_merge(keep=right, others=[typo], by=editor)

    assert not Official.objects.filter(pk=typo_pk).exists()
    assert sorted(right.participations.values_list("activity", flat=True)) == sorted(
        [own.pk, moved.pk, both.pk]
    )
    assert Participation.objects.filter(activity=both).count() == 1
    joined = Participation.objects.get(activity=both)
    assert joined.role == Role.LEAD  # lead beats member
    assert sorted(joined.titles.values_list("title", flat=True)) == [
        "Chủ nhiệm Ủy ban biên giới quốc gia",
        "Thứ trưởng Bộ Ngoại giao",
    ]
    assert list(Participation.objects.get(activity=moved).titles.values_list("title", flat=True)) == [
        "Chủ nhiệm Ủy ban biên giới quốc gia"
    ]
    assert set(Activity.objects.filter(lead=right).values_list("pk", flat=True)) == {
        own.pk,
        moved.pk,
        both.pk,
    }


def test_a_merge_keeps_both_spellings_as_variants(two_spellings, editor):
    right, typo, *_ = two_spellings
    services.official_merge(keep=right, others=[typo], by=editor)
    right.refresh_from_db()
    assert right.name == "Lê Hoài Trung"
    # "Lê Hòai Trung" differs from the kept name only by a tone mark's place: not a variant.
    assert right.variants == ["Le Hoai Trung", "Lê Hoai Trung"]
    for spelling in ("Lê Hoài Trung", "Le Hoai Trung", "Lê Hoai Trung", "Lê Hòai Trung"):
        assert services.official_get_or_create(name=spelling) == right
    assert Official.objects.filter(name__icontains="Trung").count() == 1


def test_a_merge_is_in_the_history_with_the_editor_and_the_merged_names(two_spellings, editor):
    right, typo, _own, moved, _both = two_spellings
    typo_pk = typo.pk
    services.official_merge(keep=right, others=[typo], by=editor)

    kept = right.history.first()
    assert kept.history_type == "~" and kept.history_user == editor
    assert kept.history_change_reason == f"merged: Le Hoai Trung (#{typo_pk})"
    gone = Official.history.get(id=typo_pk, history_type="-")
    assert gone.history_user == editor and gone.history_change_reason.startswith("merged:")
    lead_change = moved.history.first()
    assert lead_change.lead_id == right.pk and lead_change.history_user == editor


def test_merging_several_officials_at_once(editor):
    keep, *others = [
        services.official_get_or_create(name=n) for n in ("Bùi Thanh Sơn", "Bui Thanh Son", "B. T. Sơn")
    ]
    for i, official in enumerate([keep, *others]):
        take_part(make_activity(day=dt.date(2020, 1, 1 + i)), official, titles=["Thứ trưởng thường trực"])
    services.official_merge(keep=keep, others=others, by=editor)
    keep.refresh_from_db()
    assert keep.participations.count() == 3 and Official.objects.count() == 1
    assert keep.variants == ["Bui Thanh Son", "B. T. Sơn"]


TYPO_ARTICLE = """Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Kon Tum

10:00, 12/05/2021
Sáng 12-5, Đoàn công tác của Bộ Ngoại giao do đồng chí Lê Hoái Trung, Thứ trưởng Bộ Ngoại giao, \
Chủ nhiệm Ủy ban biên giới quốc gia làm Trưởng đoàn đã có buổi làm việc với tỉnh Kon Tum.
Tiếp và làm việc với Đoàn có Chủ tịch UBND tỉnh Lê Ngọc Tuấn.
"""

LATER_TYPO_ARTICLE = """Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Gia Lai

15:00, 03/03/2022
Chiều 3-3, Đoàn công tác của Bộ Ngoại giao do đồng chí Lê Hoái Trung, Thứ trưởng Bộ Ngoại giao \
làm Trưởng đoàn đã có buổi làm việc với tỉnh Gia Lai về công tác biên giới.
"""


def test_a_later_article_with_the_old_spelling_attaches_to_the_kept_official(tmp_path, seeds_dir, editor):
    ingest(article(tmp_path, "typo.txt", TYPO_ARTICLE))
    ingest(seeds_dir / "002_e4971daadf9b6461.txt")
    typo, right = Official.objects.get(name="Lê Hoái Trung"), Official.objects.get(name="Lê Hoài Trung")
    services.official_merge(keep=right, others=[typo], by=editor)
    officials = set(Official.objects.values_list("name", flat=True))

    ingest(article(tmp_path, "later.txt", LATER_TYPO_ARTICLE))

    assert set(Official.objects.values_list("name", flat=True)) == officials  # no new official
    later = Article.objects.get(source_name="later.txt").activity
    assert later.lead == right
    assert right.participations.filter(activity=later, role=Role.LEAD).exists()
    assert services.official_get_or_create(name="Lê Hoái Trung") == right
    assert right.participations.count() == 3


# --- partner localities: the service ------------------------------------------------------


@pytest.fixture
def two_partners():
    """A partner "Mondulkiri" and a duplicate "Mun-đun-ki-ri" named in activities of Đắk Lắk (66)
    and Đắk Nông (67), both named in one activity, each tie with its own agreements text."""
    country = services.country_get_or_create(name="Campuchia")
    keep = services.partner_get_or_create(name="Mondulkiri", country=country, kind="tỉnh")
    dup = services.partner_get_or_create(
        name="Mun-đun-ki-ri", country=country, kind="tỉnh", variants=["Mondul Kiri"]
    )
    own = make_activity(day=dt.date(2020, 1, 5))
    moved = make_activity(day=dt.date(2021, 3, 1))
    elsewhere = make_activity(day=dt.date(2019, 7, 1), province="67")
    both = make_activity(day=dt.date(2022, 2, 2))
    mention(own, keep)
    mention(moved, dup)
    mention(elsewhere, dup)
    mention(both, keep)
    mention(both, dup)
    PartnerTie.objects.filter(partner=keep).update(agreements="Biên bản ghi nhớ 2019")
    PartnerTie.objects.filter(partner=dup, province__code="66").update(agreements="Thỏa thuận hợp tác 2021")
    PartnerTie.objects.filter(partner=dup, province__code="67").update(agreements="Biên bản hợp tác 2019")
    return keep, dup, own, moved, elsewhere, both


def test_merging_two_partners_moves_mentions_and_recomputes_ties(two_partners, editor):
    keep, dup, own, moved, elsewhere, both = two_partners
    dup_pk = dup.pk

    services.partner_merge(keep=keep, others=[dup], by=editor)

    assert not PartnerLocality.objects.filter(pk=dup_pk).exists()
    assert sorted(keep.mentions.values_list("activity", flat=True)) == sorted(
        [own.pk, moved.pk, elsewhere.pk, both.pk]
    )
    assert ActivityPartner.objects.filter(activity=both).count() == 1
    ties = {t.province.code: t for t in PartnerTie.objects.select_related("province")}
    assert set(ties) == {"66", "67"} and all(t.partner_id == keep.pk for t in ties.values())
    daklak, daknong = ties["66"], ties["67"]
    assert (daklak.first_seen, daklak.last_seen, daklak.activity_count) == (
        dt.date(2020, 1, 5),
        dt.date(2022, 2, 2),
        3,
    )
    assert (daknong.first_seen, daknong.last_seen, daknong.activity_count) == (
        dt.date(2019, 7, 1),
        dt.date(2019, 7, 1),
        1,
    )
    assert daklak.agreements == "Biên bản ghi nhớ 2019\nThỏa thuận hợp tác 2021"
    assert daknong.agreements == "Biên bản hợp tác 2019"


def test_a_partner_merge_keeps_the_spellings_and_the_history(two_partners, editor):
    keep, dup, *_ = two_partners
    dup_pk = dup.pk
    services.partner_merge(keep=keep, others=[dup], by=editor)
    keep.refresh_from_db()
    assert keep.variants == ["Mun-đun-ki-ri", "Mondul Kiri"]
    assert keep.history.first().history_user == editor
    assert keep.history.first().history_change_reason == f"merged: Mun-đun-ki-ri (#{dup_pk})"
    assert PartnerLocality.history.get(id=dup_pk, history_type="-").history_user == editor
    # the merged-away spelling finds the kept record; it never re-creates the duplicate
    found = services.partner_get_or_create(
        name="Mun-đun-ki-ri", country=keep.country, variants=["Mun-đun-ki-ri"]
    )
    assert found == keep and PartnerLocality.objects.count() == 1


def partner_article(place, day, province="Kon Tum"):
    d, m, y = day
    return f"""Tỉnh {province} tiếp đoàn thành phố {place} (New Zealand)

09:00, {d:02d}/{m:02d}/{y}
Ngày {d}/{m}/{y}, đồng chí Lê Ngọc Tuấn, Chủ tịch UBND tỉnh {province} đã tiếp Đoàn đại biểu thành phố \
{place} (New Zealand). Hai bên thống nhất tăng cường hợp tác giáo dục.
"""


def test_a_later_article_with_the_old_partner_spelling_attaches_to_the_kept_partner(tmp_path, editor):
    # "Tauranga" is not in the gazetteer: each spelling an article uses becomes its own record.
    ingest(article(tmp_path, "a.txt", partner_article("Tauranga", (20, 6, 2022))))
    ingest(article(tmp_path, "b.txt", partner_article("Tô-ran-ga", (10, 4, 2023), province="Gia Lai")))
    keep, dup = PartnerLocality.objects.get(name="Tauranga"), PartnerLocality.objects.get(name="Tô-ran-ga")
    services.partner_merge(keep=keep, others=[dup], by=editor)

    ingest(article(tmp_path, "c.txt", partner_article("Tô-ran-ga", (5, 5, 2024))))

    assert list(PartnerLocality.objects.values_list("name", flat=True)) == ["Tauranga"]
    later = Article.objects.get(source_name="c.txt").activity
    assert later.partner_mentions.get().partner == keep
    tie = PartnerTie.objects.get(partner=keep, province__name="Kon Tum")
    assert (tie.first_seen, tie.last_seen, tie.activity_count) == (
        dt.date(2022, 6, 20),
        dt.date(2024, 5, 5),
        2,
    )
    assert PartnerTie.objects.filter(partner=keep).count() == 2


# --- the admin flow ----------------------------------------------------------------------


def changelist(model):
    return reverse(f"admin:visits_{model}_changelist")


def test_the_admin_preview_lists_what_moves_and_offers_a_choice(client, staff, two_spellings):
    right, typo, *_ = two_spellings
    response = client.post(
        changelist("official"), {"action": "merge_selected", "_selected_action": [right.pk, typo.pk]}
    )
    assert response.status_code == 200
    assert "admin/visits/merge_preview.html" in [t.name for t in response.templates]
    page = response.content.decode()
    for text in (
        "Làm việc với tỉnh Điện Biên",
        "Làm việc với tỉnh Kon Tum",
        "Chủ nhiệm Ủy ban biên giới quốc gia",
        "Le Hoai Trung",
        "Lê Hoai Trung",
    ):
        assert text in page
    assert page.count('name="keep"') == 2
    # the default keeper is the one with most activities; both take part in two, so the older one
    preview = response.context["preview"]
    assert [e.activity_count for e in preview.entries] == [2, 2]
    assert response.context["chosen"] == right
    assert [a.summary for a in preview.keep.shared] == ["Làm việc với tỉnh Kon Tum"]
    assert Official.objects.filter(pk__in=[right.pk, typo.pk]).count() == 2  # nothing merged yet


def test_confirming_merges_into_the_chosen_record(client, staff, two_spellings):
    right, typo, *_ = two_spellings
    response = client.post(
        changelist("official"),
        {
            "action": "merge_selected",
            "_selected_action": [right.pk, typo.pk],
            "keep": typo.pk,
            "confirm": "yes",
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("admin:visits_official_change", args=[typo.pk])
    assert not Official.objects.filter(pk=right.pk).exists()
    typo.refresh_from_db()
    assert typo.participations.count() == 3 and typo.variants == ["Lê Hoài Trung", "Lê Hoai Trung"]
    assert typo.history.first().history_user == staff
    message = " ".join(str(m) for m in response.context["messages"])
    assert f"“{typo.name}”" in message and right.name in message  # "Merged X into “Y”." in either language


def test_the_partner_preview_lists_ties_and_confirming_merges(client, staff, two_partners):
    keep, dup, *_ = two_partners
    data = {"action": "merge_selected", "_selected_action": [keep.pk, dup.pk]}
    page = client.post(changelist("partnerlocality"), data).content.decode()
    assert "Mun-đun-ki-ri" in page and "Mondul Kiri" in page and "Thỏa thuận hợp tác 2021" in page
    response = client.post(changelist("partnerlocality"), {**data, "keep": keep.pk, "confirm": "yes"})
    assert response.status_code == 302
    assert list(PartnerLocality.objects.all()) == [keep]


def test_one_selected_record_is_refused_and_nothing_merged(client, staff, two_spellings):
    right, typo, *_ = two_spellings
    response = client.post(
        changelist("official"),
        {"action": "merge_selected", "_selected_action": [right.pk], "keep": right.pk, "confirm": "yes"},
        follow=True,
    )
    assert "Hãy chọn từ 2 đến" in " ".join(str(m) for m in response.context["messages"])  # "Select between 2 and"
    assert Official.objects.filter(pk__in=[right.pk, typo.pk]).count() == 2


def test_a_confirmation_without_a_choice_shows_the_preview_again(client, staff, two_spellings):
    right, typo, *_ = two_spellings
    response = client.post(
        changelist("official"),
        {"action": "merge_selected", "_selected_action": [right.pk, typo.pk], "confirm": "yes"},
    )
    assert response.status_code == 200 and "Hãy chọn bản ghi giữ lại" in response.content.decode()  # "Choose the record to keep"
    assert Official.objects.filter(pk__in=[right.pk, typo.pk]).count() == 2


def test_someone_not_staff_cannot_merge(client, two_spellings):
    right, typo, *_ = two_spellings
    client.force_login(User.objects.create_user("reader", password="pw-reader-123"))
    data = {
        "action": "merge_selected",
        "_selected_action": [right.pk, typo.pk],
        "keep": right.pk,
        "confirm": "yes",
    }
    response = client.post(changelist("official"), data)
    assert response.status_code == 302 and reverse("admin:login") in response["Location"]
    assert Official.objects.filter(pk__in=[right.pk, typo.pk]).count() == 2


def test_staff_without_delete_permission_cannot_merge(client, two_spellings):
    right, typo, *_ = two_spellings
    user = User.objects.create_user("clerk", password="pw-clerk-123", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["view_official", "change_official"]))
    client.force_login(user)
    data = {
        "action": "merge_selected",
        "_selected_action": [right.pk, typo.pk],
        "keep": right.pk,
        "confirm": "yes",
    }
    response = client.post(changelist("official"), data, follow=True)
    assert "cần quyền xóa" in " ".join(str(m) for m in response.context["messages"])  # "needs the permission to delete"
    assert Official.objects.filter(pk__in=[right.pk, typo.pk]).count() == 2


def preview_queries(client, model, records):
    data = {"action": "merge_selected", "_selected_action": [r.pk for r in records]}
    with CaptureQueriesContext(connection) as queries:
        response = client.post(changelist(model), data)
    assert response.status_code == 200
    return len(queries)


def test_the_official_preview_runs_a_fixed_number_of_queries(client, staff):
    officials = [services.official_get_or_create(name=n) for n in ("Lê Hoài Trung", "Le Hoai Trung")]

    def add(days):
        for n in days:
            for official in officials:
                take_part(make_activity(day=dt.date(2020, 1, 1 + n)), official, Role.LEAD, [f"Chức danh {n}"])

    add(range(3))
    few = preview_queries(client, "official", officials)
    add(range(3, 15))
    assert preview_queries(client, "official", officials) == few  # not one query per activity or title
    assert few == 13
    # 1-2. the session and the user
    # 3-4. the changelist's counts (filtered and total), made before the action runs
    # +2. the units of the editor's province filter (read by the changelist, then by the action)
    # +1. the count of what waits for review, in the admin's header
    # 5. the selected officials
    # 6. participations counted per official
    # 7. the first activities of each, with their provinces (one windowed query)
    # 8. activities two of them take part in
    # 9. activities each leads, counted
    # 10. their titles


def test_the_partner_preview_runs_a_fixed_number_of_queries(client, staff):
    country = services.country_get_or_create(name="New Zealand")
    partners = [services.partner_get_or_create(name=n, country=country) for n in ("Tauranga", "Tô-ran-ga")]

    def add(days):
        for n in days:
            for partner in partners:
                mention(
                    make_activity(day=dt.date(2020, 1, 1 + n), province=("66", "67", "62")[n % 3]), partner
                )

    add(range(3))
    few = preview_queries(client, "partnerlocality", partners)
    add(range(3, 15))
    assert preview_queries(client, "partnerlocality", partners) == few
    assert few == 14
    # +2. the units of the editor's province filter; +1. what waits for review, in the header
    # 1-2. the session and the user
    # 3-6. the changelist's country filter choices (twice) and counts (filtered and total)
    # 7. the selected partners
    # 8. mentions counted per partner
    # 9. the first activities of each, with their provinces (one windowed query)
    # 10. activities two of them are named in
    # 11. their ties, with the provinces


def test_a_partner_named_only_in_rejected_activities_of_a_province_merges(editor):
    """The duplicate's only mention in Đắk Nông is in a rejected activity: that province keeps no
    tie, and the merge goes through (it crashed on the missing tie)."""
    country = services.country_get_or_create(name="Campuchia")
    keep = services.partner_get_or_create(name="Mondulkiri", country=country, kind="tỉnh")
    dup = services.partner_get_or_create(name="Mun-đun-ki-ri", country=country, kind="tỉnh")
    mention(make_activity(day=dt.date(2020, 1, 5)), keep)
    hidden = make_activity(day=dt.date(2021, 3, 1), province="67")
    mention(hidden, dup)
    services.review_set(records=[hidden], state="rejected", by=editor)
    assert not PartnerTie.objects.filter(province__code="67").exists()

    services.partner_merge(keep=keep, others=[dup], by=editor)

    assert list(PartnerLocality.objects.all()) == [keep]
    assert set(keep.mentions.values_list("activity", flat=True)) >= {hidden.pk}
    assert set(PartnerTie.objects.values_list("province__code", flat=True)) == {"66"}


def test_the_admin_merge_of_such_a_partner_answers_with_a_redirect(client, staff):
    country = services.country_get_or_create(name="Campuchia")
    keep = services.partner_get_or_create(name="Mondulkiri", country=country, kind="tỉnh")
    dup = services.partner_get_or_create(name="Mun-đun-ki-ri", country=country, kind="tỉnh")
    mention(make_activity(day=dt.date(2020, 1, 5)), keep)
    hidden = make_activity(day=dt.date(2021, 3, 1), province="67")
    mention(hidden, dup)
    services.review_set(records=[hidden], state="rejected")
    response = client.post(
        changelist("partnerlocality"),
        {"action": "merge_selected", "_selected_action": [keep.pk, dup.pk], "keep": keep.pk, "confirm": "yes"},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert list(PartnerLocality.objects.all()) == [keep]
