"""URLs of directory pages in any language, from the per-language URL settings (LANGUAGE_URLS)."""

from collections.abc import Mapping

from plugins.site_data.municipalities import name_slug


def location_url(language_urls: Mapping[str, Mapping[str, str]], lang: str, location_id: str) -> str:
    """Site-relative URL of a location's page on the site of `lang` (e.g. 'loyda-digitukea/paikka/x/')."""
    return language_urls[lang]["LOCATION_URL"].format(id=location_id)


def municipality_slug(name: str) -> str:
    """URL word for a municipality name: 'Järvenpää' -> 'jarvenpaa', 'Hangö' -> 'hango'."""
    return name_slug(name)


def municipality_url(language_urls: Mapping[str, Mapping[str, str]], lang: str, name: str) -> str:
    """Site-relative URL of a municipality's page, given its name in `lang`."""
    return language_urls[lang]["MUNICIPALITY_URL"].format(slug=municipality_slug(name))


def save_as(url: str) -> str:
    """The file a folder-style URL is written to."""
    return url + "index.html" if url.endswith("/") or not url else url
