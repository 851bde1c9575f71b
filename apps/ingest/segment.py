"""Stage 4 — segment: sentences with their character spans in the cleaned text.

underthesea's sent_tokenize splits each line; spans are found back in the line so every
extracted value can point at its sentence.
"""

import re
from dataclasses import dataclass

from underthesea import sent_tokenize


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    line: int  # index of the line (paragraph) it comes from


# A site's domain cut at its dot by the tokenizer: "(Chinhphu." then "vn) - Ngày 15/1, ...".
_DOMAIN_REST = re.compile(r"(?:vn|com|net|org|gov|edu|info)(?=[)\]/:,\s]|$)")


# A temperature's unit ends a sentence the tokenizer reads as an initial: "... xuống dưới âm 30 độ C. Vùng Irkutsk mong
# muốn ..." is two sentences.
_UNIT_THEN_SENTENCE = re.compile(r"(?:(?<=\sđộ C)|(?<=°C))\.\s+(?=\w)")


def _split_units(sents):
    for sent in sents:
        cut = 0
        for m in _UNIT_THEN_SENTENCE.finditer(sent):
            if sent[m.end()].isupper():  # (a capital opens the next sentence)
                yield sent[cut : m.start() + 1]
                cut = m.end()
        yield sent[cut:]


def sentences(text):
    out = []
    offset = 0
    for n, line in enumerate(text.split("\n")):
        pos = 0
        for sent in _split_units(sent_tokenize(line)) if line.strip() else []:
            sent = sent.strip()
            if not sent:
                continue
            found = line.find(sent, pos)
            if found < 0:  # tokenizer changed spacing: fall back to the rest of the line
                found, sent = pos, line[pos:].strip()
                if not sent:
                    continue
            prev = out[-1] if out and out[-1].line == n else None
            if prev and prev.end == offset + found and prev.text.endswith(".") and _DOMAIN_REST.match(sent):
                # (the domain's two halves are one sentence: "(Chinhphu.vn) - Ngày 15/1, ...")
                out[-1] = Sentence(line[prev.start - offset : found + len(sent)], prev.start, offset + found + len(sent), n)
            else:
                out.append(Sentence(sent, offset + found, offset + found + len(sent), n))
            pos = found + len(sent)
        offset += len(line) + 1
    return out
