"""Claims that let several collect processes share the work through the database: a source is
claimed under a row lock (SKIP LOCKED) before it is checked, an article page by inserting its
unique row before it is fetched; a claim whose process is gone (same host) or whose lease ran
out is taken over."""

import datetime as dt
import hashlib
import socket
from types import SimpleNamespace

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from ..models import FetchedPage, Source
from ..runs import _process_holds

HOST = socket.gethostname()[:255]
LEASE = dt.timedelta(minutes=15)  # a claim of another host's process is trusted this long without news


def url_hash(url):
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


class Claims:
    """The claiming half of a Collector (run.py): needs ``dry_run``, ``pid`` and ``checked``."""

    def _claim_source(self, only):
        now = timezone.now()
        if self.dry_run:  # nothing written: no claims either
            qs = Source.objects.exclude(pk__in=self.checked)
            qs = qs.filter(pk__in=only) if only else qs.filter(active=True).filter(
                Q(next_check_at__isnull=True) | Q(next_check_at__lte=now)
            )
            return qs.order_by(F("next_check_at").asc(nulls_first=True), "pk").first()
        with transaction.atomic():
            qs = Source.objects.select_for_update(skip_locked=True).exclude(pk__in=self.checked)
            if only:
                qs = qs.filter(pk__in=only)
            else:
                qs = qs.filter(active=True).filter(Q(next_check_at__isnull=True) | Q(next_check_at__lte=now))
            for source in qs.order_by(F("next_check_at").asc(nulls_first=True), "pk")[:50]:
                if self._held_elsewhere(source, now):
                    continue
                source.claimed_by, source.claimed_pid, source.claimed_at = HOST, self.pid, now
                source.claimed_until = now + LEASE
                Source.objects.filter(pk=source.pk).update(
                    claimed_by=HOST, claimed_pid=self.pid, claimed_at=now, claimed_until=source.claimed_until
                )
                return source
        return None

    def _held_elsewhere(self, row, now):
        """Whether another live process holds the claim on ``row`` (a Source or a FetchedPage)."""
        if not row.claimed_by or row.claimed_at is None:
            return False
        if row.claimed_by == HOST and row.claimed_pid == self.pid:
            return False
        until = getattr(row, "claimed_until", None) or row.claimed_at + LEASE
        if row.claimed_by == HOST and row.claimed_pid:
            return until > now and _process_holds(SimpleNamespace(pid=row.claimed_pid, started_at=row.claimed_at))
        return until > now

    def _renew(self, source):
        if self.dry_run or source.pk is None:
            return
        now = timezone.now()
        if source.claimed_until - now < LEASE / 2:
            source.claimed_until = now + LEASE
            Source.objects.filter(pk=source.pk, claimed_pid=self.pid).update(claimed_until=source.claimed_until)

    def _claim_page(self, url, source):
        """This process's FetchedPage row for ``url``, or None when it is fetched already, or
        being fetched by another live process, or failed and not to be tried again yet."""
        now = timezone.now()
        source_id = source.pk if isinstance(source, Source) else None
        try:
            with transaction.atomic():
                return FetchedPage.objects.create(
                    url_hash=url_hash(url), url=url, source_id=source_id, claimed_by=HOST, claimed_pid=self.pid,
                    claimed_at=now, attempts=1,
                )
        except IntegrityError:
            pass
        page = FetchedPage.objects.filter(url_hash=url_hash(url)).first()
        if page is None or page.state == FetchedPage.State.DONE:
            return None
        if page.state == FetchedPage.State.FAILED and (page.retry_at is None or page.retry_at > now):
            return None
        if page.state == FetchedPage.State.CLAIMED and self._held_elsewhere(page, now):
            return None
        taken = FetchedPage.objects.filter(
            pk=page.pk, state=page.state, claimed_pid=page.claimed_pid, claimed_at=page.claimed_at
        ).update(state=FetchedPage.State.CLAIMED, claimed_by=HOST, claimed_pid=self.pid, claimed_at=now,
                 attempts=F("attempts") + 1, retry_at=None)
        if not taken:
            return None
        page.refresh_from_db()
        return page
