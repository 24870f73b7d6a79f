"""Load one kind of record (data/<kind>/<id>.yaml): schema, id equal to file name, unique ids."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .problems import Problem
from .schema import SCHEMA_DIR, validate
from .yaml_lines import LoadedYaml, load_yaml


@dataclass
class RecordSet:
    """Valid records of one kind by id, plus every problem found while loading them.

    `invalid` keeps the records that break the schema but have a proper id, so the checks across
    records still run on them: an editor sees every mistake of a file at once, not one per build.
    Pages are only ever made from `records`.
    """

    kind: str
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    sources: dict[str, LoadedYaml] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    invalid: dict[str, dict[str, Any]] = field(default_factory=dict)

    def checkable(self) -> dict[str, dict[str, Any]]:
        """Every record with a proper id, valid or not, by id: what the checks across records look at."""
        return dict(sorted({**self.records, **self.invalid}.items()))

    def __contains__(self, record_id: object) -> bool:
        return record_id in self.records or record_id in self.invalid

    def line_of(self, record_id: str, *where: str | int) -> int:
        """Line of a field of a record, for cross-record checks."""
        return self.sources[record_id].line_of(where)

    def path_of(self, record_id: str) -> Path:
        """The file a record came from."""
        return self.sources[record_id].path


def load_records(data_dir: Path, kind: str, schema_name: str | None = None, schema_dir: Path = SCHEMA_DIR) -> RecordSet:
    """Load and validate every data/<kind>/*.yaml against the engine's <schema_name>.schema.json."""
    schema_path = schema_dir / f"{schema_name or kind}.schema.json"
    result = RecordSet(kind)
    for path in sorted((data_dir / kind).glob("*.y*ml")):
        loaded = load_yaml(path, result.problems)
        if loaded is None:
            continue
        if not isinstance(loaded.data, dict):
            result.problems.append(
                Problem(path, 1, "Tiedosto on tyhjä tai sen rakenne on väärä: sen pitää koostua kentistä (nimi: arvo).")
            )
            continue
        schema_problems = validate(loaded, schema_path)
        result.problems.extend(schema_problems)
        record_id = loaded.data.get("id")
        if not isinstance(record_id, str):
            continue
        if record_id != path.stem:
            result.problems.append(
                Problem(
                    path,
                    loaded.line_of(("id",)),
                    f"Tunniste '{record_id}' ei vastaa tiedoston nimeä '{path.stem}'. Tunnisteen ja tiedostonimen pitää olla samat.",
                    "id",
                )
            )
            continue
        if record_id in result:
            other = result.sources[record_id].path
            result.problems.append(
                Problem(
                    path,
                    loaded.line_of(("id",)),
                    f"Tunniste '{record_id}' on jo käytössä tiedostossa {other}. Anna uusi tunniste.",
                    "id",
                )
            )
            continue
        (result.invalid if schema_problems else result.records)[record_id] = loaded.data
        result.sources[record_id] = loaded
    return result


def load_list(path: Path, schema_path: Path, problems: list[Problem]) -> LoadedYaml | None:
    """Load a single-file list (e.g. data/municipalities.yaml) and validate it."""
    loaded = load_yaml(path, problems)
    if loaded is None:
        return None
    found = validate(loaded, schema_path)
    problems.extend(found)
    return None if found else loaded
