"""The page-type list and budgets the gates run on: well formed, both languages, every URL built."""

from collections import defaultdict
from pathlib import Path

import pytest

from sitebuild.quality.config import load_page_types

PAGE_TYPES = load_page_types()


def test_every_page_type_is_listed_in_both_languages() -> None:
    languages = defaultdict(set)
    for page in PAGE_TYPES:
        languages[page.type].add(page.lang)
    assert {kind: langs for kind, langs in languages.items() if langs != {"fi", "sv"}} == {}


def test_the_issue_page_types_are_listed() -> None:
    expected = {"home", "post", "news-index", "news-index-2", "category", "tag", "author", "archive", "page", "404"}
    assert expected <= {page.type for page in PAGE_TYPES}
    assert {page.type for page in PAGE_TYPES if page.audit} == {"home", "post", "news-index"}


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=[p.id for p in PAGE_TYPES])
def test_every_listed_url_is_built(quality_site: Path, page_type) -> None:
    assert page_type.file(quality_site).is_file(), f"{page_type.path} is listed but not built"


@pytest.mark.parametrize(
    ("entries", "reason"),
    [
        ('{ type = "home", lang = "fi" }', "entry 1 needs type, lang and path"),
        ('{ type = "home", lang = "fi", path = "sv/" }', "path must start with '/'"),
        (
            '{ type = "a", lang = "fi", path = "/" }, { type = "b", lang = "fi", path = "/" }',
            "entry 2: / is listed twice",
        ),
    ],
)
def test_malformed_list_is_refused_with_the_entry_named(tmp_path: Path, entries: str, reason: str) -> None:
    file = tmp_path / "page_types.toml"
    file.write_text(f"pages = [ {entries} ]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=reason):
        load_page_types(file)
