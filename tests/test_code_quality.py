"""The code stays lint-clean (ruff), type-checked (mypy on plugins/ and sitebuild/) and the stylesheets stylelint-clean."""

import subprocess
import sys
from pathlib import Path

from tests.sites import ROOT


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing() -> None:
    result = run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_ruff_formatted() -> None:
    result = run("ruff", "format", "--check", "--no-cache", ".")
    assert result.returncode == 0, "run `make lint` to format:\n" + result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    result = run("mypy", "--cache-dir", "/dev/null")
    assert result.returncode == 0, result.stdout + result.stderr


STYLELINT = ROOT / "node_modules" / ".bin" / "stylelint"


def stylelint(*paths: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(STYLELINT), "--config", str(ROOT / ".stylelintrc.json"), *paths], cwd=ROOT, capture_output=True, text=True
    )


def test_stylelint_finds_nothing() -> None:
    result = stylelint("theme/static/css/**/*.css")
    assert result.returncode == 0, result.stdout + result.stderr


def test_stylelint_refuses_what_the_layout_rules_forbid(tmp_path: Path) -> None:
    # A copy of a component section written twice, with a hex colour, a raw font size,
    # a palette token and a class outside the uudi- BEM pattern: each rule must speak.
    bad = tmp_path / "bad.css"
    bad.write_text(
        ".uudi-card { color: #123456; }\n\n.uudi-card { font-size: 2rem; margin: 0; margin: 1px; }\n\n"
        ".uudi-card__title { color: var(--palette-white); }\n\n.card { top: 0; }\n",
        encoding="utf-8",
    )
    result = stylelint(str(bad))
    for rule in (
        "color-no-hex",
        "no-duplicate-selectors",
        "declaration-block-no-duplicate-properties",
        "selector-class-pattern",
        "declaration-property-value-allowed-list",
        "declaration-property-value-disallowed-list",
    ):
        assert rule in result.stdout + result.stderr, rule
