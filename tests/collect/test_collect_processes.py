"""`manage.py collect` as real processes, each on a database of its own (tests/processes.py):
a run killed with SIGKILL then run again equals one clean run; two runs at once on PostgreSQL
share the sources and fetch each page once."""

import random
import re
import signal
import subprocess
import sys
import time

import pytest
from django.db import connection

from ..processes import ROOT
from .conftest import serve
from .site import article_path, build_scaled


def _collect(databases, name, *args):
    return subprocess.Popen(
        [sys.executable, "manage.py", "collect", *args], cwd=ROOT, env=databases.env(name),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _finish(process):
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err[-2000:] + out[-2000:]
    return out


def _pages(databases, name):
    out = databases.manage(name, "shell", "-c", (
        "from apps.ingest.models import FetchedPage as P; "
        "print(P.objects.count(), P.objects.filter(state='done').count(), P.objects.exclude(article=None).count())"
    ))
    assert out.returncode == 0, out.stderr
    return tuple(int(x) for x in out.stdout.split()[-3:])


def test_a_collect_killed_at_random_points_then_rerun_equals_one_clean_run(databases, server):
    base = server.url_for("").rstrip("/")
    site, stories, [feed] = build_scaled(base, 30)
    serve(server, site)
    args = ("--kind", "feed", base + feed)

    clean = databases.fresh("clean")
    _finish(_collect(databases, clean, *args))
    expected = databases.snapshot(clean)
    assert expected["articles"] == 30 and expected["activities"] > 20

    crashed = databases.fresh("crashed")
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    at_kill = []
    for _ in range(2):
        process = _collect(databases, crashed, *args, "--verbose")
        target = rng.randrange(1, 10)
        loaded = 0
        for line in process.stdout:
            loaded += line.startswith(("new", "merged", "same_text", "not_activity"))
            if loaded >= target:
                break
        time.sleep(rng.uniform(0, 0.05))  # some kills land inside an article's transaction
        process.send_signal(signal.SIGKILL)
        process.communicate()
        state = databases.snapshot(crashed)
        at_kill.append(state["articles"])
        assert state["hashes"] == state["articles"], seed  # nothing half-stored
    assert any(0 < n < 30 for n in at_kill), (seed, at_kill)
    _finish(_collect(databases, crashed, *args))

    assert databases.snapshot(crashed) == expected, (seed, at_kill)
    assert databases.export(crashed) == databases.export(clean), (seed, at_kill)
    assert _pages(databases, crashed) == (30, 30, 30)
    # A page is asked for again only when a kill caught it between its claim and its commit.
    asked = site.asked()
    assert all(asked[article_path(s.slug)] <= 2 + len(at_kill) for s in stories)


SOURCES = """
from apps.ingest.models import Source
base = {base!r}
Source.objects.create(name="Báo Biên Cương (sitemap)", kind="sitemap", url=base + "/sitemap.xml", interval=60)
for i, path in enumerate({feeds!r}, 1):
    Source.objects.create(name=f"Báo Biên Cương {{i}}", kind="feed", url=base + path, interval=60)
"""


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="two collect processes share the work through PostgreSQL's row locks (SELECT ... FOR UPDATE SKIP "
    "LOCKED); SQLite has no row locks and lets one writer at a time",
)
def test_two_collects_at_once_fetch_each_page_once(databases, server):
    base = server.url_for("").rstrip("/")
    count = 40
    site, stories, feeds = build_scaled(base, count, feeds=3, per_sitemap=20)
    serve(server, site)

    single = databases.fresh("single")
    assert databases.manage(single, "shell", "-c", SOURCES.format(base=base, feeds=feeds)).returncode == 0
    _finish(_collect(databases, single))
    expected = databases.snapshot(single)
    site.reset_log()

    shared = databases.fresh("shared")
    assert databases.manage(shared, "shell", "-c", SOURCES.format(base=base, feeds=feeds)).returncode == 0
    first = _collect(databases, shared, "--verbose")
    second = _collect(databases, shared, "--verbose")
    outs = [_finish(first), _finish(second)]

    asked = site.asked()
    assert all(asked[article_path(s.slug)] == 1 for s in stories), [p for p, n in asked.items() if n > 1]
    fetched = [int(re.search(r"fetched (\d+)", out).group(1)) for out in outs]
    checked = [int(re.search(r"sources checked (\d+)", out).group(1)) for out in outs]
    assert sum(fetched) == count and sum(checked) == 1 + len(feeds), (fetched, checked)
    got = databases.snapshot(shared)
    for key in ("articles", "activities", "officials", "partners", "participations", "mentions"):
        assert got[key] == expected[key], key
    assert _pages(databases, shared) == (count, count, count)
