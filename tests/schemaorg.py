"""Check JSON-LD against the schema.org vocabulary: known types, properties used on types in their domain,
and values of a type or datatype in the property's range."""

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

VOCAB = Path(__file__).resolve().parent / "standards" / "schemaorg" / "vocab-subset.json"
TEXTUAL = {"Text", "URL", "Date", "DateTime", "Time"}


@cache
def vocab() -> dict[str, Any]:
    """The vendored vocabulary subset."""
    return json.loads(VOCAB.read_text(encoding="utf-8"))


def ancestors(type_name: str) -> set[str]:
    """The type and all its supertypes."""
    found, todo = set(), [type_name]
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo.extend(vocab()["types"].get(name, []))
    return found


def _value_fits(value: Any, ranges: set[str]) -> bool:
    if isinstance(value, bool):
        return "Boolean" in ranges
    if isinstance(value, (int, float)):
        return bool({"Number", "Text"} & ranges)
    if isinstance(value, str):
        if value.startswith("https://schema.org/"):
            member = value.removeprefix("https://schema.org/")
            return bool(set(vocab()["enumeration_members"].get(member, [])) & ranges) or "URL" in ranges
        return bool(TEXTUAL & ranges) or any(
            vocab()["types"].get(r) is not None and "Text" in ancestors(r) for r in ranges
        )
    if isinstance(value, dict) and "@type" in value:
        return bool(ancestors(value["@type"]) & ranges)
    return isinstance(value, dict) and set(value) == {"@id"}


def problems(node: Any, where: str = "$") -> Iterator[str]:
    """Every way a JSON-LD node breaks the vocabulary."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from problems(item, f"{where}[{index}]")
        return
    if not isinstance(node, dict):
        return
    if "@graph" in node:
        yield from problems(node["@graph"], f"{where}.@graph")
        return
    type_name = node.get("@type")
    if type_name is None:
        if set(node) - {"@id"}:
            yield f"{where}: node without @type"
        return
    if type_name not in vocab()["types"]:
        yield f"{where}: unknown type {type_name}"
        return
    for prop, value in node.items():
        if prop.startswith("@"):
            continue
        spec = vocab()["properties"].get(prop)
        if spec is None:
            yield f"{where}.{prop}: not a schema.org property (or not in the vendored subset)"
            continue
        if not ancestors(type_name) & set(spec["domains"]):
            yield f"{where}.{prop}: not a property of {type_name}"
        for index, item in enumerate(value if isinstance(value, list) else [value]):
            if not _value_fits(item, set(spec["ranges"])):
                yield f"{where}.{prop}[{index}]: {item!r} is not one of {spec['ranges']}"
            yield from problems(item, f"{where}.{prop}[{index}]")
