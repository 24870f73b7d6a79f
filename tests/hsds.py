"""Validate data against the vendored Open Referral HSDS 3.0 JSON Schemas (tests/standards/hsds)."""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HSDS = Path(__file__).resolve().parent / "standards" / "hsds"
BASE = "https://hsds.example/schema/"


@cache
def validator(object_name: str) -> Draft202012Validator:
    """A validator for one HSDS object (service, location...) that resolves the schemas' relative $refs."""
    resources = [
        (
            BASE + path.name,
            Resource.from_contents(json.loads(path.read_text(encoding="utf-8")), default_specification=DRAFT202012),
        )
        for path in sorted(HSDS.glob("*.json"))
    ]
    registry = Registry().with_resources(resources)
    return Draft202012Validator(
        {"$ref": BASE + f"{object_name}.json"}, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
