"""Crash safety and concurrent loads, with real `manage.py ingest` processes against a database
of their own (a file on SQLite, a database created for the test on PostgreSQL).

- An ingest killed with SIGKILL at random points, then run again, leaves the database equal
  to one clean run: no half-stored article, no duplicate.
- Two ingests of the same folder at the same time end with no duplicate article, activity,
  official or partner.
"""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from .conftest import DEV

ROOT = Path(settings.BASE_DIR)
SNAPSHOT = """
import json
from django.db.models import Count
from apps.visits.models import Activity, ActivityPartner, Article, Official, Participation, PartnerLocality, Request
print(json.dumps({
    "articles": Article.objects.count(),
    "hashes": Article.objects.values("content_hash").distinct().count(),
    "activities": Activity.objects.count(),
    "officials": Official.objects.count(),
    "official_keys": Official.objects.values("name_key").distinct().count(),
    "partners": PartnerLocality.objects.count(),
    "partner_keys": PartnerLocality.objects.values("country", "name_key").distinct().count(),
    "participations": Participation.objects.count(),
    "requests": Request.objects.count(),
    "mentions": ActivityPartner.objects.count(),
    "groups": sorted(
        sorted(Article.objects.filter(activity=a).values_list("source_name", flat=True))
        for a in Activity.objects.all()
    ),
    "unattached": sorted(Article.objects.filter(activity=None).values_list("source_name", flat=True)),
}))
"""


def _corpus(folder, seeds_dir, count):
    """Real articles (seeds and the dev corpus) and variants of them (a different closing line:
    a new hash, so each goes through every stage and merges into its activity)."""
    sources = sorted(seeds_dir.glob("*.txt")) + sorted(DEV.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    folder.mkdir()
    for i in range(count):
        text = texts[i % len(texts)] + (f"\n\nBài tổng hợp số {i}." if i >= len(texts) else "")
        (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


class Databases:
    """Fresh migrated databases for subprocesses: a migrated template copied per database."""

    def __init__(self, tmp_path):
        self.tmp = tmp_path
        self.created = []
        self.vendor = connection.vendor
        self.template = self._new("tpl")
        self._manage(self.template, "migrate", "--noinput", "-v0")

    def _server(self):
        import psycopg

        params = connection.settings_dict
        return psycopg.connect(
            host=params["HOST"] or "127.0.0.1", port=params["PORT"] or 5432, user=params["USER"],
            password=params["PASSWORD"] or None, dbname="postgres", autocommit=True,
        )

    def _url(self, name):
        if self.vendor == "sqlite":
            return f"sqlite:///{self.tmp / name}.sqlite3"
        p = connection.settings_dict
        auth = p["USER"] + (f":{p['PASSWORD']}" if p["PASSWORD"] else "")
        return f"postgres://{auth}@{p['HOST'] or '127.0.0.1'}:{p['PORT'] or 5432}/{name}"

    def _new(self, label, template=None):
        name = f"doingoai_{label}_{uuid.uuid4().hex[:8]}"
        if self.vendor == "sqlite":
            if template:
                shutil.copy(self.tmp / f"{template}.sqlite3", self.tmp / f"{name}.sqlite3")
        else:
            with self._server() as conn:
                conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
            self.created.append(name)
        return name

    def fresh(self, label):
        return self._new(label, template=self.template)

    def env(self, name):
        return {**os.environ, "DATABASE_URL": self._url(name), "DJANGO_DEBUG": "false", "DJANGO_SECRET_KEY": "crash"}

    def _manage(self, name, *args):
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env(name), capture_output=True, text=True,
            timeout=600,
        )

    def ingest(self, name, folder, *extra):
        return subprocess.Popen(
            [sys.executable, "manage.py", "ingest", *extra, str(folder)], cwd=ROOT, env=self.env(name),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    def snapshot(self, name):
        out = self._manage(name, "shell", "-c", SNAPSHOT)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout.strip().splitlines()[-1])

    def export(self, name):
        """The export without database ids (ids differ after a crash: a killed transaction on
        PostgreSQL still used up sequence values), in a stable order."""
        out = self._manage(name, "export", "--format", "jsonl")
        assert out.returncode == 0, out.stderr
        records = []
        for line in out.stdout.splitlines():
            record = json.loads(line)
            record.pop("id", None)
            for ask in record.get("requests") or []:
                ask["repeat_of"] = bool(ask.get("repeat_of"))
            records.append(record)
        return sorted(records, key=lambda r: r["sources"])

    def close(self):
        if self.vendor != "sqlite":
            with self._server() as conn:
                for name in self.created:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def databases(tmp_path, db):
    dbs = Databases(tmp_path)
    yield dbs
    dbs.close()


@pytest.fixture
def corpus(tmp_path, seeds_dir):
    return _corpus(tmp_path / "corpus", seeds_dir, 150)


def _finish(process):
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err[-2000:] + out[-2000:]
    return out


def test_an_ingest_killed_at_random_points_then_rerun_equals_one_clean_run(databases, corpus):
    clean = databases.fresh("clean")
    _finish(databases.ingest(clean, corpus))
    expected = databases.snapshot(clean)
    assert expected["articles"] > 100  # a few files repeat another's cleaned text: "already known"

    crashed = databases.fresh("crashed")
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    stored_at_kill = []
    for _ in range(3):
        process = databases.ingest(crashed, corpus)
        time.sleep(rng.uniform(2.0, 5.0))  # startup takes ~1.5 s; a run of all 150 takes longer
        process.send_signal(signal.SIGKILL)
        process.communicate()
        state = databases.snapshot(crashed)
        stored_at_kill.append(state["articles"])
        # Whatever the moment, every stored article is whole: attached or explicitly not an activity.
        assert state["hashes"] == state["articles"], seed
    assert any(0 < n < expected["articles"] for n in stored_at_kill), (seed, stored_at_kill)
    _finish(databases.ingest(crashed, corpus))

    assert databases.snapshot(crashed) == expected, (seed, stored_at_kill)
    assert databases.export(crashed) == databases.export(clean), (seed, stored_at_kill)


def test_two_ingests_of_one_folder_at_once_make_no_duplicates(databases, corpus):
    clean = databases.fresh("single")
    _finish(databases.ingest(clean, corpus))
    expected = databases.snapshot(clean)

    shared = databases.fresh("shared")
    first, second = databases.ingest(shared, corpus), databases.ingest(shared, corpus)
    _finish(first)
    _finish(second)
    got = databases.snapshot(shared)
    for key in ("articles", "activities", "officials", "partners", "participations", "mentions", "groups"):
        assert got[key] == expected[key], key
    assert got["hashes"] == got["articles"]
    assert got["official_keys"] == got["officials"]
    assert got["partner_keys"] == got["partners"]
