import os
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

SHARED = Path(settings.SHARED_DIR)
SEEDS = SHARED / "seeds"
DEV = SHARED / "corpus" / "dev"
SAMPLE = Path(settings.BASE_DIR) / "data" / "sample"
OUTPUT = Path(os.environ.get("DOINGOAI_TEST_OUTPUT", Path(settings.BASE_DIR) / "test-output"))


@pytest.fixture(autouse=True, scope="session")
def fast_password_hashing():
    """Tests make and log in hundreds of users: each password hashed with the production
    PBKDF2 settings costs 0.3 s, a minute a run. The served site keeps Django's hashers."""
    # override_settings, so that Django's cache of the hashers is emptied (setting_changed).
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(scope="session")
def seeds_dir():
    """The five seed articles (data/sample/ holds the same files when ../shared is absent)."""
    return SEEDS if SEEDS.is_dir() else SAMPLE


@pytest.fixture
def output_dir():
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT


@pytest.fixture(scope="session")
def migrated_databases(tmp_path_factory, django_db_setup, django_db_blocker):
    """One migrated template for the whole run (migrating takes seconds): the databases of
    `manage.py` subprocesses are copies of it."""
    from .processes import Databases

    with django_db_blocker.unblock():
        dbs = Databases(tmp_path_factory.mktemp("databases"))
    yield dbs
    dbs.close()


@pytest.fixture
def databases(tmp_path, db, migrated_databases):
    """Migrated databases of their own for `manage.py` subprocesses (tests/processes.py)."""
    from .processes import Databases

    dbs = Databases(tmp_path, parent=migrated_databases)
    yield dbs
    dbs.close()
