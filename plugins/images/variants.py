"""Responsive variants of one source image: planned from its size, encoded once into a cache.

Encoding is deterministic (no timestamps, no metadata copied), so the same photo always gives the
same bytes and two builds are identical.
"""

import hashlib
import io
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageCms, ImageOps
from slugify import slugify

RASTER_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")
# Bump when encoding settings change, so cached variants are made again.
ENCODER_VERSION = "2"
QUALITY = {"webp": 80, "jpeg": 82}
MIME = {"webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}
SUFFIX = {"webp": ".webp", "jpeg": ".jpg", "png": ".png"}


@dataclass(frozen=True)
class Variant:
    """One encoded size and format of a source image, and where it goes in the output."""

    source: Path
    digest: str
    width: int
    height: int
    format: str
    name: str

    @property
    def mime(self) -> str:
        """The MIME type for <source type>."""
        return MIME[self.format]


@dataclass
class ImageSet:
    """Every variant of one image, its alternative text and the URL folder its variants live in."""

    source: Path
    width: int
    height: int
    alt: str
    base_url: str
    variants: list[Variant] = field(default_factory=list)

    def of_format(self, fmt: str) -> list[Variant]:
        """Variants of one format, narrowest first."""
        return sorted((v for v in self.variants if v.format == fmt), key=lambda v: v.width)

    @property
    def fallback_format(self) -> str:
        """The format every browser shows: JPEG, or PNG for images with transparency."""
        return "png" if any(v.format == "png" for v in self.variants) else "jpeg"

    def url(self, variant: Variant) -> str:
        """The URL of a variant."""
        return f"{self.base_url}/{variant.name}"

    def srcset(self, fmt: str) -> str:
        """The srcset attribute for one format."""
        return ", ".join(f"{self.url(v)} {v.width}w" for v in self.of_format(fmt))

    def fallback(self, max_width: int) -> Variant:
        """The widest fallback variant no wider than max_width (or the narrowest one)."""
        candidates = self.of_format(self.fallback_format)
        fitting = [v for v in candidates if v.width <= max_width]
        return fitting[-1] if fitting else candidates[0]


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)


# EXIF orientations that turn the picture a quarter turn (width and height swap).
QUARTER_TURNS = (5, 6, 7, 8)
ORIENTATION_TAG = 0x0112


def _upright_size(image: Image.Image) -> tuple[int, int]:
    """The size of the image as it is shown, after the camera's EXIF rotation."""
    width, height = image.size
    return (height, width) if image.getexif().get(ORIENTATION_TAG) in QUARTER_TURNS else (width, height)


def plan(source: Path, widths: tuple[int, ...], alt: str, base_url: str) -> ImageSet:
    """The variants to make of source: each width up to the original's, in WebP and a fallback format."""
    data = source.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    with Image.open(io.BytesIO(data)) as image:  # reads the header only: cheap on every rebuild
        original_width, original_height = _upright_size(image)
        fallback = "png" if _has_alpha(image) else "jpeg"
    targets = sorted({w for w in widths if w < original_width} | {min(original_width, max(widths))})
    stem = slugify(source.stem) or "kuva"
    result = ImageSet(source, original_width, original_height, alt, base_url)
    for width in targets:
        height = max(1, round(original_height * width / original_width))
        for fmt in ("webp", fallback):
            name = f"{stem}-{digest[:8]}-{width}w{SUFFIX[fmt]}"
            result.variants.append(Variant(source, digest, width, height, fmt, name))
    return result


def _to_srgb(image: Image.Image) -> Image.Image:
    """Convert an image with an embedded colour profile to sRGB, since the profile is not copied."""
    icc = image.info.get("icc_profile")
    if not icc:
        return image
    try:
        mode = "RGBA" if _has_alpha(image) else "RGB"
        converted = ImageCms.profileToProfile(image, io.BytesIO(icc), ImageCms.createProfile("sRGB"), outputMode=mode)
        return converted if converted is not None else image
    except (ImageCms.PyCMSError, OSError):
        return image


def encode(variant: Variant, cache_dir: Path) -> Path:
    """The cached file of a variant, encoding it first when it is not cached yet."""
    cached = cache_dir / f"{variant.digest}-{ENCODER_VERSION}-{variant.width}{SUFFIX[variant.format]}"
    if cached.exists():
        return cached
    cache_dir.mkdir(parents=True, exist_ok=True)
    with Image.open(variant.source) as opened:
        if opened.format == "JPEG":
            # Decode big photos at a reduced scale (still at least the target size): much faster.
            turned = opened.getexif().get(ORIENTATION_TAG) in QUARTER_TURNS
            opened.draft("RGB", (variant.height, variant.width) if turned else (variant.width, variant.height))
        image = ImageOps.exif_transpose(opened)
        image = _to_srgb(image)
        alpha = variant.format in ("png", "webp") and _has_alpha(image)
        image = image.convert("RGBA" if alpha else "RGB")
        if image.width != variant.width:
            image = image.resize((variant.width, variant.height), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        if variant.format == "jpeg":
            image.save(buffer, "JPEG", quality=QUALITY["jpeg"], optimize=True, progressive=True)
        elif variant.format == "webp":
            image.save(buffer, "WEBP", quality=QUALITY["webp"], method=4)
        else:
            image.save(buffer, "PNG", optimize=True)
    partial = cached.with_suffix(f"{cached.suffix}.{os.getpid()}.part")
    partial.write_bytes(buffer.getvalue())
    partial.replace(cached)
    return cached


def write_variant(variant: Variant, cache_dir: Path, target_dir: Path) -> Path:
    """Copy a variant from the cache into the output folder."""
    target = target_dir / variant.name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(encode(variant, cache_dir), target)
    return target
