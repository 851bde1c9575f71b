"""The query planner's table statistics, after a load."""

from django.db import connection

from ..models import Activity


def planner_statistics_refresh():
    """Bring SQLite's table statistics up to date (ANALYZE: 1.3 s on a 300,000-activity
    archive, run once at the end of a load that stored something). SQLite keeps none until
    ANALYZE runs, and without them it plans the request list as a sort of every request instead
    of a walk of the activities' date index (0.5 s instead of 30 ms at 300,000 activities).
    Sampled statistics (``analysis_limit``) plan a province's list worse: not used.
    PostgreSQL's autovacuum keeps its own."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def visibility_refresh():
    """After a bulk load on PostgreSQL (seed_demo), VACUUM the activities so that index-only
    scans need no visit to the rows (the counts of a cut year read the activity_date_facets
    index alone: 5 ms instead of 70 ms for a year at 1,000,000 activities). Autovacuum does the
    same some minutes after a large insert; this does it at once. Outside a transaction only."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return
    with connection.cursor() as cursor:  # statistics: the load's own ANALYZE has them
        cursor.execute(f"VACUUM {connection.ops.quote_name(Activity._meta.db_table)}")
