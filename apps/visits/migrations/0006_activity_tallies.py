"""Tallies kept by database triggers (see apps/visits/tallies.py for the SQL)."""

import django.db.models.deletion
from django.db import migrations, models

from apps.visits.reporting.triggers import install, uninstall


class Migration(migrations.Migration):

    dependencies = [
        ('provinces', '0002_load_provinces'),
        ('visits', '0005_review_queue_and_repeats'),
    ]

    operations = [
        migrations.CreateModel(
            name='MonthTally',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('month', models.PositiveIntegerField()),
                ('review_state', models.CharField(max_length=16)),
                ('n', models.IntegerField(default=0)),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('month', 'review_state'), name='month_tally_unique')],
            },
        ),
        migrations.CreateModel(
            name='ActivityTally',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(max_length=32)),
                ('review_state', models.CharField(max_length=16)),
                ('year', models.PositiveSmallIntegerField()),
                ('n', models.IntegerField(default=0)),
                ('province', models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='provinces.province')),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('province', 'kind', 'review_state', 'year'), name='activity_tally_unique')],
            },
        ),
        migrations.CreateModel(
            name='OfficialTally',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('n', models.IntegerField(default=0)),
                ('last_seen', models.DateField(null=True)),
                ('official', models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='visits.official')),
                ('province', models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='provinces.province')),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('province', 'official'), name='official_tally_unique')],
            },
        ),
        migrations.RunPython(install, uninstall),
    ]
