"""Extract the part of the schema.org vocabulary the site's JSON-LD uses into vocab-subset.json.

Run from the project root when the JSON-LD starts using a new type or property:
    python tests/standards/schemaorg/make_subset.py ../shared/standards/schemaorg/vocab.json
"""

import json
import sys
from pathlib import Path

TYPES = ["Organization", "GovernmentOrganization", "NGO", "EducationalOrganization", "Corporation", "AdministrativeArea", "ImageObject"]
PROPERTIES = ["name", "alternateName", "url", "mainEntityOfPage", "areaServed", "memberOf", "member", "logo", "description", "identifier"]


def ancestors(types: dict[str, list[str]], name: str) -> set[str]:
    """The type and every supertype up to Thing."""
    found = {name}
    for parent in types.get(name, []):
        found |= ancestors(types, parent)
    return found


def main(source: Path) -> None:
    vocab = json.loads(source.read_text(encoding="utf-8"))
    wanted = set().union(*(ancestors(vocab["types"], t) for t in TYPES))
    subset = {
        "release": vocab["release"],
        "source": vocab["source"],
        "licence": vocab["licence"],
        "types": {t: vocab["types"][t] for t in sorted(wanted)},
        "properties": {p: vocab["properties"][p] for p in sorted(PROPERTIES)},
    }
    target = Path(__file__).with_name("vocab-subset.json")
    target.write_text(json.dumps(subset, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
