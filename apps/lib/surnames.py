"""The one list of Vietnamese family names (data/surnames.txt): the forty commonest, then the
others (rarer ones, those of ethnic minorities). Extraction, the provinces' place-name finder
and the demo data read it here.

Plain Python (no Django): extraction and apps/provinces import it.
"""

from functools import cache
from pathlib import Path

from .text import normalize

DATA = Path(__file__).resolve().parent / "data" / "surnames.txt"


@cache
def _sections():
    sections, current = {}, None
    for line in DATA.read_text(encoding="utf-8").splitlines():
        line = normalize(line.strip())
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.extend(w for w in line.split() if w not in current)
    return sections


def common():
    """The forty commonest, commonest first."""
    return list(_sections()["common"])


def every():
    """Every family name listed: the common ones, then the others."""
    return common() + [w for w in _sections()["other"] if w not in _sections()["common"]]


@cache
def _lowered():
    return frozenset(w.lower() for w in every())


def is_family_name(word):
    """``word`` (any case) is a listed family name."""
    return word.lower() in _lowered()
