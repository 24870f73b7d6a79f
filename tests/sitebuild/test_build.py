"""The built site: every page a visitor needs exists, in the right language, linked both ways."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sitebuild.linkcheck import check_links
from tests.conftest import SUBPATH_SITEURL
from tests.html import page, text

POST_FI = "uutiset/digitukea-kehittamassa-yhdessa/"
POST_SV = "sv/nyheter/vi-utvecklar-digistod-tillsammans/"

STATIC_PAGES = [
    ("tietoa/", "sv/om-oss/"),
    ("yhteystiedot/", "sv/kontakt/"),
    ("saavutettavuusseloste/", "sv/tillganglighetsutlatande/"),
    ("tietosuojaseloste/", "sv/dataskyddsbeskrivning/"),
]


@pytest.mark.parametrize(("path", "lang"), [("", "fi"), ("sv/", "sv")])
def test_home_pages_have_their_language(site: Path, path: str, lang: str) -> None:
    assert page(site, path).html["lang"] == lang


def test_first_post_is_published_in_finnish(site: Path) -> None:
    soup = page(site, POST_FI)
    assert soup.html["lang"] == "fi"
    assert text(soup, "h1").startswith("Digitukea kehittämässä yhdessä")
    meta = text(soup, ".uudi-article__meta")
    assert "16.11.2020" in meta
    assert "Tanna Rantanen" in meta
    assert soup.select_one("time")["datetime"] == "2020-11-16"
    tags = [a.get_text() for a in soup.select(".uudi-tag-list__link")]
    assert "nuorten digituki" in tags and "kotiin vietävä digituki" in tags


@pytest.mark.parametrize(
    "path",
    [
        "",
        "uutiset/",
        "uutiset/kategoria/blogi/",
        "uutiset/avainsana/kotiin-vietava-digituki/",
        "uutiset/kirjoittaja/tanna-rantanen/",
        "uutiset/arkisto/",
    ],
)
def test_first_post_is_listed(site: Path, path: str) -> None:
    assert "/" + POST_FI in [a["href"] for a in page(site, path).select("main a")]


@pytest.mark.parametrize(
    ("path", "term"),
    [
        ("uutiset/kategoria/", "uutiset/kategoria/blogi/"),
        ("uutiset/avainsana/", "uutiset/avainsana/nuorten-digituki/"),
        ("uutiset/kirjoittaja/", "uutiset/kirjoittaja/tanna-rantanen/"),
    ],
)
def test_term_lists_link_to_term_pages(site: Path, path: str, term: str) -> None:
    assert "/" + term in [a["href"] for a in page(site, path).select("main a")]


@pytest.mark.parametrize(("fi_path", "sv_path"), STATIC_PAGES)
def test_static_pages_exist_in_both_languages_and_link_each_other(site: Path, fi_path: str, sv_path: str) -> None:
    fi, sv = page(site, fi_path), page(site, sv_path)
    assert fi.html["lang"] == "fi" and sv.html["lang"] == "sv"
    assert fi.select_one(".uudi-lang-switch__link")["href"] == "/" + sv_path
    assert sv.select_one(".uudi-lang-switch__link")["href"] == "/" + fi_path
    assert fi.select_one('link[hreflang="sv"]')["href"] == "/" + sv_path
    assert sv.select_one('link[hreflang="fi"]')["href"] == "/" + fi_path


def test_post_and_its_translation_link_each_other(site: Path) -> None:
    fi, sv = page(site, POST_FI), page(site, POST_SV)
    assert sv.html["lang"] == "sv"
    assert fi.select_one(".uudi-lang-switch__link")["href"] == "/" + POST_SV
    assert sv.select_one(".uudi-lang-switch__link")["href"] == "/" + POST_FI
    assert "16 nov. 2020" in text(sv, ".uudi-article__meta")


@pytest.mark.parametrize(
    ("path", "sections"),
    [
        (
            "saavutettavuusseloste/",
            [
                "Saavutettavuuden tila",
                "Ei-saavutettava sisältö",
                "Miten saavutettavuus on arvioitu",
                "Palaute ja yhteystiedot",
                "Valvontaviranomainen",
            ],
        ),
        (
            "sv/tillganglighetsutlatande/",
            [
                "Tillgänglighetsstatus",
                "Innehåll som inte är tillgängligt",
                "Hur tillgängligheten har bedömts",
                "Respons och kontaktuppgifter",
                "Tillsynsmyndighet",
            ],
        ),
    ],
)
def test_accessibility_statement_has_the_sections_the_law_expects(site: Path, path: str, sections: list[str]) -> None:
    soup = page(site, path)
    headings = [h.get_text(strip=True) for h in soup.select("main h2")]
    assert headings == sections
    body = text(soup, "main")
    assert "14" in body and "WCAG 2.1" in body and "26.11.2026" in body


def test_team_is_on_the_about_page(site: Path) -> None:
    body = text(page(site, "tietoa/"), "main")
    for person, role in (
        ("Tanna Rantanen", "projektipäällikkö"),
        ("Joel Aaltonen", "viestintä"),
        ("Laura Manninen", "fasilitointi"),
    ):
        assert person in body and role in body


@pytest.mark.parametrize(
    "feed", ["uutiset/feeds/atom.xml", "uutiset/feeds/rss.xml", "sv/nyheter/feeds/atom.xml", "sv/nyheter/feeds/rss.xml"]
)
def test_feeds_are_valid_xml(site: Path, feed: str) -> None:
    ET.parse(site / feed)


def test_finnish_feed_carries_the_first_post(subpath_site: Path) -> None:
    atom = ET.parse(subpath_site / "uutiset/feeds/atom.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    links = [link.get("href") for link in atom.findall("a:entry/a:link", ns)]
    assert links == [f"{SUBPATH_SITEURL}/{POST_FI}"]


def test_navigation_marks_the_current_section(site: Path) -> None:
    current = page(site, "sv/nyheter/").select('.uudi-nav a[aria-current="page"]')
    assert [a.get_text() for a in current] == ["Nyheter"]


def test_404_page_exists_in_both_languages(site: Path) -> None:
    assert page(site, "404.html").html["lang"] == "fi"
    assert page(site, "sv/404.html").html["lang"] == "sv"


def test_every_internal_link_resolves_at_the_domain_root(site: Path) -> None:
    assert [str(b) for b in check_links(site)] == []


def test_every_internal_link_resolves_under_a_sub_path(subpath_site: Path) -> None:
    assert [str(b) for b in check_links(subpath_site, SUBPATH_SITEURL)] == []
    home = page(subpath_site, "")
    assert home.select_one('link[rel="stylesheet"]')["href"].startswith(SUBPATH_SITEURL + "/theme/")
    assert home.select_one(".uudi-lang-switch__link")["href"] == SUBPATH_SITEURL + "/sv/"


def test_no_third_party_requests(site: Path) -> None:
    for file in site.rglob("*.html"):
        soup = page(site, str(file.relative_to(site)))
        for element in soup.select("script[src], link[rel=stylesheet], img[src], iframe"):
            url = element.get("src") or element.get("href")
            assert url.startswith("/"), f"{file}: {url}"
