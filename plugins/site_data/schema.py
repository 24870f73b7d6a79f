"""Validate records against the JSON Schemas in data/schemas/, with messages an editor can act on."""

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, ValidationError

from .problems import Problem
from .yaml_lines import LoadedYaml

# The schemas are engine files: every region's data is checked against this one copy.
SCHEMA_DIR = Path(__file__).resolve().parents[2] / "data" / "schemas"

TYPE_NAMES = {
    "string": "tekstiä",
    "integer": "kokonaisluku",
    "number": "luku",
    "boolean": "true tai false",
    "array": "luettelo (rivit alkavat viivalla -)",
    "object": "joukko kenttiä",
    "null": "tyhjä",
}


@cache
def load_validator(schema_path: Path) -> Draft202012Validator:
    """A validator for one schema file (cached: every record of a kind shares it)."""
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


# The one mapping from a data file's list names to Finnish words for messages ("2. aukiolorivi").
# A name mapped to "" is left out of the words: its one list says it all.
FIELD_WORDS = {
    "hours": "",
    "weekly": "aukiolorivi",
    "exceptions": "poikkeusaika",
    "days": "päivä",
    "languages": "kieli",
    "municipalities": "kunta",
    "service_area": "palvelualueen kunta",
    "target_groups": "kohderyhmä",
    "forms": "tukimuoto",
    "services": "palvelu",
    "people": "henkilö",
    "variants": "muoto",
}


def field_in_words(where: tuple[str | int, ...]) -> str:
    """A field path as a writer reads it, counted from one: ('hours', 'weekly', 1, 'closes') -> '2. aukiolorivi, kohta closes'."""
    words: list[str] = []
    for index, part in enumerate(where):
        following = where[index + 1] if index + 1 < len(where) else None
        if isinstance(part, int):
            continue  # said with its list's name
        if isinstance(following, int):
            words.append(f"{following + 1}. {FIELD_WORDS.get(part) or part}")
        elif FIELD_WORDS.get(part) != "" or following is None:
            words.append(f"kohta {part}" if words else part)
    return ", ".join(words)


def _field_name(where: tuple[str | int, ...]) -> str:
    return field_in_words(where)


TIME_REF = "#/$defs/time"


def times_as_text(data: Any, schema: dict[str, Any], root: dict[str, Any] | None = None) -> Any:
    """Times that YAML read as numbers back as written: opens: 15.00 is "15.00", closes: 15 is "15"."""
    root = root or schema
    if schema.get("$ref") == TIME_REF:
        if isinstance(data, bool) or not isinstance(data, int | float):
            return data
        return getattr(data, "text", str(data))
    if isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/$defs/"):
        schema = root["$defs"][schema["$ref"].removeprefix("#/$defs/")]
    if isinstance(data, dict):
        properties = schema.get("properties", {})
        return {key: times_as_text(value, properties.get(key, {}), root) for key, value in data.items()}
    if isinstance(data, list) and isinstance(schema.get("items"), dict):
        return [times_as_text(item, schema["items"], root) for item in data]
    return data


def explain(error: ValidationError) -> tuple[tuple[str | int, ...], str]:
    """The path of the field at fault and a Finnish sentence saying what is wrong and what to do."""
    where = tuple(error.absolute_path)
    hint = error.schema.get("x-hint") if isinstance(error.schema, dict) else None
    value: Any = error.instance
    validator = error.validator
    if validator == "required":
        missing = error.message.split("'")[1]
        return where + (missing,), f"Pakollinen kenttä '{missing}' puuttuu. Lisää se."
    if validator == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        names = ", ".join(f"'{name}'" for name in extra)
        allowed = ", ".join(sorted(error.schema.get("properties", {})))
        return where + (
            extra[0],
        ) if extra else where, f"Tuntematon kenttä {names}. Tarkista kirjoitusasu. Sallitut kentät: {allowed}."
    if validator == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        wanted = " tai ".join(TYPE_NAMES.get(str(t), str(t)) for t in expected)
        message = f"Arvon pitää olla {wanted}, mutta se on '{value}'."
    elif validator == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        message = f"Arvo '{value}' ei ole sallittu. Sallitut arvot: {allowed}."
    elif validator == "const":
        message = f"Arvon pitää olla '{error.validator_value}'."
    elif validator == "pattern":
        message = f"Arvo '{value}' on väärän muotoinen."
    elif validator == "format":
        message = f"Arvo '{value}' ei ole kelvollinen ({error.validator_value})."
    elif validator in ("minimum", "exclusiveMinimum"):
        message = f"Arvon pitää olla vähintään {error.validator_value}, nyt se on {value}."
    elif validator in ("maximum", "exclusiveMaximum"):
        message = f"Arvon pitää olla enintään {error.validator_value}, nyt se on {value}."
    elif validator == "minLength":
        message = "Kenttä on tyhjä. Kirjoita siihen arvo."
    elif validator == "minItems":
        message = f"Luettelossa pitää olla vähintään {error.validator_value} kohta(a)."
    elif validator == "uniqueItems":
        message = "Luettelossa on sama arvo kahdesti. Poista toistuva arvo."
    else:
        message = f"Arvo ei kelpaa: {error.message}."
    if hint:
        message += f" {hint}"
    return where, message


def _leaf_errors(errors: list[ValidationError]) -> Iterator[ValidationError]:
    """For anyOf/oneOf, report the most specific sub-error instead of 'is not valid under any'."""
    for error in errors:
        if error.context and error.validator in ("anyOf", "oneOf"):
            best = max(error.context, key=lambda e: len(e.absolute_path))
            yield best
        else:
            yield error


def validate(loaded: LoadedYaml, schema_path: Path) -> list[Problem]:
    """Every schema violation in one record, with the line of the field at fault."""
    validator = load_validator(schema_path)
    loaded.data = times_as_text(loaded.data, validator.schema)
    errors = sorted(validator.iter_errors(loaded.data), key=lambda e: list(map(str, e.absolute_path)))
    problems = []
    for error in _leaf_errors(errors):
        where, message = explain(error)
        # x-guide in a schema names the writer's guide section for its field (e.g. times).
        guide = error.schema.get("x-guide", "") if isinstance(error.schema, dict) else ""
        problems.append(Problem(loaded.path, loaded.line_of(where), message, _field_name(where), code=str(guide)))
    return problems
