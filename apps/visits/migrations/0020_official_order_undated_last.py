"""An official's page and the ?official= list put undated activities last on both engines, as a
partner's do (PostgreSQL's descending index put them first, SQLite's last): the index says NULLS
LAST on PostgreSQL; SQLite sorts NULL lowest, so its descending index already ends with them (and
it has no NULLS LAST in an index). The index leaves the model's Meta for the same SQL per engine
as mention_partner_order (migration 0016)."""

from django.db import migrations, models

OFFICIAL_ORDER = {
    "postgresql": "CREATE INDEX participation_official_order ON visits_participation"
    " (official_id, activity_date DESC NULLS LAST, activity_id DESC)",
    "sqlite": "CREATE INDEX participation_official_order ON visits_participation"
    " (official_id, activity_date DESC, activity_id DESC)",
}


def official_order(apps, schema_editor):
    schema_editor.execute(OFFICIAL_ORDER[schema_editor.connection.vendor], params=None)


def no_official_order(apps, schema_editor):
    schema_editor.execute("DROP INDEX IF EXISTS participation_official_order", params=None)


class Migration(migrations.Migration):

    dependencies = [
        ("visits", "0019_activity_month_tally"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="participation", name="participation_official_order"),
        migrations.RunPython(official_order, no_official_order),
    ]
