"""All of data/ loaded and checked once: the single entry point for plugins and `make check`."""

from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from .locations import LOCATION_CHECKS
from .municipalities import load_municipalities
from .problems import Problem
from .records import load_records
from .references import member_logos, member_municipalities, partner_members, people_photos
from .sitedata import SiteData

# Record kinds kept as one YAML file per record under data/<kind>/, each with its schema in
# data/schemas/<kind>.schema.json. A feature that adds a kind adds it here.
RECORD_KINDS: tuple[str, ...] = ("members", "people", "regions", "partners", "locations")

# Checks across records (a location's member exists, ...): each takes the loaded data, yields problems.
CrossCheck = Callable[[SiteData], Iterable[Problem]]
CROSS_CHECKS: tuple[CrossCheck, ...] = (member_municipalities, member_logos, people_photos, partner_members, *LOCATION_CHECKS)


def load_site_data(data_dir: Path) -> SiteData:
    """Load municipalities and every record kind, run the cross-record checks, collect all problems.

    One build asks for the data once per plugin and language; files that have not changed since
    the last call (same names, sizes and modification times) are not read again.
    """
    return _load_unchanged(Path(data_dir).resolve(), _fingerprint(Path(data_dir)))


def _fingerprint(data_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, size and modification time of every file under data_dir."""
    files = sorted(path for path in data_dir.rglob("*") if path.is_file())
    return tuple((str(path), stat.st_size, stat.st_mtime_ns) for path in files for stat in [path.stat()])


@lru_cache(maxsize=4)
def _load_unchanged(data_dir: Path, fingerprint: tuple[tuple[str, int, int], ...]) -> SiteData:
    site = SiteData(data_dir)
    site.municipalities = load_municipalities(data_dir, site.problems)
    for kind in RECORD_KINDS:
        record_set = load_records(data_dir, kind)
        site.record_sets[kind] = record_set
        site.problems.extend(record_set.problems)
    for check in CROSS_CHECKS:
        site.problems.extend(check(site))
    site.problems = _one_per_line(site.problems)
    return site


def _one_per_line(problems: list[Problem]) -> list[Problem]:
    """Keep the first problem reported at a line (the schema's, usually): a code that is both
    malformed and unknown needs one message, not two."""
    seen: set[tuple[Path, int]] = set()
    kept = []
    for problem in problems:
        key = (problem.path, problem.line)
        if problem.line and key in seen:
            continue
        seen.add(key)
        kept.append(problem)
    return kept
