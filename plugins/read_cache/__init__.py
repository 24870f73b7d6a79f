"""Read each Markdown source once per build, whatever the number of languages.

i18n_subsites runs one Pelican pass per language in the same process, and every pass reads and
converts every content file again (then drops the other languages' files). Python-Markdown is
most of a build's time (issue 15), so the first pass keeps what the reader made of each file: the
body HTML, the raw metadata lines and the HTML of each formatted field (Summary). Later passes
replay it. Only this raw output is kept: the metadata is processed again by each pass's own reader
(its Tag/Category/Author objects carry that language's URL settings) and Pelican builds fresh
content objects from it, which generators then mutate freely.

Pelican's own content cache (CACHE_CONTENT) cannot do this: it is kept per language
(i18n_subsites gives each language its own CACHE_PATH) and stores the processed metadata, whose
objects hold the settings of the language that wrote it. It still works on top of this one in the
preview, where it saves reading unchanged files between rebuilds.

A file written in another language that has a pass of its own (LANGUAGES) is only a translation
or removed content in this pass: only its metadata is used (title, URL, translation key), so only
its metadata block is read here and its body is converted by its own language's pass. Each
language's pass then converts only its own files, which is what lets plugins/language_passes run
the passes side by side without both converting everything.
"""

import copy
import os
import re
from typing import Any

from markdown import Markdown
from pelican import signals
from pelican.readers import MarkdownReader, Readers
from pelican.utils import pelican_open

from .inline_gate import gate_inline_patterns
from .iso_dates import iso_date

# (path, mtime, size, Markdown settings) -> (body HTML, raw metadata or None, formatted fields' HTML);
# the body is None when only the metadata was read (a file of another language's pass).
Entry = tuple[str | None, dict[str, list[str]] | None, tuple[str, ...]]
_CACHE: dict[tuple[str, int, int, str], Entry] = {}


# A one-line field made only of letters, digits, spaces and punctuation that means nothing to
# Markdown or its extensions (no * _ ` [ ] < > & # | { } ~ \\, no list or heading start, no
# leading or trailing space) is one paragraph of the same text: Python-Markdown would make
# exactly `<p>text</p>` of it (tests/plugins/read_cache checks this on many summaries).
PLAIN_LINE = re.compile(r"[^\W\d_](?:[^\W_]|[ .,;:?!'\"%/()+=-])*(?<! )")


def plain_paragraph(source: str) -> str | None:
    """The HTML Markdown makes of a plain one-line field, or None when it must be converted."""
    return f"<p>{source}</p>" if PLAIN_LINE.fullmatch(source) else None


# One body converter and one field converter per Markdown configuration, reused with reset()
# (as Pelican itself reuses its instance for the fields): making a Markdown instance with its
# extensions costs about a sixth of converting a post. Both skip inline patterns that cannot
# match a text (inline_gate).
_CONVERTERS: dict[str, tuple[Markdown, Markdown]] = {}


def _converters(config: str, settings: dict[str, Any]) -> tuple[Markdown, Markdown]:
    """The (body, fields) Markdown instances for these MARKDOWN settings; fields without `meta`,
    as MarkdownReader._parse_metadata converts them."""
    if config not in _CONVERTERS:
        body, fields = Markdown(**settings), Markdown(**settings)
        fields.preprocessors.deregister("meta")
        gate_inline_patterns(body)
        gate_inline_patterns(fields)
        _CONVERTERS[config] = (body, fields)
    return _CONVERTERS[config]


class _RecordingFields:
    """Stands in for Markdown in MarkdownReader._parse_metadata on a first read: converts each
    formatted field and keeps its HTML for the later passes.

    Formatted fields (Summary) are mostly one plain sentence: those skip Markdown (plain_paragraph).
    """

    def __init__(self, markdown: Markdown) -> None:
        self._markdown = markdown
        self.preprocessors = _NoPreprocessors()  # the fields converter has no meta preprocessor
        self.recorded: list[str] = []

    def reset(self) -> None:
        """Each conversion below starts from a reset converter."""

    def convert(self, source: str) -> str:
        """The field's HTML, remembered."""
        html = plain_paragraph(source)
        if html is None:
            self._markdown.reset()
            html = self._markdown.convert(source)
        self.recorded.append(html)
        return html


class _NoPreprocessors:
    """MarkdownReader._parse_metadata deregisters the meta preprocessor; nothing to do on replay."""

    def deregister(self, name: str) -> None:
        """Nothing is registered on a replay."""


class _Replay:
    """Stands in for Markdown in MarkdownReader._parse_metadata: hands back the formatted fields'
    HTML of the first pass in the same order (the metadata dict keeps its order)."""

    def __init__(self, outputs: tuple[str, ...]) -> None:
        self._outputs = iter(outputs)
        self.preprocessors = _NoPreprocessors()

    def reset(self) -> None:
        """Nothing to reset: no conversion happens."""

    def convert(self, source: str) -> str:
        """The HTML the first pass made of this field."""
        return next(self._outputs)


# The end of the metadata block at the latest: Python-Markdown's meta extension stops at the first
# blank line (or earlier, at the first line that is not a field).
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
# Reads only the metadata block: the meta preprocessor runs before every other extension's, so its
# result does not depend on them.
_METADATA_ONLY = Markdown(extensions=["markdown.extensions.meta"])


def _raw_metadata(text: str) -> dict[str, list[str]] | None:
    """The meta extension's fields of text, from its first lines only."""
    end = _BLANK_LINE.search(text)
    _METADATA_ONLY.reset()
    _METADATA_ONLY.convert(text[: end.start()] if end else text)
    return getattr(_METADATA_ONLY, "Meta", None)


def _body_needed(meta: dict[str, list[str]] | None, settings: dict[str, Any]) -> bool:
    """False for a file in another language that is built by a pass of its own (see the module text)."""
    lang = (meta or {}).get("lang")
    if not lang:
        return True
    own = lang[0].strip()
    return own == settings["DEFAULT_LANG"] or own not in settings.get("LANGUAGES", {})


class CachedMarkdownReader(MarkdownReader):  # type: ignore[misc]
    """Pelican's Markdown reader, converting each unchanged file only once per process."""

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        """Content HTML and this pass's processed metadata of source_path."""
        stat = os.stat(source_path)
        key = (
            os.path.abspath(source_path),
            stat.st_mtime_ns,
            stat.st_size,
            repr((self.settings["MARKDOWN"], self.settings["FORMATTED_FIELDS"])),
        )
        self._source_path = source_path
        self._md: _RecordingFields | _Replay
        entry = _CACHE.get(key)
        # An entry without a body (read by another language's pass in this process) is read again
        # when this pass needs the body.
        if entry is not None and (entry[0] is not None or not _body_needed(entry[1], self.settings)):
            html, raw, formatted = entry
            self._md = _Replay(formatted)
            return html or "", (self._parse_metadata(copy.deepcopy(raw)) if raw is not None else {})
        # Same steps as MarkdownReader.read, with reused converters and the fields recorded.
        body, fields = _converters(key[3], self.settings["MARKDOWN"])
        with pelican_open(source_path) as text:
            # Only with several languages can a file belong to another pass.
            meta = _raw_metadata(text) if len(self.settings.get("LANGUAGES", {})) > 1 else None
            content: str | None = None
            if _body_needed(meta, self.settings):
                body.reset()
                content = body.convert(text)
                meta = getattr(body, "Meta", None)
        meta = copy.deepcopy(meta)
        recorder = _RecordingFields(fields)
        self._md = recorder
        metadata = self._parse_metadata(copy.deepcopy(meta)) if meta is not None else {}
        _CACHE[key] = (content, meta, tuple(recorder.recorded))
        return content or "", metadata

    def process_metadata(self, name: str, value: Any) -> Any:
        """Pelican's processing of one field; an ISO date without dateutil (iso_dates)."""
        date = iso_date(name, value)
        return date if date is not None else super().process_metadata(name, value)


# Pelican stores the reader's class name in each content's metadata (`reader: markdown`): keep it.
CachedMarkdownReader.__name__ = MarkdownReader.__name__


def use_cached_reader(readers: Readers) -> None:
    """Read Markdown with CachedMarkdownReader, unless settings chose another reader."""
    for extension, reader_class in readers.reader_classes.items():
        if reader_class is MarkdownReader:
            readers.reader_classes[extension] = CachedMarkdownReader


def register() -> None:
    """Connect the receiver (module level: signals hold weak references)."""
    signals.readers_init.connect(use_cached_reader)
