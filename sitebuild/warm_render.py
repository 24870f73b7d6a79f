"""Inside the preview's warm build (warm_build.py): read saved posts and pages again, write their pages.

Only Pelican's own content kinds are re-rendered here (ArticlesGenerator: posts and drafts;
PagesGenerator: pages); events, data and templates always take the full rebuild. Lists, feeds and
the A-Ö index are left to that rebuild too: the writer is looking at the page they saved.
"""

import os
from typing import Any

from pelican import signals
from pelican.contents import Content
from pelican.generators import ArticlesGenerator, Generator, PagesGenerator
from pelican.writers import Writer

# What reading a content object again leaves alone: set after reading, by Pelican
# (translations) and i18n_subsites (the other language's address).
KEPT_ON_REREAD = frozenset({"translations", "override_url"})
# The lists of ArticlesGenerator and PagesGenerator that hold content objects.
CONTENT_LISTS = (
    *("articles", "translations", "drafts", "drafts_translations", "hidden_articles", "hidden_translations"),
    *("pages", "hidden_pages", "draft_pages", "draft_translations"),
)


def _contents(generator: Generator) -> list[Content]:
    """Every content object a generator holds, written or not (a pass keeps the other language's
    posts as translations or drafts)."""
    return [item for name in CONTENT_LISTS for item in getattr(generator, name, [])]


def _read_again(generator: ArticlesGenerator | PagesGenerator, old: Content) -> None:
    """Read old's file again and give old its new text and fields, so every list that holds it
    (listings, translations) sees the change."""
    is_article = isinstance(generator, ArticlesGenerator)
    new = generator.readers.read_file(
        base_path=generator.path,
        path=os.path.relpath(old.source_path, generator.path),
        content_class=type(old),
        context=generator.context,
        preread_signal=signals.article_generator_preread if is_article else signals.page_generator_preread,
        preread_sender=generator,
        context_signal=signals.article_generator_context if is_article else signals.page_generator_context,
        context_sender=generator,
    )
    for name, value in vars(new).items():
        if name not in KEPT_ON_REREAD:
            setattr(old, name, value)


class _OnlyTheseWriter(Writer):  # type: ignore[misc]
    """Pelican's writer, writing only the pages of the given content objects (no lists, no feeds)."""

    def __init__(self, output_path: str, settings: dict[str, Any], contents: list[Content]) -> None:
        super().__init__(output_path, settings=settings)
        self._ids = {id(item) for item in contents}
        self.written: list[str] = []

    def write_file(self, name: str, template: Any, context: dict[str, Any], *args: Any, **kwargs: Any) -> None:
        """Write name only when it is the page of one of the contents."""
        item = kwargs.get("article", kwargs.get("page"))
        if item is not None and id(item) in self._ids:
            super().write_file(name, template, context, *args, **kwargs)
            self.written.append(os.path.join(self.output_path, name))

    def write_feed(self, *args: Any, **kwargs: Any) -> None:
        """Feeds wait for the full rebuild."""


def rerender(generators: list[Generator], saved: set[str], built_into: str, output: str) -> list[str] | None:
    """Read the saved files again and write their pages into output; None when a saved file is not
    a post or page this build knows (the full rebuild handles it)."""
    found: set[str] = set()
    written: list[str] = []
    for generator in generators:
        if not isinstance(generator, (ArticlesGenerator, PagesGenerator)):
            continue
        changed = [item for item in _contents(generator) if os.path.abspath(item.source_path) in saved]
        if not changed:
            continue
        for item in changed:
            _read_again(generator, item)
            found.add(os.path.abspath(item.source_path))
        target = os.path.join(output, os.path.relpath(generator.output_path, built_into))
        writer = _OnlyTheseWriter(target, generator.settings, changed)
        if isinstance(generator, ArticlesGenerator):
            generator.generate_pages(writer)
        else:
            generator.generate_output(writer)
        written += writer.written
    return written if found == saved else None
