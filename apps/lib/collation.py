"""Vietnamese alphabetical order: names sorted as a Vietnamese dictionary sorts them.

The Unicode Collation Algorithm (pyuca, Unicode 10's table) with the Vietnamese tailoring of
CLDR applied to it: ``&A<ă<â &D<đ &E<ê &O<ô<ơ &U<ư`` (letters of their own, each after its
base letter and before the next one) and the tones as secondary differences in their
traditional order, ngang < huyền < hỏi < ngã < sắc < nặng (``&\u0300<<\u0309<<\u0303<<\u0301<<\u0323``).

Why pyuca and not PyICU: PyICU ships no wheel for Python 3.11 on Linux; building it from source
against libicu-dev took over eight minutes on this machine (and would be one more apt package on
every developer's machine and in CI). pyuca is pure Python; it has no tailorings of its own, so
the CLDR rules above are applied to its table here, as contractions (a letter and its
combining mark, in NFD) that sort after every letter of the Latin script.
"""

import functools
import unicodedata

import pyuca

# Vietnamese letters written with a combining mark in NFD, in alphabet order after their base.
_LETTERS = {"a": ["\u0306", "\u0302"], "e": ["\u0302"], "o": ["\u0302", "\u031b"], "u": ["\u031b"]}
_TONES = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]  # huyền, hỏi, ngã, sắc, nặng


class VietnameseCollator(pyuca.Collator):
    def __init__(self):
        super().__init__()
        table = self.table
        letters = [ce for ch in "abcdefghijklmnopqrstuvwxyz" for ce in self._elements(ch)]
        top = max(ce[0] for ce in letters)  # every extra primary sorts after all Latin letters
        tones = sorted(self._elements(t)[0][1] for t in _TONES)
        for mark, secondary in zip(_TONES, tones, strict=True):
            table.add([ord(mark)], [[0, secondary, 2]])
        for base, marks in _LETTERS.items():
            for rank, mark in enumerate(marks, start=1):
                for letter in (base, base.upper()):
                    elements = [*self._elements(letter), [top + rank, 32, 2]]
                    table.add([ord(letter), ord(mark)], elements)
        for letter, base in (("đ", "d"), ("Đ", "D")):
            table.add([ord(letter)], [*self._elements(base), [top + 1, 32, 2]])

    def _elements(self, text):
        return [list(ce) for ce in self.collation_elements(unicodedata.normalize("NFD", text))]


@functools.cache
def collator():
    return VietnameseCollator()  # reads the table once per process (about 0.3 s)


def sort_key(text):
    """The Vietnamese sort key of ``text`` (None sorts as empty)."""
    return collator().sort_key(text or "")


def sorted_by_name(items, key=lambda item: item.name):
    """``items`` in Vietnamese order of ``key(item)`` (a record's name by default)."""
    return sorted(items, key=lambda item: sort_key(key(item)))


SORT_KEY_LENGTH = 240  # the primary weights of a name's first 60 letters, then its tones


def sort_key_text(text):
    """``sort_key(text)`` as text that sorts the same, character by character, in any database
    (each weight as four hex digits; every weight of the table is below 0x10000), so a list can
    be ordered in Vietnamese order by the database, across pages. Cut at SORT_KEY_LENGTH: names
    alike that far are told apart by the next ordering column."""
    return "".join(f"{min(weight, 0xFFFF):04x}" for weight in sort_key(text))[:SORT_KEY_LENGTH]
