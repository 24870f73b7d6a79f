"""sitebuild/pelican_process.py: Pelican's command line that ends without the interpreter's teardown
keeps Pelican's exit code and everything it printed."""

import subprocess
import sys

import pytest

from sitebuild.cli import ROOT
from sitebuild.pelican_process import _exit_code


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sitebuild.pelican_process", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_finished_command_keeps_its_output_and_exit_code() -> None:
    shown = run("--help")
    assert shown.returncode == 0
    assert "--settings" in shown.stdout and "--fatal" in shown.stdout


def test_a_failing_command_keeps_its_message_and_exit_code() -> None:
    wrong = run("--no-such-option")
    assert wrong.returncode == 2
    assert "--no-such-option" in wrong.stderr


@pytest.mark.parametrize(("code", "expected"), [(None, 0), (0, 0), (1, 1), (2, 2), ("viesti", 1)])
def test_exit_codes_are_those_of_sys_exit(code: object, expected: int) -> None:
    assert _exit_code(SystemExit(code)) == expected
