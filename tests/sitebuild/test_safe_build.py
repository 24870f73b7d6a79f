"""A failed build never touches the published output; the same input builds the same bytes."""

from pathlib import Path

from tests.sites import build_copy, copy_project, fingerprint, processes_naming, run_build, stable


def test_two_builds_of_the_same_input_are_identical(tmp_path: Path) -> None:
    first = fingerprint(build_copy(copy_project(tmp_path / "a")))
    second = fingerprint(build_copy(copy_project(tmp_path / "b")))
    assert stable(first) == stable(second)
    assert any(name.startswith("pagefind/fragment/") for name in stable(first))
    assert len(first) > 40


def test_broken_post_stops_the_build_and_keeps_the_last_good_output(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "site")
    assert run_build(project).returncode == 0
    before = fingerprint(project / "output")

    post = project / "content/posts/2020-11-digitukea-kehittamassa-yhdessa.md"
    post.write_text(
        post.read_text(encoding="utf-8").replace("Date: 2020-11-16 09:00", "Date: 16.11.2020 klo 9"), encoding="utf-8"
    )
    result = run_build(project)

    assert result.returncode != 0
    assert "content/posts/2020-11-digitukea-kehittamassa-yhdessa.md:2" in result.stdout
    assert "Päivämäärä '16.11.2020 klo 9' ei kelpaa" in result.stdout
    assert "Sivustoa ei rakennettu" in result.stdout
    assert fingerprint(project / "output") == before
    # The check runs beside Pelican (sitebuild/safe_build.run_pelican): Pelican, and the process
    # it forks for the Swedish pass, are stopped and their half-built folder removed.
    assert not (project / "output.new").exists()
    assert processes_naming(project / "publishconf.py") == []


def test_template_error_keeps_the_last_good_output(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "site")
    assert run_build(project).returncode == 0
    before = fingerprint(project / "output")

    template = project / "theme/templates/article.html"
    template.write_text(template.read_text(encoding="utf-8") + "{% if %}", encoding="utf-8")
    result = run_build(project)

    assert result.returncode != 0
    assert "edellinen toimiva versio" in result.stderr.lower()
    assert fingerprint(project / "output") == before
    assert not (project / "output.new").exists()
