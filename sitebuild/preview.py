"""The writer's preview (`make serve`): its own output folder, live reload, and errors in the browser.

While a build has errors, every page of the preview is the error page: the same Finnish list as in
the terminal, each problem linking its section of the writer's guide (served at /_opas/). Saving
the fix rebuilds and the page reloads itself. Unknown addresses get the site's own 404 page.
The live reload client is an external same-origin script (/livereload.js), so the preview keeps
production's Content-Security-Policy (no inline script or style).
"""

import argparse
import multiprocessing
import os
import runpy
import signal
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import markdown
from jinja2 import Environment, FileSystemLoader, select_autoescape
from livereload import Server
from livereload.handlers import ForceReloadHandler, LiveReloadHandler, LiveReloadJSHandler, StaticFileHandler
from livereload.server import LiveScriptInjector
from livereload.watcher import Watcher
from tornado import web
from tornado.ioloop import IOLoop, PeriodicCallback

from plugins.site_data.problems import GUIDE, Problem, count_errors, relative
from plugins.site_data.schema import load_validator

from .cli import build, check
from .warm_build import WarmSlot

FILES = Path(__file__).resolve().parent / "preview_files"
# The preview's own paths: neither is a page of the site (Pelican never writes folders starting with _).
GUIDE_URL = "/_opas/"
FILES_URL = "/_esikatselu/"
WATCHED = ("content", "data", "theme", "plugins", "pelicanconf.py")


@dataclass
class PreviewState:
    """The outcome of the last build: its problems (errors and warnings) and the project folder."""

    root: Path
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """The problems that stopped the build."""
        return sorted(problem for problem in self.problems if not problem.warning)


@cache
def _templates() -> Environment:
    return Environment(loader=FileSystemLoader(FILES), autoescape=select_autoescape(default=True))


def error_page(state: PreviewState) -> str:
    """The page shown for every address while the build has errors."""
    problems = sorted(state.problems, key=lambda problem: (problem.warning, problem))
    entries = [
        {
            "error": not problem.warning,
            "file": relative(problem.path, state.root),
            "line": problem.line,
            "field": problem.field,
            "message": problem.message,
            "guide": f"{GUIDE_URL}#{problem.anchor}",
        }
        for problem in problems
    ]
    template = _templates().get_template("error.html")
    return template.render(heading=count_errors(len(state.errors)), entries=entries, files=FILES_URL, guide=GUIDE_URL)


def guide_page(root: Path) -> str:
    """docs/kirjoittajan-opas.md as a page; every {#code} heading keeps its anchor."""
    text = (root / GUIDE).read_text(encoding="utf-8")
    body = markdown.markdown(text, extensions=["extra", "toc"], output_format="html")
    return _templates().get_template("guide.html").render(body=body, files=FILES_URL)


def _is_page(path: str) -> bool:
    """An address of a page (not of a stylesheet, image or download)."""
    last = path.rsplit("/", 1)[-1]
    return not last or last.endswith(".html") or "." not in last


class PreviewHandler(StaticFileHandler):
    """The built site; the error page while the build has errors; the site's 404 page for unknown addresses."""

    state: PreviewState
    policy: str

    def initialize(self, path: str, default_filename: str | None = None, **options: Any) -> None:  # type: ignore[override]
        """Tornado's static files from path, plus the preview's state."""
        super().initialize(path, default_filename)
        self.state, self.policy = options["state"], options["policy"]
        self.set_default_headers()

    def set_default_headers(self) -> None:
        """Production's Content-Security-Policy on every response."""
        # Tornado calls this before initialize() too, when the policy is not known yet.
        if getattr(self, "policy", ""):
            self.set_header("Content-Security-Policy", self.policy)

    async def get(self, path: str, include_body: bool = True) -> None:
        """Serve path, or the error page when the last build failed and path is a page."""
        if self.state.errors and _is_page(path):
            self._send_page(error_page(self.state), 500)
            return
        await super().get(path, include_body)

    def _send_page(self, html: str, status: int) -> None:
        self.clear()
        self.set_default_headers()
        self.set_status(status)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(html)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """An unknown address: the site's own 404 page, in the language its address starts with."""
        if status_code != 404:
            super().write_error(status_code, **kwargs)
            return
        site = Path(self.root)
        first = self.request.path.strip("/").split("/", 1)[0]
        candidates = [site / first / "404.html"] if first else []
        found = next((page for page in [*candidates, site / "404.html"] if page.is_file()), None)
        if found is None:
            super().write_error(status_code, **kwargs)
            return
        self._send_page(found.read_text(encoding="utf-8"), 404)


class GuideHandler(web.RequestHandler):
    """The writer's guide and the error page's stylesheet."""

    def initialize(self, state: PreviewState, policy: str) -> None:
        """Where the guide is, and the policy to send."""
        self.state, self.policy = state, policy
        self.set_default_headers()

    def set_default_headers(self) -> None:
        """Production's Content-Security-Policy."""
        # Tornado calls this before initialize() too, when the policy is not known yet.
        if getattr(self, "policy", ""):
            self.set_header("Content-Security-Policy", self.policy)

    def get(self) -> None:
        """The guide as a page."""
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(guide_page(self.state.root))


class QuickWatcher(Watcher):  # type: ignore[misc]
    """Looks for saved files every 0.2 s (livereload polls every 0.8 s)."""

    def start(self, callback: Any) -> bool:
        """Poll with a shorter period."""
        PeriodicCallback(callback, 200).start()
        return True


class PreviewServer(Server):  # type: ignore[misc]
    """livereload's server with the preview's handlers and an external (not inline) live reload script."""

    def __init__(self, state: PreviewState, policy: str) -> None:
        super().__init__(watcher=QuickWatcher())
        self.state, self.policy = state, policy

    def application(
        self, port: int, host: str, liveport: int | None = None, debug: bool | None = None, live_css: bool = True
    ) -> None:
        """Listen on host:port: live reload, the guide, the preview's files and the site."""
        LiveReloadHandler.watcher = self.watcher
        LiveReloadHandler.live_css = live_css
        options = {"state": self.state, "policy": self.policy}

        class Injector(LiveScriptInjector):  # type: ignore[misc]
            script = f'<script src="/livereload.js?port={port}"></script>'.encode()

        handlers: list[Any] = [
            (r"/livereload", LiveReloadHandler),
            (r"/forcereload", ForceReloadHandler),
            (r"/livereload.js", LiveReloadJSHandler),
            (GUIDE_URL, GuideHandler, options),
            (FILES_URL + "(.*)", web.StaticFileHandler, {"path": str(FILES)}),
            (r"/(.*)", PreviewHandler, {"path": self.root, "default_filename": "index.html", **options}),
        ]
        web.Application(handlers=handlers, debug=False, transforms=[Injector]).listen(port, address=host)


def production_policy(root: Path) -> str:
    """The Content-Security-Policy of publishconf.py (the preview's settings have none)."""
    settings = runpy.run_path(str(root / "publishconf.py"))
    headers = settings.get("SECURITY_HEADERS", {})
    return str(headers.get("Content-Security-Policy", ""))


def not_a_source(path: str | Path) -> bool:
    """Python's compiled files (written while the preview runs, under temporary names too) are not
    something a writer saved."""
    return "__pycache__" in Path(path).parts


def snapshot(root: Path, watched: Iterable[str]) -> dict[Path, tuple[int, int]]:
    """Modification time and size of every watched file."""
    found: dict[Path, tuple[int, int]] = {}
    for name in watched:
        top = root / name
        for path in [top] if top.is_file() else top.rglob("*"):
            if not_a_source(path):
                continue
            try:
                stat = path.stat()
            except OSError:  # removed while looking
                continue
            if not path.is_dir():
                found[path] = (stat.st_mtime_ns, stat.st_size)
    return found


def _merged(before: list[Problem], now: list[Problem], checked: frozenset[Path]) -> list[Problem]:
    """The problems after checking some files again: theirs from now, the other files' from before."""
    kept = [problem for problem in before if problem.path.resolve() not in checked and problem not in now]
    return kept + now


class PreviewBuilds:
    """The preview's builds. A save of posts or pages shows at once (the warm build re-renders their
    pages, sitebuild/warm_build.py); full rebuilds run one at a time behind it, in a thread, and
    bring lists, feeds, data and templates up to date. Any other save waits for the full rebuild.

    A full rebuild publishes its problems (the error page) only when nothing was saved while it
    ran; pages saved meanwhile are re-rendered into its output once it is in place.
    """

    def __init__(self, settings_file: Path, output: Path, state: PreviewState, watched: tuple[str, ...]) -> None:
        self.settings_file, self.output, self.state, self.watched = settings_file, output, state, watched
        self.root = settings_file.parent
        self.warm = WarmSlot()
        self.files: dict[Path, tuple[int, int]] = {}  # the watched files as the last build saw them
        self._lock = threading.Lock()  # guards the fields below
        self._saves = 0  # saves so far; a full rebuild remembers the count it started at
        self._saved_during: set[Path] = set()
        self._rebuilding = False
        self._reload_after_rebuild = False  # a save the quick path could not show
        self._loop: IOLoop | None = None

    def stop(self) -> None:
        """End the warm build and a rebuild under way in its forked process (Python's exit would
        wait for it: multiprocessing joins even its daemon processes)."""
        with self.warm.lock:
            self.warm.replace(None)
        for child in multiprocessing.active_children():
            child.kill()
            child.join()

    def first_build(self) -> None:
        """The build `make serve` starts with (in the foreground)."""
        self.state.problems = self._full_build()
        self.files = snapshot(self.root, self.watched)

    def _full_build(self) -> list[Problem]:
        # Restart `make serve` after changing Python code; schemas are read again each time.
        load_validator.cache_clear()
        problems: list[Problem] = []
        build(self.settings_file, self.output, warm=self.warm, found=problems)
        return problems

    def saved(self) -> None:
        """livereload's callback when a watched file changed (in the server's thread)."""
        self._loop = IOLoop.current()
        before, self.files = self.files, snapshot(self.root, self.watched)
        changed = {path for path in before.keys() | self.files.keys() if before.get(path) != self.files.get(path)}
        if not changed:
            return
        content = self.root / "content"
        posts = frozenset(path.resolve() for path in changed if path.suffix == ".md" and path.is_relative_to(content))
        quick = len(posts) == len(changed) and all(path in before and path in self.files for path in changed)
        shown = quick and self._show_saved(posts)
        with self._lock:
            self._saves += 1
            if shown:
                self._saved_during |= posts
            else:
                self._reload_after_rebuild = True
            if not self._rebuilding:
                self._rebuilding = True
                threading.Thread(target=self._rebuild_while_saved, daemon=True).start()

    def _show_saved(self, posts: frozenset[Path]) -> bool:
        """Check the saved posts and, when they have no errors, write their pages from the warm
        build; whether the browser can show the save now (their pages or the error page)."""
        found: list[Problem] = []
        errors = check(self.settings_file, found=found, only=posts)
        self.state.problems = _merged(self.state.problems, found, posts)
        if errors:
            return True
        if self.warm.rerender(posts, self.output) is None:
            return False
        print(f"Esikatselussa: {', '.join(str(relative(path, self.root)) for path in sorted(posts))}")
        return True

    def _rebuild_while_saved(self) -> None:
        """Full rebuilds until one ran with no save during it (in the background thread)."""
        while True:
            with self._lock:
                started, self._saved_during = self._saves, set()
            problems = self._full_build()
            with self._lock:
                during = set(self._saved_during)
            if during:  # shown on the old output while this build ran: show them on the new one too
                self.warm.rerender(during, self.output)
                # A browser that reloaded between the swap and this re-render shows the older text.
                if self._loop is not None:
                    self._loop.add_callback(LiveReloadHandler.reload_waiters)
            with self._lock:
                if self._saves != started:
                    continue
                self._rebuilding = False
                reload = self._reload_after_rebuild or problems != self.state.problems
                self._reload_after_rebuild = False
                self.state.problems = problems
            if reload and self._loop is not None:
                self._loop.add_callback(LiveReloadHandler.reload_waiters)
            return


def serve(settings_file: Path, output: Path, port: int = 8000, watched: Iterable[str] = WATCHED) -> None:
    """Build into output, then serve it at http://127.0.0.1:port, rebuilding on every save."""
    import pelican  # noqa: F401 - imported once here, so each forked rebuild starts with it loaded

    root = settings_file.parent
    state = PreviewState(root)
    builds = PreviewBuilds(settings_file, output, state, tuple(watched))
    builds.first_build()
    # livereload ignores a change that comes within 3 s of the previous reload, so a writer saving
    # twice in a row would not see the second save.
    LiveReloadHandler.DEFAULT_RELOAD_TIME = 0
    server = PreviewServer(state, production_policy(root))
    for name in watched:
        server.watch(str(root / name), builds.saved, ignore=not_a_source)
    output.mkdir(parents=True, exist_ok=True)
    print(f"Sivusto: http://127.0.0.1:{port}/  (Ctrl+C lopettaa)")
    # Stopped with a signal too (a test, an editor's task runner), the preview ends its forked builds:
    # a normal exit, not the default one, which would leave them running and writing.
    signal.signal(signal.SIGTERM, _exit)
    try:
        server.serve(host="127.0.0.1", port=port, root=str(output), open_url_delay=None)
    except SystemExit:
        pass  # the signal: a stop like Ctrl+C, which livereload ends quietly
    finally:
        builds.stop()
    # A rebuild's thread may still fork its build after that stop; the interpreter's exit would
    # then wait for it for good (its process waits for requests while this one lives). End now.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _exit(signum: int, frame: object) -> None:
    raise SystemExit(0)


def main(argv: list[str] | None = None) -> None:
    """`python -m sitebuild.preview --settings pelicanconf.py --output .preview --port 8000`."""
    parser = argparse.ArgumentParser(prog="sitebuild.preview")
    parser.add_argument("--settings", type=Path, required=True)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    serve(args.settings.resolve(), args.output.resolve(), args.port)


if __name__ == "__main__":
    main()
