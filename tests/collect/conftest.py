"""`collect` tests: an invented site (site.py) served on 127.0.0.1 by pytest-httpserver, in
threads (a slow page must not hold up the others), and the crawler's settings made fast."""

import logging
import re

import pytest
from pytest_httpserver import HTTPServer

from . import site as fixture_site

FAST = {
    "COLLECT_HOST_INTERVAL": 0.0,
    "COLLECT_READ_TIMEOUT": 0.5,
    "COLLECT_CONNECT_TIMEOUT": 2.0,
    "COLLECT_TOTAL_TIMEOUT": 10.0,
    "COLLECT_MAX_BYTES": 1024 * 1024,
    "COLLECT_BACKOFF": 0.01,
    "COLLECT_RETRIES": 2,
}


@pytest.fixture(autouse=True)
def fast_collect(settings, monkeypatch):
    """In this process (settings) and in `manage.py collect` subprocesses (environment)."""
    for name, value in FAST.items():
        setattr(settings, name, value)
        monkeypatch.setenv("DOINGOAI_" + name, str(value))


@pytest.fixture
def server():
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no log line per request
    httpserver = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    httpserver.start()
    yield httpserver
    httpserver.clear()
    if httpserver.is_running():
        httpserver.stop()


def serve(server, site):
    server.expect_request(re.compile(".*")).respond_with_handler(site.handle)
    return site


@pytest.fixture
def news_site(server):
    """(site, sources): the site of every case, and the sources (name, kind, URL, selector) following it."""
    base = server.url_for("").rstrip("/")
    site, sources = fixture_site.build(base, slow_seconds=1.5)
    serve(server, site)
    return site, [(name, kind, base + path, selector) for name, kind, path, selector in sources]
