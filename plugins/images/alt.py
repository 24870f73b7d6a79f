"""Alternative text rules shared by the image plugin and the content checker."""

# A writer marks a purely decorative image explicitly with one of these as its alt text;
# it is published with alt="" so screen readers skip it.
DECORATIVE_ALT = frozenset({"koristekuva", "dekorationsbild", "decorative"})


def is_decorative(alt: str) -> bool:
    """True when the writer said the image is decorative."""
    return alt.strip().casefold() in DECORATIVE_ALT


def published_alt(alt: str) -> str:
    """The alt attribute to publish: empty for decorative images, the writer's text otherwise."""
    return "" if is_decorative(alt) else alt.strip()
