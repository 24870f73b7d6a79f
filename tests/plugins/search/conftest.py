"""One production build for the search tests: the real content plus a Finnish and a Swedish post about
libraries, a draft and a post scheduled for later (neither may reach the index), its pages split into
bundles of 80."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from sitebuild.quality.serve import serve
from tests.sites import build_copy, copy_project

POSTS = {
    "kirjasto.md": (
        "Title: Digitukea kirjastossa\nDate: 2026-11-02\nLang: fi\nAuthor: Joel Aaltonen\nCategory: Uutiset\n"
        "Tags: nuoret\nSummary: Digituki kirjastossa.\n\nKysy neuvoa kirjastossa joka tiistai.\n"
    ),
    "bibliotek.sv.md": (
        "Title: Digistöd på biblioteket\nDate: 2026-11-02\nLang: sv\nAuthor: Joel Aaltonen\nCategory: Nyheter\n"
        "Tags: unga\nTranslation_key: bibliotek-sv\nSummary: Digistöd på biblioteken.\n\n"
        "Fråga om råd på biblioteken varje tisdag.\n"
    ),
    "luonnos.md": (
        "Title: Luonnos salaisesta asiasta\nDate: 2026-11-03\nLang: fi\nAuthor: Joel Aaltonen\nCategory: Uutiset\n"
        "Status: draft\nSummary: Luonnos.\n\nSalasanaluonnoskappale kirjastossa.\n"
    ),
    "tuleva.md": (
        "Title: Tuleva uutinen\nDate: 2027-03-01\nLang: fi\nAuthor: Joel Aaltonen\nCategory: Uutiset\n"
        "Summary: Myöhemmin.\n\nAjastettukappale kirjastossa.\n"
    ),
}
UNPUBLISHED_WORDS = ("Salasanaluonnoskappale", "Ajastettukappale")
PAGES_PER_BUNDLE = 80


@pytest.fixture(scope="session")
def search_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The production build (root URL) with the library posts, a draft and a scheduled post."""
    project = copy_project(tmp_path_factory.mktemp("search") / "project")
    for name, text in POSTS.items():
        (project / "content" / "posts" / name).write_text(text, encoding="utf-8")
    # Small bundles, so each language's pages are split into several, as a large site's are.
    with (project / "publishconf.py").open("a", encoding="utf-8") as settings:
        settings.write(f"\nSEARCH_PAGES_PER_BUNDLE = {PAGES_PER_BUNDLE}\n")
    return build_copy(project)


@pytest.fixture(scope="session")
def search_url(search_site: Path) -> Iterator[str]:
    """The search build served over HTTP (the <meta> policy of each page applies)."""
    with serve(search_site) as url:
        yield url
