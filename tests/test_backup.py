"""The documented backup and restore round-trip a loaded database (SQLite or PostgreSQL, as the
suite runs), and a bad backup file is refused without touching the database."""

import pytest


@pytest.fixture
def loaded(databases, seeds_dir):
    name = databases.fresh("loaded")
    out = databases.manage(name, "ingest", str(seeds_dir))
    assert out.returncode == 0, out.stderr
    return name


def test_a_backup_restored_into_an_empty_database_gives_back_every_record(databases, loaded, tmp_path):
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
    out = databases.manage(target, "ingest", str(databases.tmp))
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
