"""All of data/ loaded, checked and turned into typed models once: the single entry point for plugins and `make check`."""

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import models
from .locations import LOCATION_CHECKS, load_directory_labels
from .municipalities import load_municipalities
from .problems import Problem
from .records import load_records
from .references import MUNICIPALITY_NAME, member_logos, member_municipalities, partner_members, people_photos
from .region import Region
from .sitedata import SiteData
from .today import site_today

# Record kinds kept as one YAML file per record under data/<kind>/, each with its schema in
# data/schemas/<kind>.schema.json, and the model each valid record becomes (plugins/site_data/models.py).
# A feature that adds a kind adds it here.
MODELS: dict[str, tuple[str, Callable[[Mapping[str, Any], str], Any]]] = {
    "members": ("members", models.member),
    "people": ("people", models.person),
    "regions": ("sister_networks", models.sister_network),
    "partners": ("partners", models.partner),
    "locations": ("locations", models.location),
}
RECORD_KINDS: tuple[str, ...] = tuple(MODELS)

# Checks across records (a location's member exists, ...): each takes the loaded data, yields problems.
CrossCheck = Callable[[SiteData], Iterable[Problem]]
CROSS_CHECKS: tuple[CrossCheck, ...] = (
    member_municipalities,
    member_logos,
    people_photos,
    partner_members,
    *LOCATION_CHECKS,
)


def data_dir(settings: Mapping[str, Any]) -> Path:
    """The data folder of a site: DATA_PATH as given when absolute, else beside the content folder."""
    path = Path(settings.get("DATA_PATH", "data"))
    if path.is_absolute():
        return path
    content = Path(settings["PATH"])
    return (content if content.is_absolute() else Path.cwd() / content).parent / path


def site_data(settings: Mapping[str, Any]) -> SiteData:
    """The data of the site these (Pelican) settings build: its data folder, REGION and today."""
    return load_site_data(data_dir(settings), settings["REGION"], site_today(settings))


def load_site_data(data_dir: Path, region: Region, today: date) -> SiteData:
    """Load municipalities and every record kind, run the cross-record checks, collect all problems.

    One build asks for the data once per plugin and language; files that have not changed since
    the last call (same names, sizes and modification times) are not read again.
    """
    return _load_unchanged(Path(data_dir).resolve(), _fingerprint(Path(data_dir)), region, today)


def _fingerprint(data_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, size and modification time of every file under data_dir."""
    files = sorted(path for path in data_dir.rglob("*") if path.is_file())
    return tuple((str(path), stat.st_size, stat.st_mtime_ns) for path in files for stat in [path.stat()])


@lru_cache(maxsize=4)
def _load_unchanged(
    data_dir: Path, fingerprint: tuple[tuple[str, int, int], ...], region: Region, today: date
) -> SiteData:
    site = SiteData(data_dir, region, today)
    lang = region.main_lang
    site.municipalities = load_municipalities(data_dir, site.problems)
    if (data_dir / "directory-labels.yaml").exists():
        raw_labels = load_directory_labels(data_dir, site.problems)
        if raw_labels:
            site.labels = models.directory_labels(raw_labels, lang)
    for kind, (attribute, build) in MODELS.items():
        record_set = load_records(data_dir, kind)
        site.record_sets[kind] = record_set
        site.problems.extend(record_set.problems)
        # Only schema-valid records become models; `records` never holds an invalid one.
        setattr(
            site,
            attribute,
            {record_id: build(record_set.records[record_id], lang) for record_id in sorted(record_set.records)},
        )
    for check in CROSS_CHECKS:
        site.problems.extend(check(site))
    site.problems = _one_per_line(site.problems)
    return site


def _one_per_line(problems: list[Problem]) -> list[Problem]:
    """Keep the first problem reported at a line (the schema's, usually): a code that is both
    malformed and unknown needs one message, not two. A municipality's name where its code belongs
    is told as such, with the code to write, in place of the schema's message."""
    seen: set[tuple[Path, int]] = set()
    kept = []
    for problem in sorted(problems, key=lambda problem: problem.code != MUNICIPALITY_NAME):
        key = (problem.path, problem.line)
        if problem.line and key in seen:
            continue
        seen.add(key)
        kept.append(problem)
    return kept
