"""Escaping by default: hostile text in every free-text field of data/ and of a post and a page
is shown as text on every page type, in feeds, in JSON-LD and in the open-data exports, never as markup."""

import csv
import io
import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup

from plugins.site_data.yaml_lines import DataLoader, FloatText
from tests.sites import build_copy, copy_project


class _Dumper(yaml.SafeDumper):
    """Writes numbers back as the file had them (the loader keeps 15.00 as "15.00" for times)."""


_Dumper.add_representer(FloatText, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:float", value.text))

# Both classic breakouts: a script element in text, and leaving a "-quoted attribute.
HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
MARKER = "alert(1)"
# The data files that are records (one schema each); vocabulary.yaml is the posts' word list,
# which gets the hostile tag, category and author added instead.
SINGLE_FILES = {"municipalities.yaml": "municipalities", "directory-labels.yaml": "directory-labels"}
# A value a schema constrains this way cannot be free text: hostile input is (rightly) refused there.
CONSTRAINTS = ("pattern", "enum", "const", "format")


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith("#/"), f"only local $refs are expected, not {ref}"
        node: Any = root
        for part in ref[2:].split("/"):
            node = node[part]
        schema = {**node, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def _child(schema: dict[str, Any], key: str | int, root: dict[str, Any]) -> dict[str, Any] | None:
    """The schema of one member of an object or array (None when the schema does not say)."""
    schema = _resolve(schema, root)
    if isinstance(key, int):
        items = schema.get("items")
        return _resolve(items, root) if isinstance(items, dict) else None
    if key in schema.get("properties", {}):
        return _resolve(schema["properties"][key], root)
    extra = schema.get("additionalProperties")
    return _resolve(extra, root) if isinstance(extra, dict) else None


def _is_free_text(schema: dict[str, Any] | None, root: dict[str, Any]) -> bool:
    if schema is None:
        return False
    schema = _resolve(schema, root)
    for branch in schema.get("anyOf", []) + schema.get("oneOf", []):
        if _is_free_text(branch, root):
            return True
    if any(name in schema for name in CONSTRAINTS) or schema.get("type") not in ("string", ["string", "null"]):
        return False
    return len(HOSTILE) + 40 <= schema.get("maxLength", 10_000)


def poison(data: Any, schema: dict[str, Any], root: dict[str, Any], files: set[str], where: str = "") -> Iterator[str]:
    """Append HOSTILE to every string leaf of data the schema takes as free text; yield each path.

    A value naming one of `files` (a logo, a photo) is a reference the build checks, not text.
    """
    members = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in list(members):
        child = _child(schema, key, root)
        path = f"{where}/{key}"
        if isinstance(value, str):
            if _is_free_text(child, root) and value not in files:
                data[key] = f"{value} {HOSTILE}"
                yield path
        elif child is not None:
            yield from poison(value, child, root, files, path)


def poison_data(data_dir: Path) -> list[str]:
    """Poison every record file under data_dir in place; the poisoned field paths."""
    poisoned: list[str] = []
    data_files = {file.name for file in data_dir.rglob("*") if file.is_file()}
    files = [(data_dir / name, kind) for name, kind in SINGLE_FILES.items()]
    files += [
        (file, folder.name)
        for folder in sorted(data_dir.iterdir())
        if folder.is_dir()
        for file in sorted(folder.glob("*.yaml"))
    ]
    for file, kind in files:
        schema_file = data_dir / "schemas" / f"{kind}.schema.json"
        if not schema_file.exists():
            continue  # e.g. data/images: not records
        schema = json.loads(schema_file.read_text(encoding="utf-8"))
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=DataLoader)  # noqa: S506 (DataLoader is a SafeLoader)
        poisoned += [f"{file.relative_to(data_dir)}:{path}" for path in poison(data, schema, schema, data_files)]
        file.write_text(yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return poisoned


def add_hostile_words(vocabulary_file: Path) -> None:
    """Let the content checker accept the hostile category, tag and author of the poisoned post."""
    vocabulary = yaml.load(vocabulary_file.read_text(encoding="utf-8"), Loader=DataLoader)  # noqa: S506
    vocabulary["categories"]["fi"].append(f"Uutiset {HOSTILE}")
    vocabulary["tags"]["fi"].append({"name": f"digituki {HOSTILE}", "variants": []})
    vocabulary["authors"].append(
        {"name": f"Kirjoittaja {HOSTILE}", "role": {"fi": f"rooli {HOSTILE}", "sv": f"roll {HOSTILE}"}}
    )
    vocabulary_file.write_text(
        yaml.dump(vocabulary, Dumper=_Dumper, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


POST = f"""Title: Uutinen {HOSTILE}
Date: 2026-11-20 09:00
Lang: fi
Author: Kirjoittaja {HOSTILE}
Category: Uutiset {HOSTILE}
Tags: digituki {HOSTILE}, verkosto
Slug: vaarallinen-uutinen
Share_title: Jaettava {HOSTILE}
Cover: /images/yhdessa-kansikuva.jpg
Cover_alt: Kansikuva {HOSTILE}
Summary: Tiivistelmä {HOSTILE}

Tavallista tekstiä.
"""

PAGE = f"""Title: Sivu {HOSTILE}
Lang: fi
Slug: vaarallinen-sivu
Summary: Tiivistelmä {HOSTILE}

Tavallista tekstiä.
"""

EVENT = f"""Title: Tapahtuma {HOSTILE}
Lang: fi
Start: 2026-12-10 13:00
End: 2026-12-10 15:00
Place: Paikka {HOSTILE}
Organiser: digikummit-ry
Audience: members
Modified: 2026-11-20 10:00
Summary: Tiivistelmä {HOSTILE}

Tavallista tekstiä.
"""


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A built copy of the site with hostile text in every free-text field; (output, poisoned fields)."""
    project = copy_project(tmp_path_factory.mktemp("escaping"))
    fields = poison_data(project / "data")
    add_hostile_words(project / "data" / "vocabulary.yaml")
    (project / "content" / "posts" / "vaarallinen.md").write_text(POST, encoding="utf-8")
    (project / "content" / "pages" / "vaarallinen.fi.md").write_text(PAGE, encoding="utf-8")
    (project / "content" / "events" / "2026-12-10-vaarallinen.md").write_text(EVENT, encoding="utf-8")
    previous = os.environ.get("SITEURL")
    os.environ["SITEURL"] = "https://example.org"
    try:
        return build_copy(project), fields
    finally:
        if previous is None:
            os.environ.pop("SITEURL", None)
        else:
            os.environ["SITEURL"] = previous


def _pages(output: Path) -> dict[str, BeautifulSoup]:
    return {
        str(file.relative_to(output)): BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        for file in sorted(output.rglob("*.html"))
    }


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_every_free_text_field_of_every_record_kind_is_poisoned(poisoned: tuple[Path, list[str]]) -> None:
    _, fields = poisoned
    kinds = {field.split("/")[0].split(":")[0] for field in fields}
    assert {
        "locations",
        "members",
        "people",
        "regions",
        "partners",
        "municipalities.yaml",
        "directory-labels.yaml",
    } <= kinds
    assert len(fields) > 500, len(fields)
    # The walk reaches nested free text too: a location's name per language, an exception's reason.
    assert any(field.endswith("/name/sv") for field in fields if field.startswith("locations"))
    assert not any(field.endswith(("/id", "/email", "/web", "/checked")) for field in fields)


def test_no_page_runs_the_hostile_markup(poisoned: tuple[Path, list[str]]) -> None:
    output, _ = poisoned
    pages = _pages(output)
    reached = [name for name, soup in pages.items() if HOSTILE in soup.get_text()]
    assert len(reached) > 50, reached
    for name, soup in pages.items():
        for script in soup.find_all("script"):
            if script.get("type") != "application/ld+json":
                assert MARKER not in script.get_text(), f"{name}: a hostile <script> element"
        assert not soup.find_all(attrs={"onerror": True}), f"{name}: an element with onerror"
        assert not soup.find_all("img", src="x"), f"{name}: a hostile <img>"
        # Escaped twice (in Python and again by the template) would show "&lt;" to the visitor.
        assert "&lt;script" not in soup.get_text(), f"{name}: text escaped twice"
        for element in soup.find_all(True):
            for attribute, value in element.attrs.items():
                assert "&lt;script" not in str(value), f"{name}: <{element.name} {attribute}> escaped twice"


@pytest.mark.parametrize(
    "path",
    [
        "index.html",  # home: news cards
        "uutiset/index.html",
        "uutiset/vaarallinen-uutinen/index.html",
        "vaarallinen-sivu/index.html",
        "uutiset/arkisto/index.html",
        "verkosto/jasenet/index.html",
        "verkosto/jasenet/helsingin-kaupunki/index.html",
        "verkosto/kumppanit/index.html",
        "loyda-digitukea/index.html",
        "loyda-digitukea/kartta/index.html",
        "loyda-digitukea/nuoret/index.html",
        "loyda-digitukea/helsinki-*/index.html",  # a municipality's slug comes from its (poisoned) name
        "loyda-digitukea/paikka/helsinki-oodi/index.html",
        "tietoa/index.html",
        "sv/index.html",
        "sv/natverket/medlemmar/index.html",
    ],
)
def test_hostile_text_is_shown_as_text(poisoned: tuple[Path, list[str]], path: str) -> None:
    output, _ = poisoned
    files = sorted(output.glob(path))
    assert len(files) == 1, f"{path} was not built"
    soup = BeautifulSoup(files[0].read_text(encoding="utf-8"), "html.parser")
    assert HOSTILE in soup.get_text(), f"{path}: the hostile text is not shown as text"


def test_page_types_of_taxonomies_show_the_hostile_name(poisoned: tuple[Path, list[str]]) -> None:
    output, _ = poisoned
    pages = _pages(output)
    for word in ("kategoria", "avainsana", "kirjoittaja"):
        hits = [name for name, soup in pages.items() if f"/{word}/" in f"/{name}" and HOSTILE in soup.get_text()]
        assert hits, f"no {word} page shows the hostile name as text"


def test_member_and_location_pages_show_hostile_names(poisoned: tuple[Path, list[str]]) -> None:
    output, _ = poisoned
    pages = _pages(output)
    for folder in ("verkosto/jasenet/", "loyda-digitukea/paikka/", "sv/"):
        hits = [name for name, soup in pages.items() if name.startswith(folder) and HOSTILE in soup.get_text()]
        assert len(hits) > 5, f"{folder}: {hits}"


def test_json_ld_parses_and_holds_the_hostile_text_as_a_value(poisoned: tuple[Path, list[str]]) -> None:
    output, _ = poisoned
    blocks = 0
    for name, soup in _pages(output).items():
        for script in soup.find_all("script", type="application/ld+json"):
            data = json.loads(script.string)
            if any(HOSTILE in value for value in _strings(data)):
                blocks += 1
            assert "</script" not in script.string.lower(), name
    assert blocks > 20, blocks


def test_feeds_parse_as_xml_and_carry_the_title_as_text(poisoned: tuple[Path, list[str]]) -> None:
    output, _ = poisoned
    feeds = [file for file in output.rglob("*.xml") if file.name != "sitemap.xml"]
    assert feeds
    titles = []
    for feed in feeds:
        root = ET.fromstring(feed.read_bytes())
        assert not [element for element in root.iter() if element.tag.rsplit("}", 1)[-1] in ("script", "img")], feed
        titles += [element.text or "" for element in root.iter() if element.tag.rsplit("}", 1)[-1] == "title"]
    assert any("Uutinen" in title and MARKER in title for title in titles), titles


def test_open_data_exports_hold_the_hostile_text_as_values(poisoned: tuple[Path, list[str]]) -> None:
    output, _ = poisoned
    exports = sorted((output / "avoin-data").glob("*.*"))
    assert len(exports) >= 6, exports
    for file in exports:
        text = file.read_text(encoding="utf-8")
        if file.suffix == ".csv":
            cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
        else:
            cells = list(_strings(json.loads(text)))
        assert any(HOSTILE in cell for cell in cells), file


def test_post_title_and_share_title_are_text_in_head(poisoned: tuple[Path, list[str]]) -> None:
    output, _ = poisoned
    for path, title, share in (
        ("uutiset/vaarallinen-uutinen/index.html", "Uutinen", "Jaettava"),
        ("vaarallinen-sivu/index.html", "Sivu", "Sivu"),
    ):
        soup = BeautifulSoup((output / path).read_text(encoding="utf-8"), "html.parser")
        assert soup.title is not None and soup.title.get_text().startswith(f"{title} {HOSTILE} – "), path
        og_title = soup.find("meta", property="og:title")
        assert og_title is not None and str(og_title["content"]).startswith(f"{share} {HOSTILE}"), path
    post = BeautifulSoup((output / "uutiset/vaarallinen-uutinen/index.html").read_text(encoding="utf-8"), "html.parser")
    og_alt = post.find("meta", property="og:image:alt")
    assert og_alt is not None and og_alt["content"] == f"Kansikuva {HOSTILE}"
    cover = post.select_one(".uudi-article__cover img")
    assert cover is not None and cover["alt"] == f"Kansikuva {HOSTILE}"
