"""The engine names no region: Uusimaa's names live in region.yaml and data/, never in the code,
the templates or the catalogs' message ids (a sister region builds with the same files)."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tests.sites import ROOT

ENGINE_FOLDERS = ("plugins", "sitebuild", "theme/templates")
CATALOGS = sorted((ROOT / "theme" / "translations").glob("*/LC_MESSAGES/messages.po"))
# The region's names in any case. "UuDi" is matched as the exact word only, and never when a
# hyphen follows: `uudi-` is the BEM prefix of every CSS class (uudi-header, uudi-page...), a
# namespace for the theme's class names that no visitor reads, not the network's name.
REGION_NAMES = re.compile(r"(?i:uusimaa|uudenmaa|uudellamaa|uudeltamaa|nyland|\buudi\b(?!-))")


def _hits(text: str) -> list[str]:
    return [match.group(0) for match in REGION_NAMES.finditer(text)]


def _engine_files() -> list[Path]:
    files = []
    for folder in ENGINE_FOLDERS:
        files += [
            path for path in sorted((ROOT / folder).rglob("*")) if path.suffix in (".py", ".html", ".js", ".toml")
        ]
    return files


def test_the_pattern_finds_the_names_and_leaves_the_css_prefix_alone() -> None:
    assert _hits("Uudenmaan Digitukiverkosto UuDi, UUSIMAA, Nylands förbund (UUDI)") == [
        "Uudenmaa",
        "UuDi",
        "UUSIMAA",
        "Nyland",
        "UUDI",
    ]
    assert _hits("Uudellamaalla, Uudeltamaalta") == ["Uudellamaa", "Uudeltamaa"]
    assert _hits('<a class="uudi-header__logo uudi-page">') == [] and _hits("alueen ulkopuolella, uudistus") == []


def test_the_engine_has_files_to_check() -> None:
    assert len(_engine_files()) > 30 and CATALOGS


@pytest.mark.parametrize("folder", ENGINE_FOLDERS)
def test_no_engine_file_names_a_region(folder: str) -> None:
    hits = []
    for path in _engine_files():
        if path.is_relative_to(ROOT / folder):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                hits += [f"{path.relative_to(ROOT)}:{number}: {name}" for name in _hits(line)]
    assert hits == [], "region names in engine files (move them to region.yaml or data/):\n" + "\n".join(hits)


@pytest.mark.parametrize("catalog", CATALOGS, ids=[path.parts[-3] for path in CATALOGS])
def test_no_message_id_names_a_region(catalog: Path) -> None:
    with catalog.open("rb") as handle:
        messages = read_po(handle)
    ids = [message.id if isinstance(message.id, str) else " ".join(message.id) for message in messages if message.id]
    assert len(ids) > 50
    assert [message_id for message_id in ids if _hits(message_id)] == []
