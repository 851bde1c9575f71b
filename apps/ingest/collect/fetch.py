"""Fetching, politely: httpx with timeouts, a size cap checked while the body streams, a bounded
number of redirects (each hop checked: http/https only, robots.txt), retries with backoff on
429/5xx, one request per host per COLLECT_HOST_INTERVAL, conditional GET, an honest User-Agent.

Every problem is a FetchError whose message says what went wrong, for the run's report.
"""

import email.utils
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx
from django.conf import settings

# Query parameters that only tell where a reader came from: the same page without them.
TRACKING = {"fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "_ga", "zarsrc", "gidzl", "_hsenc"}


def canonical_url(url):
    """The page's URL as one key: scheme and host lower-cased, the default port, the fragment
    and tracking parameters (utm_*, fbclid, gclid...) dropped; an empty path is "/"."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query, doseq=True), ""))


class FetchError(Exception):
    """A page that could not be fetched; ``status`` is the HTTP status when there was one.
    ``transient``: worth trying again later (a timeout, a 5xx after the retries)."""

    def __init__(self, message, *, status=None, transient=False):
        super().__init__(message)
        self.status = status
        self.transient = transient


class Disallowed(FetchError):
    """robots.txt does not let us fetch this URL."""


@dataclass
class Response:
    url: str  # after redirects
    status: int
    headers: dict
    content: bytes = b""
    redirects: list = field(default_factory=list)

    @property
    def not_modified(self):
        return self.status == 304

    @property
    def etag(self):
        return self.headers.get("etag", "")[:500]

    @property
    def last_modified(self):
        return self.headers.get("last-modified", "")[:100]

    @property
    def content_type(self):
        return self.headers.get("content-type", "")[:200]


class HostPacer:
    """At most one request per ``interval`` seconds to each host (shared by this process's
    threads; each collect process keeps its own pace)."""

    def __init__(self, interval):
        self.interval = interval
        self.next_at = {}
        self.lock = threading.Lock()

    def wait(self, host):
        if not self.interval:
            return
        with self.lock:
            now = time.monotonic()
            at = max(now, self.next_at.get(host, 0.0))
            self.next_at[host] = at + self.interval
        if at > now:
            time.sleep(at - now)


class Fetcher:
    """One per run: a connection pool, the hosts' pace and their robots.txt."""

    def __init__(self, *, user_agent=None, interval=None, max_bytes=None, max_redirects=None, retries=None,
                 backoff=None, connect_timeout=None, read_timeout=None, total_timeout=None, transport=None):
        s = settings
        self.user_agent = user_agent or s.COLLECT_USER_AGENT
        self.max_bytes = max_bytes or s.COLLECT_MAX_BYTES
        self.max_redirects = s.COLLECT_MAX_REDIRECTS if max_redirects is None else max_redirects
        self.retries = s.COLLECT_RETRIES if retries is None else retries
        self.backoff = s.COLLECT_BACKOFF if backoff is None else backoff
        self.total_timeout = total_timeout or s.COLLECT_TOTAL_TIMEOUT
        self.pacer = HostPacer(s.COLLECT_HOST_INTERVAL if interval is None else interval)
        read = read_timeout or s.COLLECT_READ_TIMEOUT
        self.client = httpx.Client(
            timeout=httpx.Timeout(read, connect=connect_timeout or s.COLLECT_CONNECT_TIMEOUT),
            follow_redirects=False,  # followed here, one hop at a time: scheme, robots.txt and pace per hop
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
            transport=transport,
        )
        self.robots = {}
        self.requests = 0  # sent, for the summary and the benchmark
        self.seconds = 0.0

    def close(self):
        self.client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # robots.txt -------------------------------------------------------------------------------

    def allowed(self, url):
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        rules = self.robots.get(origin)
        if rules is None:
            rules = self.robots[origin] = self._robots(origin)
        return rules.can_fetch(self.user_agent, url)

    def _robots(self, origin):
        """RFC 9309: a robots.txt that is missing (4xx) allows everything; one that cannot be
        had (5xx, no connection) disallows everything for this run."""
        rules = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        try:
            response = self._get_following(origin + "/robots.txt", {}, check_robots=False, max_bytes=512 * 1024)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                rules.allow_all = True
            else:
                rules.disallow_all = True
            return rules
        text = response.content.decode("utf-8", errors="replace")
        rules.parse(text.splitlines())
        return rules

    # fetching ---------------------------------------------------------------------------------

    def get(self, url, *, etag="", last_modified="", check_robots=True):
        """The response to a GET of ``url`` (a 304 when the validators still hold); raises
        FetchError for anything else than 200 or 304."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        began = time.perf_counter()
        try:
            return self._get_following(url, headers, check_robots=check_robots, max_bytes=self.max_bytes)
        finally:
            self.seconds += time.perf_counter() - began

    def _get_following(self, url, headers, *, check_robots, max_bytes):
        seen = []
        for _hop in range(self.max_redirects + 1):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError(f"not an http(s) URL: {url[:200]}")
            if check_robots and not self.allowed(url):
                raise Disallowed("disallowed by robots.txt" + (f" (after a redirect to {url})" if seen else ""))
            response = self._get_retrying(url, headers, max_bytes)
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"HTTP {response.status} without a Location", status=response.status)
                seen.append(url)
                url = urljoin(url, location)
                if url in seen:
                    raise FetchError(f"redirect loop ({' → '.join([*seen, url])[:300]})", status=response.status)
                continue
            response.redirects = seen
            if response.status in (200, 304):
                return response
            raise FetchError(
                f"HTTP {response.status}", status=response.status, transient=response.status == 429 or response.status >= 500
            )
        raise FetchError(f"more than {self.max_redirects} redirects")

    def _get_retrying(self, url, headers, max_bytes):
        host = urlsplit(url).netloc
        for attempt in range(self.retries + 1):
            self.pacer.wait(host)
            try:
                response = self._get_once(url, headers, max_bytes)
            except httpx.ConnectError as exc:
                if attempt == self.retries:
                    raise FetchError(f"cannot connect: {exc}", transient=True) from exc
                time.sleep(self.backoff * 2**attempt)
                continue
            if response.status != 429 and response.status < 500 or attempt == self.retries:
                return response
            time.sleep(self._retry_after(response, attempt))
        raise AssertionError("unreachable")

    def _retry_after(self, response, attempt):
        wait = self.backoff * 2**attempt
        value = response.headers.get("retry-after", "").strip()
        if value.isdigit():
            wait = max(wait, int(value))
        elif value:
            when = email.utils.parsedate_to_datetime(value) if _parses(value) else None
            if when is not None:
                wait = max(wait, when.timestamp() - time.time())
        return min(wait, 60.0)

    def _get_once(self, url, headers, max_bytes):
        self.requests += 1
        deadline = time.monotonic() + self.total_timeout
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                length = r.headers.get("content-length", "")
                if length.isdigit() and int(length) > max_bytes:
                    raise FetchError(f"too large ({int(length):,} bytes announced; the limit is {max_bytes:,})")
                chunks, size = [], 0
                if r.status_code == 200:  # the body of an error or a redirect is not read
                    for chunk in r.iter_bytes():  # gzip and deflate decoded: the cap counts what they expand to
                        size += len(chunk)
                        if size > max_bytes:
                            raise FetchError(f"too large (more than {max_bytes:,} bytes; cut while streaming)")
                        if time.monotonic() > deadline:
                            raise FetchError(f"too slow (over {self.total_timeout:g} s for the whole page)", transient=True)
                        chunks.append(chunk)
                return Response(url=str(r.url), status=r.status_code, headers=dict(r.headers), content=b"".join(chunks))
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out ({type(exc).__name__})", transient=True) from exc
        except httpx.ConnectError:
            raise
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}", transient=True) from exc


def _parses(value):
    try:
        return email.utils.parsedate_to_datetime(value) is not None
    except (TypeError, ValueError):
        return False
