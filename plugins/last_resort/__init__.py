"""Last resort inside the Pelican run: an unexpected error is a short Finnish message naming the
file being processed; its full trace goes to .cache/build-error.log for developers.

Pelican logs a crash with its traceback (logger.critical(..., exc_info=True)); a filter on the
log handlers writes that trace to the log file instead and leaves the message alone on screen.
Listed first in PLUGINS, so it is in place before any other plugin can fail.
"""

import logging
import traceback
from pathlib import Path
from typing import Any

from pelican import signals

LOG_NAME = "build-error.log"
MESSAGE = (
    "Odottamaton virhe {where}. Sivustoa ei rakennettu; julkaistu versio on ennallaan. "
    "Tarkista tiedosto tai pyydä apua kehittäjältä (tekninen kuvaus: {log})."
)


class _State:
    """The file being read or written now, and where the trace is kept."""

    current: str = ""
    log: Path = Path(".cache") / LOG_NAME


def track(content: Any, *_: Any) -> None:
    """Remember the source file of a post or page that was just read or is about to be written."""
    source = getattr(content, "source_path", "")
    if source:
        _State.current = str(source)


def track_write(generator: Any, content: Any) -> None:
    """Writing signals pass the generator first."""
    track(content)


class TraceToFile(logging.Filter):
    """Turns a log record that carries a traceback into the short message; the trace goes to the log file."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite records with exc_info; keep every record."""
        if record.exc_info and record.levelno >= logging.ERROR:
            trace = "".join(traceback.format_exception(*record.exc_info))  # type: ignore[misc]
            try:
                _State.log.parent.mkdir(parents=True, exist_ok=True)
                _State.log.write_text(f"{_State.current or '-'}\n{trace}", encoding="utf-8")
                log = str(_State.log)
            except OSError:
                log = "ei tallennettu"
            where = f"tiedostoa {_State.current} käsiteltäessä" if _State.current else "sivustoa rakennettaessa"
            record.msg, record.args = MESSAGE.format(where=where, log=log), ()
            record.exc_info, record.exc_text = None, None
        return True


def install(pelican: Any) -> None:
    """Put the filter on every log handler, and the log file beside the content cache."""
    cache = Path(pelican.settings.get("CACHE_PATH") or ".cache").resolve()
    # Each language has its own cache folder under the project's .cache/; the log is one file there.
    project_cache = next((folder for folder in (cache, *cache.parents) if folder.name == ".cache"), cache)
    _State.log = project_cache / LOG_NAME
    for handler in logging.getLogger().handlers:
        if not any(isinstance(existing, TraceToFile) for existing in handler.filters):
            handler.addFilter(TraceToFile())


def register() -> None:
    """Connect the receivers (module level: signals hold weak references)."""
    signals.initialized.connect(install)
    signals.content_object_init.connect(track)
    signals.article_generator_write_article.connect(track_write)
    signals.page_generator_write_page.connect(track_write)
