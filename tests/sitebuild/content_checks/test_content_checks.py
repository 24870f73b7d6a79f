"""Each content mistake is reported with its file, line and what to do, in Finnish, all at once."""

import shutil
from pathlib import Path

import pytest
from PIL import Image

from pelicanconf import LANGUAGES as SITE_LANGUAGES
from plugins.site_data.problems import Problem
from plugins.site_data.vocabulary import load_vocabulary
from sitebuild.content_checks import check_content

ROOT = Path(__file__).resolve().parents[3]
LANGUAGES = {"fi": {}, "sv": {}}
GOOD_POST = """Title: Hyvä otsikko
Date: 2026-11-26 09:00
Lang: fi
Author: Tanna Rantanen
Category: Blogi
Tags: nuorten digituki, verkosto
Summary: Lyhyt tiivistelmä.

Teksti, jossa on [linkki toiseen kirjoitukseen]({filename}/posts/toinen.md) ja [sivulle](/tietoa/).

## Väliotsikko

![Kaksi ihmistä katsoo puhelinta](/images/kuva.png)
"""
OTHER_POST = GOOD_POST.replace("Title: Hyvä otsikko", "Title: Toinen").split("\n\n")[0] + "\n\nTeksti.\n"
ABOUT_PAGE = "Title: Tietoa\nLang: fi\nSlug: tietoa\n\nTeksti.\n"


@pytest.fixture(scope="module")
def vocabulary():  # type: ignore[no-untyped-def]
    problems: list[Problem] = []
    loaded = load_vocabulary(ROOT / "data", problems)
    assert problems == []
    return loaded


def write_site(root: Path, post: str) -> Path:
    """A content folder with the post under test, another post, a page and an image."""
    for folder in ("posts", "pages", "images"):
        (root / folder).mkdir(parents=True)
    (root / "posts" / "toinen.md").write_text(OTHER_POST, encoding="utf-8")
    (root / "pages" / "tietoa.md").write_text(ABOUT_PAGE, encoding="utf-8")
    Image.new("RGB", (4, 3)).save(root / "images" / "kuva.png")  # a real image: images are decoded
    path = root / "posts" / "uutinen.md"
    path.write_text(post, encoding="utf-8")
    return path


def test_the_good_post_passes(tmp_path: Path, vocabulary) -> None:  # type: ignore[no-untyped-def]
    write_site(tmp_path, GOOD_POST)
    assert [str(p) for p in check_content(tmp_path, SITE_LANGUAGES, vocabulary)] == []


BAD_POSTS = [
    # (what is wrong, text, line, field, words of the message, warning)
    ("no title", GOOD_POST.replace("Title: Hyvä otsikko\n", ""), 1, "Title", "Otsikko puuttuu", False),
    ("unknown language", GOOD_POST.replace("Lang: fi", "Lang: de"), 3, "Lang", "Tuntematon kieli 'de'", False),
    ("no language", GOOD_POST.replace("Lang: fi\n", ""), 1, "Lang", "Kieli puuttuu", False),
    (
        "bad date",
        GOOD_POST.replace("2026-11-26 09:00", "26.11.2026"),
        2,
        "Date",
        "Päivämäärä '26.11.2026' ei kelpaa",
        False,
    ),
    ("no author", GOOD_POST.replace("Author: Tanna Rantanen\n", ""), 7, "Author", "Author: Etunimi Sukunimi", False),
    ("no category", GOOD_POST.replace("Category: Blogi\n", ""), 7, "Category", "Category: Blogi", False),
    (
        "no date",
        GOOD_POST.replace("Date: 2026-11-26 09:00\n", ""),
        1,
        "Date",
        "Lisää rivin 1 alle rivi 'Date: 2026-11-26'",
        False,
    ),
    ("no summary", GOOD_POST.replace("Summary: Lyhyt tiivistelmä.\n", ""), 7, "Summary", "Tiivistelmä puuttuu", False),
    (
        "no summary in a draft",
        GOOD_POST.replace("Summary: Lyhyt tiivistelmä.", "Status: draft"),
        8,
        "Summary",
        "Tiivistelmä puuttuu",
        True,
    ),
    (
        "unknown status",
        GOOD_POST.replace("Summary:", "Status: luonnos\nSummary:"),
        7,
        "Status",
        "Tila 'luonnos' ei kelpaa",
        False,
    ),
    (
        "placeholder left",
        GOOD_POST.replace("Lyhyt tiivistelmä.", "[[Kirjoita tiivistelmä]]"),
        7,
        "",
        "Täytettävä kohta [[Kirjoita tiivistelmä]]",
        False,
    ),
    (
        "unknown category",
        GOOD_POST.replace("Category: Blogi", "Category: Sekalaista"),
        5,
        "Category",
        "Tuntematon kategoria 'Sekalaista'. Käytä jotakin näistä: Blogi, Uutiset, Tapahtumat",
        False,
    ),
    (
        "category in the other language",
        GOOD_POST.replace("Category: Blogi", "Category: Blogg"),
        5,
        "Category",
        "Tuntematon kategoria 'Blogg'",
        False,
    ),
    (
        "category with wrong capitals",
        GOOD_POST.replace("Category: Blogi", "Category: blogi"),
        5,
        "Category",
        "Kirjoita se muodossa 'Blogi'",
        False,
    ),
    (
        "tag spelling variant",
        GOOD_POST.replace("nuorten digituki,", "nuorten digi-tuki,"),
        6,
        "Tags",
        "Avainsana 'nuorten digi-tuki' kirjoitetaan muodossa 'nuorten digituki'",
        False,
    ),
    (
        "tag with capitals",
        GOOD_POST.replace("verkosto", "Verkosto"),
        6,
        "Tags",
        "Avainsana 'Verkosto' kirjoitetaan muodossa 'verkosto'",
        False,
    ),
    ("new tag", GOOD_POST.replace("verkosto", "kirjastot"), 6, "Tags", "Uusi avainsana 'kirjastot'", True),
    (
        "unknown author",
        GOOD_POST.replace("Tanna Rantanen", "Tanna Rantane"),
        4,
        "Author",
        "Tuntematon kirjoittaja 'Tanna Rantane'",
        False,
    ),
    (
        "link to a missing post",
        GOOD_POST.replace("posts/toinen.md", "posts/kolmas.md"),
        9,
        "",
        "Linkki '{filename}/posts/kolmas.md' osoittaa tiedostoon, jota ei ole",
        False,
    ),
    (
        "link to a missing page",
        GOOD_POST.replace("(/tietoa/)", "(/tieto/)"),
        9,
        "",
        "Linkki '/tieto/' osoittaa sivulle, jota sivustolla ei ole",
        False,
    ),
    (
        "link to a missing file",
        GOOD_POST.replace("(/tietoa/)", "(/images/esite.pdf)"),
        9,
        "",
        "Linkki '/images/esite.pdf'",
        False,
    ),
    (
        "missing image",
        GOOD_POST.replace("/images/kuva.png", "/images/kuvaa.png"),
        13,
        "",
        "Kuva '/images/kuvaa.png' osoittaa tiedostoon, jota ei ole",
        False,
    ),
    (
        "image without alt text",
        GOOD_POST.replace("![Kaksi ihmistä katsoo puhelinta]", "![]"),
        13,
        "alt",
        "Kuvalta puuttuu vaihtoehtoinen teksti (alt)",
        False,
    ),
    (
        "html image without alt",
        GOOD_POST.replace("![Kaksi ihmistä katsoo puhelinta](/images/kuva.png)", '<img src="/images/kuva.png">'),
        13,
        "alt",
        "Kuvalta puuttuu alt-teksti",
        False,
    ),
    (
        "heading skips a level",
        GOOD_POST.replace("## Väliotsikko", "### Väliotsikko"),
        11,
        "otsikko",
        "Otsikkotaso hyppää tasolta h1 tasolle h3. Käytä tasoa h2 (##)",
        False,
    ),
    ("h2 to h4", GOOD_POST + "\n#### Liian syvä\n", 15, "otsikko", "Otsikkotaso hyppää tasolta h2 tasolle h4", False),
    (
        "second main heading",
        GOOD_POST.replace("## Väliotsikko", "# Väliotsikko"),
        11,
        "otsikko",
        "pääotsikko on jo Title-rivillä",
        True,
    ),
    (
        "title too long for sharing",
        GOOD_POST.replace("Hyvä otsikko", "Pitkä " * 15),
        1,
        "Title",
        "Otsikossa on 89 merkkiä",
        True,
    ),
    (
        "share title too long",
        GOOD_POST.replace("Summary:", "Share_title: " + "Pitkä " * 13 + "\nSummary:"),
        7,
        "Share_title",
        "Jako-otsikossa on 77 merkkiä",
        True,
    ),
    (
        "cover without alt",
        GOOD_POST.replace("Summary:", "Cover: /images/kuva.png\nSummary:"),
        7,
        "Cover_alt",
        "Kansikuvalta puuttuu vaihtoehtoinen teksti",
        False,
    ),
    (
        "missing cover",
        GOOD_POST.replace("Summary:", "Cover: /images/kansi.jpg\nCover_alt: koristekuva\nSummary:"),
        7,
        "Cover",
        "Kansikuvaa '/images/kansi.jpg' ei löydy",
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "field", "message", "warning"),
    [case[1:] for case in BAD_POSTS],
    ids=[case[0] for case in BAD_POSTS],
)
def test_bad_post_is_reported_with_file_line_and_field(
    tmp_path: Path,
    vocabulary,
    text: str,
    line: int,
    field: str,
    message: str,
    warning: bool,  # type: ignore[no-untyped-def]
) -> None:
    post = write_site(tmp_path, text)
    problems = check_content(tmp_path, SITE_LANGUAGES, vocabulary)
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert (problem.path, problem.line, problem.field, problem.warning) == (post, line, field, warning)
    assert message in problem.message
    kind = "VAROITUS" if warning else "VIRHE"
    assert str(problem).startswith(f"{kind} {post}:{line}")


def test_decorative_image_is_accepted_when_it_says_so(tmp_path: Path, vocabulary) -> None:  # type: ignore[no-untyped-def]
    write_site(tmp_path, GOOD_POST.replace("Kaksi ihmistä katsoo puhelinta", "koristekuva"))
    assert check_content(tmp_path, SITE_LANGUAGES, vocabulary) == []


def test_code_blocks_are_not_checked(tmp_path: Path, vocabulary) -> None:  # type: ignore[no-untyped-def]
    write_site(tmp_path, GOOD_POST + "\n```\n#### ![](ei-ole.png)\n```\n")
    assert check_content(tmp_path, SITE_LANGUAGES, vocabulary) == []


def test_every_problem_in_every_file_is_listed(tmp_path: Path) -> None:
    (tmp_path / "posts").mkdir()
    (tmp_path / "pages").mkdir()
    (tmp_path / "posts" / "a.md").write_text("Lang: de\n\nTeksti.\n", encoding="utf-8")
    (tmp_path / "pages" / "b.md").write_text("Title: Sivu\n\nTeksti.\n", encoding="utf-8")
    problems = check_content(tmp_path, LANGUAGES)
    assert sorted((p.path.name, p.field) for p in problems) == [
        ("a.md", "Author"),
        ("a.md", "Category"),
        ("a.md", "Date"),
        ("a.md", "Lang"),
        ("a.md", "Summary"),
        ("a.md", "Title"),
        ("b.md", "Lang"),
    ]


def test_the_real_content_is_valid(vocabulary) -> None:  # type: ignore[no-untyped-def]
    assert [str(p) for p in check_content(ROOT / "content", SITE_LANGUAGES, vocabulary)] == []


@pytest.mark.parametrize(
    ("yaml_text", "line", "message"),
    [
        ("categories: {fi: [Blogi]}\ntags: {}\n", 1, "Pakollinen kenttä 'authors' puuttuu"),
        (
            "categories: {fi: [Blogi]}\ntags:\n  fi:\n    - name: a\n      variants: [b]\n    - name: b\nauthors: [{name: X}]\n",
            6,
            "Kirjoitusasu 'b' kuuluu jo avainsanalle 'a'",
        ),
    ],
)
def test_bad_vocabulary_is_reported(tmp_path: Path, yaml_text: str, line: int, message: str) -> None:
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "vocabulary.schema.json").write_bytes(
        (ROOT / "data/schemas/vocabulary.schema.json").read_bytes()
    )
    (tmp_path / "vocabulary.yaml").write_text(yaml_text, encoding="utf-8")
    problems: list[Problem] = []
    load_vocabulary(tmp_path, problems)
    assert [(p.line, message in p.message) for p in problems] == [(line, True)], [str(p) for p in problems]


def test_the_example_post_in_the_writers_guide_passes(tmp_path: Path, vocabulary) -> None:  # type: ignore[no-untyped-def]
    guide = (ROOT / "docs/kirjoittajan-opas.md").read_text(encoding="utf-8")
    example = guide.split("## Esimerkkikirjoitus")[1].split("```\n", 1)[1].rsplit("```", 1)[0]
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    Image.new("RGB", (4, 3)).save(content / "images" / "nuorten-digituki.jpg")
    (content / "posts" / "2026-12-esimerkki.md").write_text(example, encoding="utf-8")
    assert [str(p) for p in check_content(content, SITE_LANGUAGES, vocabulary)] == []
