"""`make new-post` and friends: the right folder, a Finnish-safe slug, never an overwritten file."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from pelicanconf import LANGUAGES
from plugins.site_data.problems import Problem
from plugins.site_data.vocabulary import Vocabulary, load_vocabulary
from sitebuild.content_checks import check_content
from sitebuild.content_checks.source import read_metadata
from sitebuild.new_content import NewContentError, create, make_slug
from tests.sites import ROOT, copy_project

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    problems: list[Problem] = []
    loaded = load_vocabulary(ROOT / "data", problems)
    assert loaded is not None and problems == []
    return loaded


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Nuorten digituki alkaa", "nuorten-digituki-alkaa"),
        ("Kotiin vietävä digituki: mitä se on?", "kotiin-vietava-digituki-mita-se-on"),
        ("Åbo, Borgå ja Hyvinkää – yhdessä!", "abo-borga-ja-hyvinkaa-yhdessa"),
        ("Digistöd för äldre", "digistod-for-aldre"),
    ],
)
def test_slug_turns_finnish_and_swedish_letters_into_plain_ones(title: str, slug: str) -> None:
    assert make_slug(title) == slug


@pytest.mark.parametrize(
    ("kind", "lang", "expected", "category"),
    [
        ("post", "fi", "posts/2026-11-nuorten-digituki-alkaa.md", "Blogi"),
        ("post", "sv", "posts/2026-11-nuorten-digituki-alkaa.md", "Blogg"),
        ("event", "fi", "events/2026-11-26-nuorten-digituki-alkaa.md", None),
        ("page", "sv", "pages/nuorten-digituki-alkaa.sv.md", None),
    ],
)
def test_new_file_lands_in_the_right_folder_with_fields_filled(
    tmp_path: Path, vocabulary: Vocabulary, kind: str, lang: str, expected: str, category: str | None
) -> None:
    path = create(kind, "Nuorten digituki alkaa", lang, "Tanna Rantanen", tmp_path, vocabulary, TODAY)
    assert path == tmp_path / expected
    meta = {key: value for key, (_, value) in read_metadata(path.read_text(encoding="utf-8")).items()}
    assert meta["title"] == "Nuorten digituki alkaa"
    assert meta["date" if kind != "event" else "modified"].startswith("2026-11-26")
    assert meta["lang"] == lang
    assert meta["slug"] == "nuorten-digituki-alkaa"
    assert meta["status"] == "draft"
    if category:
        assert (meta["author"], meta["category"]) == ("Tanna Rantanen", category)


def test_a_new_post_passes_the_checker_as_a_draft(tmp_path: Path, vocabulary: Vocabulary) -> None:
    path = create("post", "Nuorten digituki alkaa", "fi", "Tanna Rantanen", tmp_path, vocabulary, TODAY)
    problems = check_content(tmp_path, LANGUAGES, vocabulary)
    assert problems and all(p.warning for p in problems), [str(p) for p in problems]
    # Published with its placeholders still in place, the same file stops the build.
    path.write_text(path.read_text(encoding="utf-8").replace("Status: draft\n", ""), encoding="utf-8")
    assert any(
        not p.warning and "Täytettävä kohta" in p.message for p in check_content(tmp_path, LANGUAGES, vocabulary)
    )


def test_an_existing_file_is_never_overwritten(tmp_path: Path, vocabulary: Vocabulary) -> None:
    path = create("post", "Nuorten digituki alkaa", "fi", "Tanna Rantanen", tmp_path, vocabulary, TODAY)
    path.write_text("Oma teksti", encoding="utf-8")
    with pytest.raises(NewContentError, match="on jo olemassa, eikä sitä korvattu"):
        create("post", "Nuorten digituki alkaa", "fi", "Tanna Rantanen", tmp_path, vocabulary, TODAY)
    assert path.read_text(encoding="utf-8") == "Oma teksti"


def test_the_same_slug_next_month_is_refused(tmp_path: Path, vocabulary: Vocabulary) -> None:
    first = create("post", "Nuorten digituki alkaa", "fi", "Tanna Rantanen", tmp_path, vocabulary, TODAY)
    with pytest.raises(NewContentError, match=f"Samalla osoitteella .* {first}"):
        create("post", "Nuorten digituki alkaa", "fi", "Tanna Rantanen", tmp_path, vocabulary, date(2026, 12, 1))


@pytest.mark.parametrize(
    ("title", "lang", "author", "message"),
    [
        ("", "fi", "Tanna Rantanen", "Otsikko puuttuu"),
        ("Otsikko", "de", "Tanna Rantanen", "Tuntematon kieli 'de'"),
        ("Otsikko", "fi", "", "Kirjoittaja puuttuu"),
        ("Otsikko", "fi", "Tanna", "Tuntematon kirjoittaja 'Tanna'"),
    ],
)
def test_mistakes_are_explained_in_finnish(
    tmp_path: Path, vocabulary: Vocabulary, title: str, lang: str, author: str, message: str
) -> None:
    with pytest.raises(NewContentError, match=message):
        create("post", title, lang, author, tmp_path, vocabulary, TODAY)
    assert not (tmp_path / "posts").exists() or not any((tmp_path / "posts").iterdir())


def test_make_new_post_command_prints_where_and_how_to_preview(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "site")
    command = [
        sys.executable,
        "-m",
        "sitebuild",
        "new",
        "post",
        "--settings",
        str(project / "pelicanconf.py"),
        "--title",
        "Nuorten digituki alkaa",
        "--author",
        "Joel Aaltonen",
    ]
    env = {"SITE_BUILD_DATE": "2026-11-26", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "content/posts/2026-11-nuorten-digituki-alkaa.md" in result.stdout
    assert "http://127.0.0.1:8000/uutiset/nuorten-digituki-alkaa/" in result.stdout
    assert (project / "content/posts/2026-11-nuorten-digituki-alkaa.md").exists()
    again = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, stdin=subprocess.DEVNULL)
    assert again.returncode == 1
    assert "on jo olemassa" in again.stdout
