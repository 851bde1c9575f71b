"""What an ingest run did: one row per run, one per file that failed or was loaded."""

from django.db import models


class IngestRun(models.Model):
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    paths = models.JSONField(default=list)
    dry_run = models.BooleanField(default=False)
    read = models.PositiveIntegerField(default=0)
    new = models.PositiveIntegerField(default=0)
    known = models.PositiveIntegerField(default=0)
    merged = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    # The process that runs it: a run left unfinished by a process that is gone (killed,
    # SIGKILL, a power cut) is marked interrupted by the next run on the same host.
    host = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(null=True, blank=True)
    interrupted = models.BooleanField(default=False)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self):
        return f"run {self.pk} ({self.started_at:%Y-%m-%d %H:%M})"

    @property
    def status(self):
        if self.interrupted:
            return "interrupted"
        return "finished" if self.finished_at else "running"


class IngestItem(models.Model):
    class Outcome(models.TextChoices):
        NEW = "new", "new activity"
        MERGED = "merged", "merged into an existing activity"
        KNOWN = "known", "already known"
        NOT_ACTIVITY = "not_activity", "no activity"
        FAILED = "failed", "failed"

    run = models.ForeignKey(IngestRun, on_delete=models.CASCADE, related_name="items")
    path = models.CharField(max_length=1000)
    outcome = models.CharField(max_length=16, choices=Outcome.choices)
    article = models.ForeignKey("visits.Article", null=True, blank=True, on_delete=models.SET_NULL)
    message = models.TextField(blank=True)

    def __str__(self):
        return f"{self.path}: {self.outcome}"
