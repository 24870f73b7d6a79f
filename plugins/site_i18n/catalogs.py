"""Compile the theme's gettext catalogs (.po) to the .mo files Jinja reads."""

from functools import cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from babel.support import Translations


class CatalogError(Exception):
    """A catalog could not be read; the message names the file and line."""


def compile_catalogs(source_dir: Path, target_dir: Path, domain: str = "messages") -> list[Path]:
    """Compile every <lang>/LC_MESSAGES/<domain>.po under source_dir into target_dir."""
    written = []
    for po_path in sorted(source_dir.glob(f"*/LC_MESSAGES/{domain}.po")):
        lang = po_path.parent.parent.name
        try:
            with po_path.open("rb") as handle:
                catalog = read_po(handle, locale=lang, abort_invalid=True)
        except PoFileError as error:
            raise CatalogError(f"{po_path}: käännöstiedosto on virheellinen: {error}") from None
        mo_path = target_dir / lang / "LC_MESSAGES" / f"{domain}.mo"
        mo_path.parent.mkdir(parents=True, exist_ok=True)
        with mo_path.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        written.append(mo_path)
    return written


# The engine's catalogs: the same ones the templates use, so every plural form has one home.
THEME_TRANSLATIONS = Path(__file__).resolve().parents[2] / "theme" / "translations"


@cache
def translations(lang: str, source_dir: Path = THEME_TRANSLATIONS, domain: str = "messages") -> Translations:
    """Babel Translations for lang, compiled in memory from its .po (the build's own messages use them)."""
    po_path = source_dir / lang / "LC_MESSAGES" / f"{domain}.po"
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    compiled = BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled, domain=domain)
