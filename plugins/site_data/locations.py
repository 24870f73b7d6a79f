"""Rules for support locations (data/locations/) that a JSON Schema cannot express.

Opening hours that close before they open or overlap, exception periods that end before they
start, coordinates outside the region's map area, unknown language codes, entries not checked for a
year, a place or service area for every record, and the contact channel each form of support needs.
"""

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from babel import Locale

from .models import WHOLE_REGION
from .problems import Problem
from .records import load_list
from .references import unknown_municipalities, unknown_references
from .region import Region
from .schema import SCHEMA_DIR, field_in_words
from .sitedata import SiteData
from .yaml_lines import LoadedYaml

KIND = "locations"
DAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")
DAY_NAMES_FI = ("maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina", "sunnuntaina")
STALE_AFTER = timedelta(days=365)
ISO_639_1 = frozenset(str(code) for code in Locale("en").languages if len(str(code)) == 2 and str(code).isalpha())


def minutes(clock: str) -> int:
    """Minutes since midnight of '9:00', '09:00', '9.00' or '9'."""
    hours, _, mins = clock.replace(".", ":").partition(":")
    return int(hours) * 60 + int(mins or 0)


def clock(clock_text: str) -> str:
    """Normalise '9.00' / '9:00' / '9' to '09:00'."""
    value = minutes(clock_text)
    return f"{value // 60:02d}:{value % 60:02d}"


def _hour_problems(
    path: Path, loaded: LoadedYaml, entries: list[dict[str, Any]], base: tuple[str | int, ...]
) -> Iterator[Problem]:
    """Each weekly entry closes after it opens; no two entries overlap on the same day."""
    taken: dict[str, list[tuple[int, int, int]]] = {}
    for index, entry in enumerate(entries):
        opens, closes = minutes(entry["opens"]), minutes(entry["closes"])
        at = base + (index,)
        if closes <= opens:
            yield Problem(
                path,
                loaded.line_of(at + ("closes",)),
                f"Sulkemisaika {entry['closes']} on ennen avaamisaikaa {entry['opens']} tai sama. "
                "Tarkista kellonajat (24 tunnin kello, esim. 16:00).",
                field_in_words(at + ("closes",)),
            )
            continue
        for day in entry["days"]:
            for other_opens, other_closes, other_line in taken.get(day, []):
                if opens < other_closes and other_opens < closes:
                    yield Problem(
                        path,
                        loaded.line_of(at + ("opens",)),
                        f"Aukioloajat menevät päällekkäin {DAY_NAMES_FI[DAYS.index(day)]} (myös rivillä {other_line}). "
                        "Yhdistä ajat yhdeksi riviksi tai korjaa kellonajat.",
                        field_in_words(at + ("days",)),
                    )
            taken.setdefault(day, []).append((opens, closes, loaded.line_of(at + ("opens",))))


def location_problems(
    path: Path, loaded: LoadedYaml, record: dict[str, Any], today: date, region: Region
) -> Iterator[Problem]:
    """Every rule beyond the schema for one schema-valid location record."""
    hours = record.get("hours", {})
    yield from _hour_problems(path, loaded, hours.get("weekly", []), ("hours", "weekly"))
    if not hours.get("weekly") and not hours.get("by_appointment_only"):
        yield Problem(
            path,
            loaded.line_of(("hours",)),
            "Aukioloajat puuttuvat. Lisää viikoittaiset ajat kenttään weekly tai merkitse by_appointment_only: true, "
            "jos apua saa vain ajanvarauksella.",
            "hours",
        )
    for index, period in enumerate(hours.get("exceptions", [])):
        at = ("hours", "exceptions", index)
        if _is_date(period["from"]) and _is_date(period["to"]) and period["to"] < period["from"]:
            yield Problem(
                path,
                loaded.line_of(at + ("to",)),
                f"Poikkeusjakso päättyy ({period['to']}) ennen kuin se alkaa ({period['from']}). Tarkista päivämäärät.",
                field_in_words(at + ("to",)),
            )
        if not period.get("closed") and not period.get("weekly"):
            yield Problem(
                path,
                loaded.line_of(at),
                "Poikkeusjaksolta puuttuu tieto aukiolosta. Kirjoita closed: true tai anna jakson ajat kenttään weekly.",
                field_in_words(at),
            )
        yield from _hour_problems(path, loaded, period.get("weekly", []), at + ("weekly",))
    yield from reach_problems(path, loaded, record)
    coordinates = record.get("coordinates", {"lat": None, "lon": None})
    lat, lon = coordinates["lat"], coordinates["lon"]
    area = region.map_area
    if "coordinates" in record and not area.contains(lat, lon):
        yield Problem(
            path,
            loaded.line_of(("coordinates", "lat")),
            f"Koordinaatit {lat}, {lon} ovat alueen {region.name.get('fi')} ulkopuolella. Alueella lat on {area.south}–{area.north} "
            f"ja lon {area.west}–{area.east}. Tarkista, etteivät lat ja lon ole vaihtaneet paikkaa, ja käytä "
            "WGS84-koordinaatteja (kuten karttapalveluissa).",
            "coordinates",
        )
    for index, code in enumerate(record["languages"]):
        if code not in ISO_639_1:
            yield Problem(
                path,
                loaded.line_of(("languages", index)),
                f"Tuntematon kielikoodi '{code}'. Käytä kaksikirjaimisia ISO 639-1 -koodeja, esim. fi, sv, en, ru, ar, so.",
                "languages",
            )
    checked = date.fromisoformat(record["checked"])
    if checked > today:
        yield Problem(
            path,
            loaded.line_of(("checked",)),
            f"Tarkistuspäivä {record['checked']} on tulevaisuudessa. Korjaa päivämäärä.",
            "checked",
        )
    elif today - checked > STALE_AFTER:
        yield Problem(
            path,
            loaded.line_of(("checked",)),
            f"Tietoja ei ole tarkistettu yli vuoteen (viimeksi {record['checked']}). "
            "Tarkista ne järjestäjän kanssa ja päivitä kenttä checked.",
            "checked",
            warning=True,
        )


# The contact field each remote form of support needs, and what to tell the writer.
CHANNELS = {
    "phone": (("contact", "phone"), ("booking", "phone")),
    "chat": (("contact", "chat"),),
    "video": (("contact", "video"),),
}
CHANNEL_HINTS = {
    "phone": "Lisää puhelinnumero kenttään contact.phone (tai booking.phone).",
    "chat": "Lisää chatin osoite kenttään contact.chat.",
    "video": "Lisää videoyhteyden tai sen ajanvarauksen osoite kenttään contact.video.",
}


def reach_problems(path: Path, loaded: LoadedYaml, record: dict[str, Any]) -> Iterator[Problem]:
    """A place has an address and coordinates, or the record has a service area; home visits need an
    area and a way to book; phone, chat and video services give that channel."""
    if ("address" in record) != ("coordinates" in record):
        have, missing = ("address", "coordinates") if "address" in record else ("coordinates", "address")
        yield Problem(
            path,
            loaded.line_of((have,)),
            f"Paikalla on {have} mutta ei kenttää {missing}. Paikalle annetaan sekä osoite (address) että "
            "koordinaatit (coordinates); palvelulle, jolla ei ole julkista paikkaa, ei kumpaakaan.",
            missing,
        )
    if "address" not in record and "service_area" not in record:
        yield Problem(
            path,
            loaded.line_of(("municipality",)),
            "Palvelulta puuttuu sekä osoite että palvelualue. Anna paikan osoite (address ja coordinates) tai, "
            "jos palvelulla ei ole julkista paikkaa, kunnat joiden asukkaita se palvelee: service_area: "
            '["049", "235"] tai service_area: region (koko alue).',
            "service_area",
        )
    forms = record["forms"]
    if "home-visit" in forms:
        line = loaded.line_of(("forms", forms.index("home-visit")))
        if "service_area" not in record:
            yield Problem(
                path,
                line,
                "Kotikäynneille (home-visit) puuttuu palvelualue. Kirjoita kunnat, joihin opastaja tulee: "
                'service_area: ["049", "235"] tai service_area: region (koko alue).',
                "service_area",
            )
        booking = record.get("booking", {})
        if not (booking.get("phone") or booking.get("url") or booking.get("how")):
            yield Problem(
                path,
                line,
                "Kotikäynnin varaamisen tapa puuttuu. Lisää kenttään booking puhelinnumero (phone), "
                "osoite (url) tai ohje (how).",
                "booking",
            )
    for form, fields in CHANNELS.items():
        if form in forms and not any(record.get(group, {}).get(name) for group, name in fields):
            yield Problem(
                path,
                loaded.line_of(("forms", forms.index(form))),
                f"Tuen muodolle {form} puuttuu yhteystapa. {CHANNEL_HINTS[form]}",
                ".".join(fields[0]),
            )


def _is_date(value: object) -> bool:
    """True for a real YYYY-MM-DD date (the schema reports the others)."""
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def location_rules(site: SiteData) -> Iterator[Problem]:
    """Hours, exceptions, coordinates, languages and staleness of every location."""
    record_set = site.records(KIND)
    for record_id, record in record_set.checkable().items():
        try:
            found = list(
                location_problems(
                    record_set.path_of(record_id), record_set.sources[record_id], record, site.today, site.region
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            # A record that breaks the schema may lack what these rules read; its schema errors are
            # already listed, and these rules run again once they are fixed.
            continue
        yield from found


def location_municipalities(site: SiteData) -> Iterator[Problem]:
    """A location's municipality code and the codes of its service area exist."""
    yield from unknown_municipalities(site, KIND, "municipality")
    yield from unknown_municipalities(site, KIND, "service_area", everywhere=WHOLE_REGION)


def location_organisations(site: SiteData) -> Iterator[Problem]:
    """The member that runs a location exists in data/members/."""
    return unknown_references(site, KIND, "organisation", "members")


def load_directory_labels(data_dir: Path, problems: list[Problem]) -> dict[str, dict[str, dict[str, str]]]:
    """Finnish and Swedish labels of coded values (data/directory-labels.yaml), by group and code."""
    loaded = load_list(data_dir / "directory-labels.yaml", SCHEMA_DIR / "directory-labels.schema.json", problems)
    return loaded.data if loaded else {}


def directory_labels_check(site: SiteData) -> Iterator[Problem]:
    """data/directory-labels.yaml exists (load_site_data reads and checks it once; its labels are on every directory page)."""
    path = site.data_dir / "directory-labels.yaml"
    if not path.exists() and site.records(KIND).records:
        yield Problem(
            path,
            0,
            "Tiedosto puuttuu. Siinä ovat tuen muotojen, kohderyhmien ja esteettömyystietojen nimet suomeksi ja ruotsiksi.",
        )


LOCATION_CHECKS = (location_municipalities, location_organisations, location_rules, directory_labels_check)
