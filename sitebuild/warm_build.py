"""The preview's warm build: a forked Pelican build that stays alive to re-render saved posts.

A full build of a large site takes tens of seconds: every page of every language. The preview
(`make serve`) runs Pelican in a forked copy of itself; when that build has finished, the copy
keeps Pelican's state (every generator with its posts, pages and context) and waits. When the
writer saves a post or page, it reads just those files again and writes only their own pages,
in every language, into the preview folder: the saved post shows within a second at any size
(issue 15: within 2 s at 3,000 posts). The full rebuild then runs behind it (sitebuild/preview.py)
and brings lists, feeds and indexes up to date.

This module is the preview's side (the process, its pipe, the slot holding the last build);
warm_render.py is what runs inside the forked build.
"""

import multiprocessing
import os
import signal
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any


@dataclass
class WarmBuild:
    """A finished forked build, waiting for saved files to re-render."""

    process: multiprocessing.process.BaseProcess
    connection: Connection
    built_into: Path  # the folder Pelican wrote (the safe build's output.new)

    def rerender(self, saved: Iterable[Path], output: Path) -> list[Path] | None:
        """Write the pages of the saved posts and pages into output (where built_into was moved);
        the pages written, or None when this build cannot (it stopped, or a file is not a post or page)."""
        try:
            self.connection.send(([str(path) for path in saved], str(self.built_into), str(output)))
            reply = self.connection.recv()
        except (OSError, EOFError):
            return None
        return None if reply is None else [Path(path) for path in reply]

    def stop(self) -> None:
        """End the process (the next build replaces it)."""
        try:
            self.connection.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
        self.connection.close()


@dataclass
class WarmSlot:
    """The preview's last successful warm build; lock: held while output is swapped or written."""

    current: WarmBuild | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def replace(self, new: WarmBuild | None) -> None:
        """Keep new, stop the one before (call with lock held)."""
        old, self.current = self.current, new
        if old is not None:
            old.stop()

    def rerender(self, saved: Iterable[Path], output: Path) -> list[Path] | None:
        """The current build's rerender (see WarmBuild.rerender); None without one."""
        with self.lock:
            return None if self.current is None else self.current.rerender(saved, output)


def start(arguments: list[str], cwd: Path, built_into: Path) -> tuple[int, WarmBuild | None]:
    """Run Pelican with arguments in a forked process; its exit code and, when it succeeded, the
    process kept warm."""
    ours, theirs = multiprocessing.Pipe()
    # Every language's pass in this one process (plugins/language_passes would run the other
    # languages in a second one), so that re-rendering reaches every language's pages.
    arguments = [*arguments, "--extra-settings", "LANGUAGE_PASSES_SIDE_BY_SIDE=false"]
    process = multiprocessing.get_context("fork").Process(target=_serve, args=(arguments, cwd, theirs), daemon=True)
    process.start()
    theirs.close()
    try:
        code = int(ours.recv())
    except (EOFError, OSError):
        process.join()
        return process.exitcode or 1, None
    if code:
        process.join()
        ours.close()
        return code, None
    return 0, WarmBuild(process, ours, built_into)


def _serve(arguments: list[str], cwd: Path, connection: Connection) -> None:
    """Body of the forked process: build, report the exit code, then re-render on request."""
    from pelican import main, signals

    from .warm_render import rerender

    # The preview's own handler (a normal exit) is not this process's: here SIGTERM just ends it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()
    generators: list[Any] = []

    def keep(found: list[Any]) -> None:
        generators.extend(found)

    # Every language pass sends this (i18n_subsites runs them in this process).
    signals.all_generators_finalized.connect(keep, weak=False)
    os.chdir(cwd)
    try:
        main(arguments)
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    try:
        connection.send(code)
    except OSError:  # the preview has gone
        return
    if code:
        return
    while True:
        # The pipe may never report the preview's end (later builds, forked from it, hold its
        # other end too): a process whose parent has gone ends itself.
        while not connection.poll(1.0):
            if os.getppid() != parent:
                return
        try:
            request = connection.recv()
        except EOFError:
            return
        if request is None:
            return
        saved, built_into, output = request
        try:
            written = rerender(generators, {os.path.abspath(path) for path in saved}, built_into, output)
        except Exception:  # whatever went wrong, the full rebuild that follows reports it
            written = None
        try:
            connection.send(written)
        except OSError:
            return
