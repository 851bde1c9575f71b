"""Crash safety and concurrent loads, with real `manage.py ingest` processes against a database
of their own (a file on SQLite, a database created for the test on PostgreSQL).

- An ingest killed with SIGKILL at random points, then run again, leaves the database equal
  to one clean run: no half-stored article, no duplicate.
- Two ingests of the same folder at the same time end with no duplicate article, activity,
  official or partner.
"""

import json
import random
import signal
import time
from types import SimpleNamespace

import pytest

from apps.ingest.read import iter_paths, read_file
from tests.conftest import DEV


def _corpus(folder, seeds_dir, count):
    """Real articles (seeds and the dev corpus) and variants of them (a different closing line:
    a new hash, so each goes through every stage and merges into its activity)."""
    sources = sorted(seeds_dir.glob("*.txt")) + sorted(iter_paths([DEV]))
    # Through the project's reader: the corpus holds UTF-16, Windows-1258, NFD and HTML files.
    texts = [read_file(p).text for p in sources]
    folder.mkdir()
    for i in range(count):
        text = texts[i % len(texts)] + (f"\n\nBài tổng hợp số {i}." if i >= len(texts) else "")
        (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds_dir):
    return _corpus(tmp_path_factory.mktemp("crash") / "corpus", seeds_dir, 100)


def _finish(process):
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err[-2000:] + out[-2000:]
    return out


@pytest.fixture(scope="module")
def clean_run(migrated_databases, corpus):
    """One uninterrupted ingest of the corpus, what every killed or concurrent run must equal:
    its snapshot and its export."""
    name = migrated_databases.fresh("clean")
    _finish(migrated_databases.ingest(name, corpus))
    return SimpleNamespace(snapshot=migrated_databases.snapshot(name), export=migrated_databases.export(name))


def test_an_ingest_killed_at_random_points_then_rerun_equals_one_clean_run(databases, corpus, clean_run):
    expected = clean_run.snapshot
    assert expected["articles"] > 80  # a few files repeat another's cleaned text: "already known"

    crashed = databases.fresh("crashed")
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    stored_at_kill = []
    for _ in range(3):
        # Kill after a random number of files were reported, a random moment later (so some
        # kills land inside an article's transaction): whatever the machine's speed.
        process = databases.ingest(crashed, corpus, "--verbose")
        target = rng.randrange(1, expected["articles"] // 3)
        for _line in zip(range(target), process.stdout, strict=False):
            pass
        time.sleep(rng.uniform(0, 0.05))
        process.send_signal(signal.SIGKILL)
        process.communicate()
        state = databases.snapshot(crashed)
        stored_at_kill.append(state["articles"])
        # Whatever the moment, every stored article is whole: attached or explicitly not an activity.
        assert state["hashes"] == state["articles"], seed
    assert any(0 < n < expected["articles"] for n in stored_at_kill), (seed, stored_at_kill)
    _finish(databases.ingest(crashed, corpus))

    assert databases.snapshot(crashed) == expected, (seed, stored_at_kill)
    assert databases.export(crashed) == clean_run.export, (seed, stored_at_kill)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_two_ingests_of_one_folder_at_once_make_no_duplicates(databases, corpus, clean_run, workers):
    """With --workers 2 on PostgreSQL, four processes store at once, under province locks."""
    expected = clean_run.snapshot

    shared = databases.fresh("shared")
    first = databases.ingest(shared, corpus, "--workers", workers)
    second = databases.ingest(shared, corpus, "--workers", workers)
    _finish(first)
    _finish(second)
    got = databases.snapshot(shared)
    for key in ("articles", "activities", "officials", "partners", "participations", "mentions", "groups"):
        assert got[key] == expected[key], key
    assert got["hashes"] == got["articles"]
    assert got["official_keys"] == got["officials"]
    assert got["partner_keys"] == got["partners"]


RUNS = """
import json
from apps.ingest.models import IngestRun
print(json.dumps([
    {"id": r.id, "status": r.status, "read": r.read, "logged": r.items.count()} for r in IngestRun.objects.order_by("id")
]))
"""


def _runs(databases, name):
    out = databases.manage(name, "shell", "-c", RUNS)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_run_killed_by_sigkill_is_marked_interrupted_by_the_next_run(databases, corpus, seeds_dir):
    name = databases.fresh("killed")
    process = databases.ingest(name, corpus, "--verbose")
    for _line in zip(range(60), process.stdout, strict=False):  # past the first batch of logged outcomes
        pass
    process.send_signal(signal.SIGKILL)
    process.communicate()
    [killed] = _runs(databases, name)
    assert killed["status"] == "running"  # what today's log shows forever

    out = _finish(databases.ingest(name, seeds_dir))

    killed, rerun = _runs(databases, name)
    assert killed["status"] == "interrupted" and rerun["status"] == "finished"
    assert killed["read"] == killed["logged"] >= 50  # counted from the outcomes it logged
    assert f"Run {killed['id']} (started " in out and "marked interrupted" in out


def test_only_runs_whose_process_is_gone_are_marked_interrupted(db):
    """A run of a live process that began before it is in progress; a dead pid, or a live pid
    that a later process took over, left its run behind; another host's runs cannot be judged."""
    import datetime as dt
    import socket
    import subprocess

    from django.utils import timezone

    from apps.ingest.models import IngestRun
    from apps.ingest.runs import runs_mark_interrupted

    host = socket.gethostname()
    dead = subprocess.Popen(["sleep", "0"])
    dead.wait()
    alive = subprocess.Popen(["sleep", "60"])
    try:
        hour_ago = timezone.now() - dt.timedelta(hours=1)
        in_progress = IngestRun.objects.create(host=host, pid=alive.pid)  # started after its process
        reused = IngestRun.objects.create(host=host, pid=alive.pid)
        IngestRun.objects.filter(pk=reused.pk).update(started_at=hour_ago)  # before the process: not its run
        gone = IngestRun.objects.create(host=host, pid=dead.pid)
        elsewhere = IngestRun.objects.create(host="another-host", pid=dead.pid)
        finished = IngestRun.objects.create(host=host, pid=dead.pid, finished_at=timezone.now())

        assert sorted(r.pk for r in runs_mark_interrupted()) == sorted([reused.pk, gone.pk])
        status = {r.pk: r.status for r in IngestRun.objects.all()}
        assert status == {
            in_progress.pk: "running", reused.pk: "interrupted", gone.pk: "interrupted",
            elsewhere.pk: "running", finished.pk: "finished",
        }
        assert runs_mark_interrupted() == []  # once
    finally:
        alive.kill()
        alive.wait()
