"""Requests carry their activity's start date, copied by database triggers, and the request lists
walk one index in their order (issue 16: SQLite joined every activity, or built a filter over
every request, for each list); a partial index holds the repeat links alone."""

from django.conf import settings
from django.db import migrations, models

from apps.visits.reporting.triggers import install_activity_dates, uninstall_activity_dates


class Migration(migrations.Migration):

    dependencies = [
        ('visits', '0015_activity_date_facets_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='request',
            name='activity_date',
            field=models.DateField(editable=False, null=True, verbose_name="activity's start date"),
        ),
        migrations.RunPython(install_activity_dates, uninstall_activity_dates),
        migrations.AddIndex(
            model_name='request',
            index=models.Index(fields=['-activity_date', '-activity', 'id'], name='request_list_order'),
        ),
        migrations.AddIndex(
            model_name='request',
            index=models.Index(condition=models.Q(('repeat_of__isnull', False)), fields=['repeat_of'], name='request_repeats'),
        ),
    ]
