"""`python -m sitebuild.pelican_process ARGUMENTS`: Pelican's own command line (pelican.main), as
the production build runs it (sitebuild/safe_build.py), ending without tearing the interpreter down.

When Pelican is done its process frees every object of the build one by one on the way out: about
0.35 s at 3,000 pages, on one core, at the very end of the build (issue 15). The exit handlers
(logging's flush, the language passes' stop of a child left running) still run; then the process
ends at once, with Pelican's exit code.
"""

import atexit
import os
import sys

from pelican import main as pelican_main


def _exit_code(stop: SystemExit) -> int:
    """The process exit code sys.exit(value) would give."""
    if stop.code is None:
        return 0
    if isinstance(stop.code, int):
        return stop.code
    print(stop.code, file=sys.stderr)  # sys.exit("message"): Python prints it and exits with 1
    return 1


def run() -> int:
    """Pelican's command line on sys.argv; its exit code."""
    try:
        pelican_main()
    except SystemExit as stop:
        return _exit_code(stop)
    return 0


if __name__ == "__main__":
    code = run()
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
