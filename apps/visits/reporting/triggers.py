"""The tallies' triggers and their fill, for SQLite and PostgreSQL. Tallies of activities (by
province, kind, review state and year; by month and review state), of officials' public
activities per province (migration 0006) and of requests (migration 0007) are kept by
triggers on visits_activity, visits_participation and visits_request, so that every write,
whatever path it takes, keeps them exact; the migrations fill them from the records stored.
Requests, participations and partner mentions also carry a copy of their activity's start date
(migration 0016), kept the same way.

On SQLite, a later migration that makes Django rebuild one of those tables (copy to a new
table) drops the triggers on it: tests/records/test_tallies.py and test_activity_dates.py check
them after the whole migration history, so such a migration must call install(),
install_requests() and install_activity_dates() again.
"""

import contextlib

from django.db import connection

# The tally keys of a row (OLD or NEW): province, kind, state, year (0: undated); month, state.
_PG_YEAR = "COALESCE(EXTRACT(YEAR FROM {r}.start_date)::int, 0)"
_PG_MONTH = "COALESCE((EXTRACT(YEAR FROM {r}.start_date) * 100 + EXTRACT(MONTH FROM {r}.start_date))::int, 0)"
_SQLITE_YEAR = "COALESCE(CAST(strftime('%Y', {r}.start_date) AS INTEGER), 0)"
_SQLITE_MONTH = "COALESCE(CAST(strftime('%Y%m', {r}.start_date) AS INTEGER), 0)"


def _remove(year, month):
    return (
        f"UPDATE visits_activitytally SET n = n - 1 WHERE province_id = OLD.province_id AND kind = OLD.kind"
        f" AND review_state = OLD.review_state AND year = {year.format(r='OLD')};"
        f" UPDATE visits_monthtally SET n = n - 1 WHERE review_state = OLD.review_state"
        f" AND month = {month.format(r='OLD')};"
    )


def _add(year, month):
    return (
        f"INSERT INTO visits_activitytally (province_id, kind, review_state, year, n)"
        f" VALUES (NEW.province_id, NEW.kind, NEW.review_state, {year.format(r='NEW')}, 1)"
        f" ON CONFLICT (province_id, kind, review_state, year) DO UPDATE SET n = visits_activitytally.n + 1;"
        f" INSERT INTO visits_monthtally (month, review_state, n) VALUES ({month.format(r='NEW')}, NEW.review_state, 1)"
        f" ON CONFLICT (month, review_state) DO UPDATE SET n = visits_monthtally.n + 1;"
    )


_CHANGED = (
    "OLD.province_id {ne} NEW.province_id OR OLD.kind {ne} NEW.kind"
    " OR OLD.review_state {ne} NEW.review_state OR OLD.start_date {ne} NEW.start_date"
)


def _recount(provinces, officials):
    """Count again the (province, official) pairs named: public activities and the latest date."""
    return (
        f"DELETE FROM visits_officialtally WHERE province_id IN ({provinces}) AND official_id IN ({officials});"
        f" INSERT INTO visits_officialtally (province_id, official_id, n, last_seen)"
        f" SELECT a.province_id, p.official_id, COUNT(*), MAX(a.start_date)"
        f" FROM visits_participation p JOIN visits_activity a ON a.id = p.activity_id"
        f" WHERE a.province_id IN ({provinces}) AND p.official_id IN ({officials}) AND a.review_state <> 'rejected'"
        f" GROUP BY a.province_id, p.official_id;"
    )


# A new participation: one more activity for its official in its activity's province.
_PARTICIPATION_INSERT = (
    "INSERT INTO visits_officialtally (province_id, official_id, n, last_seen)"
    " SELECT a.province_id, NEW.official_id, 1, a.start_date FROM visits_activity a"
    " WHERE a.id = NEW.activity_id AND a.review_state <> 'rejected'"
    " ON CONFLICT (province_id, official_id) DO UPDATE SET n = visits_officialtally.n + 1,"
    " last_seen = CASE WHEN visits_officialtally.last_seen IS NULL"
    " OR excluded.last_seen > visits_officialtally.last_seen"
    " THEN excluded.last_seen ELSE visits_officialtally.last_seen END;"
)
_PARTICIPATION_DELETE = _recount(
    "SELECT province_id FROM visits_activity WHERE id = OLD.activity_id", "OLD.official_id"
)
_PARTICIPATION_UPDATE = _recount(
    "SELECT province_id FROM visits_activity WHERE id IN (OLD.activity_id, NEW.activity_id)",
    "OLD.official_id, NEW.official_id",
)
_ACTIVITY_UPDATE = _recount(
    "OLD.province_id, NEW.province_id", "SELECT official_id FROM visits_participation WHERE activity_id = NEW.id"
)
_PARTICIPATION_MOVED = "OLD.official_id {ne} NEW.official_id OR OLD.activity_id {ne} NEW.activity_id"


def _pg_function(name, body):
    return f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} RETURN NULL; END $$"


POSTGRESQL = [
    _pg_function("visits_participation_tally_insert", _PARTICIPATION_INSERT),
    _pg_function("visits_participation_tally_delete", _PARTICIPATION_DELETE),
    _pg_function("visits_participation_tally_update", _PARTICIPATION_UPDATE),
    _pg_function("visits_activity_official_tally", _ACTIVITY_UPDATE),
    "CREATE TRIGGER visits_participation_tally_insert AFTER INSERT ON visits_participation"
    " FOR EACH ROW EXECUTE FUNCTION visits_participation_tally_insert()",
    "CREATE TRIGGER visits_participation_tally_delete AFTER DELETE ON visits_participation"
    " FOR EACH ROW EXECUTE FUNCTION visits_participation_tally_delete()",
    f"CREATE TRIGGER visits_participation_tally_update AFTER UPDATE ON visits_participation FOR EACH ROW"
    f" WHEN ({_PARTICIPATION_MOVED.format(ne='IS DISTINCT FROM')}) EXECUTE FUNCTION visits_participation_tally_update()",
    f"CREATE TRIGGER visits_activity_official_tally AFTER UPDATE ON visits_activity FOR EACH ROW"
    f" WHEN ({_CHANGED.format(ne='IS DISTINCT FROM')}) EXECUTE FUNCTION visits_activity_official_tally()",
    f"""CREATE OR REPLACE FUNCTION visits_activity_tally() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN {_remove(_PG_YEAR, _PG_MONTH)} END IF;
        IF TG_OP <> 'DELETE' THEN {_add(_PG_YEAR, _PG_MONTH)} END IF;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER visits_activity_tally_insert_delete AFTER INSERT OR DELETE ON visits_activity"
    " FOR EACH ROW EXECUTE FUNCTION visits_activity_tally()",
    f"CREATE TRIGGER visits_activity_tally_update AFTER UPDATE ON visits_activity FOR EACH ROW"
    f" WHEN ({_CHANGED.format(ne='IS DISTINCT FROM')}) EXECUTE FUNCTION visits_activity_tally()",
]
SQLITE = [
    f"CREATE TRIGGER visits_participation_tally_insert AFTER INSERT ON visits_participation"
    f" BEGIN {_PARTICIPATION_INSERT} END",
    f"CREATE TRIGGER visits_participation_tally_delete AFTER DELETE ON visits_participation"
    f" BEGIN {_PARTICIPATION_DELETE} END",
    f"CREATE TRIGGER visits_participation_tally_update AFTER UPDATE ON visits_participation"
    f" WHEN {_PARTICIPATION_MOVED.format(ne='IS NOT')} BEGIN {_PARTICIPATION_UPDATE} END",
    f"CREATE TRIGGER visits_activity_official_tally AFTER UPDATE ON visits_activity"
    f" WHEN {_CHANGED.format(ne='IS NOT')} BEGIN {_ACTIVITY_UPDATE} END",
    f"CREATE TRIGGER visits_activity_tally_insert AFTER INSERT ON visits_activity"
    f" BEGIN {_add(_SQLITE_YEAR, _SQLITE_MONTH)} END",
    f"CREATE TRIGGER visits_activity_tally_delete AFTER DELETE ON visits_activity"
    f" BEGIN {_remove(_SQLITE_YEAR, _SQLITE_MONTH)} END",
    f"CREATE TRIGGER visits_activity_tally_update AFTER UPDATE ON visits_activity"
    f" WHEN {_CHANGED.format(ne='IS NOT')}"
    f" BEGIN {_remove(_SQLITE_YEAR, _SQLITE_MONTH)} {_add(_SQLITE_YEAR, _SQLITE_MONTH)} END",
]
OPS = ("insert", "delete", "update")
DROP = {
    "postgresql": [
        "DROP TRIGGER IF EXISTS visits_activity_tally_insert_delete ON visits_activity",
        "DROP TRIGGER IF EXISTS visits_activity_tally_update ON visits_activity",
        "DROP FUNCTION IF EXISTS visits_activity_tally()",
        "DROP TRIGGER IF EXISTS visits_activity_official_tally ON visits_activity",
        *(f"DROP TRIGGER IF EXISTS visits_participation_tally_{op} ON visits_participation" for op in OPS),
        "DROP FUNCTION IF EXISTS visits_activity_official_tally()",
        *(f"DROP FUNCTION IF EXISTS visits_participation_tally_{op}()" for op in OPS),
    ],
    "sqlite": [
        "DROP TRIGGER IF EXISTS visits_activity_tally_insert",
        "DROP TRIGGER IF EXISTS visits_activity_tally_delete",
        "DROP TRIGGER IF EXISTS visits_activity_tally_update",
        "DROP TRIGGER IF EXISTS visits_activity_official_tally",
        *(f"DROP TRIGGER IF EXISTS visits_participation_tally_{op}" for op in OPS),
    ],
}


# Activities by province, kind, review state and month (migration 0019): ActivityTally's
# triggers by month, for the whole months of a date range's cut years. Triggers of their own,
# so that the earlier migrations' install() keeps writing only the tables that existed then.
_MONTH_KEY = "province_id, kind, review_state, month"


def _month_remove(month):
    return (
        f"UPDATE visits_activitymonthtally SET n = n - 1 WHERE province_id = OLD.province_id AND kind = OLD.kind"
        f" AND review_state = OLD.review_state AND month = {month.format(r='OLD')};"
    )


def _month_add(month):
    return (
        f"INSERT INTO visits_activitymonthtally ({_MONTH_KEY}, n)"
        f" VALUES (NEW.province_id, NEW.kind, NEW.review_state, {month.format(r='NEW')}, 1)"
        f" ON CONFLICT ({_MONTH_KEY}) DO UPDATE SET n = visits_activitymonthtally.n + 1;"
    )


def month_tally_triggers(vendor):
    if vendor == "postgresql":
        return [
            f"""CREATE OR REPLACE FUNCTION visits_activity_month_tally() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN {_month_remove(_PG_MONTH)} END IF;
                IF TG_OP <> 'DELETE' THEN {_month_add(_PG_MONTH)} END IF;
                RETURN NULL;
            END $$""",
            "CREATE TRIGGER visits_activity_month_tally_insert_delete AFTER INSERT OR DELETE ON visits_activity"
            " FOR EACH ROW EXECUTE FUNCTION visits_activity_month_tally()",
            f"CREATE TRIGGER visits_activity_month_tally_update AFTER UPDATE ON visits_activity FOR EACH ROW"
            f" WHEN ({_CHANGED.format(ne='IS DISTINCT FROM')}) EXECUTE FUNCTION visits_activity_month_tally()",
        ]
    return [
        f"CREATE TRIGGER visits_activity_month_tally_insert AFTER INSERT ON visits_activity"
        f" BEGIN {_month_add(_SQLITE_MONTH)} END",
        f"CREATE TRIGGER visits_activity_month_tally_delete AFTER DELETE ON visits_activity"
        f" BEGIN {_month_remove(_SQLITE_MONTH)} END",
        f"CREATE TRIGGER visits_activity_month_tally_update AFTER UPDATE ON visits_activity"
        f" WHEN {_CHANGED.format(ne='IS NOT')} BEGIN {_month_remove(_SQLITE_MONTH)} {_month_add(_SQLITE_MONTH)} END",
    ]


def month_tally_drop(vendor):
    if vendor == "postgresql":
        return [
            "DROP TRIGGER IF EXISTS visits_activity_month_tally_insert_delete ON visits_activity",
            "DROP TRIGGER IF EXISTS visits_activity_month_tally_update ON visits_activity",
            "DROP FUNCTION IF EXISTS visits_activity_month_tally()",
        ]
    return [f"DROP TRIGGER IF EXISTS visits_activity_month_tally_{op}" for op in OPS]


def month_tally_fill(vendor):
    month = _PG_MONTH if vendor == "postgresql" else _SQLITE_MONTH
    return [
        "DELETE FROM visits_activitymonthtally",
        f"INSERT INTO visits_activitymonthtally ({_MONTH_KEY}, n)"
        f" SELECT province_id, kind, review_state, {month.format(r='a')}, COUNT(*) FROM visits_activity a"
        f" GROUP BY 1, 2, 3, 4",
    ]


# Requests (migration 0007): counted by their activity's province and visibility, so a
# request's own changes move one count, and an activity's change of province or review state
# counts the requests of the provinces concerned again.
_REQUEST_KEY = "province_id, category, status, review_state, activity_public"
_REQUEST_ADD = (
    f"INSERT INTO visits_requesttally ({_REQUEST_KEY}, n)"
    " SELECT a.province_id, NEW.category, NEW.status, NEW.review_state, a.review_state <> 'rejected', 1"
    " FROM visits_activity a WHERE a.id = NEW.activity_id"
    f" ON CONFLICT ({_REQUEST_KEY}) DO UPDATE SET n = visits_requesttally.n + 1;"
)
_REQUEST_REMOVE = (
    "UPDATE visits_requesttally SET n = n - 1"
    " WHERE category = OLD.category AND status = OLD.status AND review_state = OLD.review_state"
    " AND (province_id, activity_public) IN"
    " (SELECT a.province_id, a.review_state <> 'rejected' FROM visits_activity a WHERE a.id = OLD.activity_id);"
)


def _request_count(where):
    return (
        f"INSERT INTO visits_requesttally ({_REQUEST_KEY}, n)"
        " SELECT a.province_id, r.category, r.status, r.review_state, a.review_state <> 'rejected', COUNT(*)"
        f" FROM visits_request r JOIN visits_activity a ON a.id = r.activity_id {where}"
        " GROUP BY a.province_id, r.category, r.status, r.review_state, a.review_state <> 'rejected';"
    )


_REQUEST_RECOUNT = (
    "DELETE FROM visits_requesttally WHERE province_id IN (OLD.province_id, NEW.province_id); "
    + _request_count("WHERE a.province_id IN (OLD.province_id, NEW.province_id)")
)
_REQUEST_CHANGED = (
    "OLD.activity_id {ne} NEW.activity_id OR OLD.category {ne} NEW.category OR OLD.status {ne} NEW.status"
    " OR OLD.review_state {ne} NEW.review_state"
)
_ACTIVITY_SEEN = "OLD.province_id {ne} NEW.province_id OR OLD.review_state {ne} NEW.review_state"

REQUEST_TRIGGERS = {
    "postgresql": [
        _pg_function("visits_request_tally_insert", _REQUEST_ADD),
        _pg_function("visits_request_tally_delete", _REQUEST_REMOVE),
        _pg_function("visits_request_tally_update", _REQUEST_REMOVE + " " + _REQUEST_ADD),
        _pg_function("visits_activity_request_tally", _REQUEST_RECOUNT),
        "CREATE TRIGGER visits_request_tally_insert AFTER INSERT ON visits_request"
        " FOR EACH ROW EXECUTE FUNCTION visits_request_tally_insert()",
        "CREATE TRIGGER visits_request_tally_delete AFTER DELETE ON visits_request"
        " FOR EACH ROW EXECUTE FUNCTION visits_request_tally_delete()",
        f"CREATE TRIGGER visits_request_tally_update AFTER UPDATE ON visits_request FOR EACH ROW"
        f" WHEN ({_REQUEST_CHANGED.format(ne='IS DISTINCT FROM')}) EXECUTE FUNCTION visits_request_tally_update()",
        f"CREATE TRIGGER visits_activity_request_tally AFTER UPDATE ON visits_activity FOR EACH ROW"
        f" WHEN ({_ACTIVITY_SEEN.format(ne='IS DISTINCT FROM')}) EXECUTE FUNCTION visits_activity_request_tally()",
    ],
    "sqlite": [
        f"CREATE TRIGGER visits_request_tally_insert AFTER INSERT ON visits_request BEGIN {_REQUEST_ADD} END",
        f"CREATE TRIGGER visits_request_tally_delete AFTER DELETE ON visits_request BEGIN {_REQUEST_REMOVE} END",
        f"CREATE TRIGGER visits_request_tally_update AFTER UPDATE ON visits_request"
        f" WHEN {_REQUEST_CHANGED.format(ne='IS NOT')} BEGIN {_REQUEST_REMOVE} {_REQUEST_ADD} END",
        f"CREATE TRIGGER visits_activity_request_tally AFTER UPDATE ON visits_activity"
        f" WHEN {_ACTIVITY_SEEN.format(ne='IS NOT')} BEGIN {_REQUEST_RECOUNT} END",
    ],
}
REQUEST_DROP = {
    "postgresql": [
        "DROP TRIGGER IF EXISTS visits_activity_request_tally ON visits_activity",
        *(f"DROP TRIGGER IF EXISTS visits_request_tally_{op} ON visits_request" for op in OPS),
        "DROP FUNCTION IF EXISTS visits_activity_request_tally()",
        *(f"DROP FUNCTION IF EXISTS visits_request_tally_{op}()" for op in OPS),
    ],
    "sqlite": [
        "DROP TRIGGER IF EXISTS visits_activity_request_tally",
        *(f"DROP TRIGGER IF EXISTS visits_request_tally_{op}" for op in OPS),
    ],
}
REQUEST_FILL = ["DELETE FROM visits_requesttally", _request_count("").rstrip(";")]


# Officials' titles (migration 0018): a new title widens its (official, title) row's dates; any
# other change (a title edited, moved or deleted, a participation moved or deleted, an
# activity's date or review state changed) counts the officials concerned again: a few
# hundred rows for the busiest official, and only on writes.
def _title_recount(officials):
    return (
        f"DELETE FROM visits_titletally WHERE official_id IN ({officials});"
        " INSERT INTO visits_titletally (official_id, title, first_seen, last_seen)"
        " SELECT p.official_id, t.title, MIN(a.start_date), MAX(a.start_date)"
        " FROM visits_title t JOIN visits_participation p ON p.id = t.participation_id"
        " JOIN visits_activity a ON a.id = p.activity_id"
        f" WHERE p.official_id IN ({officials}) AND a.review_state <> 'rejected'"
        " GROUP BY p.official_id, t.title;"
    )


_TITLE_ADD = (
    "INSERT INTO visits_titletally (official_id, title, first_seen, last_seen)"
    " SELECT p.official_id, NEW.title, a.start_date, a.start_date"
    " FROM visits_participation p JOIN visits_activity a ON a.id = p.activity_id"
    " WHERE p.id = NEW.participation_id AND a.review_state <> 'rejected'"
    " ON CONFLICT (official_id, title) DO UPDATE SET"
    " first_seen = CASE WHEN visits_titletally.first_seen IS NULL OR excluded.first_seen < visits_titletally.first_seen"
    " THEN excluded.first_seen ELSE visits_titletally.first_seen END,"
    " last_seen = CASE WHEN visits_titletally.last_seen IS NULL OR excluded.last_seen > visits_titletally.last_seen"
    " THEN excluded.last_seen ELSE visits_titletally.last_seen END;"
)
_OFFICIAL_OF = "SELECT official_id FROM visits_participation WHERE id IN ({ids})"
_TITLE_REMOVE = _title_recount(_OFFICIAL_OF.format(ids="OLD.participation_id"))
_TITLE_MOVE = _title_recount(_OFFICIAL_OF.format(ids="OLD.participation_id, NEW.participation_id"))
_TITLE_CHANGED = "OLD.participation_id {ne} NEW.participation_id OR OLD.title {ne} NEW.title"
_PARTICIPATION_TITLES = _title_recount("OLD.official_id, NEW.official_id")
_PARTICIPATION_GONE = _title_recount("OLD.official_id")
_ACTIVITY_TITLES = _title_recount("SELECT official_id FROM visits_participation WHERE activity_id = NEW.id")
_ACTIVITY_DATED = "OLD.start_date {ne} NEW.start_date OR OLD.review_state {ne} NEW.review_state"

TITLE_TRIGGERS = {
    "postgresql": [
        _pg_function("visits_title_tally_insert", _TITLE_ADD),
        _pg_function("visits_title_tally_delete", _TITLE_REMOVE),
        _pg_function("visits_title_tally_update", _TITLE_MOVE),
        _pg_function("visits_participation_title_tally_update", _PARTICIPATION_TITLES),
        _pg_function("visits_participation_title_tally_delete", _PARTICIPATION_GONE),
        _pg_function("visits_activity_title_tally", _ACTIVITY_TITLES),
        "CREATE TRIGGER visits_title_tally_insert AFTER INSERT ON visits_title"
        " FOR EACH ROW EXECUTE FUNCTION visits_title_tally_insert()",
        "CREATE TRIGGER visits_title_tally_delete AFTER DELETE ON visits_title"
        " FOR EACH ROW EXECUTE FUNCTION visits_title_tally_delete()",
        f"CREATE TRIGGER visits_title_tally_update AFTER UPDATE ON visits_title FOR EACH ROW"
        f" WHEN ({_TITLE_CHANGED.format(ne='IS DISTINCT FROM')}) EXECUTE FUNCTION visits_title_tally_update()",
        f"CREATE TRIGGER visits_participation_title_tally_update AFTER UPDATE ON visits_participation FOR EACH ROW"
        f" WHEN ({_PARTICIPATION_MOVED.format(ne='IS DISTINCT FROM')})"
        " EXECUTE FUNCTION visits_participation_title_tally_update()",
        "CREATE TRIGGER visits_participation_title_tally_delete AFTER DELETE ON visits_participation"
        " FOR EACH ROW EXECUTE FUNCTION visits_participation_title_tally_delete()",
        f"CREATE TRIGGER visits_activity_title_tally AFTER UPDATE ON visits_activity FOR EACH ROW"
        f" WHEN ({_ACTIVITY_DATED.format(ne='IS DISTINCT FROM')}) EXECUTE FUNCTION visits_activity_title_tally()",
    ],
    "sqlite": [
        f"CREATE TRIGGER visits_title_tally_insert AFTER INSERT ON visits_title BEGIN {_TITLE_ADD} END",
        f"CREATE TRIGGER visits_title_tally_delete AFTER DELETE ON visits_title BEGIN {_TITLE_REMOVE} END",
        f"CREATE TRIGGER visits_title_tally_update AFTER UPDATE ON visits_title"
        f" WHEN {_TITLE_CHANGED.format(ne='IS NOT')} BEGIN {_TITLE_MOVE} END",
        f"CREATE TRIGGER visits_participation_title_tally_update AFTER UPDATE ON visits_participation"
        f" WHEN {_PARTICIPATION_MOVED.format(ne='IS NOT')} BEGIN {_PARTICIPATION_TITLES} END",
        f"CREATE TRIGGER visits_participation_title_tally_delete AFTER DELETE ON visits_participation"
        f" BEGIN {_PARTICIPATION_GONE} END",
        f"CREATE TRIGGER visits_activity_title_tally AFTER UPDATE ON visits_activity"
        f" WHEN {_ACTIVITY_DATED.format(ne='IS NOT')} BEGIN {_ACTIVITY_TITLES} END",
    ],
}
_TITLE_TRIGGER_NAMES = [
    ("visits_title", f"visits_title_tally_{op}") for op in OPS
] + [
    ("visits_participation", "visits_participation_title_tally_update"),
    ("visits_participation", "visits_participation_title_tally_delete"),
    ("visits_activity", "visits_activity_title_tally"),
]
TITLE_DROP = {
    "postgresql": [
        *(f"DROP TRIGGER IF EXISTS {name} ON {table}" for table, name in _TITLE_TRIGGER_NAMES),
        *(f"DROP FUNCTION IF EXISTS {name}()" for _table, name in _TITLE_TRIGGER_NAMES),
    ],
    "sqlite": [f"DROP TRIGGER IF EXISTS {name}" for _table, name in _TITLE_TRIGGER_NAMES],
}
TITLE_FILL = [
    "DELETE FROM visits_titletally",
    "INSERT INTO visits_titletally (official_id, title, first_seen, last_seen)"
    " SELECT p.official_id, t.title, MIN(a.start_date), MAX(a.start_date)"
    " FROM visits_title t JOIN visits_participation p ON p.id = t.participation_id"
    " JOIN visits_activity a ON a.id = p.activity_id"
    " WHERE a.review_state <> 'rejected' GROUP BY p.official_id, t.title",
]


# Requests, participations and partner mentions (migration 0016) carry their
# activity's start date, so that their lists walk one index in their order: copied on every
# insert or update of such a row (whatever the application wrote there) and on every change of
# an activity's date.
DATED = {
    "visits_request": "visits_request_activity_date",
    "visits_participation": "visits_participation_activity_date",
    "visits_activitypartner": "visits_mention_activity_date",
}
TABLES = ("visits_activity", *DATED, "visits_title")  # whose triggers a bulk load turns off


def _activity_date(row):
    """The start date of ``row``'s activity, a subquery."""
    return f"(SELECT a.start_date FROM visits_activity a WHERE a.id = {row}.activity_id)"


_ACTIVITY_DATE = _activity_date("NEW")
_TO_DATED = " ".join(f"UPDATE {t} SET activity_date = NEW.start_date WHERE activity_id = NEW.id;" for t in DATED)


def activity_date_triggers(vendor):
    if vendor == "postgresql":
        sql = [
            f"""CREATE OR REPLACE FUNCTION visits_copy_activity_date() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN NEW.activity_date := {_ACTIVITY_DATE}; RETURN NEW; END $$""",
            *(
                f"CREATE TRIGGER {name} BEFORE INSERT OR UPDATE ON {table}"
                " FOR EACH ROW EXECUTE FUNCTION visits_copy_activity_date()"
                for table, name in DATED.items()
            ),
        ]
        return [
            *sql,
            _pg_function("visits_activity_date_to_rows", _TO_DATED),
            "CREATE TRIGGER visits_activity_date_to_rows AFTER UPDATE ON visits_activity FOR EACH ROW"
            " WHEN (OLD.start_date IS DISTINCT FROM NEW.start_date) EXECUTE FUNCTION visits_activity_date_to_rows()",
            # Foreign keys are checked at commit: a load may write the rows before their activity.
            "CREATE TRIGGER visits_activity_date_to_rows_insert AFTER INSERT ON visits_activity FOR EACH ROW"
            " EXECUTE FUNCTION visits_activity_date_to_rows()",
        ]
    # SQLite cannot assign NEW in a BEFORE trigger: the row is corrected just after its write.
    sql = [
        f"CREATE TRIGGER {name}_{op} AFTER {op.upper()} ON {table} WHEN NEW.activity_date IS NOT {_ACTIVITY_DATE}"
        f" BEGIN UPDATE {table} SET activity_date = {_ACTIVITY_DATE} WHERE id = NEW.id; END"
        for table, name in DATED.items()
        for op in ("insert", "update")
    ]
    return [
        *sql,
        "CREATE TRIGGER visits_activity_date_to_rows AFTER UPDATE ON visits_activity"
        f" WHEN OLD.start_date IS NOT NEW.start_date BEGIN {_TO_DATED} END",
        f"CREATE TRIGGER visits_activity_date_to_rows_insert AFTER INSERT ON visits_activity BEGIN {_TO_DATED} END",
    ]


def activity_date_drop(vendor):
    if vendor == "postgresql":
        return [
            "DROP TRIGGER IF EXISTS visits_activity_date_to_rows ON visits_activity",
            "DROP TRIGGER IF EXISTS visits_activity_date_to_rows_insert ON visits_activity",
            "DROP FUNCTION IF EXISTS visits_activity_date_to_rows()",
            *(f"DROP TRIGGER IF EXISTS {name} ON {table}" for table, name in DATED.items()),
            "DROP FUNCTION IF EXISTS visits_copy_activity_date()",
        ]
    return [
        "DROP TRIGGER IF EXISTS visits_activity_date_to_rows",
        "DROP TRIGGER IF EXISTS visits_activity_date_to_rows_insert",
        *(f"DROP TRIGGER IF EXISTS {name}_{op}" for name in DATED.values() for op in ("insert", "update")),
    ]


def activity_date_fill(vendor):
    """Copy every activity date that differs (after a load with the triggers off)."""
    if vendor == "postgresql":
        return [
            f"UPDATE {table} t SET activity_date = a.start_date FROM visits_activity a"
            " WHERE a.id = t.activity_id AND t.activity_date IS DISTINCT FROM a.start_date"
            for table in DATED
        ]
    return [
        f"UPDATE {table} SET activity_date = {_activity_date(table)} WHERE activity_date IS NOT {_activity_date(table)}"
        for table in DATED
    ]


def refill():
    """Count every tally again from the records, and copy the activities' dates onto their
    requests, participations and partner mentions (after a load with the triggers disabled)."""
    with connection.cursor() as cursor:
        for sql in [*fill(connection.vendor), *month_tally_fill(connection.vendor), *REQUEST_FILL, *TITLE_FILL,
                    *activity_date_fill(connection.vendor)]:
            cursor.execute(sql)


@contextlib.contextmanager
def counted_at_end():
    """A bulk load inside one transaction: on PostgreSQL the tally triggers are off during it
    (hundreds of thousands of updates of the same few tally rows would pile up row versions)
    and every tally is counted once at the end. SQLite updates in place: its triggers count as
    rows arrive."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        for table in TABLES:
            cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
    yield
    refill()
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending foreign-key checks may remain
        for table in TABLES:
            cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def fill(vendor):
    year, month = (_PG_YEAR, _PG_MONTH) if vendor == "postgresql" else (_SQLITE_YEAR, _SQLITE_MONTH)
    return [
        "DELETE FROM visits_activitytally",
        "DELETE FROM visits_monthtally",
        "DELETE FROM visits_officialtally",
        f"INSERT INTO visits_activitytally (province_id, kind, review_state, year, n)"
        f" SELECT province_id, kind, review_state, {year.format(r='a')}, COUNT(*) FROM visits_activity a"
        f" GROUP BY 1, 2, 3, 4",
        f"INSERT INTO visits_monthtally (month, review_state, n)"
        f" SELECT {month.format(r='a')}, review_state, COUNT(*) FROM visits_activity a GROUP BY 1, 2",
        "INSERT INTO visits_officialtally (province_id, official_id, n, last_seen)"
        " SELECT a.province_id, p.official_id, COUNT(*), MAX(a.start_date)"
        " FROM visits_participation p JOIN visits_activity a ON a.id = p.activity_id"
        " WHERE a.review_state <> 'rejected' GROUP BY a.province_id, p.official_id",
    ]


def _migration_pair(drop, *steps):
    """(install, uninstall) for a migration's RunPython: install drops what may be there, then
    runs each step in order (each a function of the vendor giving its statements); uninstall
    drops."""

    def run(schema_editor, statements):
        for sql in statements:
            schema_editor.execute(sql, params=None)

    def install(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        run(schema_editor, [sql for step in (drop, *steps) for sql in step(vendor)])

    def uninstall(apps, schema_editor):
        run(schema_editor, drop(schema_editor.connection.vendor))

    return install, uninstall


install, uninstall = _migration_pair(
    DROP.__getitem__, lambda vendor: POSTGRESQL if vendor == "postgresql" else SQLITE, fill
)
install_requests, uninstall_requests = _migration_pair(
    REQUEST_DROP.__getitem__, REQUEST_TRIGGERS.__getitem__, lambda vendor: REQUEST_FILL
)
# (the dates are filled before their triggers exist: each row is written once, not recomputed)
install_activity_dates, uninstall_activity_dates = _migration_pair(
    activity_date_drop, activity_date_fill, activity_date_triggers
)
install_titles, uninstall_titles = _migration_pair(
    TITLE_DROP.__getitem__, TITLE_TRIGGERS.__getitem__, lambda vendor: TITLE_FILL
)
install_month_tally, uninstall_month_tally = _migration_pair(month_tally_drop, month_tally_triggers, month_tally_fill)
