"""The ingest pipeline, stage by stage: read → clean → normalize → segment → extract
(pure, per file, safe to run in worker processes), then resolve → merge → store (in the
database, one transaction per article)."""

import os
from pathlib import Path

from .extract import EMPTY, extract_text
from .read import ReadError, read_file


def extract_path(path, max_bytes):
    """The SCHEMA.md record of one file; a file that cannot be read gets an "error"."""
    _path, raw, _cleaned, record = read_and_extract(path, max_bytes)
    if raw is None:
        return {"source": Path(path).name, "title": None, "published": None, **EMPTY, "error": record}
    return record


def read_and_extract(path, max_bytes):
    """Worker-side stages for one file: (path, raw, cleaned, record) or (path, None, None, error)."""
    name = Path(path).name
    try:
        raw = read_file(path, max_bytes=max_bytes)
        record, cleaned = extract_text(raw.text, name)
    except ReadError as exc:
        return str(path), None, None, str(exc)
    except Exception as exc:  # an extractor bug must not stop the run: report the file
        return str(path), None, None, f"extraction failed: {type(exc).__name__}: {exc}"
    return str(path), raw, cleaned, record


def _extract_star(args):
    return read_and_extract(*args)


def _lower_priority():
    """Extraction workers yield the CPU to the process that stores: storing is serial (one
    writer, one transaction per article), so it sets the pace of a parallel run."""
    try:
        os.nice(5)
    except OSError:  # not permitted here: run at the same priority
        pass


def extract_many(paths, *, max_bytes, workers=1):
    """Yield read_and_extract results in input order, in ``workers`` processes."""
    jobs = [(str(p), max_bytes) for p in paths]
    if workers <= 1 or len(jobs) < 2:
        for job in jobs:
            yield read_and_extract(*job)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=_lower_priority) as pool:
        yield from pool.imap(_extract_star, jobs, chunksize=4)
