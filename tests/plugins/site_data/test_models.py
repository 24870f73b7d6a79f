"""The typed models of plugins/site_data and the one way of doing each shared thing (text, order, URLs, script JSON)."""

import dataclasses
import json
import shutil
import string
from pathlib import Path

import pytest

from pelicanconf import LANGUAGE_URLS
from plugins.pages import script_json
from plugins.site_data.models import Location, Member
from plugins.site_data.problems import DataError, Problem, stop_on_errors
from plugins.site_data.text import Text, sort_key
from plugins.site_i18n.urls import url_for
from tests.sites import ROOT, load_data


@pytest.fixture(scope="module")
def data() -> Path:
    return ROOT / "data"


def test_every_valid_record_becomes_one_immutable_model(data: Path) -> None:
    site = load_data(data)
    assert set(site.members) == set(site.records("members").records)
    assert set(site.locations) == set(site.records("locations").records)
    oodi = site.locations["helsinki-oodi"]
    assert isinstance(oodi, Location) and isinstance(site.members[oodi.organisation], Member)
    assert oodi.forms == ("in-person", "training") and isinstance(oodi.hours.exceptions, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        oodi.name = Text.of({"fi": "x"}, "fi")  # type: ignore[misc]
    assert site.sister_networks["uusimaa"].current and site.people["tanna-rantanen"].role.get("sv") == "projektchef"


def test_a_record_that_fails_validation_never_becomes_a_model(tmp_path: Path, data: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    (copy / "members" / "rikki-ry.yaml").write_text(
        "id: rikki-ry\nname: {fi: Rikki ry, sv: Rikki rf}\ntype: nonsense\nmunicipalities: ['049']\njoined: 2020-01-01\n",
        encoding="utf-8",
    )
    site = load_data(copy)
    assert "rikki-ry" in site.records("members").invalid
    assert "rikki-ry" not in site.members
    assert any(p.path.name == "rikki-ry.yaml" and p.field == "type" for p in site.errors)


def test_text_falls_back_to_the_main_language() -> None:
    role = Text.of({"fi": "projektipäällikkö", "en": "project manager"}, "fi")
    assert role.get("en") == "project manager"
    assert role.get("sv") == "projektipäällikkö"
    assert role.exact("sv") == ""
    assert Text.of({"sv": "Endast svenska"}, "fi").get("fi") == "Endast svenska"
    assert not Text.of(None, "fi") and Text.of(None, "fi").get("fi") == ""


def test_names_sort_with_a_ring_a_umlaut_o_umlaut_after_z() -> None:
    names = ["Örkki", "Åbo", "Ääni", "Zeta", "aapa", "Ahvenanmaa"]
    assert sorted(names, key=sort_key) == ["aapa", "Ahvenanmaa", "Zeta", "Åbo", "Ääni", "Örkki"]


@pytest.mark.parametrize("path", ["loyda-digitukea/", "sv/hitta-digistod/"])
def test_directory_pages_list_municipalities_in_that_order(site: Path, path: str) -> None:
    from tests.html import page

    names = [a.get_text(strip=True) for a in page(site, path).select(".uudi-jump-list__list a")]
    assert len(names) == len(load_data(ROOT / "data").municipalities)
    assert names == sorted(names, key=sort_key)


def test_one_url_function_for_every_setting_language_and_slug() -> None:
    assert url_for(LANGUAGE_URLS, "fi", "LOCATION_URL", "helsinki-oodi") == "loyda-digitukea/paikka/helsinki-oodi/"
    assert (
        url_for(LANGUAGE_URLS, "sv", "LOCATION_URL", "helsinki-oodi", "/sv")
        == "/sv/hitta-digistod/plats/helsinki-oodi/"
    )
    assert (
        url_for(LANGUAGE_URLS, "sv", "MEMBER_URL", "x", "https://e.fi/sv") == "https://e.fi/sv/natverket/medlemmar/x/"
    )
    assert url_for(LANGUAGE_URLS, "fi", "SUPPORT_URL") == "loyda-digitukea/"
    placeholders = {
        field
        for urls in LANGUAGE_URLS.values()
        for name, value in urls.items()
        if name.endswith("_URL")
        for _, field, _, _ in string.Formatter().parse(value)
        if field is not None
    }
    assert placeholders == {"slug"}
    assert all(
        "{slug}" in value
        for urls in LANGUAGE_URLS.values()
        for name, value in urls.items()
        if name.endswith("_URL") and "{" in value
    )


def test_script_json_cannot_end_the_script_element() -> None:
    text = script_json({"name": '</script><img src=x onerror="alert(1)">&amp;'})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"name": '</script><img src=x onerror="alert(1)">&amp;'}
    assert text.__html__() == text  # Markup: autoescaping leaves it as it is


def test_bad_data_stops_the_build_listing_every_error() -> None:
    problems = [
        Problem(Path("a.yaml"), 3, "Ensimmäinen."),
        Problem(Path("b.yaml"), 1, "Toinen."),
        Problem(Path("c.yaml"), 2, "Vain varoitus.", warning=True),
    ]
    with pytest.raises(DataError) as raised:
        stop_on_errors(problems)
    message = str(raised.value)
    assert "a.yaml:3" in message and "b.yaml:1" in message and "c.yaml" not in message
    stop_on_errors(problems[2:])  # warnings alone do not stop it


def test_coordinates_outside_the_map_area_name_the_region_and_its_box(tmp_path: Path, data: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    path = copy / "locations" / "helsinki-oodi.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("lat: 60.17375", "lat: 65.01"), encoding="utf-8")
    messages = [p.message for p in load_data(copy).problems if p.path == path and p.field == "coordinates"]
    assert len(messages) == 1
    assert "alueen Uusimaa ulkopuolella" in messages[0] and "59.7–61.0" in messages[0] and "22.8–26.6" in messages[0]


def test_exports_take_the_region_from_settings_not_code(data: Path) -> None:
    import uuid

    from plugins.directory import exports
    from plugins.site_data.region import Licence, load_region

    site = load_data(data)
    uusimaa = load_region(ROOT)
    other = dataclasses.replace(
        uusimaa,
        name=Text.of({"fi": "Testimaa", "sv": "Testland"}, "fi"),
        network_name=Text.of({"fi": "Testimaan verkosto", "sv": "Testlands nätverk"}, "fi"),
        short_name="TeVe",
        id_namespace=uuid.UUID("00000000-0000-5000-8000-000000000001"),
        licence=Licence("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    )
    locations = [site.locations["helsinki-oodi"]]

    def hsds(region: object) -> dict:
        export = exports.Export(region, "Europe/Helsinki", site.municipalities, lambda lang, key: f"/{lang}/{key}/")  # type: ignore[arg-type]
        return json.loads(exports.hsds_services(locations, site.members, export, str))["contents"][0]

    ours, theirs = hsds(uusimaa), hsds(other)
    address = theirs["service_at_locations"][0]["location"]["addresses"][0]
    assert address["state_province"] == "Testimaa"
    assert theirs["service_at_locations"][0]["location"]["external_identifier_type"] == "TeVe location id"
    assert ours["id"] == uusimaa.stable_id("service", "helsinki-oodi") != theirs["id"]
    export = exports.Export(other, "Europe/Helsinki", site.municipalities, lambda lang, key: f"/{lang}/{key}/")
    document = json.loads(exports.locations_json(locations, export))
    assert document["publisher"] == "Testimaan verkosto" and document["licence"]["name"] == "CC0 1.0"


def test_pelican_stops_on_bad_data_with_every_error_and_no_traceback(tmp_path: Path) -> None:
    """The safety net behind `make check`: a generator that meets bad data ends the build with the list alone."""
    from tests.sites import copy_project, run_pelican

    project = copy_project(tmp_path / "project")
    (project / "data" / "locations" / "rikki.yaml").write_text("id: rikki\n", encoding="utf-8")
    (project / "data" / "members" / "kaksi.yaml").write_text("id: kaksi\nname: {fi: Kaksi}\n", encoding="utf-8")
    result = run_pelican(project / "publishconf.py", tmp_path / "out")
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "rikki.yaml:1" in output and "kaksi.yaml:2" in output and "make check" in output
    assert "Traceback" not in output
    assert not (tmp_path / "out" / "loyda-digitukea" / "index.html").exists()


def test_every_generator_and_language_shares_one_load(tmp_path: Path) -> None:
    """i18n_subsites deep-copies the settings per language; the data is still read and validated once."""
    import copy

    from plugins.site_data.region import load_region
    from plugins.site_data.site import data_dir, site_data

    settings = {
        "PATH": str(ROOT / "content"),
        "DATA_PATH": "data",
        "REGION": load_region(ROOT),
        "BUILD_DATE": "2026-11-26",
        "TIMEZONE": "Europe/Helsinki",
    }
    assert data_dir(settings) == ROOT / "data"
    assert data_dir({**settings, "DATA_PATH": str(tmp_path)}) == tmp_path
    first = site_data(settings)
    assert site_data(copy.deepcopy(settings)) is first
    assert first.today.isoformat() == "2026-11-26" and first.labels.label("days", "mo", "sv") == "måndag"
