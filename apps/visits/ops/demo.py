"""Synthetic but realistic demo data, bulk-inserted: every province, 2005–2026, thousands of
officials with titles, hundreds of partner localities, requests, several sources per activity.

For benchmarks and demos only (``manage.py seed_demo``); bypasses the services on purpose
(bulk_create with explicit ids) because 100,000 activities must load in minutes.
"""

import contextlib
import datetime as dt
import functools
import hashlib
import itertools
import random

from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import Count, Max, Min
from django.utils import timezone

from apps.lib import surnames
from apps.lib.text import fold, name_key, slugify_vi
from apps.provinces.models import Era, Province
from apps.visits.records import services
from apps.visits.records.models import (
    Activity,
    ActivityPartner,
    Article,
    Country,
    Kind,
    Official,
    Participation,
    PartnerLocality,
    PartnerTie,
    Request,
    Title,
)
from apps.visits.reporting import triggers as tallies

SURNAMES = surnames.common()
MIDDLE = "Văn Thị Hữu Đức Minh Quang Thanh Ngọc Xuân Hoài Anh Thu Công Trọng Như".split()
GIVEN = ("Trung Sơn Cường Nghị Hằng Hưng Phước Tâm Dũng Kiên Hải Long Nga Hiếu Thông Cảnh Được Lâm "
         "Hùng Tuấn Mừng Nghĩa Ký Lợi Vũ Hường Tân Hoàng Thúy Rạnh Dương Minh Bình Phương Khánh").split()
CENTRAL_TITLES = ["Thứ trưởng Bộ Ngoại giao", "Bộ trưởng Bộ Ngoại giao", "Cục trưởng Cục Ngoại vụ",
                  "Chủ nhiệm Ủy ban Biên giới quốc gia", "Vụ trưởng Vụ Hợp tác kinh tế đa phương"]
LOCAL_TITLES = ["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Ngoại vụ",
                "Chủ tịch HĐND tỉnh", "Phó Bí thư Tỉnh ủy"]
FOREIGN_TITLES = ["Đại sứ", "Tổng Lãnh sự", "Tỉnh trưởng", "Thống đốc", "Thị trưởng"]
ORGS = {
    Kind.CENTRAL: ["Bộ Ngoại giao", "Ủy ban Biên giới quốc gia", "Liên hiệp các tổ chức hữu nghị Việt Nam"],
    Kind.FOREIGN: ["Đại sứ quán", "Tổng Lãnh sự quán", "Đoàn đại biểu"],
    Kind.OUTBOUND: ["UBND tỉnh", "Tỉnh ủy", "Sở Ngoại vụ"],
    Kind.EVENT: ["Sở Ngoại vụ", "UBND tỉnh", "Ban Chỉ đạo thông tin đối ngoại"],
}
# Demo localities by country (a name of apps/lib/data/countries.json, tests/ops check it).
COUNTRIES = {
    "Lào": ["Viêng Chăn", "Champasak", "Savannakhet", "Hủa Phăn", "Xiêng Khoảng", "Luang Prabang", "Sekong", "Attapeu"],
    "Campuchia": ["Mondulkiri", "Svay Rieng", "Kratie", "Tboung Khmum", "Prey Veng", "Banteay Meanchey", "Kampot"],
    "Trung Quốc": ["Vân Nam", "Quảng Tây", "Quảng Đông", "Hải Nam"],
    "Hàn Quốc": ["Jeollabuk", "Gyeonggi", "Chungcheongnam", "Busan", "Daegu", "Incheon"],
    "Nhật Bản": ["Sakai", "Nasushiobara", "Osaka", "Fukuoka", "Hiroshima", "Kanagawa"],
    "Mông Cổ": ["Orkhon", "Darkhan-Uul"], "Hoa Kỳ": ["Oregon", "California", "Washington", "Texas"],
    "Úc": ["Goulburn", "Queensland", "Victoria"], "Pháp": ["Normandie", "Bretagne", "Lyon"],
    "Thái Lan": ["Udon Thani", "Nakhon Phanom", "Chiang Mai"], "Nga": ["Ulyanovsk", "Kazan"],
    "Uruguay": ["Canelones"],
}
REQUESTS = [
    ("border", "sớm hoàn thành phân giới cắm mốc và kè bờ bảo vệ cột mốc biên giới"),
    ("border_gate", "hỗ trợ nâng cấp cửa khẩu {p} thành cửa khẩu quốc tế"),
    ("investment", "giới thiệu các tập đoàn nước ngoài đầu tư vào khu kinh tế của tỉnh"),
    ("trade", "kết nối doanh nghiệp xuất khẩu nông sản sang thị trường {c}"),
    ("tourism", "quảng bá du lịch {p} tại các thị trường trọng điểm"),
    ("aid", "vận động viện trợ phi chính phủ cho các huyện biên giới"),
    ("labour", "mở rộng hợp tác đưa lao động đi làm việc tại {c}"),
]


def _name(rng):
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


TITLES = {"central": CENTRAL_TITLES, "local": LOCAL_TITLES, "foreign": FOREIGN_TITLES}


def _insert(model, columns, rows):
    """executemany of plain tuples: the ORM's per-object work would dominate at this size."""
    if not rows:
        return
    table = connection.ops.quote_name(model._meta.db_table)
    cols = ", ".join(connection.ops.quote_name(c) for c in columns)
    marks = ", ".join(["%s"] * len(columns))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # COPY: one stream instead of a round trip per row
            with cursor.cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            cursor.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)


@contextlib.contextmanager
def foreign_keys_trusted():
    """PostgreSQL, as a superuser: the rows seed_demo writes point at rows it wrote before them,
    so the load skips the per-row foreign-key checks (session_replication_role = replica, for
    this transaction): deferred to the commit, a million activities queue some twenty million
    of them. Other users, and SQLite, check as usual."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        trusted = bool(cursor.fetchone()[0])
        if trusted:
            cursor.execute("SET LOCAL session_replication_role = replica")
        yield
        if trusted:
            cursor.execute("SET LOCAL session_replication_role = origin")


@contextlib.contextmanager
def search_index_built_at_end():
    """The search index is built once after the load instead of row by row: PostgreSQL's
    trigram index (migration 0003) is dropped and created again (a GIN index built from sorted
    entries is several times faster than one grown by a million inserts); SQLite's FTS5 table
    (migration 0009) loses its insert trigger during the load and is rebuilt from the rows."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = 'activity_search_trgm'")
            had = cursor.fetchone() is not None
            cursor.execute("DROP INDEX IF EXISTS activity_search_trgm")
            yield
            if had:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending checks before CREATE INDEX
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
                cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
                cursor.execute(
                    "CREATE INDEX activity_search_trgm ON visits_activity USING gin (search_text gin_trgm_ops)"
                )
            return
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'visits_activity_fts_insert'")
        row = cursor.fetchone()
        if row is None:
            yield
            return
        cursor.execute("DROP TRIGGER visits_activity_fts_insert")
        yield
        cursor.execute(row[0])
        cursor.execute("INSERT INTO visits_activity_fts(visits_activity_fts) VALUES ('rebuild')")


def _next_id(model):
    return (model.objects.aggregate(m=Max("id"))["m"] or 0) + 1


@transaction.atomic
def seed(*, activities, seed=2025, officials=5000, batch=5000, progress=None):
    rng = random.Random(seed)
    pre = list(Province.objects.filter(era=Era.PRE_2025))
    cur = list(Province.objects.filter(era=Era.CURRENT))
    # Busy provinces get more activities: a skewed weight, as in the real archive.
    pre_w = [rng.paretovariate(1.5) for _ in pre]
    cur_w = [rng.paretovariate(1.5) for _ in cur]

    # Countries and partner localities.
    countries, partners = [], []
    cid, pid = _next_id(Country), _next_id(PartnerLocality)
    for cname, names in COUNTRIES.items():
        country = Country(id=cid, name=cname, slug=f"demo-{slugify_vi(cname)}-{cid}").fill_keys()
        countries.append(country)
        cid += 1
        for base in names + [f"{n} {i}" for n in names for i in range(1, 4)]:
            partners.append(PartnerLocality(id=pid, name=base, kind="tỉnh", country=country,
                                            slug=f"demo-{slugify_vi(base)}-{pid}").fill_keys())
            pid += 1
    Country.objects.bulk_create(countries)
    PartnerLocality.objects.bulk_create(partners, batch_size=batch)

    # Officials, each with a side and a title list.
    oid = _next_id(Official)
    people = []
    for i in range(officials):
        name = f"{_name(rng)} {i}" if i % 3 == 0 else _name(rng)
        people.append(Official(id=oid + i, name=name, slug=f"demo-{slugify_vi(name)}-{oid + i}").fill_keys())
    Official.objects.bulk_create(people, batch_size=batch)
    central, local, foreign = people[: officials // 5], people[officials // 5 : officials * 4 // 5], people[officials * 4 // 5 :]

    aid, art_id, part_id = _next_id(Activity), _next_id(Article), _next_id(Participation)
    req_id, ap_id, title_id = _next_id(Request), _next_id(ActivityPartner), _next_id(Title)
    begin, span = dt.date(2005, 1, 1), (dt.date(2026, 11, 1) - dt.date(2005, 1, 1)).days
    cutover = dt.date(2025, 7, 1)
    now = timezone.now()
    kinds = [Kind.CENTRAL, Kind.FOREIGN, Kind.OUTBOUND, Kind.EVENT]
    pre_cum = list(itertools.accumulate(pre_w))
    cur_cum = list(itertools.accumulate(cur_w))
    folded = {p.pk: p.name_folded for p in [*people, *partners]}
    fold_summary = functools.lru_cache(maxsize=None)(fold)  # a few thousand distinct summaries
    title_key = functools.lru_cache(maxsize=None)(name_key)
    done = 0
    with search_index_built_at_end(), tallies.counted_at_end(), foreign_keys_trusted():
        # PostgreSQL: tally triggers off, the tallies counted once at the end
        while done < activities:
            n = min(batch, activities - done)
            acts, arts, parts, titles, reqs, aps = [], [], [], [], [], []
            for _ in range(n):
                day = begin + dt.timedelta(days=rng.randrange(span))
                if day < cutover:
                    province = rng.choices(pre, cum_weights=pre_cum)[0]
                else:
                    province = rng.choices(cur, cum_weights=cur_cum)[0]
                kind = rng.choice(kinds)
                lead = rng.choice({Kind.CENTRAL: central, Kind.FOREIGN: foreign}.get(kind, local))
                partner = rng.choice(partners) if kind != Kind.CENTRAL or rng.random() < 0.3 else None
                org = rng.choice(ORGS[kind])
                if kind == Kind.CENTRAL:
                    summary = f"{org} làm việc với tỉnh {province.name}"
                else:
                    summary = f"Tỉnh {province.name} và {partner.name if partner else 'đối tác'} tăng cường hợp tác"
                end = day + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
                member_a = rng.choice(local)
                member_b = rng.choice(foreign if kind == Kind.FOREIGN else local)
                search = " ".join([province.name_folded, fold_summary(summary), folded[lead.pk], folded[member_a.pk],
                                   folded[member_b.pk], folded[partner.pk] if partner else ""])
                lead_side = {Kind.CENTRAL: "central", Kind.FOREIGN: "foreign"}.get(kind, "local")
                doubts, doubt_score = ('[{"code": "lead_guessed"}]', 2) if rng.random() < 0.15 else ("[]", 0)
                acts.append((aid, kind, province.pk, day, end, "day", org, lead.pk, rng.choice(TITLES[lead_side]),
                             summary, "extracted", doubts, doubt_score, "[]", search, now, now))
                for k in range(rng.choice([1, 1, 2, 2, 3])):
                    text = f"{summary}. Ngày {day:%d/%m/%Y}, đoàn do {lead.name} dẫn đầu. Nguồn {k}."
                    digest = hashlib.sha256(f"demo{art_id}-{seed}".encode()).hexdigest()
                    arts.append((art_id, f"demo-{art_id}.txt", "", "", "", summary, day, text, text, digest, "utf-8",
                                 "loaded", "", "{}", aid, now, now))
                    art_id += 1
                seen = set()
                for role, person, side in [("lead", lead, lead_side), ("member", member_a, "local"),
                                           ("member", member_b, "foreign" if kind == Kind.FOREIGN else "local")]:
                    if person.pk in seen:
                        continue
                    seen.add(person.pk)
                    parts.append((part_id, aid, person.pk, role, side, day))
                    title = rng.choice(TITLES[side])
                    titles.append((title_id, part_id, title, title_key(title)))
                    part_id += 1
                    title_id += 1
                if rng.random() < 0.6:
                    cat, tmpl = rng.choice(REQUESTS)
                    text = "Tỉnh đề nghị " + tmpl.format(p=province.name, c=partner.country.name if partner else "nước ngoài")
                    status = rng.choice(["raised", "raised", "acknowledged", "resolved"])
                    reqs.append((req_id, aid, text, fold(text)[:500], cat, "", status, "extracted", False, day))
                    req_id += 1
                if partner:
                    aps.append((ap_id, aid, partner.pk, day))
                    ap_id += 1
                aid += 1
            _insert(Activity, ["id", "kind", "province_id", "start_date", "end_date", "date_precision", "organization",
                               "lead_id", "lead_title", "summary", "review_state", "doubts", "doubt_score", "locked_fields", "search_text",
                               "created_at", "updated_at"], acts)
            _insert(Article, ["id", "source_name", "source_path", "url", "outlet", "title", "published", "raw_text",
                              "clean_text", "content_hash", "encoding", "status", "error", "extracted", "activity_id",
                              "ingested_at", "updated_at"], arts)
            _insert(Participation, ["id", "activity_id", "official_id", "role", "side", "activity_date"], parts)
            _insert(Title, ["id", "participation_id", "title", "title_key"], titles)
            _insert(Request, ["id", "activity_id", "text", "text_key", "category", "addressee", "status",
                              "review_state", "repeat_locked", "activity_date"], reqs)
            _insert(ActivityPartner, ["id", "activity_id", "partner_id", "activity_date"], aps)
            done += n
            if progress:
                progress(done)
    ties = (
        ActivityPartner.objects.values("activity__province", "partner")
        .annotate(first=Min("activity__start_date"), last=Max("activity__start_date"), n=Count("activity"))
    )
    PartnerTie.objects.all().delete()
    PartnerTie.objects.bulk_create(
        [PartnerTie(province_id=t["activity__province"], partner_id=t["partner"], first_seen=t["first"],
                    last_seen=t["last"], activity_count=t["n"]) for t in ties],
        batch_size=batch,
    )
    if connection.vendor == "postgresql":  # ids were given explicitly: move the sequences on
        models = [Country, PartnerLocality, Official, Activity, Article, Participation, Title, Request, ActivityPartner]
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(sql)
            cursor.execute("ANALYZE")
    else:
        services.planner_statistics_refresh()
    return done
