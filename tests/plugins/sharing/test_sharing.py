"""Sharing: Open Graph and Twitter card tags, canonical URLs and share links that load nothing."""

from pathlib import Path

from tests.conftest import SUBPATH_SITEURL
from tests.html import page

POST = "uutiset/digitukea-kehittamassa-yhdessa/"


def meta(soup, name: str) -> str:  # type: ignore[no-untyped-def]
    tag = soup.select_one(f'meta[property="{name}"]') or soup.select_one(f'meta[name="{name}"]')
    assert tag is not None, f"no {name}"
    return str(tag["content"])


def test_post_has_open_graph_and_twitter_tags(subpath_site: Path) -> None:
    soup = page(subpath_site, POST)
    url = f"{SUBPATH_SITEURL}/{POST}"
    assert soup.select_one('link[rel="canonical"]')["href"] == url
    assert meta(soup, "og:url") == url
    assert meta(soup, "og:type") == "article"
    assert meta(soup, "og:title") == "Digitukea kehittämässä yhdessä"  # Share_title: short enough for a preview
    assert meta(soup, "og:description").startswith("Uudenmaan Digituki -hankkeen uusi projektipäällikkö")
    assert meta(soup, "og:locale") == "fi_FI"
    assert meta(soup, "og:locale:alternate") == "sv_FI"
    image = meta(soup, "og:image")
    assert image.startswith(f"{SUBPATH_SITEURL}/images/variants/yhdessa-kansikuva-") and image.endswith("-1200w.jpg")
    assert (subpath_site / image.removeprefix(SUBPATH_SITEURL + "/")).exists()
    assert (meta(soup, "og:image:width"), meta(soup, "og:image:height")) == ("1200", "675")
    assert meta(soup, "twitter:card") == "summary_large_image"
    assert meta(soup, "twitter:title") == "Digitukea kehittämässä yhdessä"


def test_swedish_post_shares_in_swedish(subpath_site: Path) -> None:
    soup = page(subpath_site, "sv/nyheter/vi-utvecklar-digistod-tillsammans/")
    assert meta(soup, "og:locale") == "sv_FI"
    assert meta(soup, "og:url") == f"{SUBPATH_SITEURL}/sv/nyheter/vi-utvecklar-digistod-tillsammans/"
    assert [a.get_text() for a in soup.select(".uudi-share__link")] == [
        "Dela på Facebook",
        "Dela på LinkedIn",
        "Dela per e-post",
    ]


def test_pages_without_a_cover_share_the_site_image(subpath_site: Path) -> None:
    soup = page(subpath_site, "tietoa/")
    assert meta(soup, "og:type") == "website"
    assert meta(soup, "og:image") == f"{SUBPATH_SITEURL}/theme/img/share.png"
    assert (subpath_site / "theme/img/share.png").exists()
    assert soup.select_one('link[rel="canonical"]')["href"] == f"{SUBPATH_SITEURL}/tietoa/"


def test_share_links_are_plain_links(subpath_site: Path) -> None:
    soup = page(subpath_site, POST)
    links = [a["href"] for a in soup.select(".uudi-share__link")]
    url = f"{SUBPATH_SITEURL}/{POST}".replace(":", "%3A").replace("/", "%2F")
    assert links[0] == f"https://www.facebook.com/sharer/sharer.php?u={url}"
    assert links[1] == f"https://www.linkedin.com/sharing/share-offsite/?url={url}"
    assert links[2].startswith("mailto:?subject=Digitukea%20kehitt%C3%A4m%C3%A4ss%C3%A4%20yhdess%C3%A4&body=https")
    # Nothing on the page loads from another origin.
    for tag in soup.select("script[src], img[src], link[rel=stylesheet], iframe, source[srcset]"):
        address = tag.get("src") or tag.get("href") or tag.get("srcset")
        assert address.startswith(("/", SUBPATH_SITEURL)), address


def test_root_build_without_siteurl_keeps_relative_canonical_and_no_broken_og_urls(site: Path) -> None:
    soup = page(site, POST)
    assert soup.select_one('link[rel="canonical"]')["href"] == f"/{POST}"
    assert soup.select_one('meta[property="og:url"]') is None
    assert soup.select_one('meta[property="og:image"]') is None
    assert meta(soup, "og:title") == "Digitukea kehittämässä yhdessä"
    assert soup.select(".uudi-share") == []
