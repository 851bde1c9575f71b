"""The outlet that published an article, when its text names it at the top of the story."""

import re

_TAG = re.compile(r"^\s*\(([^()\n]{2,30})\)\s*[-–—]?", re.MULTILINE)
_PREFIX = re.compile(r"^\s*([A-ZĐ]{2,10})\.\s", re.MULTILINE)


def find_outlet(text):
    head = text[:1500]
    m = _TAG.search(head)
    if m and not any(ch.isdigit() for ch in m.group(1)):
        return m.group(1).strip()
    m = _PREFIX.search(head)
    return m.group(1) if m else ""
