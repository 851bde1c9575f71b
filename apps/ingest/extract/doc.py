"""The article as extraction sees it: cleaned text, title, publication date, sentences.

Built by the pipeline once the text is cleaned, normalized and segmented (pipeline.py); the
extractors read it and never write to it, but for the doubts they note for review."""

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from ..segment import Sentence
from .record import Doubt

# A word with a letter in it (not a date, a time or a count).
_WORDY = re.compile(r"(?<!\S)\S*[^\W\d_]\S*")
# A line of the story: twenty-five words or more.
_PARAGRAPH = re.compile(r"(?m)^(?:\S+[ \t]+){24,}\S+")


@dataclass
class Doc:
    name: str
    text: str  # the cleaned, normalized text; every span points into it
    title: str
    published: str | None  # ISO date, or "YYYY-MM" / "YYYY" when only that is known
    sentences: list[Sentence]  # the text's sentences (segment.py), in text order
    published_span: tuple[int, int] | None = None
    doubts: list[Doubt] = field(default_factory=list)  # what the extractors were unsure of
    clock: str | None = None  # a weekday-and-date line above the title: a check, not a dateline
    masthead: str | None = None  # the outlet's name above the title ("Quảng Ninh" of "Báo Quảng Ninh")

    @cached_property
    def title_span(self) -> tuple[int, int] | None:
        """Where the title stands in the text (menus, a banner or a clock may stand above it).
        A whole page may give it twice: in its <title> on the first line and as the headline
        over the story, after the menus and widgets; the headline's line is the one the story
        follows (the last line holding the title alone before the story's first paragraph)."""
        at = self.text.find(self.title) if self.title else -1
        if at < 0:
            return None
        # (the headline's own line first, when a line holds it alone: a banner of 25 words under
        # the <title>'s copy is no paragraph of the story)
        alone = [m.start() for m in re.finditer(r"(?m)^" + re.escape(self.title) + r"$", self.text)]
        if alone:
            at = alone[0]
        first_line_end = self.text.find("\n", at)
        story = _PARAGRAPH.search(self.text, first_line_end) if first_line_end >= 0 else None
        limit = story.start() if story else len(self.text)
        # (the last of them before the story: a line must end before the limit to hold the title)
        at = next((a for a in reversed(alone) if a + len(self.title) <= limit), at)
        return (at, at + len(self.title))

    @cached_property
    def body(self) -> list[Sentence]:
        """Sentences after the title line (a date widget may stand above the title)."""
        if self.title_span is None:
            return [s for s in self.sentences if s.line > 0] or self.sentences
        return [s for s in self.sentences if s.start >= self.title_span[1]] or self.sentences

    @cached_property
    def long_body(self) -> list[Sentence]:
        """Body sentences of some length, read once (cues.body_sentences): menus and widgets
        ("• 승인 2019.10.16") are not the lead, nor a line of mostly numbers ("Cập nhật ngày:
        18/03/2025 - 15:30")."""
        # (nor the publication line itself: "Cập nhật lúc 16:25, Thứ Ba, 17/07/2018")
        pub = self.published_span
        return [
            s for s in self.body
            if len(s.text.split()) >= 6 and len(_WORDY.findall(s.text)) >= 5
            and not (pub and s.start < pub[1] and s.end > pub[0] and len(s.text.split()) <= 12)
        ] or self.body

    @property
    def published_year(self):
        return int(self.published[:4]) if self.published else None

    def doubt(self, code, span=None):
        """Note something extraction was unsure of, for the editors' review queue (once a code)."""
        if all(d.code != code for d in self.doubts):
            self.doubts.append(Doubt(code, list(span) if span else None))

    def sentence_at(self, pos):
        """The sentence holding ``pos``, found by bisection (sentences are in text order)."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def _starts(self):
        return [s.start for s in self.sentences]
