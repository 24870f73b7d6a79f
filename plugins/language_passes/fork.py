"""Run the other languages' Pelican passes in a second process, beside the main language's (issue 15).

i18n_subsites runs one pass per language, one after another in one process: the main language
reads all content, then (from its get_writer signal) the next language's whole pass runs, then the
main language writes. A build then uses one core of two. The passes are independent except in
three places, so the main pass forks as it starts and the child process runs the other languages:

1. i18n_subsites' update_generators (called once in each process, after its pass has read its
   content) links content to its translations' native URLs (_NATIVE_CONTENT_URL_DB, filled by each
   pass with its own language's URLs) and gives the subsites the main language's static files
   (_MAIN_STATIC_FILES). Just before it runs, the processes swap what they found.
2. plugins/search writes the A-Ö index of the main language (skipping the folders the child may
   still be writing, still_written()) and the sitemap of every language from the written pages:
   before the sitemap the main pass waits for the child (results()) and gets the state the child's
   passes handed over (hand_over()). The main pass always waits for the child before it
   ends (finished()).
3. A failed subsite pass fails the build: the child has already printed its messages (Pelican's
   own, in Finnish); the main pass then stops with an error saying so (exit code 1).

plugins/read_cache converts each Markdown body only in its own language's pass, so the two
processes share the conversion work instead of both doing all of it.
"""

import io
import logging
import os
import pickle
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.util import Finalize
from pathlib import Path
from typing import IO, Any

from pelican import signals
from pelican.log import console
from pelican.plugins.i18n_subsites import i18n_subsites as i18n

from plugins.site_data.site import site_data

logger = logging.getLogger(__name__)

FAILED = "Kielen {langs} sivujen rakentaminen epäonnistui (virheet yllä)."


@dataclass
class _Fork:
    """This process's side of the fork: the main pass's (parent) or the other languages' (child)."""

    role: str = ""  # "", "parent" or "child"
    pid: int = 0  # parent: the child's process id
    langs: str = ""  # the child's languages, for messages
    send: IO[bytes] | None = None
    receive: IO[bytes] | None = None
    handed_over: dict[str, Any] = field(default_factory=dict)  # child: sent to the parent at its end
    results: dict[str, Any] | None = None  # parent: what the child handed over, once it ended
    folders: tuple[Path, ...] = ()  # parent: the child's output folders


_FORK = _Fork()


def _write(message: object) -> None:
    assert _FORK.send is not None
    pickle.dump(message, _FORK.send, pickle.HIGHEST_PROTOCOL)
    _FORK.send.flush()


def _read() -> Any:
    assert _FORK.receive is not None
    try:
        return pickle.load(_FORK.receive)  # noqa: S301 (only our own forked process writes to this pipe)
    except (EOFError, OSError, pickle.UnpicklingError):
        return ("done", False, {})  # the other process ended without a word: it failed


class _StaticPickler(pickle.Pickler):
    """Static files hold the main pass's settings and context (which holds everything read). The
    settings are the same object in the child (forked after they were made); the context is left
    behind: a static file renders nothing, the subsites only use its URL and source path."""

    def __init__(self, file: IO[bytes], contexts: set[int]) -> None:
        super().__init__(file, pickle.HIGHEST_PROTOCOL)
        self._contexts = contexts

    def persistent_id(self, obj: Any) -> str | None:
        if obj is i18n._MAIN_SETTINGS:
            return "settings"
        return "context" if id(obj) in self._contexts else None


class _StaticUnpickler(pickle.Unpickler):
    def persistent_load(self, pid: Any) -> Any:
        return i18n._MAIN_SETTINGS if pid == "settings" else {}


def _static_files() -> bytes:
    buffer = io.BytesIO()
    files = i18n._MAIN_STATIC_FILES or []
    _StaticPickler(buffer, {id(getattr(item, "_context", None)) for item in files}).dump(files)
    return buffer.getvalue()


def _swap_links() -> None:
    """Before update_generators: each process gets the other's native URLs; the child, the static files."""
    if _FORK.role == "child":
        _write(("links", i18n._NATIVE_CONTENT_URL_DB))
        message = _read()
        if message[0] != "links":
            raise SystemExit(1)  # the main pass failed (and said why); it stops this process too
        _, urls, static = message
        i18n._NATIVE_CONTENT_URL_DB.update(urls)
        i18n._MAIN_STATIC_FILES = _StaticUnpickler(io.BytesIO(static)).load()
    elif _FORK.role == "parent" and _FORK.results is None:
        # The parent reads first and the child writes first, so neither waits on a full pipe.
        message = _read()
        if message[0] != "links":
            _end_child(("done", False, {}))  # the child failed before it had read its content
        i18n._NATIVE_CONTENT_URL_DB.update(message[1])
        _write(("links", i18n._NATIVE_CONTENT_URL_DB, _static_files()))


_UPDATE_GENERATORS = i18n.update_generators


def update_generators() -> None:
    """i18n_subsites' update_generators, after the processes have swapped their halves of its tables."""
    _swap_links()
    _UPDATE_GENERATORS()


def hand_over(name: str, state: Any) -> None:
    """In the child: state that the main pass gets from results(name) when the child has ended."""
    if _FORK.role == "child":
        _FORK.handed_over[name] = state


def results(name: str) -> list[Any]:
    """In the main pass: wait for the other languages' passes to end; what they handed over as name.

    Exits (code 1) when they failed. Without a child (one language, no fork) there is nothing.
    """
    if _FORK.role != "parent":
        return []
    if _FORK.results is None:
        _end_child(_read())
    assert _FORK.results is not None
    return [_FORK.results[name]] if name in _FORK.results else []


def still_written() -> tuple[Path, ...]:
    """In the main pass: the output folders the other languages' process may still be writing into."""
    return _FORK.folders if _FORK.role == "parent" and _FORK.results is None else ()


def finished(pelican: Any) -> None:
    """finalized: the main pass never ends before the other languages' (whether or not a plugin
    asked for their results first): the build's output is swapped into place right after."""
    if pelican.settings["DEFAULT_LANG"] == i18n._MAIN_LANG:
        results("")


def _end_child(message: Any) -> None:
    """Wait for the child to exit; keep what it handed over, or fail the build."""
    _, ok, handed_over = message if message[0] == "done" else ("done", False, {})
    _, status = os.waitpid(_FORK.pid, 0)
    _FORK.pid = 0
    if not ok or os.waitstatus_to_exitcode(status) != 0:
        _FORK.results = {}
        # Not an unexpected error of this pass (plugins/last_resort would name this pass's file
        # and replace the child's trace in the log): the message, then the exit code of a failed build.
        logger.critical(FAILED.format(langs=_FORK.langs))
        raise SystemExit(1)
    _FORK.results = handed_over


def _stop_child() -> None:
    """The main pass failed before it waited for the child: stop the child, which builds into the
    same folder (safe_build removes it; the next build must not find the child still writing)."""
    if _FORK.pid:
        os.kill(_FORK.pid, signal.SIGTERM)
        os.waitpid(_FORK.pid, 0)
        _FORK.pid = 0


@contextmanager
def _console_still() -> Iterator[None]:
    """Hold the lock of Pelican's "Generating..." status line while forking: its refresh thread
    must not hold it at that moment, or the child (which has no such thread) could never print."""
    lives = list(getattr(console, "_live_stack", []))
    for live in lives:
        live._lock.acquire()
    try:
        yield
    finally:
        for live in reversed(lives):
            live._lock.release()


def start(pelican: Any) -> None:
    """get_generators of the main pass (before any content is read): fork; the child runs the other languages."""
    global _FORK
    if _FORK.role == "child" or not hasattr(os, "fork") or i18n.__package__ not in _plugin_names(pelican):
        return None  # a subsite's pass in the child, or nothing to run beside this pass
    if not pelican.settings.get("LANGUAGE_PASSES_SIDE_BY_SIDE", True):
        return None  # the preview's warm build keeps every language in its one process (sitebuild/warm_build.py)
    _stop_child()  # a previous build in this process that failed before it waited
    _FORK = _Fork()
    i18n.initialize_plugin(pelican)  # its own get_generators receiver may come after this one
    if pelican.settings["DEFAULT_LANG"] != i18n._MAIN_LANG or not i18n._SUBSITE_QUEUE:
        return None
    # The site's data (plugins/site_data) is the same in every language: read it before forking,
    # so the other languages' process gets it without reading and validating it again.
    site_data(pelican.settings)
    from_child, to_parent = os.pipe()
    from_parent, to_child = os.pipe()
    langs = ", ".join(i18n._SUBSITE_QUEUE)
    folders = tuple(Path(overrides["OUTPUT_PATH"]).resolve() for overrides in i18n._SUBSITE_QUEUE.values())
    sys.stdout.flush()
    sys.stderr.flush()
    with _console_still():
        pid = os.fork()
    if pid == 0:
        os.close(from_child)
        os.close(to_child)
        _FORK.role, _FORK.langs = "child", langs
        _FORK.send, _FORK.receive = os.fdopen(to_parent, "wb"), os.fdopen(from_parent, "rb")
        _run_subsites(pelican)
    os.close(to_parent)
    os.close(from_parent)
    _FORK.role, _FORK.pid, _FORK.langs, _FORK.folders = "parent", pid, langs, folders
    _FORK.send, _FORK.receive = os.fdopen(to_child, "wb"), os.fdopen(from_child, "rb")
    i18n._SUBSITE_QUEUE.clear()  # this process builds the main language only
    # At exit, also of a preview build's process (multiprocessing runs these, not atexit's).
    Finalize(None, _stop_child, exitpriority=10)
    return None


def _plugin_names(pelican: Any) -> set[str]:
    return {getattr(plugin, "__name__", str(plugin)) for plugin in pelican.plugins}


def _run_subsites(pelican: Any) -> None:
    """The child: the other languages' passes (i18n_subsites runs each after the previous), then exit."""
    code = 1
    try:
        i18n.create_next_subsite(pelican)
        _write(("done", True, _FORK.handed_over))
        code = 0
    except BaseException as error:  # reported as Pelican's main reports it, then to the parent
        if not isinstance(error, SystemExit):
            logger.critical("%s: %s", type(error).__name__, error, exc_info=True)
        try:
            _write(("done", False, {}))
        except OSError:
            pass
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def register() -> None:
    """Connect the receivers and wrap i18n_subsites' update_generators (which it looks up when called)."""
    i18n.update_generators = update_generators
    signals.get_generators.connect(start)
    signals.finalized.connect(finished)
