"""The local preview reuses Pelican's content cache, and a saved change still shows on the next build."""

from pathlib import Path

from sitebuild.safe_build import safe_build
from tests.html import page, text
from tests.sites import copy_project

POST = "content/posts/2020-11-digitukea-kehittamassa-yhdessa.md"


def test_saved_change_shows_in_the_next_cached_preview_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "site")
    output = project / "output"
    safe_build(project / "pelicanconf.py", output, use_cache=True)
    assert any((project / ".cache" / "pelican").iterdir()), "the preview should write a content cache"
    post = project / POST
    post.write_text(
        post.read_text(encoding="utf-8").replace("## Lisätietoa", "## Lisätietoa ja yhteystiedot"), encoding="utf-8"
    )
    safe_build(project / "pelicanconf.py", output, use_cache=True)
    soup = page(output, "uutiset/digitukea-kehittamassa-yhdessa/")
    assert "Lisätietoa ja yhteystiedot" in text(soup, ".uudi-prose")
    assert soup.select_one(".uudi-article__cover picture") is not None  # plugins still run on cached content
