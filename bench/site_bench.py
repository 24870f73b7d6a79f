"""Measure what people wait for: the production build and the live preview after a save.

    .venv/bin/python bench/site_bench.py                # real site + 500 extra posts a language
    .venv/bin/python bench/site_bench.py --posts 0 --runs 5 --saves 10

Prints one Markdown table; numbers are medians. Run it on a quiet machine: it measures wall time.
Targets (issue 6): the open browser shows a saved post within about 2 s at the site's real size.
"""

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pelicanconf import LANGUAGES  # noqa: E402
from pelicanconf import SEARCH_PAGES_PER_BUNDLE as PAGES_PER_BUNDLE  # noqa: E402
from plugins.search.index import read_index, start_index  # noqa: E402
from plugins.search.plugin import searchable_pages  # noqa: E402
from tests.sites import copy_project  # noqa: E402


def add_posts(project: Path, count: int) -> None:
    """`count` valid posts in Finnish and in Swedish, one a day back from 2026-10-31."""
    posts = project / "content" / "posts"
    for number in range(count):
        day = (date(2026, 10, 31) - timedelta(days=number)).isoformat()
        for lang, category, author, word in (
            ("fi", "Uutiset", "Joel Aaltonen", "Uutinen"),
            ("sv", "Nyheter", "Joel Aaltonen", "Nyhet"),
        ):
            (posts / f"bench-{lang}-{number}.md").write_text(
                f"Title: {word} {number}\nDate: {day}\nLang: {lang}\nAuthor: {author}\nCategory: {category}\n"
                f"Summary: {word} {number} lyhyesti.\nTranslation_key: bench-{lang}-{number}\n\n"
                + "Digituki auttaa verkkopalvelujen käytössä. " * 40
                + "\n",
                encoding="utf-8",
            )


def timed_build(project: Path) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of one `make build` equivalent, in a fresh process tree."""
    shutil.rmtree(project / "output", ignore_errors=True)
    command = [
        "/usr/bin/time",
        "-f",
        "%M",
        sys.executable,
        "-m",
        "sitebuild",
        "build",
        "--settings",
        str(project / "publishconf.py"),
        "--output",
        str(project / "output"),
    ]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    # /usr/bin/time reports the largest process of the tree it waited for: the checker's. Pelican
    # runs in a child, so its peak is read from the child's rusage via the same tool below.
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    return wall, peak_kb / 1024


def pelican_peak_mb(project: Path) -> float:
    """Peak memory of the Pelican process alone (the build's largest)."""
    command = [
        "/usr/bin/time",
        "-f",
        "%M",
        sys.executable,
        "-m",
        "pelican",
        "content",
        "--settings",
        str(project / "publishconf.py"),
        "--output",
        str(project / "output.mem"),
        "--ignore-cache",
    ]
    result = subprocess.run(command, cwd=project, capture_output=True, text=True, check=True)
    shutil.rmtree(project / "output.mem", ignore_errors=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def preview_latency(
    project: Path,
    saves: int,
    post: str = "content/posts/2020-11-digitukea-kehittamassa-yhdessa.md",
    address: str = "/uutiset/digitukea-kehittamassa-yhdessa/",
) -> list[float]:
    """Seconds from saving a post (its title) to the open browser showing the change (make serve, Chromium)."""
    from playwright.sync_api import sync_playwright

    # The copy serves itself with its own tasks.py and sitebuild/ (copy_project brings sitebuild/),
    # so the real output/ is never touched.
    shutil.copy2(ROOT / "tasks.py", project / "tasks.py")
    if not (project / "sitebuild").exists():
        shutil.copytree(ROOT / "sitebuild", project / "sitebuild", ignore=shutil.ignore_patterns("__pycache__"))
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(project)}
    server = subprocess.Popen(
        [sys.executable, "-m", "invoke", "serve", "--port", str(port)],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    post_file = project / post
    original = post_file.read_text(encoding="utf-8")
    timings = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
                args=["--disable-gpu", "--disable-quic"],
            )
            page = browser.new_page()
            url = f"http://127.0.0.1:{port}{address}"
            deadline = time.time() + 900  # the first build of a large site
            while True:
                try:
                    page.goto(url)
                    break
                except Exception:
                    if time.time() > deadline:
                        raise
                    time.sleep(0.5)
            page.wait_for_timeout(1500)  # let livereload's websocket connect
            for number in range(saves):
                marker = f"Mittaus {number}"
                post_file.write_text(
                    re.sub(r"^Title: .*$", f"Title: {marker}", original, count=1, flags=re.M), encoding="utf-8"
                )
                start = time.perf_counter()
                # A function, not an expression: the preview's CSP (as production's) forbids eval.
                page.wait_for_function(
                    "marker => document.querySelector('h1') && document.querySelector('h1').textContent.includes(marker)",
                    arg=marker,
                    timeout=30000,
                )
                timings.append(time.perf_counter() - start)
                page.wait_for_timeout(500)
            browser.close()
    finally:
        post_file.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=10)
    return timings


def search_index_row(output: Path, extra: int) -> tuple[str, str, str, str]:
    """Index the built site once more with Pagefind (each language side by side, as the build does): seconds and size on disk."""
    # Each language's pages and bundles are in its own folder (output/sv/) or, for the main language, the site's root.
    folders = {lang: output / lang if (output / lang).is_dir() else output for lang in LANGUAGES}
    searchable = {lang: [page.path for page in searchable_pages(folder, lang)] for lang, folder in folders.items()}
    start = time.perf_counter()
    indexing = [start_index(output, folders[lang], pages, PAGES_PER_BUNDLE) for lang, pages in searchable.items()]
    assert all([each.finish() for each in indexing])
    seconds = time.perf_counter() - start
    index = read_index(output)
    counts = ", ".join(f"{lang} {count}" for lang, count in sorted(index.pages.items()))
    return (
        f"search index (Pagefind), real site + {extra} posts/language",
        f"{seconds:.2f} s",
        "",
        f"{index.bytes_on_disk / 1024:.0f} KB on disk, pages {counts}",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=500, help="extra posts per language for the scaled build")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--saves", type=int, default=5)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for extra in sorted({0, args.posts}):
            project = copy_project(Path(scratch) / f"site-{extra}")
            add_posts(project, extra)
            builds = [timed_build(project) for _ in range(args.runs)]
            pages = sum(1 for _ in (project / "output").rglob("*.html"))
            rows.append(search_index_row(project / "output", extra))
            rows.append(
                (
                    f"production build, real site + {extra} posts/language",
                    f"{statistics.median(w for w, _ in builds):.2f} s",
                    f"{pelican_peak_mb(project):.0f} MB",
                    f"{pages} HTML pages",
                )
            )
        if args.saves:
            project = copy_project(Path(scratch) / "preview")
            timings = preview_latency(project, args.saves)
            rows.append(
                (
                    "save to refresh in the browser (make serve)",
                    f"{statistics.median(timings):.2f} s",
                    "",
                    f"min {min(timings):.2f} s, max {max(timings):.2f} s, {len(timings)} saves",
                )
            )
    print("| measurement | median | peak memory | notes |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
