"""Merging duplicate officials and partner localities: the services, and a later ingest meeting
an old spelling (the admin's preview-and-confirm flow: test_merge_admin.py)."""

import datetime as dt

import pytest

from apps.visits.records import services
from apps.visits.records.models import (
    Activity,
    ActivityPartner,
    Article,
    Official,
    Participation,
    PartnerLocality,
    PartnerTie,
    Role,
)

from .merge_data import article, ingest, make_activity, take_part

pytestmark = pytest.mark.django_db


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
