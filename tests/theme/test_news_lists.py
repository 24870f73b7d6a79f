"""A site with many posts: folder-style pagination, and posts that exist in one language only."""

from pathlib import Path

import pytest

from tests.html import page
from tests.sites import build_copy, copy_project

EXTRA_POSTS = 12


@pytest.fixture(scope="module")
def busy_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site plus twelve Finnish-only posts."""
    project = copy_project(tmp_path_factory.mktemp("busy"))
    for number in range(1, EXTRA_POSTS + 1):
        (project / "content/posts" / f"testi-{number}.md").write_text(
            f"Title: Testiuutinen {number}\nDate: 2026-10-{number:02d}\nLang: fi\nAuthor: Joel Aaltonen\n"
            f"Category: Uutiset\nTags: nuoret\n\nTeksti {number}.\n",
            encoding="utf-8",
        )
    return build_copy(project)


def test_news_index_has_a_second_page_at_a_folder_url(busy_site: Path) -> None:
    first = page(busy_site, "uutiset/")
    assert len(first.select(".uudi-post-card")) == 10
    assert first.select_one('a[rel="next"]')["href"] == "/uutiset/page/2/"
    second = page(busy_site, "uutiset/page/2/")
    titles = [a.get_text() for a in second.select(".uudi-post-card__title a")]
    assert len(titles) == EXTRA_POSTS + 1 - 10
    assert titles[-1].startswith("Digitukea kehittämässä yhdessä")
    assert second.select_one('a[rel="prev"]')["href"] == "/uutiset/"
    assert "Sivu 2/2" in second.select_one(".uudi-pagination__status").get_text()


def test_tag_pages_paginate_in_folders_too(busy_site: Path) -> None:
    assert len(page(busy_site, "uutiset/avainsana/nuoret/page/2/").select(".uudi-post-card")) == 2


def test_switcher_on_a_finnish_only_post_leads_to_the_swedish_home(busy_site: Path) -> None:
    soup = page(busy_site, "uutiset/testiuutinen-1/")
    assert soup.select_one(".uudi-lang-switch__link")["href"] == "/sv/"
    assert soup.select_one('link[hreflang="sv"]') is None


def test_finnish_only_posts_stay_out_of_swedish_lists(busy_site: Path) -> None:
    titles = [a.get_text() for a in page(busy_site, "sv/nyheter/").select(".uudi-post-card__title a")]
    assert titles == ["Vi utvecklar digistöd tillsammans med kommuner, föreningar, frivilliga och myndigheter"]
