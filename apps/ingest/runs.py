"""An ingest run: extraction (in worker processes) then storage, one transaction per article,
with a record of the run and of every file's outcome."""

from dataclasses import dataclass, field

from django.utils import timezone

from .models import IngestItem, IngestRun
from .pipeline import extract_many
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


ITEM_BATCH = 50  # files' outcomes written together; an interrupted run loses at most this many log lines


def ingest_paths(paths, *, dry_run=False, workers=1, max_bytes, on_item=None):
    summary = RunSummary()
    run = None if dry_run else IngestRun.objects.create(paths=[str(p) for p in paths], dry_run=dry_run)
    lookups = Lookups()
    items = []
    for n, (path, raw, cleaned, record) in enumerate(extract_many(paths, max_bytes=max_bytes, workers=workers), 1):
        summary.read += 1
        article, message = None, ""
        if raw is None:
            outcome, message = "failed", record
        else:
            try:
                stored = store_article(raw=raw, cleaned=cleaned, record=record, dry_run=dry_run, lookups=lookups)
                outcome, article = stored.outcome, stored.article
            except Exception as exc:  # the transaction rolled back: nothing half-written
                outcome, message = "failed", f"could not store: {type(exc).__name__}: {exc}"
        if outcome == "failed":
            summary.failures.append((path, message))
        setattr(summary, outcome, getattr(summary, outcome) + 1)  # outcomes name the counters
        if run is not None:
            items.append(
                IngestItem(run=run, path=path, outcome=outcome, article=article if article and article.pk else None,
                           message=message)
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
    return summary
