"""plugins/search/index.py against the pinned Pagefind: a bundle holds exactly the pages it is given,
whatever characters their paths have; a language's pages are split into bundles of at most the
configured size; a path Pagefind cannot name is left out with a warning, not a failed build."""

import gzip
import json
import logging
import string
from pathlib import Path

import pytest

from plugins.search.index import bundles, read_index, split_pages, start_index

PAGE = '<html lang="fi"><body><nav>valikko</nav><main data-pagefind-body><h1>{title}</h1><p>{word}</p></main></body></html>'
# Every printable ASCII character a file name can hold except the slash and the backslash, plus ä and a space.
ODD = [char for char in string.punctuation if char not in "/\\"] + ["ä", " "]


def write_page(site: Path, folder: str, word: str) -> Path:
    path = site / folder / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PAGE.format(title=folder, word=word), encoding="utf-8")
    return path


def urls(bundle: Path) -> set[str]:
    found = set()
    for fragment in bundle.glob("fragment/*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes())
        found.add(json.loads(data[len(b"pagefind_dcd") :])["url"])
    return found


def test_a_bundle_holds_exactly_the_given_pages_whatever_their_paths(tmp_path: Path) -> None:
    site = tmp_path / "site"
    given = [write_page(site, f"a{char}b", f"sana{number}") for number, char in enumerate(ODD)]
    # A page not given shares every prefix with the given ones and would match a wildcard.
    write_page(site, "aXb", "ohitettu")
    write_page(site, "a", "ohitettu")
    indexing = start_index(site, site, given, per_bundle=len(given))
    assert indexing.finish()
    assert [bundle.name for bundle in bundles(site)] == ["pagefind"]
    assert read_index(site).pages == {"fi": len(given)}
    assert urls(site / "pagefind") == {"/" + path.parent.name + "/" for path in given}


def test_pages_are_split_into_bundles_of_at_most_the_given_size(tmp_path: Path) -> None:
    site = tmp_path / "site"
    given = [write_page(site, f"sivu-{number:02}", f"sana{number}") for number in range(7)]
    indexing = start_index(site, site, given, per_bundle=3)
    assert [bundle.name for bundle in indexing.bundles] == ["pagefind", "pagefind-2", "pagefind-3"]
    assert indexing.finish()
    found = [urls(bundle) for bundle in indexing.bundles]
    assert [len(each) for each in found] == [3, 2, 2]
    assert set().union(*found) == {f"/sivu-{number:02}/" for number in range(7)}
    assert read_index(site).pages == {"fi": 7}


def test_splitting_deals_pages_in_turn() -> None:
    pages = [Path(f"p{number}") for number in range(5)]
    assert split_pages(pages, 2) == [[Path("p0"), Path("p3")], [Path("p1"), Path("p4")], [Path("p2")]]
    assert split_pages(pages, 5) == [pages]
    assert split_pages([], 5) == [[]]


def test_a_path_with_a_backslash_is_left_out_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    site = tmp_path / "site"
    given = [write_page(site, "tavallinen", "sana"), write_page(site, "kenoviiva\\sivu", "toinen")]
    with caplog.at_level(logging.WARNING):
        indexing = start_index(site, site, given, per_bundle=10)
        assert indexing.finish()
    assert urls(site / "pagefind") == {"/tavallinen/"}
    assert "kenoviiva\\sivu" in caplog.text and "Slug" in caplog.text


def test_no_searchable_pages_writes_no_bundle(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_page(site, "sivu", "sana")
    indexing = start_index(site, site, [], per_bundle=10)
    assert indexing.bundles == []
    assert indexing.finish()
    assert bundles(site) == []
