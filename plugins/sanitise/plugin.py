"""Pelican receiver: every post and page body is sanitised right after Markdown renders it.

Runs before the images plugin (PLUGINS order in pelicanconf.py), so the <picture> markup that
plugin writes from escaped parts is never touched. `make check` reports what would be removed,
with file and line (sitebuild/content_checks/markup.py).
"""

import logging
from pathlib import Path
from typing import Any

from pelican import signals

from plugins.site_data.files import resolves_inside

from .policy import sanitise

logger = logging.getLogger(__name__)


def sanitise_body(content: Any) -> None:
    """Replace the rendered body with its sanitised form."""
    if getattr(content, "_content", None):
        content._content = sanitise(content._content)


def drop_outside_files(generator: Any) -> None:
    """Publish no static file that resolves outside content/ (a symlink to elsewhere); make check names them."""
    content_dir = Path(generator.settings["PATH"])
    kept = [item for item in generator.staticfiles if resolves_inside(Path(item.source_path), content_dir)]
    for item in generator.staticfiles:
        if item not in kept:
            logger.warning("Ei julkaista: %s on linkki kansion content/ ulkopuolelle.", item.source_path)
    generator.staticfiles[:] = kept
    if generator.context.get("staticfiles") is not generator.staticfiles:
        generator.context["staticfiles"] = kept


def register() -> None:
    """Connect the receivers (module level: signals hold weak references)."""
    signals.content_object_init.connect(sanitise_body)
    signals.static_generator_finalized.connect(drop_outside_files)
