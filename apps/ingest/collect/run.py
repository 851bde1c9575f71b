"""A collect run: check the sources that are due, fetch the article pages they list that no run
fetched before, and put each through the ingest pipeline (extract → resolve → merge → store).

Safe to repeat, to kill and to run twice at once:
- a source is claimed under a row lock (select_for_update(skip_locked=True)) before it is
  checked, so two processes check different sources; a claim whose process is gone (same host)
  or whose lease ran out is taken over;
- an article page is claimed by inserting its row in FetchedPage (unique by the hash of its
  canonical URL) before it is fetched: two processes never fetch it both, and a page once
  fetched is never fetched again;
- the article, its activity and the page's row marked done are written in one transaction: a
  run killed at any moment leaves either all of it or none, and the next run takes over the
  pages the killed one had claimed;
- a source's ETag / Last-Modified are saved only once every link it listed was seen, so a run
  stopped early (killed, or --max) reads the whole listing again next time.
"""

import datetime as dt
import os
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from apps.visits.records import services
from apps.visits.records.models import Article

from ..models import FetchedPage, Source
from ..pipeline import ExtractionTimeout, extract_from_text, time_budget, timeout_message, warm_up
from ..read import RawArticle
from ..store import KNOWN, Lookups, store_article
from .claims import Claims, url_hash
from .fetch import Disallowed, Fetcher, FetchError, canonical_url
from .main_text import NoText, extract_page
from .sources import ParseError, parse

MAX_ATTEMPTS = 3  # a page that failed for a passing reason (timeout, 5xx) is tried again, at most this often
RETRY_AFTER = dt.timedelta(hours=1)  # ... after an hour, then two
MAX_SITEMAP_DEPTH = 2  # an index of indexes of sitemaps, no deeper
HTML_TYPES = ("text/html", "application/xhtml", "text/plain")


@dataclass
class Summary:
    sources: int = 0
    not_modified: int = 0
    links: int = 0
    known: int = 0  # links fetched before (or being fetched by another process)
    older: int = 0  # links dated before --since
    robots: int = 0  # links robots.txt disallows: never requested
    fetched: int = 0
    new: int = 0
    merged: int = 0
    same_text: int = 0  # a new URL whose text is an article already stored
    not_activity: int = 0
    failed: int = 0
    busy: int = 0  # sources another process is checking
    stopped_at_max: bool = False
    failures: list = field(default_factory=list)  # (url, reason)
    timing: dict = field(default_factory=lambda: {"fetch": 0.0, "main_text": 0.0, "pipeline": 0.0})

    def fail(self, url, reason):
        self.failed += 1
        self.failures.append((url, reason))


@dataclass
class AdHocSource:
    """A URL given on the command line: checked once, stored nowhere."""

    url: str
    kind: str
    name: str = ""
    selector: str = ""
    province: object = None
    pk: None = None
    etag: str = ""
    last_modified: str = ""
    validators: dict = field(default_factory=dict)

    def __post_init__(self):
        self.name = self.name or (urlsplit(self.url).hostname or self.url)


class Collector(Claims):
    def __init__(self, *, dry_run=False, since=None, max_pages=None, on_event=None, fetcher=None):
        self.dry_run = dry_run
        self.since = since
        self.max_pages = max_pages
        self.on_event = on_event or (lambda *a: None)
        self.fetcher = fetcher or Fetcher()
        self.summary = Summary()
        self.lookups = Lookups()
        self.seen = set()  # canonical URLs met in this run
        self.checked = set()  # sources' ids checked in this run
        self.pid = os.getpid()

    def close(self):
        self.fetcher.close()

    # sources ----------------------------------------------------------------------------------

    def run(self, only=None):
        """Check every due active source (``only``: these sources' ids, due or not, active or not)."""
        while not self._at_max():
            source = self._claim_source(only)
            if source is None:
                break
            self.checked.add(source.pk)
            self.check(source)
        if only:
            busy = set(only) - self.checked
            self.summary.busy += len(busy)
            for pk in busy:
                self.on_event("busy", str(pk), "checked by another process right now")
        return self._done()

    def run_urls(self, kind, urls, selector=""):
        """Check URLs given on the command line, once, as sources that are not stored."""
        for url in urls:
            if self._at_max():
                break
            if kind == "article":
                self.summary.sources += 1
                self.summary.links += 1
                self._page(canonical_url(url), AdHocSource(url=url, kind=kind), None)
            else:
                self.check(AdHocSource(url=url, kind=kind, selector=selector))
        return self._done()

    def _done(self):
        """The run's summary; after one that stored articles, the planner's statistics brought
        up to date, as ingest_paths does (services.planner_statistics_refresh)."""
        self.summary.timing["fetch"] = self.fetcher.seconds
        if not self.dry_run and (self.summary.new or self.summary.merged):
            services.planner_statistics_refresh()
        return self.summary

    def check(self, source):
        """Check one source: its listing, then the pages it lists."""
        s = self.summary
        s.sources += 1
        before = (s.fetched, s.new + s.merged + s.not_activity + s.same_text, s.failed)
        self.on_event("source", source.url, source.name)
        status, error, complete, found = None, "", False, 0
        validators = dict(source.validators or {})
        etag, last_modified = source.etag, source.last_modified
        try:
            response = self.fetcher.get(source.url, etag=source.etag, last_modified=source.last_modified)
            status = response.status
            if response.not_modified:
                s.not_modified += 1
                self.on_event("not_modified", source.url, "")
                complete = True
            else:
                links = self._list(source, response, validators, depth=0)
                found = len(links)
                complete = self._pages(links, source)
                etag, last_modified = response.etag, response.last_modified
        except (FetchError, ParseError) as exc:
            status = getattr(exc, "status", status)
            error = str(exc)
            s.fail(source.url, error)
            self.on_event("failed", source.url, error)
        if self.dry_run or source.pk is None:
            return
        now = timezone.now()
        update = {
            "last_checked_at": now, "next_check_at": now + dt.timedelta(minutes=source.interval),
            "last_status": status, "last_found": found, "last_new": s.new + s.merged + s.not_activity + s.same_text - before[1],
            "last_failed": s.failed - before[2], "last_error": error or self._first_failure(before[2]),
            "claimed_by": "", "claimed_pid": None, "claimed_at": None, "claimed_until": None,
        }
        if complete:
            update.update(etag=etag or "", last_modified=last_modified or "", validators=validators)
        else:  # stopped before every link was seen: read the whole listing again next time
            update["next_check_at"] = now if self._at_max() else update["next_check_at"]
        Source.objects.filter(pk=source.pk).update(**update)

    def _first_failure(self, since):
        return "; ".join(f"{u}: {r}" for u, r in self.summary.failures[since : since + 3])[:2000]

    def _list(self, source, response, validators, depth):
        """Links a source's document lists (a sitemap index's sitemaps are read too, newest first)."""
        listed = parse(source.kind, response.content, response.url, source.selector)
        links = list(listed.links)
        children = sorted(listed.children, key=lambda c: c.date or dt.date.min, reverse=True)
        for child in children:
            if self.since and child.date and child.date < self.since:
                continue
            if depth + 1 > MAX_SITEMAP_DEPTH:
                break
            known = validators.get(child.url) or {}
            try:
                sub = self.fetcher.get(child.url, etag=known.get("etag", ""), last_modified=known.get("last_modified", ""))
            except FetchError as exc:
                self.summary.fail(child.url, str(exc))
                self.on_event("failed", child.url, str(exc))
                continue
            if sub.not_modified:
                self.summary.not_modified += 1
                continue
            try:
                links += self._list(source, sub, validators, depth + 1)
            except ParseError as exc:
                self.summary.fail(child.url, str(exc))
                self.on_event("failed", child.url, str(exc))
                continue
            validators[child.url] = {"etag": sub.etag, "last_modified": sub.last_modified}
        return links

    def _pages(self, links, source):
        """Fetch and load the pages ``links`` name; False when stopped by --max before the end."""
        s = self.summary
        fresh = []
        for link in links:
            url = canonical_url(link.url)
            if url in self.seen:
                continue
            self.seen.add(url)
            s.links += 1
            if self.since and link.date and link.date < self.since:
                s.older += 1
                continue
            fresh.append((url, link))
        done = set()
        for chunk in range(0, len(fresh), 500):  # one query per 500 links for those fetched before
            hashes = {url_hash(u): u for u, _ in fresh[chunk : chunk + 500]}
            done |= {hashes[h] for h in FetchedPage.objects.filter(
                url_hash__in=list(hashes), state=FetchedPage.State.DONE).values_list("url_hash", flat=True)}
        for url, link in fresh:
            if url in done:
                s.known += 1
                continue
            if self._at_max():
                s.stopped_at_max = True
                return False
            self._page(url, source, link)
            self._renew(source)
        return True

    def _at_max(self):
        return self.max_pages is not None and self.summary.fetched >= self.max_pages

    # pages ------------------------------------------------------------------------------------

    def _page(self, url, source, link):
        s = self.summary
        try:
            allowed = self.fetcher.allowed(url)
        except FetchError:
            allowed = False
        if not allowed:
            s.robots += 1
            self.on_event("robots", url, "disallowed by robots.txt: not requested")
            return
        if self.dry_run:
            if FetchedPage.objects.filter(url_hash=url_hash(url), state=FetchedPage.State.DONE).exists():
                s.known += 1
                return
            page = FetchedPage(url=url, attempts=1)
        else:
            page = self._claim_page(url, source)
            if page is None:
                s.known += 1
                return
        s.fetched += 1
        try:
            response = self.fetcher.get(url)
        except FetchError as exc:
            self._failed(page, url, str(exc), status=exc.status,
                         transient=exc.transient and not isinstance(exc, Disallowed))
            return
        page.final_url = response.url[:2000]
        page.status_code, page.etag, page.last_modified = response.status, response.etag, response.last_modified
        page.content_type = response.content_type
        page.body = response.content
        page.fetched_at = timezone.now()
        mime = response.content_type.split(";")[0].strip().lower()
        if mime and not mime.startswith(HTML_TYPES):  # no type at all: read it and see
            self._failed(page, url, f"not an HTML page ({mime})")
            return
        began = time.perf_counter()
        try:
            main = extract_page(response.content, response.url, response.content_type)
        except NoText as exc:
            self._failed(page, url, str(exc))
            return
        finally:
            s.timing["main_text"] += time.perf_counter() - began
        page.title, page.author, page.encoding = main.title, main.author, main.encoding[:40]
        page.published, page.published_from = main.published, main.published_from
        began = time.perf_counter()
        try:
            self._load(page, url, source, main)
        finally:
            s.timing["pipeline"] += time.perf_counter() - began

    def _load(self, page, url, source, main):
        """Extract, then store the article, its activity and the page's row in one transaction."""
        s = self.summary
        text = main.pipeline_text()
        warm_up()
        try:
            with time_budget(settings.EXTRACT_TIMEOUT):
                cleaned, record = extract_from_text(text, url[:255])
        except ExtractionTimeout:
            self._failed(page, url, timeout_message(settings.EXTRACT_TIMEOUT))
            return
        except Exception as exc:  # an extractor bug must not stop the run
            self._failed(page, url, f"extraction failed: {type(exc).__name__}: {exc}")
            return
        self._province_hint(record, source)
        raw = RawArticle(path=url, name=url[:255], raw_bytes=page.body or b"", text=text, encoding=main.encoding)
        try:
            with transaction.atomic():
                stored = store_article(raw=raw, cleaned=cleaned, record=record, dry_run=self.dry_run,
                                       lookups=self.lookups)
                if not self.dry_run:
                    self._finish(page, stored, source, main, url)
        except Exception as exc:  # rolled back: nothing half-written
            self.lookups.clear()
            self._failed(page, url, f"could not store: {type(exc).__name__}: {exc}", transient=True)
            return
        outcome = {KNOWN: "same_text"}.get(stored.outcome, stored.outcome)
        setattr(s, outcome, getattr(s, outcome) + 1)
        self.on_event(outcome, url, "")

    def _finish(self, page, stored, source, main, url):
        article = stored.article
        if article is not None:
            changes = {}
            if stored.outcome != KNOWN:
                changes = {
                    "url": url[:1000],
                    "outlet": (source.name or article.outlet)[:200],
                    "title": (main.title or article.title)[:500],
                    "published": main.published or article.published,
                }
            elif not article.url:  # a file loaded before, now found on the web
                changes = {"url": url[:1000], "outlet": article.outlet or source.name[:200]}
            if changes:
                Article.objects.filter(pk=article.pk).update(**changes)
        page.state = FetchedPage.State.DONE
        page.outcome = stored.outcome
        page.article = article
        page.error = ""
        page.save()

    @staticmethod
    def _province_hint(record, source):
        """A source's province stands in when the article names none (a provincial portal's
        story about "tỉnh" alone), marked as a weak clue for the editors."""
        hint = getattr(source, "province", None)
        if hint is None or not record.get("is_activity") or record.get("province"):
            return
        current = hint.successor.name if hint.successor_id else hint.name
        record["province"] = {"name": hint.name, "code": hint.code, "current_name": current}
        record.setdefault("doubts", []).append({"code": "province_weak", "span": None})

    def _failed(self, page, url, reason, status=None, transient=False):
        self.summary.fail(url, reason)
        self.on_event("failed", url, reason)
        if self.dry_run:
            return
        page.state = FetchedPage.State.FAILED
        page.error = reason
        page.status_code = status or page.status_code
        page.fetched_at = page.fetched_at or timezone.now()
        again = transient and page.attempts < MAX_ATTEMPTS
        page.retry_at = timezone.now() + RETRY_AFTER * page.attempts if again else None
        page.save()
