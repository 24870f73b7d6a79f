"""Each content mistake is reported with its file, line and what to do, all at once."""

from pathlib import Path

import pytest

from sitebuild.content_checks import check_content

LANGUAGES = {"fi": {}, "sv": {}}
GOOD_POST = """Title: Hyvä otsikko
Date: 2026-11-26 09:00
Lang: fi
Author: Tanna Rantanen
Category: Blogi

Teksti.
"""


@pytest.mark.parametrize(
    ("text", "line", "field", "message"),
    [
        (GOOD_POST.replace("Title: Hyvä otsikko\n", ""), 1, "Title", "Otsikko puuttuu"),
        (GOOD_POST.replace("Lang: fi", "Lang: de"), 3, "Lang", "Tuntematon kieli 'de'"),
        (GOOD_POST.replace("Lang: fi\n", ""), 1, "Lang", "Kieli puuttuu"),
        (GOOD_POST.replace("2026-11-26 09:00", "26.11.2026"), 2, "Date", "Päivämäärä '26.11.2026' ei kelpaa"),
        (GOOD_POST.replace("Author: Tanna Rantanen\n", ""), 5, "Author", "Author: Etunimi Sukunimi"),
        (GOOD_POST.replace("Category: Blogi\n", ""), 5, "Category", "Category: Blogi"),
        (GOOD_POST.replace("Date: 2026-11-26 09:00\n", ""), 5, "Date", "Date: 2026-11-26"),
    ],
)
def test_bad_post_is_reported_with_file_line_and_field(tmp_path: Path, text: str, line: int, field: str, message: str) -> None:
    post = tmp_path / "posts" / "uutinen.md"
    post.parent.mkdir()
    post.write_text(text, encoding="utf-8")
    problems = check_content(tmp_path, LANGUAGES)
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.path, problem.line, problem.field) == (post, line, field)
    assert message in problem.message
    assert str(problem).startswith(f"VIRHE {post}:{line} [{field}]")


def test_every_problem_in_every_file_is_listed(tmp_path: Path) -> None:
    (tmp_path / "posts").mkdir()
    (tmp_path / "pages").mkdir()
    (tmp_path / "posts" / "a.md").write_text("Lang: de\n\nTeksti.\n", encoding="utf-8")
    (tmp_path / "pages" / "b.md").write_text("Title: Sivu\n\nTeksti.\n", encoding="utf-8")
    problems = check_content(tmp_path, LANGUAGES)
    assert sorted((p.path.name, p.field) for p in problems) == [
        ("a.md", "Author"), ("a.md", "Category"), ("a.md", "Date"), ("a.md", "Lang"), ("a.md", "Title"), ("b.md", "Lang"),
    ]


def test_the_real_content_is_valid() -> None:
    root = Path(__file__).resolve().parent.parent
    assert [str(p) for p in check_content(root / "content", LANGUAGES)] == []
