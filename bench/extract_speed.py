"""Extraction speed on the 77 real articles (seeds + corpus/dev), against underthesea's ner()
on every sentence of the same articles, in the same run.

    .venv/bin/python bench/extract_speed.py [--repeat 3]

Extraction is the pure stage (apps.ingest.pipeline.extract_from_text: normalize, clean, segment, every field);
reading the files (decoding) is done once beforehand and not timed. The best of --repeat
passes is reported, so that a busy machine inflates neither figure.

--heldout N adds one pass, as an ingest run makes it, over the first N of the project's held-out
articles (tests/extract/heldout/, sorted by name, every province and outlet style): each article
once, so nothing compiled for one article is found in a cache by its repeat (0 skips it).
"""

import argparse
import time

from _setup import ROOT  # noqa: F401  (configures Django)

from apps.ingest.pipeline import extract_from_text
from apps.ingest.read import iter_paths, read_file

SHARED = ROOT.parent / "shared"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--heldout", type=int, default=2000)
    args = ap.parse_args()
    paths = list(iter_paths([SHARED / "seeds", SHARED / "corpus" / "dev"]))
    texts = [(p.name, read_file(p).text) for p in paths]
    extract_from_text(texts[0][1], texts[0][0])  # data files and patterns compiled once

    best = None
    for _ in range(args.repeat):
        began = time.perf_counter()
        for name, text in texts:
            extract_from_text(text, name)
        elapsed = time.perf_counter() - began
        best = elapsed if best is None else min(best, elapsed)
    print(f"articles: {len(texts)} ({sum(len(t) for _, t in texts):,} characters)")
    print(f"extract_from_text: {best:.2f} s, {len(texts) / best:.1f} articles/s, {1000 * best / len(texts):.1f} ms an article")

    if args.heldout:
        heldout = [p for p in iter_paths([ROOT / "tests" / "extract" / "heldout"])][: args.heldout]
        articles = [(p.name, read_file(p).text) for p in heldout]
        began = time.perf_counter()
        for name, text in articles:
            extract_from_text(text, name)
        elapsed = time.perf_counter() - began
        print(f"held-out articles, one pass: {len(articles)} ({sum(len(t) for _, t in articles):,} characters) in "
              f"{elapsed:.1f} s, {1000 * elapsed / len(articles):.1f} ms an article")

    from underthesea import ner, sent_tokenize

    sentences = [s for _, text in texts for line in text.split("\n") if line.strip() for s in sent_tokenize(line)]
    began = time.perf_counter()
    for s in sentences:
        ner(s)
    ner_secs = time.perf_counter() - began
    print(f"underthesea ner() on every sentence ({len(sentences):,}): {ner_secs:.2f} s, "
          f"{len(texts) / ner_secs:.1f} articles/s")
    print(f"extraction is {ner_secs / best:.1f}x faster than ner() alone")


if __name__ == "__main__":
    main()
