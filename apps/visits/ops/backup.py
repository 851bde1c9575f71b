"""Backup and restore of the whole database, with each engine's own consistent tool.

- SQLite: the online backup API (a consistent copy even while the site reads and writes in WAL
  mode), marked as doingoai's (SQLite's application_id); restore first checks that the file is
  such a backup, whole, with this code's tables and migrations, then copies it back page by
  page into the database file.
- PostgreSQL: ``pg_dump --format=custom`` (a consistent snapshot while the site runs) and
  ``pg_restore --clean --if-exists --no-owner --single-transaction`` (all or nothing).
"""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connections
from django.db.migrations.loader import MigrationLoader

# Written into every SQLite backup's header (PRAGMA application_id): "doin".
APPLICATION_ID = int.from_bytes(b"doin", "big")


class BackupError(Exception):
    pass


def _settings(alias):
    connection = connections[alias]
    return connection.vendor, connection.settings_dict


def _pg_env(params):
    env = {**os.environ, "PGDATABASE": params["NAME"]}
    for key, var in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if params.get(key):
            env[var] = str(params[key])
    return env


def _run(command, env):
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} not found: install PostgreSQL's client tools (apt-get install postgresql-client)")
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[-2000:]}")


def _sqlite_copy(source_name, target_name):
    source = sqlite3.connect(source_name, uri=source_name.startswith("file:"))
    try:
        source.execute("PRAGMA schema_version").fetchone()  # fails early on a file that is not SQLite
        target = sqlite3.connect(target_name)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _sqlite_mark(name):
    target = sqlite3.connect(name)
    try:
        target.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        target.commit()
    finally:
        target.close()


def _check_sqlite_backup(path, alias):
    """Refuse, before anything is replaced, a file that is not a whole backup made by `backup`
    of a database with this code's tables and migrations (any SQLite file would otherwise
    replace the database, and the site fail on the first missing table)."""
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            mark = source.execute("PRAGMA application_id").fetchone()[0]
            check = source.execute("PRAGMA quick_check").fetchone()[0] if mark == APPLICATION_ID else "ok"
            tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            applied = set(source.execute("SELECT app, name FROM django_migrations")) if "django_migrations" in tables else set()
        finally:
            source.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path}: not an SQLite backup ({exc}); nothing was changed") from exc
    if mark != APPLICATION_ID:
        raise BackupError(f"{path}: not a doingoai backup (it lacks the mark `manage.py backup` writes); nothing was changed")
    if check != "ok":
        raise BackupError(f"{path}: the backup is damaged ({check}); nothing was changed")
    missing = sorted(set(connections[alias].introspection.django_table_names()) - tables)
    if missing:
        raise BackupError(f"{path}: the backup lacks tables of this version ({', '.join(missing[:5])}); nothing was changed")
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    differ = sorted(known - applied) + sorted(m for m in applied - known if m[0] in {app for app, _ in known})
    if differ:
        names = ", ".join(f"{app}.{name}" for app, name in differ[:5])
        raise BackupError(
            f"{path}: the backup's migrations differ from this version's ({names}): restore it with the "
            "version that made it; nothing was changed"
        )


def backup(path, alias="default"):
    """Write a backup of the database to ``path``; returns its size in bytes."""
    vendor, params = _settings(alias)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"cannot write the backup to {path}: {exc}") from exc
    if vendor == "sqlite":
        connections[alias].close()
        try:
            _sqlite_copy(str(params["NAME"]), str(path))
            _sqlite_mark(str(path))
        except sqlite3.Error as exc:
            raise BackupError(f"cannot write the backup to {path}: {exc}") from exc
    elif vendor == "postgresql":
        _run(["pg_dump", "--format=custom", "--no-owner", f"--file={path}"], _pg_env(params))
    else:
        raise BackupError(f"no backup for {vendor}")
    return path.stat().st_size


def restore(path, alias="default"):
    """Replace the database's content with the backup at ``path`` (stop the site first)."""
    vendor, params = _settings(alias)
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: no such backup file")
    if vendor == "sqlite":
        _check_sqlite_backup(path, alias)
    connections[alias].close()
    if vendor == "sqlite":
        try:
            _sqlite_copy(f"file:{path}?mode=ro", str(params["NAME"]))
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"{path}: not an SQLite backup ({exc})") from exc
    elif vendor == "postgresql":
        _run(
            ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
             f"--dbname={params['NAME']}", str(path)],
            _pg_env(params),
        )
    else:
        raise BackupError(f"no restore for {vendor}")
