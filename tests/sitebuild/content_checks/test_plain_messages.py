"""A missing Date: in a post points at the Title line and suggests the build's today; paths relative to the project."""

from datetime import date
from pathlib import Path

import pytest

from pelicanconf import LANGUAGES as SITE_LANGUAGES
from sitebuild.cli import check
from sitebuild.content_checks import check_content
from tests.sites import copy_project

POST = "Title: Uutinen\nLang: fi\nAuthor: Joel Aaltonen\nCategory: Uutiset\nSummary: Lyhyesti.\n\nTeksti.\n"


@pytest.mark.parametrize(("today", "shown"), [(date(2027, 3, 4), "2027-03-04"), (date(2026, 12, 1), "2026-12-01")])
def test_a_missing_date_points_at_the_title_line_and_suggests_today(tmp_path: Path, today: date, shown: str) -> None:
    (tmp_path / "posts").mkdir()
    # The second case has Lang: first, so Title: is on line 2.
    text = (
        POST.replace("Title: Uutinen\nLang: fi\n", "Lang: fi\nTitle: Uutinen\n") if shown.startswith("2026") else POST
    )
    (tmp_path / "posts" / "uutinen.md").write_text(text, encoding="utf-8")
    problems = [p for p in check_content(tmp_path, SITE_LANGUAGES, today=today) if p.field == "Date"]
    line = 2 if shown.startswith("2026") else 1  # the Title line, wherever it is
    assert [(p.where(tmp_path), p.line, p.code) for p in problems] == [
        (f"posts/uutinen.md:{line}", line, "date-missing")
    ]
    assert problems[0].message.startswith(f"Päivämäärä puuttuu. Lisää rivin {line} alle rivi 'Date: {shown}'")


def test_make_check_prints_paths_relative_to_the_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path / "site")
    post = project / "content" / "posts" / "uusi.md"
    post.write_text(POST, encoding="utf-8")
    assert check(project / "publishconf.py") == 1
    printed = capsys.readouterr().out
    assert "VIRHE content/posts/uusi.md:1 [Date]: Päivämäärä puuttuu." in printed
    assert str(tmp_path) not in printed
    assert "\n1 virhe. Korjaa se" in printed
