"""Drafts and scheduled posts: marked in the preview, absent from production until their day."""

from pathlib import Path

import pytest

from tests.html import page, text
from tests.sites import build_copy, copy_project

POST = """Title: {title}
Date: {date}
Lang: fi
Slug: {slug}
Author: Tanna Rantanen
Category: Uutiset
Summary: Testikirjoitus.
{extra}
Teksti.
"""


def add_post(project: Path, slug: str, date: str, extra: str = "") -> None:
    (project / "content/posts" / f"{slug}.md").write_text(
        POST.format(title=slug.replace("-", " ").capitalize(), date=date, slug=slug, extra=extra), encoding="utf-8"
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site with a draft, a post scheduled for 2026-12-01 and a post dated on the pinned day."""
    root = copy_project(tmp_path_factory.mktemp("publishing"))
    add_post(root, "keskeneraista", "2026-11-20", "Status: draft\n")
    add_post(root, "joulukuun-uutinen", "2026-12-01 09:00")
    add_post(root, "taman-paivan-uutinen", "2026-11-26 23:30")
    return root


def build(project: Path, settings: str, day: str, monkeypatch: pytest.MonkeyPatch, name: str) -> Path:
    monkeypatch.setenv("SITE_BUILD_DATE", day)
    output = build_copy(project, settings)
    target = project.parent / name
    output.rename(target)
    return target


def published_slugs(output: Path) -> set[str]:
    index = page(output, "uutiset/")
    return {a["href"].strip("/").split("/")[-1] for a in index.select(".uudi-post-card__title a")}


def test_production_leaves_out_drafts_and_future_posts(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = build(project, "publishconf.py", "2026-11-26", monkeypatch, "prod-1126")
    assert published_slugs(output) == {"taman-paivan-uutinen", "digitukea-kehittamassa-yhdessa"}
    for slug in ("keskeneraista", "joulukuun-uutinen"):
        assert not (output / "uutiset" / slug).exists()
        assert list(output.rglob(f"*{slug}*")) == []
        assert slug not in (output / "uutiset/feeds/atom.xml").read_text(encoding="utf-8")
    assert not (output / "drafts").exists()


def test_the_first_build_on_the_day_publishes_a_scheduled_post(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The build of 2026-11-26 (above) left it out; the daily build of 2026-12-01 publishes it.
    on_the_day = build(project, "publishconf.py", "2026-12-01", monkeypatch, "prod-1201")
    assert "joulukuun-uutinen" in published_slugs(on_the_day)
    assert "joulukuun-uutinen" in (on_the_day / "uutiset/feeds/atom.xml").read_text(encoding="utf-8")
    assert "keskeneraista" not in published_slugs(on_the_day)


def test_preview_shows_drafts_and_scheduled_posts_marked(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = build(project, "pelicanconf.py", "2026-11-26", monkeypatch, "preview")
    assert {"keskeneraista", "joulukuun-uutinen", "taman-paivan-uutinen"} <= published_slugs(output)
    draft = page(output, "uutiset/keskeneraista/")
    assert text(draft, ".uudi-status").startswith("Luonnos")
    scheduled = page(output, "uutiset/joulukuun-uutinen/")
    assert text(scheduled, ".uudi-status") == "Ajastettu: julkaistaan 1.12.2026."
    assert page(output, "uutiset/taman-paivan-uutinen/").select(".uudi-status") == []
    cards = {
        card.select_one(".uudi-post-card__title a")["href"].strip("/").split("/")[-1]: text(card, ".uudi-status")
        for card in page(output, "uutiset/").select(".uudi-post-card")
        if card.select_one(".uudi-status")
    }
    assert cards == {"keskeneraista": "Luonnos", "joulukuun-uutinen": "Ajastettu"}
