"""SQLite: an FTS5 index over the activities' folded search text (trigram tokens, so a word
matches inside a longer one as `search_text LIKE '%word%'` does), kept by triggers, so that the
q filter reads the index instead of scanning every activity. PostgreSQL has the trigram index
of migration 0003 on the same column; the migration does nothing there."""

from django.db import migrations

CREATE = [
    "CREATE VIRTUAL TABLE visits_activity_fts USING fts5("
    "search_text, content='visits_activity', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER visits_activity_fts_insert AFTER INSERT ON visits_activity BEGIN"
    " INSERT INTO visits_activity_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER visits_activity_fts_delete AFTER DELETE ON visits_activity BEGIN"
    " INSERT INTO visits_activity_fts(visits_activity_fts, rowid, search_text)"
    " VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER visits_activity_fts_update AFTER UPDATE OF search_text ON visits_activity BEGIN"
    " INSERT INTO visits_activity_fts(visits_activity_fts, rowid, search_text)"
    " VALUES ('delete', old.id, old.search_text);"
    " INSERT INTO visits_activity_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO visits_activity_fts(visits_activity_fts) VALUES ('rebuild')",
]
DROP = [
    "DROP TRIGGER IF EXISTS visits_activity_fts_insert",
    "DROP TRIGGER IF EXISTS visits_activity_fts_delete",
    "DROP TRIGGER IF EXISTS visits_activity_fts_update",
    "DROP TABLE IF EXISTS visits_activity_fts",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for sql in statements:
                schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("visits", "0008_change_stamps")]
    operations = [migrations.RunPython(run(CREATE), run(DROP))]
