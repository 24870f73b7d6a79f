"""Files that records and posts name: they must stay inside their folder, and be images the build can read.

One place for the rules, used by `make check` (with file and line) and by the plugins that copy
or read the files (so a file that got past the check is still never copied from outside).
"""

import xml.parsers.expat
from pathlib import Path

from PIL import Image, UnidentifiedImageError

# Larger images are refused before they are decoded: a "decompression bomb" of a few kilobytes
# can claim gigapixels. Photos from phones and cameras are well below this.
MAX_MEGAPIXELS = 50
Image.MAX_IMAGE_PIXELS = MAX_MEGAPIXELS * 1_000_000
SAVE_AGAIN = f"Tallenna kuva uudelleen JPEG- tai PNG-muodossa, enintään {MAX_MEGAPIXELS} megapikseliä."
# SVG elements that run code or pull in other documents; never published.
SVG_ACTIVE_ELEMENTS = frozenset({"script", "foreignobject", "iframe", "embed", "object", "handler", "listener"})


def resolves_inside(path: Path, folder: Path) -> bool:
    """True when path, after resolving symlinks and '..', is inside folder (also resolved)."""
    return path.resolve().is_relative_to(folder.resolve())


def image_problem(path: Path) -> str | None:
    """What is wrong with a raster image (not an image, truncated, too many pixels), or None."""
    try:
        with Image.open(path) as image:
            width, height = image.size
            if width * height > Image.MAX_IMAGE_PIXELS:  # type: ignore[operator]
                return f"Kuva on liian suuri ({width} × {height} pikseliä). {SAVE_AGAIN}"
            image.load()  # decodes every pixel: a truncated or broken file fails here
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return f"Kuva on liian suuri. {SAVE_AGAIN}"
    except UnidentifiedImageError:
        return f"Tiedosto ei ole kuva, jonka sivusto osaa lukea. {SAVE_AGAIN}"
    except (OSError, ValueError, SyntaxError):
        return f"Kuvatiedosto on vioittunut tai keskeneräinen. {SAVE_AGAIN}"
    return None


def svg_problem(path: Path) -> tuple[int, str] | None:
    """(line, what is wrong) when an SVG file could run code or fetch from elsewhere, or None."""
    found: list[tuple[int, str]] = []
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")

    def refuse(message: str) -> None:
        found.append((parser.CurrentLineNumber, message))

    def start(name: str, attributes: dict[str, str]) -> None:
        local = name.rsplit(" ", 1)[-1].lower()
        if local in SVG_ACTIVE_ELEMENTS:
            refuse(f"SVG-kuvassa on <{local}>-elementti")
        for attribute, value in attributes.items():
            key = attribute.rsplit(" ", 1)[-1].lower()
            if key.startswith("on"):
                refuse(f"SVG-kuvassa on tapahtumamääre {key}=")
            elif key == "href" and not value.strip().startswith("#"):
                refuse(f"SVG-kuva viittaa toiseen tiedostoon tai osoitteeseen ({value[:60]})")
            elif "url(" in value.replace(" ", "").lower() and "url(#" not in value.replace(" ", "").lower():
                refuse("SVG-kuva hakee sisältöä toisesta osoitteesta (url(...))")

    def doctype(*_: object) -> None:
        refuse("SVG-kuvassa on DOCTYPE- tai ENTITY-määrittely")

    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    try:
        parser.Parse(path.read_bytes(), True)
    except xml.parsers.expat.ExpatError as error:
        return error.lineno, f"SVG-kuva ei ole kelvollista XML:ää ({error})"
    if found:
        line, message = found[0]
        return line, f"{message}. Tallenna kuva ilman skriptejä ja ulkoisia viittauksia tai käytä PNG-kuvaa."
    return None
