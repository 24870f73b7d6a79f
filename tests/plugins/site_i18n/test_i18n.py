"""Finnish and Swedish parity: every interface string is translated in every language."""

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[3]
LANGS = ["fi", "sv"]


def template_messages() -> set[str]:
    """Message ids used in the theme's templates."""
    method_map = [("**.html", "jinja2")]
    options = {"**.html": {"extensions": "jinja2.ext.i18n", "trimmed": "true"}}
    found = set()
    for _, _, message, _, _ in extract_from_dir(str(ROOT / "theme/templates"), method_map, options):
        found.add(message if isinstance(message, str) else message[0])
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_string_is_translated(lang: str) -> None:
    with (ROOT / f"theme/translations/{lang}/LC_MESSAGES/messages.po").open("rb") as handle:
        catalog = read_po(handle)
    # A plural message's id is (singular, plural); templates are matched by the singular.
    translated = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id and m.string and not m.fuzzy}
    missing = sorted(template_messages() - translated)
    assert missing == [], f"untranslated in {lang}: {missing}"


def test_there_are_interface_strings_to_translate() -> None:
    assert {"Skip to main content", "Find digital support", "Accessibility statement"} <= template_messages()
