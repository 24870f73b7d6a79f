"""Pelican signal receivers of the directory (module-level functions: signals hold weak references)."""

from typing import Any

from pelican import signals

from plugins.site_i18n.urls import join_url, url_for

from .generator import DirectoryGenerator


def get_generators(pelican: Any) -> type[DirectoryGenerator]:
    """Add the directory generator to every language's run."""
    return DirectoryGenerator


def display_clock(value: str) -> str:
    """'09:00' as Finns and Finland-Swedes write it: '9.00'."""
    hours, minutes = value.split(":")
    return f"{int(hours)}.{minutes}"


def add_template_helpers(generator: Any) -> None:
    """`location_url(lang, id, lang_siteurls)` and the `clock` filter for every template."""
    language_urls = generator.settings["LANGUAGE_URLS"]

    def template_location_url(lang: str, location_id: str, siteurls: dict[str, str]) -> str:
        """Full URL of a location's page on the site of `lang` (member pages link to locations)."""
        return url_for(language_urls, lang, "LOCATION_URL", location_id, siteurls[lang])

    if hasattr(generator, "env"):
        generator.env.globals["location_url"] = template_location_url
        generator.env.filters["clock"] = display_clock


def link_to_directory(content: Any) -> None:
    """In Markdown, `[Find digital support]({support})` links to the directory (not a content file)."""
    text = getattr(content, "_content", None)
    if text and "{support}" in text:
        settings = content.settings
        content._content = text.replace("{support}", join_url(settings["SITEURL"], settings["SUPPORT_URL"]))


def register() -> None:
    """Connect the receivers."""
    signals.get_generators.connect(get_generators)
    signals.content_object_init.connect(link_to_directory)
    signals.generator_init.connect(add_template_helpers)
