"""The documented backup and restore round-trip a loaded database (SQLite or PostgreSQL, as the
suite runs), and a bad backup file is refused without touching the database."""

import sqlite3

import pytest


@pytest.fixture(scope="module")
def loaded_once(migrated_databases, seeds_dir):
    """The seeds ingested once for the module; each test gets a copy."""
    name = migrated_databases.fresh("loaded")
    out = migrated_databases.manage(name, "ingest", str(seeds_dir))
    assert out.returncode == 0, out.stderr
    return name


@pytest.fixture
def loaded(databases, loaded_once):
    return databases.copy(loaded_once, "loaded")


def test_a_backup_restored_into_an_empty_database_gives_back_every_record(databases, loaded, tmp_path, seeds_dir):
    before = databases.snapshot(loaded)
    assert before["activities"] == 4
    backup = tmp_path / "doingoai.backup"
    out = databases.manage(loaded, "backup", str(backup))
    assert out.returncode == 0, out.stderr
    assert backup.stat().st_size > 0

    target = databases.fresh("restored")
    assert databases.snapshot(target)["activities"] == 0
    out = databases.manage(target, "restore", "--yes", str(backup))
    assert out.returncode == 0, out.stderr
    assert databases.snapshot(target) == before
    assert databases.export(target) == databases.export(loaded)
    # The restored database keeps working: a re-ingest of the same articles changes nothing.
    out = databases.manage(target, "ingest", str(seeds_dir))
    assert out.returncode == 0, out.stderr
    assert databases.snapshot(target) == before


def test_a_restore_over_a_changed_database_brings_back_the_backup(databases, loaded, tmp_path):
    backup = tmp_path / "before.backup"
    assert databases.manage(loaded, "backup", str(backup)).returncode == 0
    before = databases.snapshot(loaded)
    extra = databases.manage(loaded, "seed_demo", "--activities", "50")
    assert extra.returncode == 0, extra.stderr
    assert databases.snapshot(loaded)["activities"] > before["activities"]
    assert databases.manage(loaded, "restore", "--yes", str(backup)).returncode == 0
    assert databases.snapshot(loaded) == before


def test_a_file_that_is_not_a_backup_is_refused_and_the_database_is_untouched(databases, loaded, tmp_path):
    before = databases.snapshot(loaded)
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"not a backup at all" * 100)
    out = databases.manage(loaded, "restore", "--yes", str(junk))
    assert out.returncode != 0
    assert "backup" in out.stderr.lower() or "failed" in out.stderr.lower()
    assert databases.snapshot(loaded) == before


def test_an_sqlite_database_that_is_not_ours_is_refused_and_the_database_is_untouched(databases, loaded, tmp_path):
    """Any SQLite file used to replace the database, then every page and `export` failed on
    "no such table". (On PostgreSQL pg_restore refuses it as not an archive.)"""
    foreign = tmp_path / "notes.sqlite3"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
        db.execute("INSERT INTO notes VALUES ('not ours')")
    before = databases.snapshot(loaded)
    out = databases.manage(loaded, "restore", "--yes", str(foreign))
    assert out.returncode != 0
    if databases.vendor == "sqlite":
        assert "not a doingoai backup" in out.stderr and "nothing was changed" in out.stderr
    assert databases.snapshot(loaded) == before
    assert databases.manage(loaded, "export", "--format", "jsonl").returncode == 0


def _sqlite_backup(databases, name, tmp_path):
    if databases.vendor != "sqlite":
        pytest.skip("an SQLite backup's checks; PostgreSQL's archives are checked by pg_restore")
    backup = tmp_path / "doingoai.backup"
    assert databases.manage(name, "backup", str(backup)).returncode == 0
    return backup


@pytest.mark.parametrize(
    "damage, reason",
    [
        ("PRAGMA application_id = 0", "not a doingoai backup"),  # a copy of the database, not a backup
        ("DROP TABLE visits_activity", "lacks tables of this version (visits_activity)"),
        ("DELETE FROM django_migrations WHERE app = 'ingest'", "migrations differ from this version's (ingest.0001"),
        ("INSERT INTO django_migrations (app, name, applied) VALUES ('visits', '9999_future', '2030-01-01')",
         "migrations differ from this version's (visits.9999_future)"),
    ],
)
def test_a_backup_that_is_not_whole_or_of_another_version_is_refused(databases, loaded, tmp_path, damage, reason):
    backup = _sqlite_backup(databases, loaded, tmp_path)
    with sqlite3.connect(backup) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute(damage)
    before = databases.snapshot(loaded)
    extra = databases.manage(loaded, "seed_demo", "--activities", "5")
    assert extra.returncode == 0, extra.stderr
    changed = databases.snapshot(loaded)
    out = databases.manage(loaded, "restore", "--yes", str(backup))
    assert out.returncode != 0 and reason in out.stderr, out.stderr
    assert databases.snapshot(loaded) == changed != before
