"""Production settings, security headers on every response, throttled admin logins and a
read-only public site."""

import base64
import hashlib
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
import simple_history
from django.conf import settings
from django.contrib.auth.models import User
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from config.security import client_ip
from tests.factories import make_activity

CSP = (
    "default-src 'self'; script-src 'self'; "
    "style-src 'self' 'unsafe-hashes' 'sha256-XMXSevYjgSjXgRafBFDvtjwX+yyWLrxfso9DcNZ9UXM='; "
    "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'"
)
PRODUCTION_ENV = {  # /etc/doingoai.env of docs/PRODUCTION.md
    "DJANGO_DEBUG": "false",
    "DJANGO_ENV": "production",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "example.org",
    "DJANGO_PROXY_COUNT": "1",
}


def run(args, env):
    base = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(settings.BASE_DIR)}
    return subprocess.run(
        [sys.executable, *args], env={**base, **env}, capture_output=True, text=True, cwd=settings.BASE_DIR
    )


def settings_in(env, *names):
    code = f"import config.settings as s; print(*(repr(getattr(s, n)) for n in {names!r}), sep='|')"
    out = run(["-c", code], env)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().split("|")


# Settings -------------------------------------------------------------------------------------


def test_check_deploy_reports_nothing_in_production():
    out = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "System check identified no issues (0 silenced)." in out.stdout


def test_check_deploy_still_warns_about_the_development_defaults():
    """The production switch is what silences the deploy checks, not a blanket of silenced ids."""
    out = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], {})
    assert out.returncode != 0
    for check in ("security.W004", "security.W008", "security.W012", "security.W016", "security.W018"):
        assert check in out.stderr + out.stdout


def test_production_turns_on_https_and_secure_cookies():
    names = ("DEBUG", "SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER", "SECURE_HSTS_SECONDS",
             "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD", "SESSION_COOKIE_SECURE",
             "CSRF_COOKIE_SECURE", "PROXY_COUNT")
    production = settings_in({k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_PROXY_COUNT"}, *names)
    assert production == ["False", "True", "('HTTP_X_FORWARDED_PROTO', 'https')", "31536000",
                          "True", "True", "True", "True", "0"]  # no proxy believed unless set
    development = settings_in({}, *names)
    assert development == ["True", "False", "None", "0", "False", "False", "False", "False", "0"]


def test_production_settings_can_be_tuned_one_by_one():
    env = {**PRODUCTION_ENV, "DJANGO_SECURE_SSL_REDIRECT": "false", "DJANGO_SECURE_HSTS_SECONDS": "3600",
           "DJANGO_CSRF_TRUSTED_ORIGINS": "https://admin.example.org"}
    assert settings_in(env, "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "CSRF_TRUSTED_ORIGINS") == [
        "False", "3600", "['https://admin.example.org']"]


@pytest.mark.parametrize(
    "env, message",
    [
        ({"DJANGO_ENV": "production"}, "DJANGO_SECRET_KEY must be set"),
        ({"DJANGO_DEBUG": "false", "DJANGO_ENV": "production", "DJANGO_SECRET_KEY": ""},
         "DJANGO_SECRET_KEY must be set"),
        ({**PRODUCTION_ENV, "DJANGO_DEBUG": "true"}, "DJANGO_DEBUG must be off when DJANGO_ENV is production"),
        ({"DJANGO_ENV": "prod"}, "DJANGO_ENV must be development or production"),
        ({"DJANGO_SECURE_HSTS_SECONDS": "a year"}, "DJANGO_SECURE_HSTS_SECONDS must be a whole number"),
        ({"DJANGO_CSRF_TRUSTED_ORIGINS": "example.org"}, "DJANGO_CSRF_TRUSTED_ORIGINS entries must start with"),
        ({"DJANGO_PROXY_COUNT": "-1"}, "DJANGO_PROXY_COUNT must be a whole number from 0 to 5"),
        ({"DJANGO_PROXY_ADDRESSES": "nginx"}, "DJANGO_PROXY_ADDRESSES must list IP addresses or networks"),
    ],
)
def test_bad_production_values_fail_fast_with_a_clear_message(env, message):
    out = run(["-c", "import config.settings"], env)
    assert out.returncode != 0
    assert "ImproperlyConfigured" in out.stderr and message in out.stderr


def test_check_deploy_warns_about_a_production_without_the_proxy_count():
    """Behind nginx with no count, every client is nginx's address: one stranger locks editors out."""
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_PROXY_COUNT"}
    out = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], env)
    assert out.returncode != 0 and "doingoai.W002" in out.stderr, out.stderr


def test_check_warns_about_a_proxy_count_outside_the_documented_proxy_setup():
    """`make run` serves clients directly: a count there believes what they write."""
    out = run(["manage.py", "check", "--fail-level", "WARNING"], {"DJANGO_PROXY_COUNT": "1"})
    assert out.returncode != 0 and "doingoai.W001" in out.stderr, out.stderr
    assert run(["manage.py", "check", "--fail-level", "WARNING"], {}).returncode == 0


@pytest.fixture
def https_behind_proxy(settings):
    """The production HTTPS settings, in this process (read when the client's first request
    loads the middleware)."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True


def test_behind_the_proxy_http_is_redirected_and_https_gets_hsts(client, https_behind_proxy):
    response = client.get("/activities/?page=2")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/activities/?page=2"
    response = client.get("/healthz", headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert client.get("/healthz").status_code == 200  # the liveness probe is exempt from the redirect


def test_the_https_redirect_carries_the_security_headers(client, https_behind_proxy):
    for url in ["/activities/?q=x", "/api/docs/", "/static/css/site.css", "/admin/login/"]:
        response = client.get(url)
        assert response.status_code == 301 and response["Location"].startswith("https://testserver/"), url
        assert_security_headers(response, f"redirect of {url}")


def test_production_makes_the_language_cookie_secure_and_server_only():
    names = ("LANGUAGE_COOKIE_SECURE", "LANGUAGE_COOKIE_HTTPONLY", "LANGUAGE_COOKIE_SAMESITE")
    assert settings_in(PRODUCTION_ENV, *names) == ["True", "True", "'Lax'"]
    assert settings_in({}, *names) == ["False", "True", "'Lax'"]
    # The other cookies keep Django's defaults: server-only session, Lax for both.
    assert settings.SESSION_COOKIE_HTTPONLY is True
    assert settings.SESSION_COOKIE_SAMESITE == settings.CSRF_COOKIE_SAMESITE == "Lax"


@pytest.mark.django_db
def test_behind_the_proxy_the_language_cookie_is_secure(client, https_behind_proxy, settings):
    settings.LANGUAGE_COOKIE_SECURE = True
    response = client.get("/language/?code=en&next=/activities/", headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 302
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "en"
    assert (cookie["secure"], cookie["httponly"], cookie["samesite"]) == (True, True, "Lax")
    assert cookie["max-age"] == 365 * 24 * 3600


@pytest.mark.django_db
def test_behind_the_proxy_the_admin_cookies_are_secure(client, https_behind_proxy):
    response = client.get("/admin/login/", headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 200
    assert response.cookies["csrftoken"]["secure"] is True


# Headers ----------------------------------------------------------------------------------------


@pytest.fixture
def site_urls(db):
    activity = make_activity()
    return [
        "/",
        "/activities/",
        activity.get_absolute_url(),
        "/provinces/",
        f"/provinces/{activity.province.slug}/",
        activity.lead.get_absolute_url(),
        "/partners/",
        activity.partner_mentions.first().partner.get_absolute_url(),
        "/requests/",
        activity.requests.first().get_absolute_url(),
        "/timeline/",
        "/activities/export.csv",
        "/feed/activities.atom",
        "/api/activities/",
        "/api/docs/",
        "/admin/login/",
    ]


def assert_security_headers(response, url):
    assert response["Content-Security-Policy"] == CSP, url
    assert response["X-Frame-Options"] == "DENY", url
    assert response["Referrer-Policy"] == "same-origin", url
    assert response["X-Content-Type-Options"] == "nosniff", url


def test_every_page_carries_the_security_headers_also_when_served_from_the_page_cache(client, site_urls):
    cache.clear()
    for url in site_urls:
        first = client.get(url)
        assert first.status_code == 200, url
        assert_security_headers(first, url)
        second = client.get(url)
        assert_security_headers(second, url)
        for response in (first, second):
            # Read a streamed export to its end, as a server does: its queries are closed
            # then, not by the garbage collector in a later test's transaction.
            if response.streaming:
                b"".join(response.streaming_content)
    # The last public page really came from the page cache: one query, the data version.
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/timeline/")
    assert len(queries) == 1
    assert_security_headers(response, "/timeline/ (cached)")


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/no-such-page/", "/activities/999999/", "/api/activities/999999/"])
def test_errors_carry_the_security_headers(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert_security_headers(response, url)


def test_the_policy_forbids_inline_script_and_framing():
    directives = dict(part.split(" ", 1) for part in CSP.split("; "))
    assert directives["script-src"] == directives["default-src"] == "'self'"
    assert "'unsafe-inline'" not in CSP and "'unsafe-eval'" not in CSP
    assert directives["frame-ancestors"] == "'none'"


def test_the_hashed_style_attribute_is_the_one_on_the_history_page():
    """The one style attribute the policy allows, by its hash: if django-simple-history changes
    it, this fails, and the hash in settings.SECURE_CSP is updated (or dropped)."""
    template = Path(simple_history.__file__).parent / "templates/simple_history/object_history_list.html"
    attribute = "border-top: 0"
    assert f'style="{attribute}"' in template.read_text()
    digest = base64.b64encode(hashlib.sha256(attribute.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in settings.SECURE_CSP["style-src"]


INLINE = re.compile(r"<style|\sstyle=|<script(?![^>]*\ssrc=)|\son[a-z]+=|javascript:", re.IGNORECASE)


def test_the_templates_have_no_inline_style_or_script():
    """The policy would block them (a violation in the console, an unstyled element): styles go
    in static/css/site.css, scripts in static files."""
    offenders = [
        f"{path.relative_to(settings.BASE_DIR)}:{number}: {line.strip()}"
        for path in sorted((Path(settings.BASE_DIR) / "templates").rglob("*.html"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if INLINE.search(line)
    ]
    assert offenders == []


# Admin logins ------------------------------------------------------------------------------------


@pytest.fixture
def editor(db):
    return User.objects.create_user("editor", password="pw-editor-123", is_staff=True, is_superuser=True)


def admin_login(client, username, password, address="127.0.0.1", **headers):
    return client.post(
        "/admin/login/?next=/admin/", {"username": username, "password": password},
        REMOTE_ADDR=address, headers=headers,
    )


def fail(client, username, times, address="127.0.0.1", **headers):
    return [admin_login(client, username, "wrong", address, **headers).status_code for _ in range(times)]


def test_five_failed_logins_lock_the_username_out_even_with_the_right_password(client, editor):
    assert fail(client, "editor", 4) == [200] * 4  # the form again, with its error
    locked = admin_login(client, "editor", "wrong")
    assert locked.status_code == 429
    assert_security_headers(locked, "lockout page")
    response = admin_login(client, "editor", "pw-editor-123")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still not logged in


def test_a_lockout_is_per_username_and_address(client, editor):
    User.objects.create_user("other", password="pw-other-123", is_staff=True)
    fail(client, "editor", 5)
    assert admin_login(client, "other", "pw-other-123").status_code == 302  # another user, same address
    client.logout()
    assert admin_login(client, "editor", "pw-editor-123", address="10.0.0.2").status_code == 302


def test_a_success_before_the_limit_resets_the_count(client, editor):
    fail(client, "editor", 4)
    assert admin_login(client, "editor", "pw-editor-123").status_code == 302
    client.logout()
    assert fail(client, "editor", 4) == [200] * 4
    assert admin_login(client, "editor", "pw-editor-123").status_code == 302


def test_axes_reset_lifts_the_lockout(client, editor):
    fail(client, "editor", 5)
    assert admin_login(client, "editor", "pw-editor-123").status_code == 429
    call_command("axes_reset", verbosity=0)
    assert admin_login(client, "editor", "pw-editor-123").status_code == 302


def test_behind_the_proxy_clients_are_told_apart_by_the_forwarded_address(client, editor, settings):
    """nginx appends the address it saw to X-Forwarded-For: all requests come from 127.0.0.1, and
    what a client writes into the header itself stays to the left of the real address."""
    settings.PROXY_COUNT = 1
    fail(client, "editor", 5, x_forwarded_for="203.0.113.7")
    assert admin_login(client, "editor", "pw-editor-123", x_forwarded_for="203.0.113.7").status_code == 429
    spoofed = admin_login(client, "editor", "pw-editor-123", x_forwarded_for="198.51.100.9, 203.0.113.7")
    assert spoofed.status_code == 429
    assert admin_login(client, "editor", "pw-editor-123", x_forwarded_for="198.51.100.9").status_code == 302


def test_gunicorn_reached_without_the_proxy_cannot_escape_the_lockout_by_rotating_x_forwarded_for(
    client, editor, settings, caplog
):
    """With DJANGO_PROXY_COUNT=1 each try used to name a new client in X-Forwarded-For."""
    settings.PROXY_COUNT = 1
    attacker = "203.0.113.50"
    tries = [admin_login(client, "editor", "wrong", attacker, x_forwarded_for=f"10.9.8.{n}") for n in range(12)]
    assert [r.status_code for r in tries[:4]] == [200] * 4
    assert admin_login(client, "editor", "pw-editor-123", attacker, x_forwarded_for="10.9.8.99").status_code == 429
    assert "_auth_user_id" not in client.session
    assert "203.0.113.50, which is not a proxy's address" in caplog.text


@pytest.mark.parametrize(
    "count, forwarded, expected",
    [
        (0, "203.0.113.7", "127.0.0.1"),  # no proxy: the header is the client's own words
        (1, "203.0.113.7", "203.0.113.7"),
        (1, "6.6.6.6, 203.0.113.7", "203.0.113.7"),
        (2, "6.6.6.6, 203.0.113.7, 10.0.0.5", "203.0.113.7"),
        (1, "", "127.0.0.1"),  # reached gunicorn without the proxy
    ],
)
def test_the_client_address_is_read_from_the_proxys_end_of_x_forwarded_for(settings, count, forwarded, expected):
    settings.PROXY_COUNT = count
    settings.PROXY_ADDRESSES = ["127.0.0.1", "10.0.0.5"]  # nginx, and a load balancer in front of it
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


@pytest.mark.parametrize(
    "peer, forwarded, expected",
    [
        ("203.0.113.50", "198.51.100.9", "203.0.113.50"),  # gunicorn reached directly: the header is the client's
        ("127.0.0.1", "6.6.6.6, 198.51.100.9, 10.0.0.5", "198.51.100.9"),  # load balancer 10.0.0.5, then nginx
        ("127.0.0.1", "6.6.6.6, 198.51.100.9", "198.51.100.9"),  # nginx reached past the load balancer
        ("127.0.0.1", "10.0.0.5", "10.0.0.5"),  # fewer entries than proxies: no more than there are
        ("::1", "6.6.6.6, 198.51.100.9, 10.0.0.5", "198.51.100.9"),
        ("10.0.0.7", "6.6.6.6, 198.51.100.9", "198.51.100.9"),  # a proxy named by its network
    ],
)
def test_x_forwarded_for_is_believed_only_from_the_proxies_addresses(settings, peer, forwarded, expected):
    settings.PROXY_COUNT = 2
    settings.PROXY_ADDRESSES = ["127.0.0.1", "::1", "10.0.0.0/24"]
    request = RequestFactory().get("/", REMOTE_ADDR=peer, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


@pytest.mark.django_db
def test_only_staff_reach_the_admin(client):
    reader = User.objects.create_user("reader", password="pw-reader-123")
    assert admin_login(client, "reader", "pw-reader-123").status_code == 200  # refused, form again
    client.force_login(reader)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert client.get("/admin/visits/activity/").status_code == 302


# A read-only public site -------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_public_pages_answer_only_get_and_head(client, method):
    activity = make_activity()
    for url in ["/", "/activities/", activity.get_absolute_url(), "/language/?code=en"]:
        response = getattr(client, method)(url)
        assert response.status_code == 405, (method, url)
        assert response["Allow"] == "GET, HEAD"
        assert client.head(url).status_code in (200, 302), url


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["options", "trace", "post", "put", "patch", "delete"])
def test_the_api_its_schema_and_docs_answer_only_get_and_head(client, method):
    activity = make_activity()
    for url in ["/api/schema/", "/api/docs/", "/api/activities/", f"/api/activities/{activity.pk}/", "/api/provinces/"]:
        response = getattr(client, method)(url)
        assert response.status_code == 405, (method, url)
        assert response["Allow"] == "GET, HEAD"
        assert_security_headers(response, f"{method} {url}")
        get, head = client.get(url), client.head(url)
        assert get.status_code == head.status_code == 200, url
        assert head.content == b"" and head["Content-Type"] == get["Content-Type"], url


def test_a_logged_in_editor_cannot_write_through_the_public_pages_either(client, editor):
    client.force_login(editor)
    assert client.post("/activities/", {"q": "x"}).status_code == 405
