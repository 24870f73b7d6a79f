"""The search index, the A-Ö index and sitemap.xml of a production build, read from the files it wrote."""

import gzip
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlparse

from plugins.search.index import bundles, read_index
from plugins.search.pages import built_pages, page_url
from plugins.site_data.text import sort_key
from tests.html import page

from .conftest import PAGES_PER_BUNDLE, UNPUBLISHED_WORDS

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
# Listing pages: tags, categories, authors, archives and every page 2.
LISTING = re.compile(r"/(avainsana|etikett|kategoria|kategori|kirjoittaja|skribent|arkisto|arkiv|page)/")


def indexed(site: Path) -> dict[str, list[dict]]:
    """Every record in the Pagefind index by language: its fragment (url, content, filters, meta)."""
    found: dict[str, list[dict]] = {}
    for fragment in sorted(site.glob("**/pagefind*/fragment/*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        record = json.loads(data[len(b"pagefind_dcd") :])
        found.setdefault(fragment.name.split("_")[0], []).append(record)
    return found


def test_one_index_per_language_counts_every_content_page(search_site: Path) -> None:
    records = indexed(search_site)
    assert set(records) == {"fi", "sv"}
    assert read_index(search_site).pages == {lang: len(found) for lang, found in records.items()}
    urls = {lang: {r["url"] for r in found} for lang, found in records.items()}
    # Every post, page, support location, municipality page and member of each language, nothing else.
    expected: dict[str, set[str]] = {"fi": set(), "sv": set()}
    for built in built_pages(search_site):
        url = "/" + page_url(search_site, built.path)
        kind = re.match(
            r"^(/sv)?/(uutiset|nyheter)/[^/]+/$|^(/sv)?/(loyda-digitukea|hitta-digistod)/(paikka|plats)/[^/]+/$"
            r"|^(/sv)?/(verkosto/jasenet|natverket/medlemmar)/[^/]+/$",
            url,
        )
        if kind and not LISTING.search(url) and not url.endswith(("/kunta/", "/kommun/")):
            expected[built.lang].add(url)
    for lang in ("fi", "sv"):
        assert expected[lang] <= urls[lang], f"{lang}: not indexed {sorted(expected[lang] - urls[lang])[:5]}"
    assert "/uutiset/digitukea-kirjastossa/" in urls["fi"]
    assert "/tietoa/" in urls["fi"] and "/sv/om-oss/" in urls["sv"]
    assert "/loyda-digitukea/espoo/" in urls["fi"] and "/sv/hitta-digistod/esbo/" in urls["sv"]
    assert all(url.startswith("/sv/") for url in urls["sv"])
    assert not any(url.startswith("/sv/") for url in urls["fi"])
    assert len(urls["fi"]) > 150 and len(urls["sv"]) > 150


def test_no_listing_draft_scheduled_search_or_error_page_is_indexed(search_site: Path) -> None:
    for records in indexed(search_site).values():
        for record in records:
            url = record["url"]
            assert not LISTING.search(url), url
            assert not url.endswith(("404.html", "/haku/", "/sok/", "/hakemisto/", "/register/")), url
            assert url not in ("/", "/sv/", "/uutiset/", "/sv/nyheter/", "/loyda-digitukea/", "/verkosto/jasenet/")
            assert not any(word in record["content"] for word in UNPUBLISHED_WORDS), url
            # Only <main> is indexed: no navigation or footer text.
            assert (
                "Siirry pääsisältöön" not in record["content"] and "Hoppa till huvudinnehållet" not in record["content"]
            )


def test_records_carry_type_and_municipality_filters(search_site: Path) -> None:
    records = {r["url"]: r for found in indexed(search_site).values() for r in found}
    assert records["/uutiset/digitukea-kirjastossa/"]["filters"]["type"] == ["Uutinen"]
    assert records["/uutiset/digitukea-kirjastossa/"]["meta"]["type"] == "Uutinen"
    assert records["/tietoa/"]["filters"]["type"] == ["Sivu"]
    location = records["/loyda-digitukea/paikka/helsinki-oodi/"]
    assert location["filters"] == {"type": ["Tukipaikka"], "municipality": ["Helsinki"]}
    assert records["/sv/hitta-digistod/plats/helsinki-oodi/"]["filters"]["municipality"] == ["Helsingfors"]
    assert records["/sv/hitta-digistod/esbo/"]["filters"] == {"type": ["Kommun"], "municipality": ["Esbo"]}
    assert records["/verkosto/jasenet/digiapu-oy/"]["filters"]["type"] == ["Jäsen"]


def test_each_language_has_its_own_bundles_each_page_in_one(search_site: Path) -> None:
    # Each language's search page merges its own language's bundles, which hold only that language,
    # each no more than SEARCH_PAGES_PER_BUNDLE pages, every page in one of them.
    for folder, lang, search_page in ((search_site, "fi", "haku"), (search_site / "sv", "sv", "sv/sok")):
        folders = sorted(folder.glob("pagefind*/pagefind-entry.json"))
        assert len(folders) >= 2, folders
        counts = []
        for entry_file in folders:
            entry = json.loads(entry_file.read_text(encoding="utf-8"))
            assert set(entry["languages"]) == {lang}
            counts.append(entry["languages"][lang]["page_count"])
        assert max(counts) <= PAGES_PER_BUNDLE and max(counts) - min(counts) <= 1, counts
        search = page(search_site, search_page + "/").select_one("[data-module=search]")
        assert search is not None
        listed = [urlparse(url).path for url in search["data-bundles"].split()]
        root = "/" + folder.relative_to(search_site).as_posix() + "/" if folder != search_site else "/"
        assert listed[0] == f"{root}pagefind/"
        assert sorted(listed) == sorted(f"{root}{entry.parent.name}/" for entry in folders)
    urls = [record["url"] for found in indexed(search_site).values() for record in found]
    assert len(urls) == len(set(urls))


def test_unused_pagefind_interfaces_are_not_published(search_site: Path) -> None:
    for bundle in bundles(search_site):
        assert (bundle / "pagefind.js").exists()
        assert not list(bundle.glob("pagefind-*ui*")) and not (bundle / "pagefind-highlight.js").exists()


def test_sitemap_lists_every_public_page_once_with_alternates(search_site: Path) -> None:
    root = ET.parse(search_site / "sitemap.xml").getroot()
    entries = root.findall(f"{SITEMAP}url")
    locs = [entry.findtext(f"{SITEMAP}loc") for entry in entries]
    assert len(locs) == len(set(locs))
    public = {"/" + page_url(search_site, p.path) for p in built_pages(search_site) if p.path.name != "404.html"}
    assert set(locs) == public
    for loc in locs:
        target = search_site / loc.lstrip("/")
        assert (target / "index.html" if loc.endswith("/") else target).exists(), loc
    assert not any(word in loc for loc in locs for word in ("404", "luonnos", "tuleva"))
    by_loc = {entry.findtext(f"{SITEMAP}loc"): entry for entry in entries}
    about = {link.get("hreflang"): link.get("href") for link in by_loc["/tietoa/"].findall(f"{XHTML}link")}
    assert about == {"fi": "/tietoa/", "sv": "/sv/om-oss/"}
    for href in about.values():
        assert href in by_loc
    assert by_loc["/saavutettavuusseloste/"].findtext(f"{SITEMAP}lastmod") == "2026-12-01"
    assert by_loc["/uutiset/digitukea-kirjastossa/"].findtext(f"{SITEMAP}lastmod") == "2026-11-02"
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\d", by_loc["/loyda-digitukea/paikka/helsinki-oodi/"].findtext(f"{SITEMAP}lastmod") or ""
    )


def test_robots_txt_points_to_the_sitemap(search_site: Path) -> None:
    robots = (search_site / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert robots.count("Sitemap: /sitemap.xml") == 1
    assert "User-agent: *" in robots


def test_site_index_lists_every_indexed_page_by_letter_with_a_o_after_z(search_site: Path) -> None:
    records = indexed(search_site)
    for lang, path in (("fi", "hakemisto/"), ("sv", "sv/register/")):
        soup = page(search_site, path)
        groups = soup.select(".uudi-site-index__group")
        letters = [group.h2.get_text() for group in groups]
        assert letters == sorted(letters, key=lambda letter: "" if letter == "#" else sort_key(letter))
        titles = [(group.h2.get_text(), a.get_text()) for group in groups for a in group.select("li a")]
        assert len(titles) == len(records[lang])
        for letter, title in titles:
            assert letter == "#" or title.upper().startswith(letter)
        for group in groups:
            names = [a.get_text() for a in group.select("li a")]
            assert names == sorted(names, key=sort_key)
    swedish = [g.h2.get_text() for g in page(search_site, "sv/register/").select(".uudi-site-index__group")]
    tail = [letter for letter in swedish if letter in "ZÅÄÖ"]
    assert tail == sorted(tail, key="ZÅÄÖ".index) and "Ö" in tail


def test_search_page_alone_allows_webassembly_and_is_linked_from_every_header(search_site: Path) -> None:
    for path in ("haku/", "sv/sok/"):
        policy = page(search_site, path).select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
        assert "script-src 'self' 'wasm-unsafe-eval';" in policy
        assert page(search_site, path).select_one(".uudi-header__search")["aria-current"] == "page"
    for built in built_pages(search_site):
        soup = page(search_site, str(built.path.relative_to(search_site)))
        if built.path.parent.name in ("haku", "sok"):
            continue
        assert "wasm-unsafe-eval" not in soup.select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
        link = soup.select_one("header .uudi-header__search")
        assert link is not None, built.path
        assert link["href"] == ("/sv/sok/" if built.lang == "sv" else "/haku/")


def test_search_page_offers_the_fallback_links(search_site: Path) -> None:
    soup = page(search_site, "sv/sok/")
    form = soup.select_one("form[role=search]")
    assert form.has_attr("hidden")
    assert soup.select_one('label[for="search-query"]').get_text() == "Sökord"
    links = [a["href"] for a in soup.select("[data-search-fallback] a")]
    assert links == ["/sv/register/", "/sv/hitta-digistod/", "/sv/nyheter/arkiv/"]
    assert [s["src"] for s in soup.select("script[src]")] == ["/theme/js/search.js"]
