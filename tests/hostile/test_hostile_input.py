"""Hostile and careless input (tables in cases.py): refused with file and line in Finnish, or built
with the value shown as text; never a traceback, output/ untouched by a refusal, nothing from outside
the project published. One good build and one refused build prove every REFUSED row at once."""

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from plugins.last_resort import TraceToFile, _State
from sitebuild import cli
from sitebuild.safe_build import without_traceback
from tests.hostile.cases import ACCEPTED, RAW_LINES, REFUSED, REFUSED_ENVIRONMENT, Refused
from tests.sites import ROOT, build_copy, copy_project, fingerprint, run_build


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project copy with a good build in output/."""
    project = copy_project(tmp_path_factory.mktemp("hostile-good") / "project")
    result = run_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project


def _copy_built(built: Path, target: Path) -> Path:
    shutil.copytree(built, target, symlinks=True)
    return target


@pytest.fixture(scope="module")
def refused_run(built: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, str]]:
    """Every REFUSED row applied to one copy of the built project, then `make build` run on it."""
    project = _copy_built(built, tmp_path_factory.mktemp("hostile-bad") / "project")
    before = fingerprint(project / "output")
    for row in REFUSED:
        row.setup(project)
    result = run_build(project)
    assert result.returncode == 1
    return project, result.stdout + result.stderr, before


def _message_line(output: str, project: Path, row: Refused) -> str:
    # Paths are printed relative to the project (the writer's view, issue 14).
    where = f"{row.file}:{row.line}" if row.line else f"{row.file}:"
    lines = [line for line in output.splitlines() if line.startswith(f"VIRHE {where}")]
    assert lines, f"{row.name}: no error at {where} in\n{output}"
    return "\n".join(lines)


@pytest.mark.parametrize("row", REFUSED, ids=[row.name for row in REFUSED])
def test_refused_with_file_and_line(row: Refused, refused_run: tuple[Path, str, dict[str, str]]) -> None:
    """Each row's error names its file and line, in Finnish, with the words that say what is wrong."""
    project, output, _ = refused_run
    assert row.words in _message_line(output, project, row)


def test_refused_build_leaves_output_untouched_without_traceback(
    refused_run: tuple[Path, str, dict[str, str]],
) -> None:
    """The refused build printed no traceback and output/ is byte-identical."""
    project, output, before = refused_run
    assert "Traceback" not in output
    assert "Sivustoa ei rakennettu" in output
    assert fingerprint(project / "output") == before


def test_check_is_fast_on_bombs(refused_run: tuple[Path, str, dict[str, str]]) -> None:
    """`make check` on every refused row at once (alias bomb, decompression bomb included) takes seconds."""
    project, _, _ = refused_run
    result = subprocess.run(
        [sys.executable, "-m", "sitebuild", "check", "--settings", str(project / "publishconf.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr


def test_missing_municipalities_is_a_plain_error(built: Path, tmp_path: Path) -> None:
    """Without data/municipalities.yaml the build stops with one plain message, output/ untouched."""
    project = _copy_built(built, tmp_path / "project")
    before = fingerprint(project / "output")
    (project / "data" / "municipalities.yaml").unlink()
    result = run_build(project)
    output = result.stdout + result.stderr
    assert result.returncode == 1 and "Traceback" not in output
    assert "VIRHE data/municipalities.yaml: Kuntaluettelo puuttuu" in output
    assert fingerprint(project / "output") == before


@pytest.mark.parametrize(("name", "environment", "word"), REFUSED_ENVIRONMENT, ids=[r[0] for r in REFUSED_ENVIRONMENT])
def test_environment_refused_before_building(name: str, environment: dict[str, str], word: str, built: Path) -> None:
    """A bad SITEURL, SITE_BUILD_DATE or SITE_REGION: a plain Finnish error, nothing built or changed."""
    before = fingerprint(built / "output")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sitebuild",
            "build",
            "--settings",
            str(built / "publishconf.py"),
            "--output",
            str(built / "output"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **environment},
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1 and "Traceback" not in output
    assert f"VIRHE {word} " in output
    assert fingerprint(built / "output") == before


@pytest.fixture(scope="module")
def accepted_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Every ACCEPTED row in one project copy, built without the check (so the plugins' own defences show)."""
    project = copy_project(tmp_path_factory.mktemp("hostile-accepted") / "project")
    for row in ACCEPTED:
        row.setup(project)
    return project, build_copy(project)


def _page(output: Path, slug: str) -> BeautifulSoup:
    return BeautifulSoup((output / "uutiset" / slug / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_accepted_inputs_show_as_text(accepted_site: tuple[Path, Path]) -> None:
    """BOM, markup and RTL overrides in titles, a 200 000-character line and a NUL byte build; titles are text."""
    _, output = accepted_site
    assert _page(output, "bom").h1.get_text() == "BOM-kirjoitus"
    title = _page(output, "otsikko")
    assert title.h1.get_text() == '<img src=x onerror=alert(1)> "Otsikko"'
    assert not title.find_all(attrs={"onerror": True})
    assert _page(output, "rtl").h1.get_text() == "Uutinen \u202egpj.exe\u202c loppu"
    assert _page(output, "pitka").get_text().count("sana") >= 40_000
    assert "jälkeen" in _page(output, "nul").get_text()


def test_raw_html_in_body_is_removed_and_kept_markup_stays(accepted_site: tuple[Path, Path]) -> None:
    """Scripts, frames, objects, meta refreshes, SVG, handlers and styles go; tables, details, abbr, tel links stay."""
    _, output = accepted_site
    body = _page(output, "raaka").find("main")
    for tag in ("script", "iframe", "object", "meta", "svg", "style"):
        assert not body.find_all(tag), tag
    assert not body.find_all(attrs={"onclick": True})
    assert not any("evil.example" in str(value) for element in body.find_all(True) for value in element.attrs.values())
    assert body.find("p", string="Kappale").attrs == {}
    assert body.find("details").summary.get_text() == "Lisää"
    assert body.find("abbr")["title"] == "Digi- ja väestötietovirasto"
    assert body.find("a", href="tel:0401234567")
    assert body.find("table").find("th")["style"] == "text-align: left;"
    assert body.find("h2", id="valiotsikko")


def test_check_warns_where_html_is_removed(accepted_site: tuple[Path, Path]) -> None:
    """`make check` names the file and line of each element or attribute the build removes."""
    project, _ = accepted_site
    result = subprocess.run(
        [sys.executable, "-m", "sitebuild", "check", "--settings", str(project / "publishconf.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    source = "content/posts/raaka.md"  # printed relative to the project
    for word, line in RAW_LINES.items():
        assert any(
            out.startswith(f"VAROITUS {source}:{line} [html]") and word in out for out in result.stdout.splitlines()
        ), word


def test_nothing_from_outside_the_project_is_published(accepted_site: tuple[Path, Path]) -> None:
    """Symlinks to files outside the project (a cover, a static file) publish nothing of them."""
    project, output = accepted_site
    for path in output.rglob("*"):
        assert not path.is_symlink(), path
        if path.is_file():
            assert b"SECRET-OUTSIDE-THE-PROJECT" not in path.read_bytes(), path
    assert not (output / "materials" / "ulko.txt").exists()
    assert (project.parent / "outside-material-unchecked").exists()


def test_a_crash_in_the_pelican_run_is_a_short_message(tmp_path: Path) -> None:
    """An unexpected exception logged by Pelican becomes a Finnish line naming the file; the trace is in the log."""
    _State.log, _State.current = tmp_path / "build-error.log", "content/posts/x.md"
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        record = logging.LogRecord("pelican", logging.CRITICAL, "", 0, "%s", ("boom",), sys.exc_info())
    assert TraceToFile().filter(record)
    assert record.exc_info is None
    assert record.getMessage().startswith("Odottamaton virhe tiedostoa content/posts/x.md käsiteltäessä.")
    assert "RuntimeError: boom" in (tmp_path / "build-error.log").read_text(encoding="utf-8")


def test_a_traceback_from_the_run_goes_to_the_log(tmp_path: Path) -> None:
    """safe_build prints what came before a traceback and a Finnish note; the traceback is only in the log."""
    log = tmp_path / "build-error.log"
    shown = without_traceback("Rivi ennen\nTraceback (most recent call last):\n  File x\nKeyError: 'a'\n", log)
    assert "Traceback" not in shown and shown.startswith("Rivi ennen\nOdottamaton virhe")
    assert "KeyError" in log.read_text(encoding="utf-8")


def test_cli_last_resort(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Any unexpected exception in the command line: exit 1, a Finnish message, the trace in the log file."""

    def crash(argv: list[str] | None) -> int:
        raise FileNotFoundError(2, "No such file", "content/posts/x.md")

    monkeypatch.setattr(cli, "run", crash)
    monkeypatch.setattr(cli, "ERROR_LOG", tmp_path / "build-error.log")
    assert cli.main(["check"]) == 1
    err = capsys.readouterr().err
    assert "Odottamaton virhe (content/posts/x.md)" in err and "Traceback" not in err
    assert "FileNotFoundError" in (tmp_path / "build-error.log").read_text(encoding="utf-8")
