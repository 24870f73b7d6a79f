"""Pelican signal receivers for the languages of the site."""

from functools import partial
from pathlib import Path
from typing import Any

from pelican import signals

from .catalogs import compile_catalogs
from .dates import format_date, iso_date
from .partials import same_on_every_page
from .urls import alternates, join_url, url_for


def compile_theme_catalogs(pelican: Any) -> None:
    """Compile theme/translations/*.po before any template is rendered."""
    settings = pelican.settings
    source = Path(settings["THEME"]) / "translations"
    compile_catalogs(source, Path(settings["I18N_GETTEXT_LOCALEDIR"]), settings["I18N_GETTEXT_DOMAIN"])


def set_translation_key(content: Any) -> None:
    """Content without `translation_key` is keyed by its slug."""
    if not getattr(content, "translation_key", None):
        content.translation_key = getattr(content, "slug", None) or content.source_path


def add_template_helpers(generator: Any) -> None:
    """Expose date formatting, cross-language URL helpers and same_on_every_page to every template."""
    language_urls = generator.settings["LANGUAGE_URLS"]

    def lang_url(lang: str, name: str, siteurls: dict[str, str], slug: str = "") -> str:
        """URL of the page kind `name` (e.g. INDEX_URL, or LOCATION_URL with a slug) on the site of `lang`."""
        return url_for(language_urls, lang, name, slug, siteurls[lang])

    generator.env.filters["format_date"] = format_date
    generator.env.filters["iso_date"] = iso_date
    generator.env.globals["lang_url"] = lang_url
    generator.env.globals["alternates"] = partial(alternates, language_urls=language_urls)
    generator.env.globals["join_url"] = join_url
    generator.env.globals["same_on_every_page"] = same_on_every_page


def register() -> None:
    """Connect the receivers (module-level functions: signals hold weak references)."""
    signals.initialized.connect(compile_theme_catalogs)
    signals.content_object_init.connect(set_translation_key)
    signals.generator_init.connect(add_template_helpers)
