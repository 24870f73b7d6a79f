"""Read content/events/ once per build: typed events from files with no errors, and every problem found."""

import hashlib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from pelican.readers import MarkdownReader

from plugins.sanitise.policy import sanitise
from plugins.site_data.problems import Problem
from plugins.site_data.sitedata import SiteData
from plugins.site_data.today import site_zone
from sitebuild.content_checks import read_sources
from sitebuild.content_checks.events import read_event

from .model import Event

EVENTS_FOLDER = "events"
# Both language sites of one build read the same files: read them once (keyed by their content).
_CACHE: dict[tuple[Any, ...], tuple[list[Event], list[Problem]]] = {}


def load_events(settings: Mapping[str, Any], site: SiteData) -> tuple[list[Event], list[Problem]]:
    """The events of the build's content folder, with their bodies rendered by Pelican's Markdown reader."""
    content_dir = Path(settings["PATH"])
    files = sorted((content_dir / EVENTS_FOLDER).rglob("*.md"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path).encode() + b"\0" + path.read_bytes())
    key = (str(content_dir), digest.hexdigest(), tuple(site.members), tuple(site.locations), settings["TIMEZONE"])
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = _read(settings, content_dir, site)
    return _CACHE[key]


def _read(settings: Mapping[str, Any], content_dir: Path, site: SiteData) -> tuple[list[Event], list[Problem]]:
    sources, problems = read_sources(content_dir, ((EVENTS_FOLDER, "event"),))
    reader = MarkdownReader(dict(settings))
    events = []
    for source in sources:
        event, found = read_event(source, site.members, site.locations, site_zone(settings))
        problems.extend(found)
        if event is not None:
            # The same sanitiser as posts and pages (plugins/sanitise): event bodies are untrusted too.
            events.append(replace(event, body=sanitise(reader.read(str(source.path))[0])))
    return events, problems
