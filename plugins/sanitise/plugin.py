"""Pelican receiver: every post and page body is sanitised right after Markdown renders it.

Runs before the images plugin (PLUGINS order in pelicanconf.py), so the <picture> markup that
plugin writes from escaped parts is never touched. `make check` reports what would be removed,
with file and line (sitebuild/content_checks/markup.py).
"""

from typing import Any

from pelican import signals

from .policy import sanitise


def sanitise_body(content: Any) -> None:
    """Replace the rendered body with its sanitised form."""
    if getattr(content, "_content", None):
        content._content = sanitise(content._content)


def register() -> None:
    """Connect the receiver (module level: signals hold weak references)."""
    signals.content_object_init.connect(sanitise_body)
