"""The ingest pipeline, stage by stage, each in its own module:

1. read (read.py): a file's bytes to text, in one character form;
2. normalize (normalize.py): every line in one typographic form;
3. clean (clean.py): page furniture out, the title and the dateline found;
4. segment (segment.py): the sentences, with their spans;
5. extract (extract/): the record, field by field

(pure, per file, safe to run in worker processes), then resolve (resolve.py) → match
(match.py) → store (store.py), in the database, one transaction per article.

Normalizing comes before cleaning: clean.py's patterns are written in the normal form.
"""

import os
import signal
import threading
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from . import normalize
from .clean import clean
from .extract import EMPTY, Doc, extract
from .read import ReadError, read_file, shown
from .segment import sentences


class ExtractionTimeout(BaseException):
    """An article's extraction outlived its time budget. A BaseException, so that no extractor's
    ``except Exception`` can swallow it and go on past the budget."""


@contextmanager
def time_budget(seconds):
    """Raise ExtractionTimeout in the block once it has used ``seconds`` of the processor (None or 0: no limit).

    The processor's time, not the clock's: extraction is pure computation, so an article that runs
    long is one that computes long, while a machine busy with other work (a loaded server, a test
    suite beside another) only makes every article wait, and no ordinary article is dropped for it.
    By SIGPROF (ITIMER_PROF), which only a process's main thread receives: that is where ``manage.py``
    and the worker processes of ``--workers N`` run articles; called from any other thread, the
    block runs without a limit. A signal is handled between two steps of Python code, so a
    single long step in C (one huge str.replace, say) ends before the article is dropped."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum, frame):
        raise ExtractionTimeout

    previous = signal.signal(signal.SIGPROF, expired)
    try:
        signal.setitimer(signal.ITIMER_PROF, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
    finally:
        signal.signal(signal.SIGPROF, previous)


def timeout_message(seconds):
    return f"skipped: extraction took longer than {seconds:g} s (the limit set by DOINGOAI_EXTRACT_TIMEOUT)"


def extract_from_text(text, name):
    """Stages 2 to 5 on one article's decoded text: (cleaned, record), the record as
    SCHEMA.md writes it (a dict: the JSON line, what store.py stores)."""
    cleaned = clean(normalize.lines(text))
    doc = Doc(
        name=name,
        text=cleaned.text,
        title=cleaned.title,
        published=cleaned.published,
        published_span=cleaned.published_span,
        clock=cleaned.clock,
        masthead=cleaned.masthead,
        sentences=sentences(cleaned.text),
    )
    return cleaned, extract(doc).as_dict()


_WARM_UP = (
    "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Đắk Lắk\n"
    "Chiều 15-9, Đoàn công tác của Bộ Ngoại giao do Thứ trưởng Lê Văn An làm trưởng đoàn đã làm việc "
    "với UBND tỉnh Đắk Lắk. Phó Chủ tịch UBND tỉnh Trần Văn Bình đề nghị Bộ hỗ trợ tỉnh kết nối với "
    "tỉnh Mondulkiri (Campuchia)."
)


@cache
def warm_up():
    """Read the data files and compile the patterns once per process, before any article's
    time budget starts (the gazetteer alone takes a good part of a second)."""
    extract_from_text(_WARM_UP, "warm-up")


def extract_path(path, max_bytes, timeout=None):
    """The SCHEMA.md record of one file; a file that cannot be read gets an "error"."""
    _path, raw, _cleaned, record = read_and_extract(path, max_bytes, timeout)
    if raw is None:
        return {"source": shown(Path(path).name), "title": None, "published": None, **EMPTY, "error": record}
    return record


def read_and_extract(path, max_bytes, timeout=None):
    """Worker-side stages for one file: (path, raw, cleaned, record) or (path, None, None, error).
    The path comes back as shown(): any file name, as text a database and a terminal take.
    Extraction gets ``timeout`` seconds at most."""
    name = shown(Path(path).name)
    try:
        raw = read_file(path, max_bytes=max_bytes)
        warm_up()  # data files and patterns, once per process: not charged to the first article
        with time_budget(timeout):
            cleaned, record = extract_from_text(raw.text, name)
    except ReadError as exc:
        return shown(path), None, None, str(exc)
    except ExtractionTimeout:
        return shown(path), None, None, timeout_message(timeout)
    except Exception as exc:  # an extractor bug must not stop the run: report the file
        return shown(path), None, None, f"extraction failed: {type(exc).__name__}: {exc}"
    return shown(path), raw, cleaned, record


def _extract_star(args):
    return read_and_extract(*args)


def _lower_priority():
    """Extraction workers yield the CPU to the process that stores: storing is serial (one
    writer, one transaction per article), so it sets the pace of a parallel run."""
    try:
        os.nice(5)
    except OSError:  # not permitted here: run at the same priority
        pass


def extract_many(paths, *, max_bytes, workers=1, timeout=None):
    """Yield read_and_extract results in input order, in ``workers`` processes."""
    jobs = [(p, max_bytes, timeout) for p in paths]
    if workers <= 1 or len(jobs) < 2:
        for job in jobs:
            yield read_and_extract(*job)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=_lower_priority) as pool:
        yield from pool.imap(_extract_star, jobs, chunksize=4)
