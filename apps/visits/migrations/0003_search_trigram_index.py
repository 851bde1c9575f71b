"""PostgreSQL: a trigram index so that `search_text LIKE '%word%'` (the q filter) uses an index.
SQLite has no such index; the migration does nothing there."""

from django.db import migrations

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS activity_search_trgm ON visits_activity USING gin (search_text gin_trgm_ops)",
]
DROP = ["DROP INDEX IF EXISTS activity_search_trgm"]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("visits", "0002_list_indexes")]
    operations = [migrations.RunPython(run(CREATE), run(DROP))]
