"""Pelican receivers: plan variants when content is read, write them when the content is written.

Writers reference a photo of any size in content/images/ (`![Kuvaus](/images/kuva.jpg)`, or
`Cover: /images/kuva.jpg` with `Cover_alt:`); the page gets resized WebP and JPEG/PNG variants
(IMAGE_WIDTHS) in images/variants/ with srcset, sizes, width and height.
"""

from pathlib import Path
from typing import Any

from pelican import signals

from plugins.site_data.files import image_problem, resolves_inside
from plugins.site_data.problems import Problem, stop_on_errors

from .alt import published_alt
from .markup import PROSE_SIZES, picture, rewrite_images
from .variants import RASTER_SUFFIXES, ImageSet, plan, write_variant

DEFAULT_WIDTHS = (480, 800, 1200)
VARIANTS_DIR = "images/variants"


def resolve_source(content: Any, src: str) -> Path | None:
    """The file under content/ that an image reference points to, or None for anything else."""
    content_dir = Path(content.settings["PATH"])
    for prefix in ("{static}", "{attach}", "{filename}"):
        src = src.removeprefix(prefix)
    src = src.split("?")[0].split("#")[0]
    if not src or "://" in src or src.startswith(("data:", "//")) or not src.lower().endswith(RASTER_SUFFIXES):
        return None
    if src.startswith("/"):
        candidate = content_dir / src.lstrip("/")
    else:
        candidate = Path(content.source_path).parent / src
    if not resolves_inside(candidate, content_dir):
        return None  # make check refuses it; nothing outside content/ is ever read or published
    candidate = candidate.resolve()
    return candidate if candidate.is_file() else None


def _image_set(content: Any, source: Path, alt: str) -> ImageSet:
    settings = content.settings
    base_url = f"{settings['SITEURL'].rstrip('/')}/{VARIANTS_DIR}"
    widths = tuple(settings.get("IMAGE_WIDTHS", DEFAULT_WIDTHS))
    problem = image_problem(source)
    if problem:  # make check reports it with the line; a build started without the check stops here
        stop_on_errors([Problem(Path(content.source_path), 0, f"Kuva {source}: {problem}")])
    image = plan(source, widths, published_alt(alt), base_url)
    content.image_sets = [*getattr(content, "image_sets", []), image]
    return image


def prepare_images(content: Any) -> None:
    """Turn body images into responsive <picture>s and the cover into an ImageSet (content.cover)."""
    content.image_sets = []
    cover = getattr(content, "cover", None)
    if isinstance(cover, str):
        source = resolve_source(content, cover)
        content.cover = _image_set(content, source, getattr(content, "cover_alt", "")) if source else None
    if content._content and "<img" in content._content:

        def resolve(src: str, alt: str) -> ImageSet | None:
            source = resolve_source(content, src)
            return _image_set(content, source, alt) if source else None

        content._content = rewrite_images(content._content, resolve)


def write_images(generator: Any, content: Any) -> None:
    """Write the variants a post or page uses into the output (from the encode cache)."""
    cache_dir = Path(generator.settings.get("IMAGE_CACHE_PATH") or Path(generator.settings["CACHE_PATH"]) / "images")
    target = Path(generator.output_path) / VARIANTS_DIR
    for image in getattr(content, "image_sets", []):
        for variant in image.variants:
            write_variant(variant, cache_dir, target)


def drop_originals(generator: Any) -> None:
    """Do not publish the original photos: they can be huge and carry EXIF data such as the location.

    Pages only ever use the variants; other files in content/images/ (PDFs...) are still copied.
    """
    kept = [item for item in generator.staticfiles if not str(item.source_path).lower().endswith(RASTER_SUFFIXES)]
    generator.staticfiles[:] = kept
    if generator.context.get("staticfiles") is not generator.staticfiles:
        generator.context["staticfiles"] = kept


def add_filters(generator: Any) -> None:
    """Templates render an ImageSet with `{{ article.cover|picture(sizes='...') }}`."""
    from markupsafe import Markup

    def picture_filter(
        image: ImageSet, sizes: str = PROSE_SIZES, max_width: int = 800, css_class: str = "", lazy: bool = True
    ) -> Markup:
        # picture() escapes every attribute value it writes, so its HTML is safe to mark as such.
        html = picture(image, sizes=sizes, max_width=max_width, css_class=css_class, lazy=lazy)
        return Markup(html)  # noqa: S704

    generator.env.filters["picture"] = picture_filter


def register() -> None:
    """Connect the receivers (module level: signals hold weak references)."""
    signals.content_object_init.connect(prepare_images)
    signals.article_generator_write_article.connect(write_images)
    signals.page_generator_write_page.connect(write_images)
    signals.generator_init.connect(add_filters)
    signals.static_generator_finalized.connect(drop_originals)
