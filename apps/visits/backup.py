"""Backup and restore of the whole database, with each engine's own consistent tool.

- SQLite: the online backup API (a consistent copy even while the site reads and writes in WAL
  mode); restore copies the backup back page by page into the database file.
- PostgreSQL: ``pg_dump --format=custom`` (a consistent snapshot while the site runs) and
  ``pg_restore --clean --if-exists --no-owner --single-transaction`` (all or nothing).
"""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connections


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
