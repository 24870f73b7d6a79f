"""Helpers that build real copies of the site for tests."""

import shutil
from pathlib import Path

from sitebuild.safe_build import run_pelican, safe_build

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("content", "data", "theme", "plugins", "pelicanconf.py", "publishconf.py")


def copy_project(target: Path) -> Path:
    """Copy the sources a build needs into target, so a test can change them freely."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / part)
    return target


def build_copy(project: Path, settings: str = "publishconf.py") -> Path:
    """Build a project copy into project/output with the safe build; return the output folder."""
    output = project / "output"
    safe_build(project / settings, output)
    return output


__all__ = ["ROOT", "build_copy", "copy_project", "run_pelican"]
