"""The other languages' passes run in a second process (plugins/language_passes): same bytes, same failures."""

import subprocess
from pathlib import Path

from sitebuild.safe_build import run_pelican
from tests.sites import add_extra_posts, copy_project, fingerprint, stable

PLUGIN_LINE = '    "language_passes",'


def _project(root: Path) -> Path:
    project = copy_project(root)
    add_extra_posts(project, 12)  # page 2 of the news lists, translations and one-language posts
    return project


def _without_plugin(project: Path) -> None:
    """The languages run one after another in one process, as i18n_subsites does by itself."""
    settings = project / "pelicanconf.py"
    lines = settings.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith(PLUGIN_LINE)]
    assert len(kept) == len(lines) - 1
    settings.write_text("".join(kept), encoding="utf-8")


def test_parallel_passes_build_the_same_bytes_as_one_process(tmp_path: Path) -> None:
    parallel = _project(tmp_path / "parallel")
    serial = _project(tmp_path / "serial")
    _without_plugin(serial)
    for project in (parallel, serial):
        result = run_pelican(project / "publishconf.py", project / "output")
        assert result.returncode == 0, result.stderr
    built = fingerprint(parallel / "output")
    assert stable(built) == stable(fingerprint(serial / "output"))
    assert "sv/pagefind/pagefind-entry.json" in built  # each language's pass indexed its pages
    # Both languages' pages, the links between them and the sitemap of every language are there.
    assert "sv/index.html" in built and "index.html" in built
    sitemap = (parallel / "output" / "sitemap.xml").read_text(encoding="utf-8")
    assert "/sv/nyheter/" in sitemap and "/uutiset/" in sitemap


def _break_template(page: Path) -> None:
    """A page asking for a template that does not exist: only its own language's pass writes it."""
    text = page.read_text(encoding="utf-8")
    assert "\nTemplate: team\n" in text
    page.write_text(text.replace("\nTemplate: team\n", "\nTemplate: puuttuva\n"), encoding="utf-8")


def _said(result: subprocess.CompletedProcess[str]) -> str:
    """What the build printed, with the console's line wrapping undone."""
    return " ".join((result.stdout + result.stderr).split())


def test_a_failed_swedish_pass_fails_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "site")
    _break_template(project / "content" / "pages" / "kontakt.sv.md")
    result = run_pelican(project / "publishconf.py", project / "output")
    assert result.returncode == 1
    # The Swedish pass's own message names its file; the trace in the log is the Swedish pass's.
    assert "content/pages/kontakt.sv.md" in _said(result)
    assert "Kielen sv sivujen rakentaminen epäonnistui" in _said(result)
    assert "puuttuva" in (project / ".cache" / "build-error.log").read_text(encoding="utf-8")
    assert not (project / "output" / "sitemap.xml").exists()


def test_a_failed_finnish_pass_fails_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "site")
    _break_template(project / "content" / "pages" / "yhteystiedot.fi.md")
    result = run_pelican(project / "publishconf.py", project / "output")
    assert result.returncode == 1
    assert "content/pages/yhteystiedot.fi.md" in _said(result)
    assert "Kielen sv" not in _said(result)
