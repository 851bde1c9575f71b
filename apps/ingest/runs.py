"""An ingest run: extraction then storage, one transaction per article, with a record of the
run and of every file's outcome.

With ``workers`` > 1, extraction runs in worker processes. On SQLite (one writer at a time)
the main process stores what they extract; on PostgreSQL each worker also stores its own
articles, under the lock of the article's province (services.writer_lock), so that storage
runs in parallel too."""

import multiprocessing as mp
import os
import socket
from dataclasses import dataclass, field

from django.db import connection, connections
from django.db.models import Count
from django.utils import timezone

from apps.visits.records import services

from .models import IngestItem, IngestRun
from .pipeline import extract_many, read_and_extract
from .read import shown
from .store import Lookups, store_article


@dataclass
class RunSummary:
    read: int = 0
    new: int = 0
    known: int = 0
    merged: int = 0
    not_activity: int = 0
    failed: int = 0
    failures: list = field(default_factory=list)
    run_id: int | None = None
    interrupted: list = field(default_factory=list)  # runs found interrupted and marked so


ITEM_BATCH = 50  # files' outcomes written together; an interrupted run loses at most this many log lines


def _store_one(path, raw, cleaned, record, *, dry_run, lookups):
    """(outcome, article id, message) of storing one extracted file."""
    if raw is None:
        return "failed", None, record
    try:
        stored = store_article(raw=raw, cleaned=cleaned, record=record, dry_run=dry_run, lookups=lookups)
    except Exception as exc:  # the transaction rolled back: nothing half-written
        return "failed", None, f"could not store: {type(exc).__name__}: {exc}"
    article_id = stored.article.pk if stored.article is not None and not dry_run else None
    return stored.outcome, article_id, ""


_worker_lookups = None
_inherited = []  # session objects a forked worker inherited: kept referenced, never used nor closed


def _worker_start():
    """A forked worker starts with database connections of its own: whatever session objects
    it inherited (the parent's, or ones held in another context such as a test's) are kept
    aside untouched, never used nor closed, since closing one would end the parent's session."""
    global _worker_lookups
    import gc

    import psycopg
    from asgiref.local import Local

    _inherited.extend(o for o in gc.get_objects() if isinstance(o, psycopg.Connection))
    connections._connections = Local(connections.thread_critical)  # Django opens new connections on demand
    _worker_lookups = Lookups()


def _extract_and_store(args):
    path, max_bytes, timeout, dry_run = args
    path, *extracted = read_and_extract(path, max_bytes, timeout)
    return path, *_store_one(path, *extracted, dry_run=dry_run, lookups=_worker_lookups)


def _can_fork_writers():
    """PostgreSQL, outside any transaction (workers commit on their own), and with this
    process's connections closed, so that no worker inherits (and shares) one of them."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return False
    connections.close_all()
    return all(c.connection is None for c in connections.all(initialized_only=True))


def _outcomes(paths, *, dry_run, workers, max_bytes, timeout):
    """Yield (path, outcome, article id, message) per file, in input order."""
    if workers > 1 and len(paths) > 1 and _can_fork_writers():
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        jobs = [(p, max_bytes, timeout, dry_run) for p in paths]
        pool = ctx.Pool(workers, initializer=_worker_start)
        try:
            yield from pool.imap(_extract_and_store, jobs, chunksize=2)
        except BaseException:  # stopped early: a worker killed mid-article rolls its transaction back
            pool.terminate()
            raise
        else:
            pool.close()  # every article is stored: let the workers exit on their own
        finally:
            pool.join()
        return
    lookups = Lookups()
    for path, raw, cleaned, record in extract_many(paths, max_bytes=max_bytes, workers=workers, timeout=timeout):
        yield path, *_store_one(path, raw, cleaned, record, dry_run=dry_run, lookups=lookups)


def ingest_paths(paths, *, dry_run=False, workers=1, max_bytes, timeout=None, on_item=None):
    """Ingest ``paths`` (files, as iter_paths lists them); extraction gets ``timeout`` seconds
    per article. Runs that other processes left unfinished and that no process holds any more
    are marked interrupted first (summary.interrupted)."""
    summary = RunSummary(interrupted=runs_mark_interrupted())
    paths = list(paths)
    run = None
    if not dry_run:
        run = IngestRun.objects.create(
            paths=[shown(p) for p in paths], dry_run=dry_run, host=_HOST[:255], pid=os.getpid()
        )
    items = []
    outcomes = _outcomes(paths, dry_run=dry_run, workers=workers, max_bytes=max_bytes, timeout=timeout)
    for n, (path, outcome, article_id, message) in enumerate(outcomes, 1):
        summary.read += 1
        if outcome == "failed":
            summary.failures.append((path, message))
        setattr(summary, outcome, getattr(summary, outcome) + 1)  # outcomes name the counters
        if run is not None:
            items.append(
                IngestItem(run=run, path=path[:PATH_CHARS], outcome=outcome, article_id=article_id, message=message)
            )
            if len(items) >= ITEM_BATCH:
                IngestItem.objects.bulk_create(items)
                items = []
        if on_item:
            on_item(n, path, outcome, message)
    if run is not None:
        IngestItem.objects.bulk_create(items)
        run.finished_at = timezone.now()
        for key in ("read", "new", "known", "merged", "failed"):
            setattr(run, key, getattr(summary, key))
        run.save()
        summary.run_id = run.pk
        if summary.new or summary.merged:
            services.planner_statistics_refresh()
    return summary


PATH_CHARS = IngestItem._meta.get_field("path").max_length
_HOST = socket.gethostname()


def runs_mark_interrupted():
    """Mark interrupted the unfinished runs of this host whose process is gone (killed, or the
    machine restarted), with the counts of the outcomes they logged; return them. A run still
    in progress in another process is left alone, and so is any run of another host (its
    processes cannot be seen from here)."""
    marked = []
    for run in IngestRun.objects.filter(finished_at=None, interrupted=False, host=_HOST).exclude(pid=None):
        if run.pid == os.getpid() or _process_holds(run):
            continue
        counts = dict(run.items.values_list("outcome").annotate(n=Count("id")))
        done = IngestRun.objects.filter(pk=run.pk, finished_at=None, interrupted=False).update(
            interrupted=True,
            read=sum(counts.values()),
            **{key: counts.get(key, 0) for key in ("new", "known", "merged", "failed")},
        )
        if done:  # another ingest starting at the same moment may have marked it first
            marked.append(run)
    return marked


def _process_holds(run):
    """Whether the process that started ``run`` still runs: its pid is alive and, where /proc
    tells (Linux), that process began before the run did (not a later one given the same pid)."""
    try:
        os.kill(run.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, under another user
        pass
    began = _process_start(run.pid)
    # /proc gives the boot time to the second: a second or two of leeway.
    return began is None or began <= run.started_at.timestamp() + 2


def _process_start(pid):
    """The Unix time process ``pid`` started at, from /proc; None where /proc does not tell."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        with open("/proc/stat", "rb") as f:
            boot = next(int(line.split()[1]) for line in f if line.startswith(b"btime "))
        return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError, StopIteration):
        return None
