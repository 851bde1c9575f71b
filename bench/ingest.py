"""Ingest throughput on 500+ articles, against the cost of underthesea's ner() on every
sentence of the same articles; into an empty database and into one holding 100,000
activities; with --workers 1 and --workers 2.

usage: python bench/ingest.py [--engine sqlite|postgresql] [--articles 500] [--full 100000]

The corpus: the real articles of data/sample/ and ../shared (seeds, corpus/dev) and variants
of them (a real article with a different closing line: a new content hash, so it goes
through every stage and is merged into its activity), written to a temporary folder.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def build_corpus(folder, count):
    sources = sorted((ROOT / "data" / "sample").glob("*.txt"))
    shared = ROOT.parent / "shared"
    sources += sorted((shared / "corpus" / "dev").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    for i in range(count):
        text = texts[i % len(texts)]
        if i >= len(texts):
            text = f"{text}\n\nBài tổng hợp số {i}."
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return count


def database(engine, name):
    if engine == "sqlite":
        path = Path(tempfile.gettempdir()) / f"doingoai-bench-{name}.sqlite3"
        path.unlink(missing_ok=True)
        return f"sqlite:///{path}"
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS bench_{name}")
        conn.execute(f"CREATE DATABASE bench_{name}")
    return f"postgres://postgres@127.0.0.1:5432/bench_{name}"


def manage(url, *args):
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_DEBUG": "false", "DJANGO_SECRET_KEY": "bench"}
    out = subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        raise SystemExit(out.stderr)
    return out.stdout


def ingest_rate(url, folder, workers):
    out = manage(url, "ingest", "--workers", str(workers), str(folder))
    m = re.search(r"— ([\d.]+) s, ([\d.]+) articles/s", out)
    return float(m.group(1)), float(m.group(2)), out.strip().splitlines()[0]


def ner_cost(folder):
    sys.path.insert(0, str(ROOT))
    from underthesea import ner, sent_tokenize

    files = sorted(folder.glob("*.txt"))
    began = time.perf_counter()
    sentences = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            for sentence in sent_tokenize(line) if line.strip() else []:
                ner(sentence)
                sentences += 1
    elapsed = time.perf_counter() - began
    return elapsed, len(files) / elapsed, sentences


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", choices=["sqlite", "postgresql"], default="sqlite")
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--full", type=int, default=100_000, help="activities in the 'full' database (0: skip)")
    ap.add_argument("--skip-ner", action="store_true", help="leave out the ner() baseline (slow)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        n = build_corpus(folder, args.articles)
        print(f"engine: {args.engine}; corpus: {n} articles")
        results = {}
        for workers in (1, 2):
            url = database(args.engine, f"empty{workers}")
            manage(url, "migrate", "--noinput")
            results[workers] = ingest_rate(url, folder, workers)
            print(f"ingest --workers {workers} into an empty database: {results[workers][0]:.1f} s, "
                  f"{results[workers][1]:.1f} articles/s ({results[workers][2]})")
        if args.full:
            full = database(args.engine, "full")
            manage(full, "migrate", "--noinput")
            manage(full, "seed_demo", "--activities", str(args.full))
            secs, rate, summary = ingest_rate(full, folder, 1)
            print(f"ingest --workers 1 into a database of {args.full:,} activities: {secs:.1f} s, {rate:.1f} articles/s")
        if not args.skip_ner:
            ner_secs, ner_rate, sentences = ner_cost(folder)
            print(f"underthesea ner() on every sentence ({sentences:,} sentences): {ner_secs:.1f} s, "
                  f"{ner_rate:.1f} articles/s")
        print()
        if not args.skip_ner:
            print(f"ingest vs ner(): {results[1][1] / ner_rate:.1f}x faster (target >= 5)")
        if args.full:
            print(f"full vs empty database: {results[1][1] / rate:.2f}x slower (target <= 1.2)")
        print(f"--workers 2 vs 1: {results[2][1] / results[1][1]:.2f}x (target >= 1.6)")


if __name__ == "__main__":
    main()
