"""Pelican signal receivers of the directory (module-level functions: signals hold weak references)."""

from typing import Any

from pelican import signals

from plugins.site_i18n.urls import join_url

from .generator import DirectoryGenerator


def get_generators(pelican: Any) -> type[DirectoryGenerator]:
    """Add the directory generator to every language's run."""
    return DirectoryGenerator


def display_clock(value: str) -> str:
    """'09:00' as Finns and Finland-Swedes write it: '9.00'."""
    hours, minutes = value.split(":")
    return f"{int(hours)}.{minutes}"


def add_template_helpers(generator: Any) -> None:
    """The `clock` filter for every template (links to any page: `lang_url`, plugins/site_i18n)."""
    if hasattr(generator, "env"):
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
