"""Databases of their own for `manage.py` subprocesses: a file on SQLite, a database created on
the test server on PostgreSQL, each a copy of one migrated template."""

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)
SNAPSHOT = """
import json
from apps.visits.records.models import Activity, ActivityPartner, Article, Official, Participation, PartnerLocality, Request
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


class Databases:
    """Fresh migrated databases for subprocesses, each a copy of a migrated template. The
    session's first ``Databases`` migrates that template; the others (``parent=``) copy it and
    any database the parent made (a loaded one, shared by a module's tests)."""

    def __init__(self, tmp_path, parent=None):
        self.tmp = tmp_path
        self.parent = parent
        self.created = []
        self.vendor = connection.vendor
        if parent is not None:
            self.template = parent.template
        else:
            self.template = self._new("tpl")
            self.manage(self.template, "migrate", "--noinput", "-v0")

    def _file(self, name):
        own = self.tmp / f"{name}.sqlite3"
        return own if own.exists() or self.parent is None else self.parent._file(name)

    def _server(self):
        import psycopg

        params = connection.settings_dict
        return psycopg.connect(
            host=params["HOST"] or "127.0.0.1", port=params["PORT"] or 5432, user=params["USER"],
            password=params["PASSWORD"] or None, dbname="postgres", autocommit=True,
        )

    def _url(self, name):
        if self.vendor == "sqlite":
            return f"sqlite:///{self._file(name)}"
        p = connection.settings_dict
        auth = p["USER"] + (f":{p['PASSWORD']}" if p["PASSWORD"] else "")
        return f"postgres://{auth}@{p['HOST'] or '127.0.0.1'}:{p['PORT'] or 5432}/{name}"

    def _new(self, label, template=None):
        name = f"doingoai_{label}_{uuid.uuid4().hex[:8]}"
        if self.vendor == "sqlite":
            if template:
                shutil.copy(self._file(template), self.tmp / f"{name}.sqlite3")
        else:
            with self._server() as conn:
                conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
            self.created.append(name)
        return name

    def copy(self, name, label):
        """A new database holding what ``name`` holds (no process may be using ``name``)."""
        return self._new(label, template=name)

    def fresh(self, label):
        return self._new(label, template=self.template)

    def env(self, name):
        return {
            **os.environ, "DATABASE_URL": self._url(name), "DJANGO_DEBUG": "false", "DJANGO_SECRET_KEY": "crash",
            "PYTHONUNBUFFERED": "1",  # progress lines arrive as they are written
        }

    def manage(self, name, *args):
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
        out = self.manage(name, "shell", "-c", SNAPSHOT)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout.strip().splitlines()[-1])

    def export(self, name):
        """The export without database ids (ids differ after a crash: a killed transaction on
        PostgreSQL still used up sequence values), in a stable order."""
        out = self.manage(name, "export", "--format", "jsonl")
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
