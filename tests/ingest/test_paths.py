"""Whatever a folder holds and however its files are named, every file is loaded or reported by
name, and the run finishes with its summary: file names that are not UTF-8 or hold control
characters, a folder that cannot be listed, named pipes, devices, links that lead nowhere."""

import io
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from apps.ingest.models import IngestRun
from apps.visits.records.models import Article

pytestmark = pytest.mark.django_db

SEED = "002_e4971daadf9b6461.txt"


def ingest(*paths, **options):
    out = io.StringIO()
    try:
        call_command("ingest", *[str(p) for p in paths], stdout=out, stderr=io.StringIO(), **options)
    except CommandError as exc:
        exc.output = out.getvalue()
        raise
    return out.getvalue()


def failures(run):
    """The run's failed files: their base name (as shown) to the reason."""
    return {item.path.rsplit("/", 1)[-1]: item.message for item in run.items.filter(outcome="failed")}


def test_file_names_that_are_not_utf8_or_hold_control_characters_are_stored_escaped(seeds_dir, tmp_path):
    for seed in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(seed, tmp_path / seed.name)
    folder = os.fsencode(tmp_path)
    # Latin-1 bytes (not UTF-8), then an escape sequence and a newline, as an attacker may name files.
    os.rename(folder + b"/002_e4971daadf9b6461.txt", folder + b"/002_Th\xe1i B\xecnh.txt")
    os.rename(folder + b"/004_6157049117451084.txt", folder + b"/004_\x1b[31mred\n.txt")

    out = ingest(tmp_path, verbose=True)

    run = IngestRun.objects.get()
    assert run.finished_at is not None and (run.read, run.failed) == (5, 0)
    names = set(Article.objects.values_list("source_name", flat=True))
    assert {"002_Th\\xe1i B\\xecnh.txt", "004_\\x1b[31mred\\x0a.txt"} <= names
    assert Article.objects.get(source_name="002_Th\\xe1i B\\xecnh.txt").source_path.endswith("/002_Th\\xe1i B\\xecnh.txt")
    paths = set(run.items.values_list("path", flat=True))
    assert str(tmp_path / "002_Th\\xe1i B\\xecnh.txt") in paths
    assert "002_Th\\xe1i B\\xecnh.txt" in out and "\x1b" not in out
    out.encode("utf-8")  # no lone surrogate left to break a terminal

    lines = io.StringIO()
    call_command("extract", str(tmp_path), stdout=lines, stderr=io.StringIO())
    sources = [json.loads(line)["source"] for line in lines.getvalue().splitlines()]
    assert "002_Th\\xe1i B\\xecnh.txt" in sources and "004_\\x1b[31mred\\x0a.txt" in sources


@contextmanager
def unprivileged():
    """Root reads a folder whatever its mode: as root, the block runs as the user "nobody"
    (effective id only, given back after), so that mode 000 means what it means to anyone else."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def public_tmp():
    """A folder "nobody" can reach (pytest's own tmp_path is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="doingoai-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        path.chmod(0o755)
    shutil.rmtree(folder)


def test_an_unreadable_folder_and_a_missing_path_are_reported_by_name_and_the_rest_loads(seeds_dir, public_tmp):
    seed = public_tmp / SEED
    shutil.copy(seeds_dir / SEED, seed)
    seed.chmod(0o644)
    locked = public_tmp / "locked"
    locked.mkdir()
    shutil.copy(seeds_dir / "004_6157049117451084.txt", locked / "004.txt")
    locked.chmod(0)
    missing = public_tmp / "missing"

    with unprivileged(), pytest.raises(CommandError) as failed:
        ingest(missing, locked, seed)

    assert failed.value.returncode == 1
    run = IngestRun.objects.get()
    assert run.finished_at is not None and (run.read, run.new, run.failed) == (3, 1, 2)
    assert failures(run) == {"missing": "no such file or folder", "locked": "cannot list the folder: Permission denied"}
    assert list(Article.objects.values_list("source_name", flat=True)) == [SEED]
    assert "failed: " + str(locked) + ": cannot list the folder" in failed.value.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_pipes_devices_and_links_to_nowhere_in_a_folder_are_reported_by_name(seeds_dir, tmp_path):
    shutil.copy(seeds_dir / SEED, tmp_path / SEED)
    os.mkfifo(tmp_path / "pipe")  # no article suffix: reported all the same
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "null.txt").symlink_to("/dev/null")
    (tmp_path / "notes.md").write_text("not an article: passed over")
    (tmp_path / "subfolder").mkdir()

    with pytest.raises(CommandError) as failed:
        ingest(tmp_path)

    assert failed.value.returncode == 1
    run = IngestRun.objects.get()
    assert failures(run) == {
        "gone.txt": "a symbolic link whose target does not exist",
        "loop.txt": "a symbolic link that loops back on itself",
        "null.txt": "not a regular file (a device)",
        "pipe": "not a regular file (a named pipe)",
    }
    assert (run.read, run.new) == (5, 1)
    assert list(Article.objects.values_list("source_name", flat=True)) == [SEED]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_folder_of_nothing_but_a_pipe_and_a_dangling_link_does_not_exit_0(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    with pytest.raises(CommandError) as failed:
        ingest(tmp_path)
    assert failed.value.returncode == 1
    assert sorted(failures(IngestRun.objects.get())) == ["gone.txt", "pipe.txt"]
