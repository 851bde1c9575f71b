"""Small factories: records made through the same service functions ingest uses."""

import datetime as dt
import importlib
import itertools
from types import SimpleNamespace

from apps.provinces.models import Era, Province
from apps.visits.records import services
from apps.visits.records.models import Activity, Article, Kind

_seq = itertools.count(1)


def make_activity(*, province_code="66", era=Era.PRE_2025, day=None, lead="Lê Hoài Trung", partner="Mondulkiri",
                  request="đề nghị hỗ trợ khai thông cửa khẩu", title=None):
    n = next(_seq)
    province = Province.objects.get(code=province_code, era=era)
    activity = Activity.objects.create(
        kind=Kind.CENTRAL,
        province=province,
        start_date=day or dt.date(2020, 1, 1) + dt.timedelta(days=n),
        organization="Bộ Ngoại giao",
        summary=title or f"Hoạt động số {n}",
    )
    text = f"{title or ''} Đoàn công tác do {lead} dẫn đầu. Tỉnh {request}. Hợp tác với tỉnh {partner}."
    article = Article.objects.create(
        source_name=f"a{n}.txt", title=title or f"Bài {n}", raw_text=text, clean_text=text,
        content_hash=f"{n:064d}", activity=activity,
    )
    official = services.official_get_or_create(name=lead)
    activity.lead = official
    activity.save()
    member = services.official_get_or_create(name=f"Nguyễn Văn {n}")
    services.participations_add(
        activity=activity,
        article=article,
        people=[
            {"official": official, "role": "lead", "side": "central", "titles": ["Thứ trưởng Bộ Ngoại giao"],
             "span": (text.index(lead), text.index(lead) + len(lead))},
            {"official": member, "role": "member", "side": "local", "titles": ["Chủ tịch UBND tỉnh"]},
        ],
    )
    services.requests_add(activity=activity, article=article, items=[{"text": request, "category": "border_gate"}])
    country = services.country_get_or_create(name="Campuchia")
    services.partner_attach(activity=activity, partner=services.partner_get_or_create(name=partner, country=country),
                            article=article)
    services.activity_refresh_search(activity=activity)
    return activity


def ensure_provinces():
    """Transactional tests empty every table afterwards, the provinces loaded by migration too."""
    from django.apps import apps
    from django.db import connection

    if not Province.objects.exists():
        migration = importlib.import_module("apps.provinces.migrations.0002_load_provinces")
        migration.load(apps, SimpleNamespace(connection=connection))
