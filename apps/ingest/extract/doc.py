"""The article as extraction sees it: cleaned text, title, publication date, sentences."""

from dataclasses import dataclass, field
from functools import cached_property

from ..segment import Sentence, sentences


@dataclass
class Doc:
    name: str
    text: str  # the cleaned, normalized text; every span points into it
    title: str
    published: str | None  # ISO date, or "YYYY-MM" / "YYYY" when only that is known
    published_span: tuple[int, int] | None = None
    record: dict = field(default_factory=dict)  # what earlier extractors found

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences(self.text)

    @cached_property
    def title_span(self) -> tuple[int, int] | None:
        """Where the title stands in the text (menus, a banner or a clock may stand above it)."""
        at = self.text.find(self.title) if self.title else -1
        return (at, at + len(self.title)) if at >= 0 else None

    @cached_property
    def body(self) -> list[Sentence]:
        """Sentences after the title line (a date widget may stand above the title)."""
        if self.title_span is None:
            return [s for s in self.sentences if s.line > 0] or self.sentences
        return [s for s in self.sentences if s.start >= self.title_span[1]] or self.sentences

    @property
    def published_year(self):
        return int(self.published[:4]) if self.published else None

    def doubt(self, code, span=None):
        """Note something extraction was unsure of, for the editors' review queue."""
        doubts = self.record.setdefault("doubts", [])
        if all(d["code"] != code for d in doubts):
            doubts.append({"code": code, "span": list(span) if span else None})

    def sentence_at(self, pos):
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None
