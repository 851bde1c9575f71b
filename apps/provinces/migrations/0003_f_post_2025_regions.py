"""The 2025 units' regions as data/provinces.json now gives them (scripts/build_provinces.py,
REGION_2025): the new Tây Ninh in the South East, the new Gia Lai in the Central Highlands."""

import json
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "provinces.json"


def update(apps, schema_editor):
    Province = apps.get_model("provinces", "Province")
    db = schema_editor.connection.alias
    for unit in json.loads(DATA.read_text(encoding="utf-8"))["units"]:
        if unit["era"] == "2025":
            Province.objects.using(db).filter(era="2025", code=unit["code"]).exclude(region=unit["region"]).update(
                region=unit["region"]
            )


class Migration(migrations.Migration):
    dependencies = [("provinces", "0002_load_provinces")]

    operations = [migrations.RunPython(update, migrations.RunPython.noop)]
