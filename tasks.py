"""Invoke tasks: the one place where building, serving, testing and publishing are defined.

The Makefile only creates .venv and calls these, so people and CI run the same commands.
"""

import hashlib
import os
import shutil
import sys
from pathlib import Path

from invoke import Context, task

ROOT = Path(__file__).resolve().parent
# A sister region's folder (SITE_REGION=examples/sample-region) builds into its own output/;
# made absolute here so pelicanconf.py finds it whatever folder Pelican runs in.
REGION_DIR = (ROOT / os.environ["SITE_REGION"]).resolve() if os.environ.get("SITE_REGION") else ROOT
if os.environ.get("SITE_REGION"):
    os.environ["SITE_REGION"] = str(REGION_DIR)
OUTPUT = REGION_DIR / "output"
# The preview's own folder: `make build` and `make test` never touch what `make serve` shows.
PREVIEW = REGION_DIR / ".preview"
DEV_SETTINGS = ROOT / "pelicanconf.py"
PROD_SETTINGS = ROOT / "publishconf.py"
PY = sys.executable
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@task
def check(c: Context) -> None:
    """Validate content and data without building."""
    c.run(f"{PY} -m sitebuild check --settings {PROD_SETTINGS}", pty=False)


def _new(c: Context, kind: str, title: str, lang: str, author: str) -> None:
    """Create a new content file (sitebuild/new_content.py); pty so the author prompt works."""
    import shlex

    command = [
        PY,
        "-m",
        "sitebuild",
        "new",
        kind,
        "--settings",
        str(DEV_SETTINGS),
        "--title",
        title,
        "--lang",
        lang or "fi",
    ]
    if author:
        command += ["--author", author]
    result = c.run(shlex.join(command), pty=sys.stdin.isatty(), warn=True)
    if result is None or result.exited:
        sys.exit(1)


@task(help={"title": "the title, in quotes", "lang": "fi (default) or sv", "author": "Etunimi Sukunimi"})
def new_post(c: Context, title: str = "", lang: str = "fi", author: str = "") -> None:
    """Create a draft post in content/posts/ (make new-post TITLE="...")."""
    _new(c, "post", title, lang, author)


@task(help={"title": "the title, in quotes", "lang": "fi (default) or sv"})
def new_page(c: Context, title: str = "", lang: str = "fi", author: str = "") -> None:
    """Create a draft page in content/pages/ (make new-page TITLE="...")."""
    _new(c, "page", title, lang, author)


@task(help={"title": "the title, in quotes", "lang": "fi (default) or sv", "author": "Etunimi Sukunimi"})
def new_event(c: Context, title: str = "", lang: str = "fi", author: str = "") -> None:
    """Create a draft event in content/events/ (make new-event TITLE="...")."""
    _new(c, "event", title, lang, author)


@task
def build(c: Context) -> None:
    """Production build into output/ (SITEURL from the environment); output/ is kept if it fails."""
    c.run(f"{PY} -m sitebuild build --settings {PROD_SETTINGS} --output {OUTPUT}")


@task
def serve(c: Context, port: int = 8000) -> None:
    """Build with development settings into .preview/ and serve it at http://127.0.0.1:8000, rebuilding on save."""
    from sitebuild.preview import serve as serve_preview

    serve_preview(DEV_SETTINGS, PREVIEW, port)


def ensure_chromium(c: Context) -> None:
    """Install Debian's chromium when it is missing and we are root; otherwise say what to run."""
    if Path(CHROMIUM).exists():
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing Debian's chromium for the browser tests...")
        c.run("apt-get update -qq", env={"DEBIAN_FRONTEND": "noninteractive"})
        c.run(
            "apt-get install -y -qq --no-install-recommends chromium fonts-liberation",
            env={"DEBIAN_FRONTEND": "noninteractive"},
        )
        return
    sys.exit(
        "The browser tests need Chromium. Install it as root with:\n"
        "  sudo apt-get install --no-install-recommends chromium fonts-liberation\n"
        "(never `playwright install`), then run `make test` again."
    )


def ensure_java(c: Context) -> None:
    """The HTML checker (vnu) runs on Java 11+; install a headless JRE as root when it is missing."""
    if shutil.which("java"):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing a Java runtime for the HTML checker...")
        c.run("apt-get update -qq", env={"DEBIAN_FRONTEND": "noninteractive"})
        c.run(
            "apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless",
            env={"DEBIAN_FRONTEND": "noninteractive"},
        )
        return
    sys.exit("The HTML checker needs Java 11 or newer: sudo apt-get install openjdk-17-jre-headless")


def _npm_fingerprint() -> str:
    return hashlib.sha256(
        b"".join((ROOT / name).read_bytes() for name in ("package.json", "package-lock.json"))
    ).hexdigest()


def ensure_node_packages(c: Context) -> None:
    """Install the pinned npm tools (axe-core, vnu-jar, lighthouse) when node_modules is missing or stale."""
    stamp = ROOT / "node_modules" / ".uudi-installed"
    if stamp.exists() and stamp.read_text() == _npm_fingerprint():
        return
    if not shutil.which("npm"):
        sys.exit("The quality checks need Node.js 20 and npm: sudo apt-get install nodejs npm")
    # `npm install`, not `npm ci`: lighthouse's lock entry for third-party-web goes stale (see README).
    c.run("npm install --no-audit --no-fund", pty=False)
    stamp.write_text(_npm_fingerprint())


@task
def test(c: Context) -> None:
    """Run every test: unit, build, browser and quality gates (axe, keyboard, vnu, links, budgets)."""
    ensure_chromium(c)
    ensure_java(c)
    ensure_node_packages(c)
    c.run(f"{PY} -m pytest", pty=False)


@task
def audit(c: Context) -> None:
    """Lighthouse on the pages marked `audit = true` in tests/quality/page_types.toml; reports in reports/lighthouse/."""
    from sitebuild.quality.config import load_budgets, load_page_types
    from sitebuild.quality.lighthouse import below_thresholds, run_lighthouse
    from sitebuild.quality.serve import free_port, serve
    from sitebuild.safe_build import safe_build

    ensure_chromium(c)
    ensure_node_packages(c)
    reports = ROOT / "reports" / "lighthouse"
    shutil.rmtree(reports, ignore_errors=True)
    reports.mkdir(parents=True)
    site = ROOT / "reports" / "audit-site"
    port = free_port()
    # Built for the address it is served at, as in production: hreflang links must be absolute.
    os.environ["SITEURL"] = f"http://127.0.0.1:{port}"
    safe_build(PROD_SETTINGS, site)
    thresholds = load_budgets()["lighthouse"]
    failures: list[str] = []
    with serve(site, port) as base:
        for page in [p for p in load_page_types() if p.audit]:
            name = page.id.split(":")[0]
            scores = run_lighthouse(base + page.path, reports / name)
            print(f"{page.path:45} " + "  ".join(f"{k} {v}" for k, v in scores.items()))
            failures += [f"{page.path}: {problem}" for problem in below_thresholds(scores, thresholds)]
    print(f"Reports: {reports}/")
    if failures:
        sys.exit("Lighthouse scores below the thresholds in tests/quality/budgets.toml:\n  " + "\n  ".join(failures))


@task
def bench(c: Context, posts: int = 500, runs: int = 3, saves: int = 5) -> None:
    """Measure the production build (time, memory) and the live preview's save-to-refresh time."""
    ensure_chromium(c)
    c.run(f"{PY} bench/site_bench.py --posts {posts} --runs {runs} --saves {saves}")


@task(help={"sizes": "comma-separated: 1000, 3000, 10000", "runs": "runs per build (median)"})
def bench_scale(c: Context, sizes: str = "1000,3000,10000", runs: int = 1) -> None:
    """Build speed at national size against plain Pelican, written to bench/RESULTS.md (issue 15)."""
    c.run(f"{PY} bench/scale_bench.py --sizes {sizes} --runs {runs}")


@task
def lint(c: Context) -> None:
    """Format and lint (ruff), type-check (mypy) the code and lint the stylesheets (stylelint); `make test` checks all of them."""
    c.run(f"{PY} -m ruff format .")
    c.run(f"{PY} -m ruff check .")
    c.run(f"{PY} -m mypy")
    ensure_node_packages(c)
    c.run(f'{ROOT / "node_modules" / ".bin" / "stylelint"} "theme/static/css/**/*.css"')


@task
def clean(c: Context) -> None:
    """Remove the built site and caches."""
    for path in (OUTPUT, ROOT / "output.new", ROOT / "output.old", PREVIEW, ROOT / ".preview.new", ROOT / ".cache"):
        shutil.rmtree(path, ignore_errors=True)


@task
def publish(c: Context) -> None:
    """Build, then rsync output/ to $PUBLISH_TARGET (e.g. user@host:/var/www/uudi/)."""
    target = os.environ.get("PUBLISH_TARGET")
    if not target:
        sys.exit("Set PUBLISH_TARGET, e.g. PUBLISH_TARGET=user@host:/var/www/uudi/ make publish")
    build(c)
    c.run(f"rsync -rlvz --checksum --delete {OUTPUT}/ {target}")


@task
def translations(c: Context) -> None:
    """Extract interface strings from the templates and update the fi/sv catalogs."""
    pot = ROOT / ".cache" / "messages.pot"
    pot.parent.mkdir(exist_ok=True)
    c.run(f"{PY} -m babel.messages.frontend extract -F babel.cfg -o {pot} --omit-header --no-location --sort-output .")
    c.run(
        f"{PY} -m babel.messages.frontend update -i {pot} -d theme/translations --no-fuzzy-matching --width 100 --ignore-pot-creation-date"
    )
