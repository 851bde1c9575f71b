import subprocess
import sys

import pytest
from django.conf import settings


def run_settings(env):
    """Import the settings in a fresh interpreter with the given environment."""
    code = "import config.settings as s; print(s.DATABASES['default']['ENGINE'], s.DEBUG)"
    base = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(settings.BASE_DIR)}
    return subprocess.run(
        [sys.executable, "-c", code], env={**base, **env}, capture_output=True, text=True, cwd=settings.BASE_DIR
    )


def test_defaults_work_with_nothing_set():
    out = run_settings({})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["django.db.backends.sqlite3", "True"]


def test_database_url_selects_postgresql():
    out = run_settings({"DATABASE_URL": "postgres://postgres@127.0.0.1:5432/test"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("django.db.backends.postgresql")


@pytest.mark.parametrize(
    "env, message",
    [
        ({"DJANGO_DEBUG": "maybe"}, "DJANGO_DEBUG must be true or false"),
        ({"DATABASE_URL": "mysql://root@localhost/x"}, "must point at SQLite or PostgreSQL"),
        ({"DATABASE_URL": "nonsense"}, "DATABASE_URL is not a database URL"),
        ({"DJANGO_DEBUG": "false"}, "DJANGO_SECRET_KEY must be set"),
        ({"DJANGO_ALLOWED_HOSTS": " , "}, "DJANGO_ALLOWED_HOSTS must be a comma-separated list"),
        ({"DOINGOAI_CACHE_URL": "memcached://x"}, "DOINGOAI_CACHE_URL must be a redis:// URL"),
    ],
)
def test_bad_values_fail_fast_with_a_clear_message(env, message):
    out = run_settings(env)
    assert out.returncode != 0
    assert "ImproperlyConfigured" in out.stderr and message in out.stderr


def test_a_redis_url_shares_the_page_cache_between_workers():
    code = "import config.settings as s; print(s.CACHES['default']['BACKEND'], s.CACHES['default']['LOCATION'])"
    base = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(settings.BASE_DIR), "DOINGOAI_CACHE_URL": "redis://127.0.0.1:6379/3"}
    out = subprocess.run([sys.executable, "-c", code], env=base, capture_output=True, text=True, cwd=settings.BASE_DIR)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["django.core.cache.backends.redis.RedisCache", "redis://127.0.0.1:6379/3"]
