"""Extraction is pure: apps.ingest.extract and every module under it import no Django, no
models (apps.visits, apps.provinces.models), so that it runs anywhere, in worker processes and
without a configured project."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import importlib, json, pkgutil, sys
import apps.ingest.extract as extract
names = [extract.__name__]
for info in pkgutil.walk_packages(extract.__path__, extract.__name__ + "."):
    importlib.import_module(info.name)
    names.append(info.name)
print(json.dumps({"imported": names, "modules": sorted(sys.modules)}))
"""


def test_extract_and_its_submodules_import_no_django():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=True
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert {"apps.ingest.extract.people.names", "apps.ingest.extract.requests", "apps.ingest.extract.record"} <= set(
        found["imported"]
    )
    unwanted = [
        m
        for m in found["modules"]
        if m == "django" or m.startswith("django.") or m.startswith("apps.visits") or m == "apps.provinces.models"
    ]
    assert unwanted == []


def test_a_sites_domain_cut_at_its_dot_stays_in_one_sentence():
    from apps.ingest.segment import sentences

    text = "(Chinhphu.vn) - Ngày 15/1, tại Hà Nội, Bộ Ngoại giao tổ chức hội nghị. Thứ trưởng chủ trì."
    found = sentences(text)
    assert found[0].text.startswith("(Chinhphu.vn) - Ngày 15/1") and found[0].start == 0
    assert text[found[0].start : found[0].end] == found[0].text
    assert found[-1].text == "Thứ trưởng chủ trì."
