"""Settings, read from the environment through a few fail-fast helpers.

Development defaults work with nothing set: SQLite in the project folder, DEBUG on.
"""

import datetime as dt
import ipaddress
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy

BASE_DIR = Path(__file__).resolve().parent.parent
SHARED_DIR = Path(os.environ.get("DOINGOAI_SHARED_DIR", BASE_DIR.parent / "shared"))


def envbool(name, default):
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false (1/0, yes/no, on/off), not {raw!r}")


def envlist(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    items = [x.strip() for x in raw.split(",") if x.strip()]
    if not items:
        raise ImproperlyConfigured(f"{name} must be a comma-separated list, not {raw!r}")
    return items


def envint(name, default, low, high):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise ImproperlyConfigured(f"{name} must be a whole number from {low} to {high}, not {raw!r}")
    return value


def envdatabase(name, default):
    raw = os.environ.get(name) or default
    try:
        config = dj_database_url.parse(raw, conn_max_age=60)
    except Exception as exc:  # dj-database-url raises several types on bad input
        raise ImproperlyConfigured(f"{name} is not a database URL ({raw!r}): {exc}") from exc
    if config.get("ENGINE") not in ("django.db.backends.sqlite3", "django.db.backends.postgresql"):
        raise ImproperlyConfigured(f"{name} must point at SQLite or PostgreSQL, not {raw!r}")
    if config["ENGINE"].endswith("sqlite3"):
        # WAL: readers do not block the writer (site and ingest at once); NORMAL sync is safe
        # with WAL and spares an fsync per ingested article.
        # IMMEDIATE: a transaction takes the write lock when it begins, so two writers (two
        # ingests at once) queue instead of both reading, then failing to upgrade to a write.
        config["OPTIONS"] = {
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        }
    else:
        # No parallel query for the site's and the commands' sessions: on a web server every
        # core already serves a request, and a page's small queries took two to four times longer
        # with two helper processes started for each (issue 16: a partner's list at 1,000,000
        # activities, 56 ms parallel, 16 ms not). Index builds keep their own parallel setting.
        # cursor_tuple_fraction=1: the exports read every row of their server-side cursors, so
        # they are planned for the whole result, not for its first tenth (which walked every
        # request by activity id: a province's year exported in 137 ms at 1,000,000, now ~40).
        options = config.setdefault("OPTIONS", {})
        session = "-c max_parallel_workers_per_gather=0 -c cursor_tuple_fraction=1"
        options["options"] = (options.get("options", "") + " " + session).strip()
    return config


# DJANGO_ENV=production: served over HTTPS by a reverse proxy (docs/PRODUCTION.md). It changes
# defaults only; every setting it touches can still be set on its own.
DJANGO_ENV = os.environ.get("DJANGO_ENV", "").strip() or "development"
if DJANGO_ENV not in ("development", "production"):
    raise ImproperlyConfigured(f"DJANGO_ENV must be development or production, not {DJANGO_ENV!r}")
PRODUCTION = DJANGO_ENV == "production"

DEBUG = envbool("DJANGO_DEBUG", not PRODUCTION)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DJANGO_DEBUG must be off when DJANGO_ENV is production")
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off")
    SECRET_KEY = "dev-only-insecure-key-doingoai"
ALLOWED_HOSTS = envlist("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])

# HTTPS. nginx terminates TLS and sets X-Forwarded-Proto; gunicorn listens only where nginx can
# reach it, so the header cannot come from a client. Off in development: `make run` is plain http.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if PRODUCTION else None
SECURE_SSL_REDIRECT = envbool("DJANGO_SECURE_SSL_REDIRECT", PRODUCTION)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # a liveness probe may call gunicorn directly, over http
SECURE_HSTS_SECONDS = envint("DJANGO_SECURE_HSTS_SECONDS", 31_536_000 if PRODUCTION else 0, 0, 63_072_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", PRODUCTION)
SECURE_HSTS_PRELOAD = envbool("DJANGO_SECURE_HSTS_PRELOAD", PRODUCTION)
SESSION_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_SECURE = PRODUCTION
SESSION_COOKIE_HTTPONLY = True
# The interface language's cookie (apps/visits/site/views.py choose_language): a display preference,
# read by the server only, sent over HTTPS only in production, not on cross-site requests.
LANGUAGE_COOKIE_SECURE = PRODUCTION
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
# Only needed when the admin is reached under another origin than its own host (the proxy's
# Host and X-Forwarded-Proto already make https://<host> trusted).
CSRF_TRUSTED_ORIGINS = envlist("DJANGO_CSRF_TRUSTED_ORIGINS", [])
for _origin in CSRF_TRUSTED_ORIGINS:
    if not _origin.startswith(("https://", "http://")):
        raise ImproperlyConfigured(f"DJANGO_CSRF_TRUSTED_ORIGINS entries must start with https://, not {_origin!r}")

# Response headers, in every environment (config/security.py for the reasons).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Named and shaped like Django 6.0's SECURE_CSP, so moving to the built-in middleware is a rename.
# No 'unsafe-inline' anywhere: the site and the admin run scripts and styles from files only.
SECURE_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    # One style attribute allowed by its hash: simple_history's history page writes
    # style="border-top: 0" (django-simple-history 3.x, object_history_list.html).
    "style-src": ["'self'", "'unsafe-hashes'", "'sha256-XMXSevYjgSjXgRafBFDvtjwX+yyWLrxfso9DcNZ9UXM='"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
}

INSTALLED_APPS = [
    "apps.visits.editing.site.EditorsAdminConfig",  # django.contrib.admin with the editors' site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "simple_history",
    "axes",  # throttles failed logins (AXES_* below)
    "ninja",  # serves the API docs' static files locally (no CDN)
    "apps.provinces",
    "apps.visits",
    "apps.ingest",
]

MIDDLEWARE = [
    # The policy and the frame denial first: they reach every response, the HTTPS redirect that
    # SecurityMiddleware answers by itself and WhiteNoise's static files among them.
    "config.security.ContentSecurityPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "apps.visits.site.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as axes requires: turns a lockout into its 429 page
]

ROOT_URLCONF = "config.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            # The site's template tags live with the site's code (apps/visits/site/), not in the
            # app's root where Django would look for them.
            "libraries": {"labels": "apps.visits.site.templatetags.labels"},
        },
    },
]
WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {"default": envdatabase("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

# Failed logins are throttled by django-axes: after AXES_FAILURE_LIMIT failures one username
# from one address is refused (HTTP 429, even with the right password) for AXES_COOLOFF_TIME;
# `manage.py axes_reset` lifts every lockout at once. Keyed on username and address together, so
# a stranger can neither lock an editor out from elsewhere nor try many usernames past the limit.
# axes needs the request: tests log in with client.force_login, never client.login.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = dt.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "config.security.client_ip"
# Reverse proxies in front of gunicorn that append the client's address to X-Forwarded-For
# (nginx as docs/PRODUCTION.md sets it up: 1). 0, the default everywhere: the client is the
# socket's peer and the header is ignored, since whoever reaches gunicorn directly writes it.
# The header is believed only from the proxies' own addresses, DJANGO_PROXY_ADDRESSES (nginx
# on this host by default), and never for more entries than it holds (config/security.py).
PROXY_COUNT = envint("DJANGO_PROXY_COUNT", 0, 0, 5)


def envnetworks(name, default):
    networks = envlist(name, default)
    for network in networks:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError:
            raise ImproperlyConfigured(
                f"{name} must list IP addresses or networks (127.0.0.1, 10.0.0.0/8), not {network!r}"
            ) from None
    return networks


PROXY_ADDRESSES = envnetworks("DJANGO_PROXY_ADDRESSES", ["127.0.0.1", "::1"])

# django-filter's blank choice reads "All" (Tất cả), not "---------".
FILTERS_EMPTY_CHOICE_LABEL = gettext_lazy("All")

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
FORMAT_MODULE_PATH = ["config.formats"]  # dd/mm/yyyy shown and read, admin and site alike
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# Page and aggregate caches are keyed by a data version (apps/visits/caching.py): nothing stale
# is served after a change, whichever cache holds them.
def envcache(name):
    """A per-process memory cache by default (bounded: its memory stops growing at MAX_ENTRIES
    pages); DOINGOAI_CACHE_URL=redis://host:6379/0 shares one cache between gunicorn workers
    and keeps their memory flat (docs/PRODUCTION.md)."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 1000}}
    if not raw.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(f"{name} must be a redis:// URL, not {raw!r}")
    return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": raw}


CACHES = {"default": envcache("DOINGOAI_CACHE_URL")}


def envfloat(name, default, low, high):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise ImproperlyConfigured(f"{name} must be a number from {low} to {high}, not {raw!r}")
    return value


# Two requests of one province are the same ask raised again when they share the category and
# this share of their words (Jaccard similarity of the folded word sets, 0..1).
REQUEST_REPEAT_THRESHOLD = envfloat("DOINGOAI_REQUEST_REPEAT_THRESHOLD", 0.6, 0.0, 1.0)

# A list filtered by something no tally counts (a search, a partner, an official) counts, lists
# and facets at most this many rows ("more than 1000"), so its cost does not grow with the
# archive (reporting/caching.ArchivePaginator); the exports hold every row.
COUNT_LIMIT = envint("DOINGOAI_COUNT_LIMIT", 1000, 10, 1_000_000)

# Articles bigger than this are refused by ingest (page dumps, binaries renamed .txt).
INGEST_MAX_BYTES = envint("DOINGOAI_INGEST_MAX_BYTES", 5 * 1024 * 1024, 1, 1 << 40)
# Seconds one article's extraction may take in `ingest` and `extract`; an article that takes
# longer is reported and skipped, and the others go on (0: no limit). The whole dev corpus
# takes well under a second per article.
EXTRACT_TIMEOUT = envfloat("DOINGOAI_EXTRACT_TIMEOUT", 30.0, 0.0, 86_400.0)

# `manage.py collect` (apps/ingest/collect/): a polite crawler. Whoever runs it names
# themselves in the User-Agent (a contact address or page), as sites ask of crawlers.
COLLECT_USER_AGENT = os.environ.get("DOINGOAI_COLLECT_USER_AGENT", "").strip() or (
    "doingoai-collect/0.1 (provincial foreign-affairs news reader; robots.txt obeyed)"
)
# Seconds between two requests to one host (0: no wait; tests and the benchmark's local site).
COLLECT_HOST_INTERVAL = envfloat("DOINGOAI_COLLECT_HOST_INTERVAL", 1.0, 0.0, 3600.0)
COLLECT_CONNECT_TIMEOUT = envfloat("DOINGOAI_COLLECT_CONNECT_TIMEOUT", 10.0, 0.01, 600.0)
# Seconds of silence while reading a response; a whole response gets COLLECT_TOTAL_TIMEOUT.
COLLECT_READ_TIMEOUT = envfloat("DOINGOAI_COLLECT_READ_TIMEOUT", 20.0, 0.01, 600.0)
COLLECT_TOTAL_TIMEOUT = envfloat("DOINGOAI_COLLECT_TOTAL_TIMEOUT", 60.0, 0.01, 3600.0)
# A response larger than this (after gzip) is dropped while it streams.
COLLECT_MAX_BYTES = envint("DOINGOAI_COLLECT_MAX_BYTES", 5 * 1024 * 1024, 1024, 1 << 34)
COLLECT_MAX_REDIRECTS = envint("DOINGOAI_COLLECT_MAX_REDIRECTS", 5, 0, 30)
# A 429 or 5xx answer (or a refused connection) is asked again this many times, after
# COLLECT_BACKOFF seconds, then twice that... (a Retry-After up to a minute is followed).
COLLECT_RETRIES = envint("DOINGOAI_COLLECT_RETRIES", 2, 0, 10)
COLLECT_BACKOFF = envfloat("DOINGOAI_COLLECT_BACKOFF", 2.0, 0.0, 600.0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
