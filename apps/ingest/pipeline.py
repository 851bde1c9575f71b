"""The ingest pipeline, stage by stage: read → clean → normalize → segment → extract
(pure, per file, safe to run in worker processes), then resolve → merge → store (in the
database, one transaction per article)."""

from pathlib import Path

from .extract import EMPTY, extract_text
from .read import ReadError, read_file


def extract_path(path, max_bytes):
    """The SCHEMA.md record of one file; a file that cannot be read gets an "error"."""
    name = Path(path).name
    try:
        raw = read_file(path, max_bytes=max_bytes)
    except ReadError as exc:
        return {"source": name, "title": None, "published": None, **EMPTY, "error": str(exc)}
    record, _cleaned = extract_text(raw.text, name)
    return record
