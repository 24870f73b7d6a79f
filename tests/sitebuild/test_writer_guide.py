"""The writer's guide and the messages stay in step: every message code has its section in the guide."""

import ast
import json
import re
from pathlib import Path

from plugins.site_data.problems import GUIDE, GUIDE_GENERAL
from plugins.site_data.yaml_lines import SYNTAX_CAUSES
from tests.sites import ROOT

ANCHOR = re.compile(r"\{#([a-z0-9-]+)\}")


def codes_in_code() -> set[str]:
    """Every code= given to a Problem in plugins/ and sitebuild/ (a literal or a module constant), and the YAML causes'."""
    found = {code for _, code, _ in SYNTAX_CAUSES}
    for path in [*(ROOT / "plugins").rglob("*.py"), *(ROOT / "sitebuild").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "code":
                if isinstance(node.value, ast.Constant) and node.value.value:
                    found.add(node.value.value)
                elif isinstance(node.value, ast.Name) and path.name != "yaml_lines.py":  # SYNTAX_CAUSES
                    assert node.value.id in constants, f"{path}: code={node.value.id} is not a module constant"
                    found.add(constants[node.value.id])
    for schema in (ROOT / "data" / "schemas").glob("*.json"):
        found |= set(re.findall(r'"x-guide": "([a-z0-9-]+)"', schema.read_text(encoding="utf-8")))
    return found


def test_every_message_code_has_a_section_in_the_writers_guide() -> None:
    guide = (ROOT / GUIDE).read_text(encoding="utf-8")
    anchors = set(ANCHOR.findall(guide))
    codes = codes_in_code()
    assert {"date-missing", "yaml-tab", "kellonaika", "kunnan-nimi-numeron-paikalla"} <= codes
    assert sorted(codes - anchors) == [], "add a '### Otsikko {#code}' section to docs/kirjoittajan-opas.md"
    assert "## Tarkistus ja virheilmoitukset" in guide  # problems without a code link to it (GUIDE_GENERAL)
    assert GUIDE_GENERAL == "tarkistus-ja-virheilmoitukset"


def test_the_guide_scan_finds_a_code_without_a_section(tmp_path: Path) -> None:
    # The scan itself can fail: a made-up code is not among the guide's anchors.
    guide = (ROOT / GUIDE).read_text(encoding="utf-8")
    assert "tuntematon-koodi" not in set(ANCHOR.findall(guide))
    assert json.loads('{"x-guide": "kellonaika"}')["x-guide"] in codes_in_code()
