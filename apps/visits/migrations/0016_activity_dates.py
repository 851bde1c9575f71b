"""Requests, participations and partner mentions carry their activity's start date, copied by
database triggers, and their lists walk one index in their order (issue 16: each list joined
every activity, or SQLite built a filter over every request, to sort by the activity's date);
a partial index holds the requests' repeat links alone."""

from django.conf import settings
from django.db import migrations, models

import apps.visits.records.models.activities
from apps.visits.reporting.triggers import install_activity_dates, uninstall_activity_dates

# A partner's page lists its mentions newest first, undated last: PostgreSQL's index says NULLS
# LAST; SQLite sorts NULL lowest, so its descending index already ends with them (and it has no
# NULLS LAST in an index).
MENTION_ORDER = {
    "postgresql": "CREATE INDEX mention_partner_order ON visits_activitypartner"
    " (partner_id, activity_date DESC NULLS LAST, activity_id DESC)",
    "sqlite": "CREATE INDEX mention_partner_order ON visits_activitypartner"
    " (partner_id, activity_date DESC, activity_id DESC)",
}


def mention_order(apps, schema_editor):
    schema_editor.execute(MENTION_ORDER[schema_editor.connection.vendor], params=None)


def no_mention_order(apps, schema_editor):
    schema_editor.execute("DROP INDEX IF EXISTS mention_partner_order", params=None)


class Migration(migrations.Migration):

    dependencies = [
        ('visits', '0015_activity_date_facets_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='activitypartner',
            name='activity_date',
            field=apps.visits.records.models.activities.ActivityDateField(editable=False, null=True, verbose_name="activity's start date"),
        ),
        migrations.AddField(
            model_name='participation',
            name='activity_date',
            field=apps.visits.records.models.activities.ActivityDateField(editable=False, null=True, verbose_name="activity's start date"),
        ),
        migrations.AddField(
            model_name='request',
            name='activity_date',
            field=apps.visits.records.models.activities.ActivityDateField(editable=False, null=True, verbose_name="activity's start date"),
        ),
        migrations.RunPython(install_activity_dates, uninstall_activity_dates),
        migrations.RunPython(mention_order, no_mention_order),
        migrations.AddIndex(
            model_name='participation',
            index=models.Index(fields=['official', '-activity_date', '-activity'], name='participation_official_order'),
        ),
        migrations.AddIndex(
            model_name='request',
            index=models.Index(fields=['-activity_date', '-activity', 'id'], name='request_list_order'),
        ),
        migrations.AddIndex(
            model_name='request',
            index=models.Index(condition=models.Q(('repeat_of__isnull', False)), fields=['repeat_of'], name='request_repeats'),
        ),
    ]
