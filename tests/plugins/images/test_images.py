"""Responsive images: variants of the right sizes, srcset, width and height; alt text required."""

import hashlib
from pathlib import Path

import pytest
from PIL import Image

from plugins.images.variants import encode, plan
from tests.html import page
from tests.sites import build_copy, copy_project, run_build

POST = """Title: Kuvallinen uutinen
Date: 2026-11-20
Lang: fi
Author: Joel Aaltonen
Category: Uutiset
Summary: Kirjoitus, jossa on iso kuva.
Cover: /images/iso-kuva.jpg
Cover_alt: Kirjaston tietokoneita pöydällä

Teksti ennen kuvaa.

{image}
"""
GOOD_IMAGE = "![Kirjaston tietokoneita pöydällä](/images/iso-kuva.jpg)"


def make_photo(path: Path, size: tuple[int, int] = (2000, 1500)) -> None:
    """A camera-sized photo with EXIF data, like one straight from a phone."""
    image = Image.new("RGB", size)
    for x in range(0, size[0], 50):
        image.paste((x % 256, (x * 3) % 256, 120), (x, 0, x + 50, size[1]))
    exif = Image.Exif()
    exif[0x0132] = "2026:11:20 10:00:00"  # DateTime: must not reach the published files
    image.save(path, "JPEG", quality=95, exif=exif)


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("images"))
    make_photo(project / "content/images/iso-kuva.jpg")
    (project / "content/posts/kuvallinen.md").write_text(POST.format(image=GOOD_IMAGE), encoding="utf-8")
    return build_copy(project)


def test_body_image_becomes_a_responsive_picture(output: Path) -> None:
    soup = page(output, "uutiset/kuvallinen-uutinen/")
    picture = soup.select(".uudi-prose picture")[0]
    webp = picture.select_one('source[type="image/webp"]')
    img = picture.img
    assert img["alt"] == "Kirjaston tietokoneita pöydällä"
    assert (img["width"], img["height"]) == ("800", "600")
    assert img["loading"] == "lazy"
    widths = [candidate.split()[1] for candidate in img["srcset"].split(", ")]
    assert widths == ["480w", "800w", "1200w"]
    assert [c.split()[1] for c in webp["srcset"].split(", ")] == widths
    assert img["sizes"] == webp["sizes"]
    for candidate in img["srcset"].split(", ") + webp["srcset"].split(", "):
        url, width = candidate.split()
        with Image.open(output / url.lstrip("/")) as variant:
            expected_width = int(width[:-1])
            assert variant.size == (expected_width, expected_width * 3 // 4)
            assert variant.format == ("WEBP" if url.endswith(".webp") else "JPEG")
            assert "exif" not in variant.info


def test_variants_are_much_smaller_than_the_photo_which_is_not_published(output: Path) -> None:
    soup = page(output, "uutiset/kuvallinen-uutinen/")
    fallback = output / soup.select_one(".uudi-prose picture img")["src"].lstrip("/")
    original = output.parent / "content/images/iso-kuva.jpg"
    assert fallback.stat().st_size * 3 < original.stat().st_size
    assert not (output / "images/iso-kuva.jpg").exists()  # the original may carry EXIF (location)


def test_cover_is_shown_in_lists_and_is_the_sharing_image(output: Path) -> None:
    card = next(c for c in page(output, "uutiset/").select(".uudi-post-card") if "Kuvallinen" in c.get_text())
    img = card.select_one(".uudi-post-card__image img")
    assert img["alt"] == "Kirjaston tietokoneita pöydällä"
    assert (img["width"], img["height"]) == ("480", "360")
    post = page(output, "uutiset/kuvallinen-uutinen/")
    assert post.select_one(".uudi-article__cover img")["width"] == "800"
    assert post.select_one('meta[name="twitter:card"]') is not None


def test_decorative_images_get_an_empty_alt(tmp_path: Path) -> None:
    photo = tmp_path / "koriste.png"
    Image.new("RGBA", (300, 200), (10, 20, 30, 128)).save(photo)
    image = plan(photo, (480, 800), "", "/images/variants")
    assert [(v.width, v.height, v.format) for v in image.variants] == [(300, 200, "webp"), (300, 200, "png")]


def test_encoding_is_deterministic(tmp_path: Path) -> None:
    photo = tmp_path / "kuva.jpg"
    make_photo(photo, (900, 600))
    digests = []
    for cache in ("a", "b"):
        for variant in plan(photo, (480, 800), "x", "").variants:
            digests.append(hashlib.sha256(encode(variant, tmp_path / cache).read_bytes()).hexdigest())
    assert digests[: len(digests) // 2] == digests[len(digests) // 2 :]


def test_image_without_alt_text_stops_the_build_with_file_and_line(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "site")
    make_photo(project / "content/images/iso-kuva.jpg", (600, 400))
    post = project / "content/posts/kuvallinen.md"
    post.write_text(POST.format(image="![](/images/iso-kuva.jpg)"), encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 1
    assert "VIRHE content/posts/kuvallinen.md:12 [alt]: Kuvalta puuttuu vaihtoehtoinen teksti (alt)" in result.stdout
    assert "![koristekuva](/images/iso-kuva.jpg)" in result.stdout
    assert not (project / "output").exists()


def test_a_phone_photo_turned_by_exif_keeps_its_upright_size(tmp_path: Path) -> None:
    photo = tmp_path / "pysty.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90°": the camera stored it sideways
    Image.new("RGB", (1600, 1200), (200, 100, 50)).save(photo, exif=exif)
    image = plan(photo, (480, 800), "x", "")
    variant = image.fallback(800)
    assert (image.width, image.height, variant.width, variant.height) == (1200, 1600, 800, 1067)
    with Image.open(encode(variant, tmp_path / "cache")) as encoded:
        assert encoded.size == (800, 1067)
