"""Build speed at national size (issue 15): this site's production build against plain Pelican.

    .venv/bin/python bench/scale_bench.py                    # about 1,000, 3,000 and 10,000 pages
    .venv/bin/python bench/scale_bench.py --sizes 1000 --runs 1
    make bench-scale SIZES=1000

For each size it generates a synthetic site in a copy of the project (posts in Finnish and
Swedish from bench/gen_content.py, support locations and members cloned from the real records,
events too when the project has an events plugin and sample events), then measures in the same
run, on the same posts:
- this site's production build (`python -m sitebuild build --settings publishconf.py`) and plain
  Pelican 4.12 with its default theme (bench/pelican/pelicanconf.py) on the same post files;
- the preview after editing one post: how soon the open browser shows it (`make serve`, Chromium)
  and the full rebuild behind it (sitebuild.cli.build(..., warm=...), the path
  `make serve` takes, with the content cache), and Pelican's cached rebuild for the ratio;
- the search index, when the build makes one (a Pagefind bundle in the output), and the same
  indexer on the plain Pelican output.
It writes bench/RESULTS.md (or --results). Numbers are medians of --runs; wall time, so run it on
a quiet machine. The benchmark is not a test: nothing here fails on a slow build.
"""

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from gen_content import Post  # noqa: E402

from tests.sites import clone_records, copy_project  # noqa: E402

BUILD_DATE = "2026-12-01"


@dataclass(frozen=True)
class Size:
    """What a size generates; `pages` is the rough total of pages it writes (both languages)."""

    pages: int
    posts_per_lang: int
    locations: int
    members: int
    events_per_lang: int


# Each post and each location has a page per language; members have a page each on the network
# pages; listing pages (news pages, tags, municipalities) come on top. The largest size carries
# the directory of 2,000 locations and 1,000 members.
SIZES = {
    1000: Size(1000, 300, 100, 60, 20),
    3000: Size(3000, 1000, 300, 150, 50),
    10000: Size(10000, 2500, 2000, 1000, 100),
}


def machine() -> str:
    """One line naming the machine, Python and date, printed under every table."""
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.M)
        model = found.group(1).strip() if found else model
    return (
        f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )


# -- generating a site -------------------------------------------------------------------


def write_posts(posts_dir: Path, count: int) -> list[Path]:
    """`count` posts per language: post i in Finnish and its Swedish translation (same body)."""
    posts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(count):
        post = Post(42, number)
        for lang, category, suffix in (("fi", ("Uutiset", "Blogi"), ""), ("sv", ("Nyheter", "Blogg"), "-sv")):
            path = posts_dir / f"{post.date:%Y-%m-%d}-{post.slug}{suffix}.md"
            path.write_text(
                f"Title: {post.title}{' (sv)' if suffix else ''}\n"
                f"Date: {post.date:%Y-%m-%d %H:%M}\n"
                f"Lang: {lang}\n"
                f"Author: {('Joel Aaltonen', 'Tanna Rantanen')[number % 2]}\n"
                f"Category: {category[number % 2]}\n"
                f"Slug: {post.slug}{suffix}\n"
                f"Translation_key: bench-{number}\n"
                f"Summary: {post.summary}\n\n{post.body}",
                encoding="utf-8",
            )
            written.append(path)
    return written


def clone_events(events_dir: Path, count: int) -> int:
    """Clone the project's sample events (content/events) to `count` per language; 0 without any."""
    originals = sorted(events_dir.glob("*.md"))
    if not originals:
        return 0
    made = 0
    for number in range(count * 2 - len(originals)):
        source = originals[number % len(originals)]
        text = source.read_text(encoding="utf-8")
        for key in ("Slug", "Translation_key"):
            text = re.sub(rf"^({key}: .*)$", rf"\1-b{number // len(originals)}", text, count=1, flags=re.M)
        text = re.sub(r"^(Title: .*)$", rf"\1 {number}", text, count=1, flags=re.M)
        (events_dir / f"{source.stem}-b{number}.md").write_text(text, encoding="utf-8")
        made += 1
    return made + len(originals)


def generate(target: Path, size: Size) -> tuple[Path, list[Path], dict[str, int]]:
    """A project copy with the size's content; returns it, the post files and the record counts."""
    project = copy_project(target)
    posts = write_posts(project / "content" / "posts" / "bench", size.posts_per_lang)
    clone_records(project / "data" / "locations", size.locations)
    clone_records(project / "data" / "members", size.members)
    counts = {
        "posts": len(list((project / "content" / "posts").rglob("*.md"))),
        "locations": len(list((project / "data" / "locations").glob("*.yaml"))),
        "members": len(list((project / "data" / "members").glob("*.yaml"))),
        "events": 0,
    }
    # Events are generated only when the project has them (the events plugin and sample events).
    if (ROOT / "plugins" / "events").is_dir():
        counts["events"] = clone_events(project / "content" / "events", size.events_per_lang)
    return project, posts, counts


# -- measuring ----------------------------------------------------------------------------


def timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak memory (MB, the largest process of the tree) of one command."""
    start = time.perf_counter()
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *command],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return wall, int(result.stderr.strip().splitlines()[-1]) / 1024


def pages_written(output: Path) -> int:
    """HTML pages and feeds in an output folder (what a visitor or feed reader can fetch)."""
    return sum(1 for path in output.rglob("*") if path.suffix in {".html", ".atom", ".rss", ".xml"})


SITE_ENV = {"SITE_BUILD_DATE": BUILD_DATE, "SITEURL": "https://bench.example.fi", "PYTHONHASHSEED": "0"}


def site_build(project: Path) -> tuple[float, float]:
    """This site's production build (content checks, both languages, every plugin, safe swap)."""
    output = project / "output"
    shutil.rmtree(output, ignore_errors=True)
    command = [sys.executable, "-m", "sitebuild", "build", "--settings", str(project / "publishconf.py")]
    return timed([*command, "--output", str(output)], ROOT, SITE_ENV)


def pelican_build(posts: Path, output: Path, cache: Path | None = None) -> tuple[float, float]:
    """Plain Pelican 4.12 with its default theme on the same post files (cache: its content cache on)."""
    conf = BENCH / "pelican" / ("pelicanconf_cache.py" if cache else "pelicanconf.py")
    command = [sys.executable, "-m", "pelican", str(posts), "-o", str(output), "-s", str(conf)]
    return timed(command, posts.parent, {"BENCH_PELICAN_CACHE": str(cache)} if cache else {})


PREVIEW = """
import sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from sitebuild.cli import build
from sitebuild.warm_build import WarmSlot
settings, output, post = Path({settings!r}), Path({output!r}), Path({post!r})
warm = WarmSlot()
build(settings, output, warm=warm)  # the first build `make serve` makes: fills the caches
text = post.read_text(encoding="utf-8")
post.write_text(text + "\\nMuokattu.\\n", encoding="utf-8")  # a writer saves one post
start = time.perf_counter()
code = build(settings, output, warm=warm)
print("REBUILD", time.perf_counter() - start, code)
"""


def preview_rebuild(project: Path, post: Path) -> float:
    """Seconds of the preview's full rebuild after one post is saved (content cache warm): when
    lists, feeds and indexes are up to date again (the saved post itself shows before, preview_shown)."""
    shutil.rmtree(project / ".cache", ignore_errors=True)
    script = PREVIEW.format(
        root=str(ROOT), settings=str(project / "pelicanconf.py"), output=str(project / "preview"), post=str(post)
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=project, env={**os.environ, **SITE_ENV}, capture_output=True, text=True
    )
    found = re.search(r"^REBUILD (\S+) 0$", result.stdout, re.M)
    if not found:
        sys.exit(f"preview rebuild failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return float(found.group(1))


def pelican_rebuild(posts: Path, work: Path, post: Path) -> float:
    """Plain Pelican's cached rebuild after one post is edited."""
    cache, output = work / "pelican-cache", work / "pelican-cache-out"
    pelican_build(posts, output, cache)
    post.write_text(post.read_text(encoding="utf-8") + "\nMuokattu.\n", encoding="utf-8")
    return pelican_build(posts, output, cache)[0]


def pagefind_command() -> list[str] | None:
    """The search indexer the project uses, when it has one."""
    local = ROOT / "node_modules" / ".bin" / "pagefind"
    if local.exists():
        return [str(local)]
    probe = subprocess.run([sys.executable, "-c", "import pagefind_bin"], capture_output=True)
    return [sys.executable, "-m", "pagefind_bin"] if probe.returncode == 0 else None


def has_search_index(site: Path) -> bool:
    """True when the build wrote a Pagefind bundle (pagefind-entry.json, in whatever folder)."""
    return any(site.rglob("pagefind-entry.json"))


def search_index(site: Path) -> tuple[float, float]:
    """Seconds and peak memory (MB) to index one built site with the project's search indexer
    (into a scratch folder, so the build's own bundle is left as it is)."""
    command = pagefind_command()
    assert command
    bundle = site.parent / f"{site.name}-search-bench"
    shutil.rmtree(bundle, ignore_errors=True)
    measured = timed([*command, "--site", str(site), "--output-path", str(bundle)], site)
    shutil.rmtree(bundle, ignore_errors=True)
    return measured


# -- the report ---------------------------------------------------------------------------


def ratio(ours: float, theirs: float) -> str:
    """ours / theirs, written as a multiplier."""
    return f"×{ours / theirs:.2f}" if theirs else "–"


def preview_shown(project: Path, post: Path, saves: int = 3) -> float:
    """Median seconds from saving one post to the open browser showing it (make serve, Chromium)."""
    from site_bench import preview_latency

    shutil.rmtree(project / ".cache", ignore_errors=True)
    slug = re.search(r"^Slug: (.+)$", post.read_text(encoding="utf-8"), re.M)
    assert slug, post
    address = f"/uutiset/{slug.group(1)}/"
    return statistics.median(preview_latency(project, saves, str(post.relative_to(project)), address))


def measure(size: Size, runs: int, scratch: Path) -> dict[str, object]:
    """Every figure for one size."""
    work = scratch / f"n{size.pages}"
    project, posts, counts = generate(work / "site", size)
    # Plain Pelican gets exactly the generated posts (both languages), in a folder of their own.
    plain_posts = work / "plain" / "content"
    shutil.copytree(project / "content" / "posts" / "bench", plain_posts)
    ours = [site_build(project) for _ in range(runs)]
    theirs = [pelican_build(plain_posts, work / "plain" / "output") for _ in range(runs)]
    figures: dict[str, object] = {
        "size": size,
        "counts": counts,
        "ours_pages": pages_written(project / "output"),
        "theirs_pages": pages_written(work / "plain" / "output"),
        "ours_wall": statistics.median(w for w, _ in ours),
        "theirs_wall": statistics.median(w for w, _ in theirs),
        "ours_mb": max(m for _, m in ours),
        "theirs_mb": max(m for _, m in theirs),
        "ours_shown": preview_shown(project, posts[len(posts) // 2]),
        "ours_rebuild": preview_rebuild(project, posts[len(posts) // 2]),
        "theirs_rebuild": pelican_rebuild(plain_posts, work / "plain", plain_posts / posts[len(posts) // 2].name),
        "search": None,
    }
    # The search step is measured when the build has one (the production build's time includes it).
    if has_search_index(project / "output") and pagefind_command():
        figures["search"] = (search_index(project / "output"), search_index(work / "plain" / "output"))
    shutil.rmtree(work, ignore_errors=True)
    return figures


def report(rows: list[dict[str, object]], runs: int, where: str) -> str:
    """bench/RESULTS.md: one table of builds and one of the preview and search index."""
    lines = [
        "# Build speed at national size (issue 15)",
        "",
        "Written by `make bench-scale` (bench/scale_bench.py). Each row: this site's production build",
        "against plain Pelican 4.12 with its default theme on the same generated posts (Finnish and",
        "Swedish), in the same run; ratios are this site / plain Pelican (pages/s: higher is better).",
        f"Medians of {runs} run(s). Measured on: {where}.",
        "",
        "| size | posts / locations / members / events | pages written (ours / Pelican) | full build s (ours / Pelican, ratio) "
        "| pages/s (ours / Pelican, ratio) | peak memory MB (ours / Pelican) | machine, date |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        size, counts = row["size"], row["counts"]
        assert isinstance(size, Size) and isinstance(counts, dict)
        ours_rate = float(row["ours_pages"]) / float(row["ours_wall"])  # type: ignore[arg-type]
        theirs_rate = float(row["theirs_pages"]) / float(row["theirs_wall"])  # type: ignore[arg-type]
        lines.append(
            f"| ~{size.pages:,} | {counts['posts']} / {counts['locations']} / {counts['members']} / {counts['events']} "
            f"| {row['ours_pages']} / {row['theirs_pages']} "
            f"| {row['ours_wall']:.1f} / {row['theirs_wall']:.1f} ({ratio(row['ours_wall'], row['theirs_wall'])}) "  # type: ignore[arg-type]
            f"| {ours_rate:.0f} / {theirs_rate:.0f} ({ratio(ours_rate, theirs_rate)}) "
            f"| {row['ours_mb']:.0f} / {row['theirs_mb']:.0f} | {where} |"
        )
    lines += [
        "",
        "| size | preview: saved post shown in the browser s (ours) "
        "| preview: full rebuild behind it s (ours / Pelican cached, ratio) "
        "| search index s (ours / same indexer on Pelican's output, ratio), Pagefind's peak on all of ours at once "
        "| machine, date |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        size = row["size"]
        assert isinstance(size, Size)
        search = row["search"]
        search_text = (
            f"{search[0][0]:.1f} / {search[1][0]:.1f} ({ratio(search[0][0], search[1][0])}), "  # type: ignore[index]
            f"{search[0][1]:.0f} MB"  # type: ignore[index]
            if search
            else "no search step in this build"
        )
        lines.append(
            f"| ~{size.pages:,} | {row['ours_shown']:.2f} | {row['ours_rebuild']:.2f} / {row['theirs_rebuild']:.2f} "
            f"({ratio(row['ours_rebuild'], row['theirs_rebuild'])}) | {search_text} | {where} |"  # type: ignore[arg-type]
        )
    lines += [
        "",
        "Pages written: .html, .atom, .rss and .xml files in the output. Peak memory: the largest",
        "process of the build (`/usr/bin/time -f %M`); in ours that can be Pagefind. Pagefind 1.5 holds every",
        "page it indexes in memory (second table: one Pagefind on the whole output, as on Pelican's), so the",
        "build indexes each language in bundles of at most SEARCH_PAGES_PER_BUNDLE pages, one after the",
        "other (plugins/search/index.py). Full build: from starting the command",
        "to the finished site (ours includes the content and data checks, images and the safe swap).",
        "Saved post shown: `make serve` on the generated site, Chromium on the post's page, the post's",
        "title changed on disk, until the page shows it (median of 3 saves). The full rebuild behind",
        "it (lists, feeds, A-Ö) runs in the background; Pelican's cached rebuild is its nearest match.",
        "Targets (issue 15): more pages/s than plain Pelican at ~3,000 and ~10,000 pages (aim ×2),",
        "peak memory under 1 GB, a saved post in the preview within 2 s at 3,000 posts.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    """Measure the chosen sizes and write the results file."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,3000,10000", help=f"comma-separated, of {sorted(SIZES)}")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--results", type=Path, default=BENCH / "RESULTS.md")
    args = parser.parse_args()
    sizes = [SIZES[int(value)] for value in args.sizes.replace(" ", ",").split(",") if value]
    rows = []
    with tempfile.TemporaryDirectory(
        # Outputs on tmpfs, as the anchors measure them: disk writes vary a lot on this VM.
        prefix="scale-bench-",
        dir="/dev/shm" if Path("/dev/shm").is_dir() else None,  # noqa: S108
    ) as scratch:
        for size in sizes:
            print(f"~{size.pages} pages...", flush=True)
            rows.append(measure(size, args.runs, Path(scratch)))
    text = report(rows, args.runs, machine())
    args.results.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
