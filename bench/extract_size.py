"""Extraction time against article size: does it grow in proportion to the text, or faster?

usage: python bench/extract_size.py [--max-size 5MB] [--timeout 60] [--shapes repro,corpus,...]
                                    [--sizes 10KB,50KB,...]

Each measure is one call of apps.ingest.pipeline.extract_from_text (the pure entry point: normalize, clean,
then every extractor; no reading, no database) on a synthetic article of about the size
given, in a child process killed after --timeout seconds, so that quadratic code cannot hang
the benchmark; once a shape runs out of time, its larger sizes are not tried. Shapes:

- repro: an activity's headline, then "ngày 8/4 " repeated as one paragraph (the article
  that stalled ingest for hours);
- corpus: a real article of ../shared/corpus/dev (read through apps.ingest.read.read_file),
  repeated to the size, paragraphs and all;
- paragraphs: many short paragraphs of ordinary Vietnamese prose with a few dates;
- giant: one paragraph of the same prose without a single date or line break;
- officials: many distinct officials, each asking and called "ông" by the given name after
  (the per-name look-ups of the people and requests extractors);
- wrapped: the prose hard-wrapped at 70 characters (clean.py joins it back).

Prints, per shape and size, the seconds taken and the milliseconds per KB (UTF-8 bytes of
the text). Flat ms/KB: linear; ms/KB that doubles as the size doubles: quadratic.
"""

import argparse
import multiprocessing as mp
import re
import sys
import time
from pathlib import Path

import _setup  # noqa: F401  (Django configured)

from apps.ingest.pipeline import extract_from_text
from apps.ingest.read import iter_paths, read_file

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
HEADLINE = "Đoàn công tác của Bộ Ngoại giao làm việc với tỉnh Điện Biên\n"
PROSE = (
    "Chủ tịch UBND tỉnh đã tiếp đoàn công tác của tỉnh Savannakhet, Lào, và trao đổi về hợp tác "
    "thương mại, giáo dục và quản lý biên giới; hai bên thống nhất tăng cường giao lưu nhân dân. "
)
SIZES = "10KB,50KB,100KB,200KB,400KB,1MB,2MB,5MB"


def size(text):
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(KB|MB|B)?", text.strip(), re.IGNORECASE)
    if not match:
        raise argparse.ArgumentTypeError(f"a size such as 400KB or 2MB, not {text!r}")
    unit = {"kb": 1024, "mb": 1024 * 1024, "b": 1, None: 1}[(match[2] or "").lower() or None]
    return int(float(match[1]) * unit)


def repeat_to(unit, nbytes, head=""):
    """``head`` then ``unit`` repeated until the text holds about ``nbytes`` UTF-8 bytes."""
    times = max(1, (nbytes - len(head.encode())) // len(unit.encode()))
    return head + unit * times


def numbered_to(paragraphs, nbytes, head=""):
    """``head`` then copies of ``paragraphs`` (a list of lines), each line ending with the copy's
    number, until about ``nbytes``: no two lines alike, so clean.py's removal of repeated
    template lines cannot shrink the article (a plain repetition is read once)."""
    out, total, i = [head] if head else [], len(head.encode()), 0
    while total < nbytes:
        for line in paragraphs:
            piece = f"{line} ({i})\n" if line.strip() else "\n"
            out.append(piece)
            total += len(piece.encode())
        i += 1
    return "".join(out)


def corpus_article():
    """The dev corpus's longest article (falls back on the seeds, then data/sample)."""
    for folder in (DEV, ROOT.parent / "shared" / "seeds", ROOT / "data" / "sample"):
        paths = [p for p in iter_paths([folder]) if p.is_file()] if folder.is_dir() else []
        if paths:
            return read_file(max(paths, key=lambda p: p.stat().st_size)).text
    raise SystemExit("no article found for the corpus shape")


def shapes():
    article = corpus_article()
    return {
        "repro": lambda n: repeat_to("ngày 8/4 ", n, HEADLINE),
        "corpus": lambda n: numbered_to(article.rstrip("\n").split("\n") + [""], n),
        "paragraphs": lambda n: numbered_to([PROSE + "Ngày 12/5/2023, hai đoàn gặp nhau.", ""], n, HEADLINE),
        "giant": lambda n: repeat_to(PROSE, n, HEADLINE),
        "officials": officials_to,
        "wrapped": lambda n: wrapped_to(n),
    }


SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MIDDLES = "Văn Thị Minh Quốc Hữu Đức Thanh Ngọc Xuân Công".split()
GIVENS = "Hải Hùng Việt Nam Tuấn Hà Thu Lan Bình Dũng Sơn Long Phong Quang Khoa Trung Hiếu Nghĩa Tâm Vinh".split()


def officials_to(nbytes):
    """Paragraphs of distinct officials, each asking, called "ông" with the given name after
    (the people and requests extractors' per-name look-ups, once a search of the whole text each)."""
    head = "Chủ tịch UBND tỉnh Quảng Nam tiếp Đoàn tỉnh Gyeonggi\n\n12/03/2024 09:15\n\n"
    out, total, i = [head], len(head.encode()), 0
    while total < nbytes:
        s, m, g = SURNAMES[i % 16], MIDDLES[i // 16 % 10], GIVENS[i // 160 % 20]
        piece = (
            f"Ông {s} {m} {g}, Phó Giám đốc Sở Ngoại vụ tỉnh Quảng Nam đề nghị tỉnh Gyeonggi hỗ trợ đào tạo nhân lực; "
            f"ông {GIVENS[(i + 7) % 20]} đồng thời đề xuất Bộ Ngoại giao quan tâm.\n\n"
        )
        out.append(piece)
        total += len(piece.encode())
        i += 1
    return "".join(out)


def wrapped_to(nbytes):
    """The prose, with a date, in paragraphs hard-wrapped at 70 characters."""
    text = numbered_to([PROSE + "Ngày 12/5/2023, hai đoàn gặp nhau.", ""], nbytes, HEADLINE)
    lines = []
    for para in text.split("\n"):
        while len(para) > 70:
            cut = para.rfind(" ", 0, 70)
            lines.append(para[:cut])
            para = para[cut + 1 :]
        lines.append(para)
    return "\n".join(lines)


def _run(text, out):
    began = time.perf_counter()
    extract_from_text(text, "bench.txt")
    out.send(time.perf_counter() - began)


def timed(text, timeout):
    """Seconds extract_from_text took on ``text`` in a child process, or None past ``timeout``."""
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_run, args=(text, send))
    child.start()
    send.close()
    try:
        if receive.poll(timeout):
            return receive.recv()
        return None
    except EOFError:  # the child died (memory?) without an answer
        raise SystemExit(f"extraction crashed (exit code {child.exitcode})") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=SIZES, help=f"comma-separated sizes (default {SIZES})")
    parser.add_argument("--max-size", type=size, default=size("5MB"), help="skip sizes above this (default 5MB)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per measure before giving up (default 60)")
    parser.add_argument(
        "--shapes", default="repro,corpus,paragraphs,giant,officials,wrapped", help="comma-separated shapes"
    )
    args = parser.parse_args()

    sizes = [n for n in map(size, args.sizes.split(",")) if n <= args.max_size]
    makers = shapes()
    chosen = [s.strip() for s in args.shapes.split(",")]
    unknown = set(chosen) - makers.keys()
    if unknown:
        parser.error(f"unknown shapes: {', '.join(sorted(unknown))} (known: {', '.join(makers)})")

    # Load the extractors' tables once, here: each child inherits them, and times extraction only.
    extract_from_text(corpus_article(), "warm-up.txt")
    print(f"{'shape':<11} {'size':>9} {'seconds':>9} {'ms/KB':>8}")
    for shape in chosen:
        for nbytes in sizes:
            text = makers[shape](nbytes)
            kb = len(text.encode()) / 1024
            seconds = timed(text, args.timeout)
            label = f"{nbytes / 1024**2:g} MB" if nbytes >= 1024**2 else f"{nbytes / 1024:g} KB"  # as asked
            if seconds is None:
                print(f"{shape:<11} {label:>9} {'> ' + format(args.timeout, 'g'):>9} {'':>8}  timed out; larger sizes skipped")
                break
            print(f"{shape:<11} {label:>9} {seconds:>9.3f} {seconds * 1000 / kb:>8.2f}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
