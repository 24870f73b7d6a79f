"""What every generator shares when it writes output: the page writer, other files, open-data JSON, <script> JSON."""

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from markupsafe import Markup
from pelican.generators import Generator

from plugins.site_data.problems import stop_on_errors
from plugins.site_data.region import Licence
from plugins.site_data.site import site_data
from plugins.site_data.sitedata import SiteData
from plugins.site_i18n.urls import SiteUrls, save_as

# Inside <script> the HTML parser only looks for '</script' and '<!--'; escaping <, > and & as JSON
# escapes keeps any text (a name with "</script>") from ending the element, and the JSON is unchanged.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def script_json(data: Any) -> Markup:
    """Compact, stable JSON that is safe inside a <script> element (<, > and & escaped as \\u003c ...)."""
    return Markup(json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE))  # noqa: S704 - <, > and & are escaped above


def write_page(
    generator: Any, writer: Any, url: str, template: str, alternate_urls: dict[str, str], **values: Any
) -> None:
    """Write the page at site-relative `url` with `template`; alternate_urls are the same page in other languages."""
    _write(generator, writer, url, template, alternate_urls, None, values)


def write_paginated(
    generator: Any,
    writer: Any,
    url: str,
    template: str,
    alternate_urls: dict[str, str],
    name: str,
    items: Sequence[Any],
    **values: Any,
) -> None:
    """write_page for a list split into pages: Pelican's pagination, as the news lists have it.

    PAGINATED_TEMPLATES[template] items a page, at PAGINATION_PATTERNS (url, then url/page/2/ ...); the template
    gets `<name>_page`, `<name>_paginator`, `<name>_previous_page` and `<name>_next_page`.
    """
    _write(generator, writer, url, template, alternate_urls, {name: items}, values)


def _write(
    generator: Any,
    writer: Any,
    url: str,
    template: str,
    alternate_urls: dict[str, str],
    paginated: dict[str, Sequence[Any]] | None,
    values: dict[str, Any],
) -> None:
    writer.write_file(
        save_as(url),
        generator.get_template(template),
        generator.context,
        relative_urls=generator.settings["RELATIVE_URLS"],
        paginated=paginated,
        template_name=template if paginated else None,
        url=url,
        page_alternate_urls=alternate_urls,
        **values,
    )


def site_urls(generator: Any) -> SiteUrls:
    """Every language's site URL and URL settings of this build (i18n_subsites puts lang_siteurls in the context)."""
    settings = generator.settings
    siteurls = generator.context.get("lang_siteurls") or {settings["DEFAULT_LANG"]: settings["SITEURL"]}
    return SiteUrls(siteurls, settings["LANGUAGE_URLS"])


def write_file(writer: Any, relative: str, data: str | bytes) -> None:
    """Write a file that is not a page (open data, calendars, feeds) at `relative` under the output folder."""
    target = Path(writer.output_path) / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        target.write_text(data, encoding="utf-8", newline="")
    else:
        target.write_bytes(data)


def open_data_json(key: str, rows: Sequence[dict[str, Any]], source: str, licence: Licence) -> str:
    """One open-data JSON document: its source and licence, how many rows, then the rows under `key`."""
    document = {
        "source": source,
        "licence": licence.name,
        "licence_url": licence.url,
        "count": len(rows),
        key: list(rows),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


class SiteGenerator(Generator):  # type: ignore[misc]
    """A generator of pages made from data/: the language it builds and the build's checked data."""

    @property
    def lang(self) -> str:
        """The language of this pass (i18n_subsites runs one pass per language)."""
        return str(self.settings["DEFAULT_LANG"])

    def checked_site_data(self) -> SiteData:
        """The build's data, loaded once for every generator; a build with data errors stops here."""
        site = site_data(self.settings)
        stop_on_errors(site.problems)
        return site
