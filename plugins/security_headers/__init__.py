"""Security headers and error pages: writes the host files (_headers, _redirects, .htaccess, nginx snippet)."""

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pelican import signals

from .policy import HOST_FILES, SiteLayout, redirects, render


def site_layout(settings: dict[str, Any]) -> SiteLayout:
    """The search pages and each language's 404 page as paths from the domain root (the site may live in a folder)."""
    prefix = urlsplit(settings.get("SITEURL") or "").path.rstrip("/") + "/"
    main = settings["DEFAULT_LANG"]
    folders = {lang: "" if lang == main else f"{lang}/" for lang in settings["LANGUAGE_URLS"]}
    search = tuple(
        prefix + folders[lang] + urls["SEARCH_URL"]
        for lang, urls in settings["LANGUAGE_URLS"].items()
        if "SEARCH_URL" in urls
    )
    # Longest folder first: /sv/ must be matched before the site root.
    error_pages = tuple(
        (prefix + folder, prefix + folder + "404.html") for folder in sorted(folders.values(), key=len, reverse=True)
    )
    return SiteLayout(search_paths=search, error_pages=error_pages)


def write_host_files(pelican: Any) -> None:
    """Write every host's headers file into the main site's output (not into language subsites)."""
    settings = pelican.settings
    headers = settings.get("SECURITY_HEADERS")
    if not headers or settings["DEFAULT_LANG"] in settings.get("I18N_SUBSITES", {}):
        return
    output = Path(settings["OUTPUT_PATH"])
    layout = site_layout(settings)
    for name, host in HOST_FILES.items():
        (output / name).write_text(render(host, headers, layout), encoding="utf-8")
    (output / "_redirects").write_text(redirects(layout), encoding="utf-8")


def register() -> None:
    """Connect the receivers (module level: signals hold weak references)."""
    signals.finalized.connect(write_host_files)
