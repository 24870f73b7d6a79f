"""Build the site into a temporary folder and swap it into place only when everything succeeded."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from . import warm_build
from .linkcheck import check_link_safety
from .warm_build import WarmBuild, WarmSlot

FAILED = (
    "\nSivuston rakentaminen epäonnistui. Edellinen toimiva versio kansiossa {output} on ennallaan.\n"
    "The build failed; the previous output in {output} was left untouched."
)


UNSAFE_LINK = (
    "Vaarallinen linkki (sallittuja ovat vain http-, https-, mailto- ja tel-osoitteet); "
    "korjaa linkki sisältö- tai tietotiedostossa"
)


TRACE_SAVED = (
    "Odottamaton virhe rakennettaessa. Tekninen kuvaus on tiedostossa {log}; "
    "tarkista viimeksi muuttamasi tiedosto tai pyydä apua kehittäjältä."
)


def without_traceback(stderr: str, log: Path) -> str:
    """stderr up to a Python traceback (which is saved to log instead), then a short Finnish note."""
    cut = stderr.find("Traceback")
    if cut < 0:
        return stderr
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text(stderr, encoding="utf-8")
    except OSError:
        pass
    return stderr[: stderr.rfind("\n", 0, cut) + 1] + TRACE_SAVED.format(log=log) + "\n"


class BuildFailed(Exception):
    """The build did not succeed; the previous output is untouched."""


class CheckFailed(BuildFailed):
    """The check that ran beside Pelican found errors (it printed them); the previous output is untouched."""


def pelican_arguments(settings_file: Path, target: Path, extra: list[str] | None, use_cache: bool) -> list[str]:
    """Pelican's command line for a build into target.

    use_cache lets the preview reuse Pelican's content cache (LOAD_CONTENT_CACHE in pelicanconf.py);
    production builds always ignore it.
    """
    return [
        "--settings",
        str(settings_file),
        "--output",
        str(target),
        "--fatal",
        "errors",
        *([] if use_cache else ["--ignore-cache"]),
        *(extra or []),
    ]


def run_pelican(
    settings_file: Path,
    target: Path,
    extra: list[str] | None = None,
    use_cache: bool = False,
    while_running: Callable[[], bool] | None = None,
) -> subprocess.CompletedProcess[str] | None:
    """Run Pelican in its own process: its plugins keep module-level state between runs.

    while_running (the production build's content and data check) runs in this process meanwhile,
    so the two use both cores: when it returns False, Pelican (and any process it forked) is
    stopped and None returned.
    """
    env = {**os.environ, "PYTHONHASHSEED": "0", "COLUMNS": "160"}
    command = [
        sys.executable,
        "-m",
        "sitebuild.pelican_process",
        *pelican_arguments(settings_file, target, extra, use_cache),
    ]
    # Files, not pipes: Pelican must never wait on a full pipe while the check runs.
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(
            command, cwd=settings_file.parent, env=env, text=True, stdout=out, stderr=err, start_new_session=True
        )
        try:
            if while_running is not None and not while_running():
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                return None
            process.wait()
        except BaseException:  # Ctrl+C: its own session does not get the terminal's signal
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(command, process.returncode, out.read(), err.read())


def swap_into_place(new: Path, output: Path) -> None:
    """Replace output with new using renames, so a reader never sees a half-written site."""
    old = output.with_name(output.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if output.exists():
        output.rename(old)
    new.rename(output)
    if old.exists():
        shutil.rmtree(old)


def safe_build(
    settings_file: Path,
    output: Path,
    extra: list[str] | None = None,
    use_cache: bool = False,
    warm: WarmSlot | None = None,
    while_running: Callable[[], bool] | None = None,
) -> None:
    """Build into output.new; on success swap it in, on failure remove it and raise BuildFailed
    (CheckFailed when while_running, see run_pelican, returned False).

    warm (the preview): the finished build stays warm in warm.current, swapped in together with its output.
    """
    new = output.with_name(output.name + ".new")
    if new.exists():
        shutil.rmtree(new)
    worker: WarmBuild | None = None
    if warm is None:
        ran = run_pelican(settings_file, new, extra, use_cache, while_running)
        if ran is None:
            shutil.rmtree(new, ignore_errors=True)
            raise CheckFailed()
        result = ran
    else:
        # The live preview: Pelican runs in a forked copy of this process, with Pelican already
        # imported (about 0.4 s less per build), which stays alive to re-render saved posts
        # (sitebuild/warm_build.py). Its output goes straight to the terminal.
        arguments = pelican_arguments(settings_file, new, extra, use_cache)
        code, worker = warm_build.start(arguments, settings_file.parent, new)
        result = subprocess.CompletedProcess(arguments, code, "", "")
    log = settings_file.parent / ".cache" / "build-error.log"
    if result.stdout:
        print(without_traceback(result.stdout, log), end="")
    if result.returncode != 0:
        print(without_traceback(result.stderr, log), end="", file=sys.stderr)
        shutil.rmtree(new, ignore_errors=True)
        raise BuildFailed(FAILED.format(output=output))
    # The search index was made by each language's pass (plugins/search, production builds only).
    unsafe = list(check_link_safety(new))
    if unsafe:
        if worker is not None:  # its pages are not the ones the preview keeps
            worker.stop()
        for problem in unsafe:
            print(f"{UNSAFE_LINK}: {problem}", file=sys.stderr)
        shutil.rmtree(new, ignore_errors=True)
        raise BuildFailed(FAILED.format(output=output))
    if warm is None:
        swap_into_place(new, output)
        return
    with warm.lock:  # not while a saved post is being written into output
        swap_into_place(new, output)
        warm.replace(worker)
