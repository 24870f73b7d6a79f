"""What the sitemap and the A-Ö index read from a page: the tags that matter, read as a browser would."""

from pathlib import Path

from plugins.search.pages import read_html, read_page

# Markup in comments, scripts and the title is not markup; names are case-insensitive; quoted values
# may hold ">"; the first heading of <main> is the title, its tags dropped and its entities decoded.
TRICKY = (
    "<!DOCTYPE html><HTML LANG='sv'><head><title>a <h1>not this</h1></title>"
    "<!-- <main data-pagefind-body><h1>nor this</h1> -->"
    "<META NAME=robots CONTENT='noindex, follow'>"
    "<link rel=stylesheet href=/x.css><link rel=alternate hreflang=fi href='/a?x=1&amp;y=2'></head>"
    "<body><h1>outside main</h1><script>var s = '<main><h1>no</h1>'</script>"
    "<main class='a>b' data-pagefind-body><p>t</p><H1 class=x>Tit&auml;<em>le</em>\n  two</h1><h1>second</h1>"
)


def test_reads_the_tags_a_browser_would() -> None:
    page = read_html(Path("x.html"), TRICKY)
    assert (page.lang, page.title, page.indexed, page.noindex) == ("sv", "Titäle two", True, True)
    assert page.alternates == {"fi": "/a?x=1&y=2"}


def test_a_plain_page_is_not_indexed_and_has_no_alternates() -> None:
    page = read_html(
        Path("x.html"),
        '<html lang="fi"><head><meta name="description" content="noindex"></head><main id=main><h1>Otsikko</h1></main>',
    )
    assert (page.lang, page.title, page.indexed, page.noindex, page.alternates) == ("fi", "Otsikko", False, False, {})


def test_a_page_without_main_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "static.html"
    path.write_text("<html lang=fi><body><h1>Static</h1></body></html>", encoding="utf-8")
    page = read_page(path)
    assert (page.lang, page.title, page.indexed) == ("fi", "", False)


def test_an_unclosed_tag_is_read_in_one_pass_not_backtracked() -> None:
    # The tag pattern's runs of plain characters are possessive: an unterminated tag fails at once. Written
    # as plain `[^>"']+`, each run could be split in any number of ways: this tag took over 20 s.
    source = '<html lang="fi"><meta name="x" ' + "a'b'" * 400 + " c" * 400
    page = read_html(Path("x.html"), source)
    assert (page.lang, page.title, page.noindex) == ("fi", "", False)
