"""`make new-post` outside a terminal: the author from `git config user.name`, else the known authors listed."""

import subprocess
import sys
from pathlib import Path

import pytest

from sitebuild.content_checks.source import read_metadata
from tests.sites import copy_project


def new_post(project: Path, git_name: str) -> subprocess.CompletedProcess[str]:
    """`python -m sitebuild new post` with no AUTHOR and no terminal, git's user.name set to git_name."""
    env = {
        "SITE_BUILD_DATE": "2026-11-26",
        "PATH": "/usr/bin:/bin",
        "HOME": str(project),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_COUNT": "1",
        "GIT_CONFIG_KEY_0": "user.name",
        "GIT_CONFIG_VALUE_0": git_name,
    }
    command = [sys.executable, "-m", "sitebuild", "new", "post", "--settings", str(project / "pelicanconf.py")]
    command += ["--title", "Nuorten digituki alkaa"]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("git_name", ["Joel Aaltonen", "joel  aaltonen"])
def test_author_comes_from_git_user_name_when_it_is_a_known_author(tmp_path: Path, git_name: str) -> None:
    project = copy_project(tmp_path / "site")
    result = new_post(project, git_name)
    assert result.returncode == 0, result.stdout + result.stderr
    text = (project / "content/posts/2026-11-nuorten-digituki-alkaa.md").read_text(encoding="utf-8")
    assert read_metadata(text)["author"][1] == "Joel Aaltonen"  # the vocabulary's spelling


def test_an_unknown_git_user_name_lists_the_known_authors(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "site")
    result = new_post(project, "Matti Meikäläinen")
    assert result.returncode == 1
    assert "Kirjoittaja puuttuu" in result.stdout
    assert "Tunnetut kirjoittajat: " in result.stdout and "Joel Aaltonen" in result.stdout
    assert not (project / "content/posts/2026-11-nuorten-digituki-alkaa.md").exists()
