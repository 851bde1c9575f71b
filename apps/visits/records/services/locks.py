"""Who may write at once: the writer lock (one writer of shared records, or one per current unit
for an ingest) and the per-name lock of a lookup."""

import zlib

from django.db import connection

# An arbitrary key of this project's PostgreSQL advisory lock (the bytes of "doingoai"), and the
# int4 namespaces of its two-key locks: one per current unit, one per looked-up name.
WRITER_LOCK = 0x646F696E676F6169
UNIT_LOCKS, NAME_LOCKS = 0x646F6901, 0x646F6902


def writer_lock(*, unit=None):
    """One writer of shared records at a time, until the current transaction ends.

    Two ingests at once (two operators, or a cron job beside a manual run), or an ingest beside
    an editor's merge, must not both find no activity, official or partner and both create one,
    nor overwrite each other's variants. On PostgreSQL this takes a transaction-level advisory
    lock, released at commit or rollback; reads after it see what the other writer committed.

    ``unit`` (the id of the current unit an article's activity belongs to, 0 for none): an
    ingest storing one article takes the writer lock shared and the unit's lock exclusively,
    so articles of different provinces are stored side by side (activities, their merges,
    requests' repeats and partner ties never cross units), while merges and reviews, which take
    the writer lock exclusively, still wait for every ingest. Names shared across units
    (officials, countries, partners) are looked up under a lock of their own (name_lock).

    On SQLite every transaction begins IMMEDIATE (config/settings.py), which takes the
    database's write lock at BEGIN, so there is nothing more to do."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        if unit is None:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK])
        else:
            cursor.execute(
                "SELECT pg_advisory_xact_lock_shared(%s), pg_advisory_xact_lock(%s, %s)",
                [WRITER_LOCK, UNIT_LOCKS, unit],
            )


def name_lock(model, key):
    """Until the transaction ends, no other writer looks up this name of this model: the second
    of two ingests meeting a new name waits for the first to commit, then finds its record."""
    if connection.vendor == "postgresql":
        digest = zlib.crc32(f"{model._meta.label}|{key}".encode()) & 0x7FFFFFFF
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [NAME_LOCKS, digest])
