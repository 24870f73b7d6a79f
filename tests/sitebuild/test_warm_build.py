"""The preview's warm build re-renders only the pages of saved posts and pages, in every language."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from sitebuild.safe_build import safe_build
from sitebuild.warm_build import WarmSlot
from tests.html import page, text
from tests.sites import copy_project

FI_POST = "content/posts/2020-11-digitukea-kehittamassa-yhdessa.md"
SV_POST = "content/posts/2020-11-vi-utvecklar-digistod-tillsammans.md"
FI_PAGE = "uutiset/digitukea-kehittamassa-yhdessa/"


@pytest.fixture(scope="module")
def warm_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, WarmSlot]]:
    project = copy_project(tmp_path_factory.mktemp("warm") / "site")
    output = project / ".preview"
    slot = WarmSlot()
    safe_build(project / "pelicanconf.py", output, use_cache=True, warm=slot)
    yield project, output, slot
    with slot.lock:
        slot.replace(None)


def _retitle(path: Path, title: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [f"Title: {title}\n" if line.startswith("Title: ") else line for line in lines]
    path.write_text("".join(lines), encoding="utf-8")


def test_a_saved_post_gets_its_own_pages_and_nothing_else(warm_site: tuple[Path, Path, WarmSlot]) -> None:
    project, output, slot = warm_site
    assert slot.current is not None, "a successful preview build stays warm"
    before = {path: path.stat().st_mtime_ns for path in output.rglob("*.html")}
    _retitle(project / FI_POST, "Tallennettu otsikko")

    written = slot.rerender([project / FI_POST], output)

    assert written is not None
    assert [path.relative_to(output).as_posix() for path in written] == [FI_PAGE + "index.html"]
    assert text(page(output, FI_PAGE), "h1") == "Tallennettu otsikko"
    changed = [path for path, mtime in before.items() if path.stat().st_mtime_ns != mtime]
    assert changed == [output / FI_PAGE / "index.html"], "lists and feeds wait for the full rebuild"
    assert "Tallennettu otsikko" not in (output / "uutiset" / "index.html").read_text(encoding="utf-8")


def test_both_languages_of_a_translation_pair_are_written(warm_site: tuple[Path, Path, WarmSlot]) -> None:
    project, output, slot = warm_site
    _retitle(project / SV_POST, "Sparad rubrik")
    _retitle(project / FI_POST, "Toinen tallennus")

    written = slot.rerender([project / SV_POST, project / FI_POST], output)

    assert written is not None and len(written) == 2
    sv_page = next(path for path in written if path.relative_to(output).parts[0] == "sv")
    assert "Sparad rubrik" in sv_page.read_text(encoding="utf-8")
    assert text(page(output, FI_PAGE), "h1") == "Toinen tallennus"


def test_files_that_are_not_posts_or_pages_wait_for_the_full_rebuild(warm_site: tuple[Path, Path, WarmSlot]) -> None:
    project, output, slot = warm_site
    event = sorted((project / "content" / "events").glob("*.md"))[0]
    assert slot.rerender([event], output) is None
    assert slot.rerender([project / "data" / "municipalities.yaml"], output) is None


def test_without_a_successful_build_there_is_nothing_to_re_render(tmp_path: Path) -> None:
    assert WarmSlot().rerender([tmp_path / "post.md"], tmp_path) is None
