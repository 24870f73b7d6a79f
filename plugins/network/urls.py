"""URLs of the network's pages in every language, from the per-language URL settings."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from plugins.site_i18n.urls import join_url


@dataclass(frozen=True)
class SiteUrls:
    """Every language's site URL and URL settings (LANGUAGE_URLS in pelicanconf.py)."""

    siteurls: Mapping[str, str]
    patterns: Mapping[str, Mapping[str, str]]

    def url(self, lang: str, name: str, **fields: Any) -> str | None:
        """The URL of page kind `name` (e.g. MEMBER_URL) in `lang`, or None when the setting is absent."""
        pattern = self.patterns.get(lang, {}).get(name)
        if pattern is None or lang not in self.siteurls:
            return None
        return join_url(self.siteurls[lang], pattern.format(**fields))

    def every_lang(self, name: str, fields: Callable[[str], Mapping[str, Any]] = lambda lang: {}) -> dict[str, str]:
        """The same page in every language: lang -> URL (fields may differ per language)."""
        found = {lang: self.url(lang, name, **fields(lang)) for lang in self.siteurls}
        return {lang: url for lang, url in found.items() if url is not None}
