"""Vietnamese sort keys of the names of countries, partner localities and officials, so their
lists are in Vietnamese order across pages (apps/lib/collation.py)."""

from django.db import migrations, models

from apps.lib.collation import sort_key_text


def fill(apps, schema_editor):
    for model in ("Country", "PartnerLocality", "Official"):
        Model = apps.get_model("visits", model)
        rows = list(Model.objects.only("pk", "name"))
        for row in rows:
            row.name_sort = sort_key_text(row.name)
        Model.objects.bulk_update(rows, ["name_sort"], batch_size=2000)


class Migration(migrations.Migration):

    dependencies = [
        ('visits', '0013_verbose_names'),
    ]

    operations = [
        migrations.AddField(
            model_name='country',
            name='name_sort',
            field=models.CharField(db_index=True, default='', editable=False, max_length=240, verbose_name='Vietnamese sort key'),
        ),
        migrations.AddField(
            model_name='historicalcountry',
            name='name_sort',
            field=models.CharField(db_index=True, default='', editable=False, max_length=240, verbose_name='Vietnamese sort key'),
        ),
        migrations.AddField(
            model_name='historicalofficial',
            name='name_sort',
            field=models.CharField(db_index=True, default='', editable=False, max_length=240, verbose_name='Vietnamese sort key'),
        ),
        migrations.AddField(
            model_name='historicalpartnerlocality',
            name='name_sort',
            field=models.CharField(db_index=True, default='', editable=False, max_length=240, verbose_name='Vietnamese sort key'),
        ),
        migrations.AddField(
            model_name='official',
            name='name_sort',
            field=models.CharField(db_index=True, default='', editable=False, max_length=240, verbose_name='Vietnamese sort key'),
        ),
        migrations.AddField(
            model_name='partnerlocality',
            name='name_sort',
            field=models.CharField(db_index=True, default='', editable=False, max_length=240, verbose_name='Vietnamese sort key'),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
