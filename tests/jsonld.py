"""Check JSON-LD against the schema.org vocabulary subset vendored in tests/standards/schemaorg/."""

import json
from functools import cache
from pathlib import Path
from typing import Any

VOCAB = Path(__file__).resolve().parent / "standards" / "schemaorg" / "vocab-subset.json"
LITERAL_RANGES = {"Text", "URL"}


@cache
def vocabulary() -> dict[str, Any]:
    """The vendored vocabulary subset."""
    return json.loads(VOCAB.read_text(encoding="utf-8"))


def ancestors(name: str) -> set[str]:
    """A type and all its supertypes."""
    found = {name}
    for parent in vocabulary()["types"].get(name, []):
        found |= ancestors(parent)
    return found


def problems(node: Any, where: str = "$") -> list[str]:
    """Every unknown @type, unknown property, property on a type outside its domain, or value outside its range."""
    if isinstance(node, list):
        return [p for index, item in enumerate(node) for p in problems(item, f"{where}[{index}]")]
    if not isinstance(node, dict):
        return []
    vocab = vocabulary()
    found = []
    types = node.get("@type", [])
    types = [types] if isinstance(types, str) else types
    lineage: set[str] = set()
    for name in types:
        if name not in vocab["types"]:
            found.append(f"{where}: unknown type {name}")
        lineage |= ancestors(name)
    for key, value in node.items():
        if key.startswith("@"):
            continue
        spec = vocab["properties"].get(key)
        if spec is None:
            found.append(f"{where}: unknown property {key}")
            continue
        if lineage and not lineage & set(spec["domains"]):
            found.append(f"{where}: {key} is not a property of {types}")
        for index, item in enumerate(value if isinstance(value, list) else [value]):
            if isinstance(item, dict) and "@type" in item:
                if not ancestors(item["@type"]) & set(spec["ranges"]):
                    found.append(f"{where}.{key}[{index}]: {item['@type']} is outside the range of {key}")
            elif isinstance(item, str) and not LITERAL_RANGES & set(spec["ranges"]):
                found.append(f"{where}.{key}[{index}]: text is outside the range of {key}")
        found += problems(value, f"{where}.{key}")
    return found
