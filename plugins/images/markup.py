"""HTML for responsive images: <picture> with a WebP source and a JPEG/PNG fallback."""

import re
from collections.abc import Callable
from html import escape, unescape

from .variants import ImageSet

IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ATTRIBUTE = re.compile(r'([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
# The prose column is at most 42rem (--measure) wide.
PROSE_SIZES = "(min-width: 46rem) 42rem, 100vw"


def picture(
    image: ImageSet, sizes: str = PROSE_SIZES, max_width: int = 800, css_class: str = "", lazy: bool = True
) -> str:
    """A <picture> element for image with width and height set, so the page does not jump while loading."""
    fallback = image.fallback(max_width)
    attributes = [
        ("src", image.url(fallback)),
        ("srcset", image.srcset(image.fallback_format)),
        ("sizes", sizes),
        ("width", str(fallback.width)),
        ("height", str(fallback.height)),
        ("alt", image.alt),
    ]
    if lazy:
        attributes += [("loading", "lazy"), ("decoding", "async")]
    if css_class:
        attributes.append(("class", css_class))
    img = "<img " + " ".join(f'{name}="{escape(value)}"' for name, value in attributes) + ">"
    source = f'<source type="image/webp" srcset="{escape(image.srcset("webp"))}" sizes="{escape(sizes)}">'
    return f"<picture>{source}{img}</picture>"


def parse_attributes(tag: str) -> dict[str, str]:
    """The attributes of one HTML tag, unescaped."""
    return {m[1].lower(): unescape(m[2] if m[2] is not None else m[3]) for m in ATTRIBUTE.finditer(tag)}


def rewrite_images(html: str, resolve: Callable[[str, str], ImageSet | None]) -> str:
    """Replace each <img> whose src resolve() knows with a responsive <picture>."""

    def replace(match: re.Match[str]) -> str:
        attributes = parse_attributes(match[0])
        image = resolve(attributes.get("src", ""), attributes.get("alt", ""))
        return picture(image) if image is not None else match[0]

    return IMG_TAG.sub(replace, html)
