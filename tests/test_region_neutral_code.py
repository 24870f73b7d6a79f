"""The generator's code serves any region: no plugin or sitebuild module names this site's region or network."""

import re

import pytest

from tests.sites import ROOT

# Uusimaa's own names in Finnish and Swedish (with their inflections) and the network's short name.
REGION_WORDS = re.compile(r"uusimaa|uudenmaa|uudellamaa|uudeltamaa|nyland|\buudi\b", re.IGNORECASE)


@pytest.mark.parametrize("folder", ["plugins", "sitebuild"])
def test_no_module_names_the_region(folder: str) -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if REGION_WORDS.search(line)
    ]
    assert found == []


def test_the_check_catches_a_region_name() -> None:
    assert REGION_WORDS.search('"addressRegion": "Uusimaa"') and REGION_WORDS.search("Uudenmaan ulkopuolella")
    assert not REGION_WORDS.search("alueen ulkopuolella") and not REGION_WORDS.search("uudistus")
    assert REGION_WORDS.search("verkosto UuDi")
