"""The built site with today pinned to 2026-11-26: lists, filters, event pages, home page, calendars, feed, open data."""

import json
from pathlib import Path

import icalendar
import vobject

from tests import schemaorg
from tests.html import page, text
from tests.sites import build_copy, copy_project, fingerprint

UPCOMING = [  # soonest first, at 2026-11-26
    "2026-11-27-nuorten-digipaja-sello",
    "2026-11-30-vapaaehtoisten-perehdytys",
    "2026-12-03-kanta-palvelut-tyopaja",
    "2026-12-09-verkoston-pikkujoulu",
    "2026-12-15-digistod-for-aldre",
    "2027-01-20-verkoston-vuosiseminaari",
    "2027-02-10-webbinarium-digitala-tjanster",
    "2027-03-27-digitalkoot-yon-yli",
    "2027-04-15-tekoaly-digituessa",
]
PAST = ["2026-11-12-natverksmote-november", "2026-10-28-saavutettavuus-digituessa", "2026-10-14-verkostokokous-lokakuu"]
LISTS = {"fi": "tapahtumat", "sv": "sv/evenemang"}


def slugs(soup, selector: str = ".uudi-event-card__title a") -> list[str]:  # type: ignore[no-untyped-def]
    return [a["href"].rstrip("/").rsplit("/", 1)[-1] for a in soup.select(selector)]


def test_upcoming_soonest_first_grouped_by_month_in_both_languages(site: Path) -> None:
    for lang, folder in LISTS.items():
        soup = page(site, f"{folder}/")
        assert slugs(soup) == UPCOMING
        months = [h.get_text() for h in soup.select(".uudi-event-month__title")]
        expected = {
            "fi": ["marraskuu 2026", "joulukuu 2026", "tammikuu 2027"],
            "sv": ["november 2026", "december 2026", "januari 2027"],
        }[lang]
        assert months[:3] == expected and len(months) == 6


def test_past_newest_first(site: Path) -> None:
    assert slugs(page(site, "tapahtumat/menneet/")) == PAST
    assert slugs(page(site, "sv/evenemang/tidigare/")) == PAST


def test_filters_are_pages_that_work_without_javascript(site: Path) -> None:
    online = slugs(page(site, "tapahtumat/verkossa/"))
    on_site = slugs(page(site, "sv/evenemang/pa-plats/"))
    assert "2026-11-27-nuorten-digipaja-sello" not in online and "2026-11-30-vapaaehtoisten-perehdytys" in online
    assert "2026-11-27-nuorten-digipaja-sello" in on_site and "2026-11-30-vapaaehtoisten-perehdytys" not in on_site
    # An event moved online is online only; a hybrid event is on both lists.
    assert (
        "2027-02-10-webbinarium-digitala-tjanster" in online
        and "2027-02-10-webbinarium-digitala-tjanster" not in on_site
    )
    assert "2027-01-20-verkoston-vuosiseminaari" in online and "2027-01-20-verkoston-vuosiseminaari" in on_site
    assert slugs(page(site, "tapahtumat/kenelle/young-people/")) == ["2026-11-27-nuorten-digipaja-sello"]
    upcoming = page(site, "tapahtumat/")
    hook = upcoming.select_one('[data-module="event-filter"]')
    assert hook is not None and hook["data-online-label"] == "Verkossa"
    assert upcoming.select_one('script[type="module"][src$="/theme/js/event-filter.js"]') is not None
    assert page(site, "sv/evenemang/").select_one('[data-module="event-filter"]')["data-online-label"] == "På nätet"


def test_home_shows_the_next_three(site: Path) -> None:
    for path in ("", "sv/"):
        section = page(site, path).select_one('[aria-labelledby="next-events"]')
        assert section is not None
        assert slugs(section) == UPCOMING[:3]


def test_event_page_in_swedish(site: Path) -> None:
    soup = page(site, "sv/evenemang/2026-12-15-digistod-for-aldre/")
    when = text(soup, ".uudi-facts__value")
    assert when == "tisdag 15 december 2026 , kl. 10:00–12:00"
    place = soup.select_one(".uudi-facts__value a[href*='/sv/hitta-digistod/plats/porvoon-kirjasto/']")
    assert place is not None and place.get_text() == "Borgå huvudbiblioteks digistöd"
    assert soup.select_one("a[href='/sv/natverket/medlemmar/porvoon-kaupunginkirjasto/']") is not None
    assert "Exempelevenemang" in soup.get_text()
    add = soup.select_one("a.uudi-button[type='text/calendar']")
    assert add is not None and add.get_text() == "Lägg till i kalendern"


def test_event_page_in_finnish_with_registration(site: Path) -> None:
    soup = page(site, "tapahtumat/2026-12-03-kanta-palvelut-tyopaja/")
    assert "torstai 3. joulukuuta 2026 , klo 13.00–15.00" == text(soup, ".uudi-facts__value")
    register = soup.find("a", string="Ilmoittaudu")
    assert register is not None and register["href"] == "https://lomake.example.fi/omakanta-tyopaja"
    assert "viimeistään 1. joulukuuta 2026 klo 16.00" in soup.get_text()
    # The deadline of this one (2026-11-27 12:00) is still ahead on 2026-11-26.
    assert page(site, "tapahtumat/2026-11-30-vapaaehtoisten-perehdytys/").find("a", string="Ilmoittaudu") is not None


def test_notices_for_cancelled_moved_and_postponed(site: Path) -> None:
    for slug, notice in (
        ("2026-12-09-verkoston-pikkujoulu", "Peruttu: tapahtumaa ei järjestetä."),
        ("2027-02-10-webbinarium-digitala-tjanster", "Siirretty verkkoon"),
        ("2027-04-15-tekoaly-digituessa", "Siirretty: uusi ajankohta ilmoitetaan myöhemmin."),
    ):
        assert notice in text(page(site, f"tapahtumat/{slug}/"), ".uudi-event__status")
    cancelled = page(site, "tapahtumat/2026-12-09-verkoston-pikkujoulu/")
    assert cancelled.select_one("a.uudi-button[type='text/calendar']") is None


def test_jsonld_is_a_valid_schema_org_event(site: Path) -> None:
    for folder in LISTS.values():
        for slug in UPCOMING + PAST:
            soup = page(site, f"{folder}/{slug}/")
            data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
            assert list(schemaorg.problems(data)) == [], slug
            assert data["@type"] == "Event"
            assert data["startDate"].endswith(("+02:00", "+03:00")) or len(data["startDate"]) == len("2027-01-20")
    hybrid = json.loads(
        page(site, "tapahtumat/2027-01-20-verkoston-vuosiseminaari/")
        .select_one('script[type="application/ld+json"]')
        .string
    )
    assert [node["@type"] for node in hybrid["location"]] == ["Place", "VirtualLocation"]
    assert hybrid["location"][0]["address"]["@type"] == "PostalAddress"
    assert hybrid["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    cancelled = json.loads(
        page(site, "tapahtumat/2026-12-09-verkoston-pikkujoulu/")
        .select_one('script[type="application/ld+json"]')
        .string
    )
    assert cancelled["eventStatus"] == "https://schema.org/EventCancelled"


def all_ics(site: Path) -> list[Path]:
    return sorted(site.glob("tapahtumat/**/*.ics")) + sorted(site.glob("sv/evenemang/**/*.ics"))


def test_every_ics_parses_without_errors_and_validates(site: Path) -> None:
    files = all_ics(site)
    assert len(files) == 2 * (len(UPCOMING) + len(PAST) + 1)
    for file in files:
        data = file.read_bytes()
        calendar = icalendar.Calendar.from_ical(data)
        assert [c.errors for c in calendar.walk() if c.errors] == [], file
        vobject.readOne(data.decode("utf-8")).validate(raiseException=True)
        assert b"\r\n" in data and b"METHOD:PUBLISH" in data


def test_per_language_calendar_holds_every_upcoming_event_once(site: Path) -> None:
    for folder, name in (("tapahtumat", "kalenteri.ics"), ("sv/evenemang", "kalender.ics")):
        calendar = icalendar.Calendar.from_ical((site / folder / name).read_bytes())
        summaries = [str(e["SUMMARY"]) for e in calendar.events]
        uids = [str(e["UID"]) for e in calendar.events]
        assert len(uids) == len(set(uids))
        pages = [text(page(site, f"{folder}/{slug}/"), "h1") for slug in UPCOMING]
        assert all(summaries.count(title) == 1 for title in pages)
        cancelled = next(e for e in calendar.events if str(e["SUMMARY"]) == "Verkoston joulutapaaminen")
        assert cancelled["STATUS"] == "CANCELLED"
        online = next(e for e in calendar.events if str(e["SUMMARY"]).startswith("Työpaja: Omakanta"))
        assert online["URL"] == online["LOCATION"] == "https://meet.example.fi/omakanta-tyopaja"
        assert calendar["X-WR-CALNAME"] == calendar["NAME"]


def test_a_per_event_ics_has_the_uid_of_the_calendar_entry(site: Path) -> None:
    own = icalendar.Calendar.from_ical(
        (site / "tapahtumat/2026-12-03-kanta-palvelut-tyopaja/2026-12-03-kanta-palvelut-tyopaja.ics").read_bytes()
    )
    calendar = icalendar.Calendar.from_ical((site / "tapahtumat/kalenteri.ics").read_bytes())
    uid = own.events[0]["UID"]
    assert [str(e["SUMMARY"]) for e in calendar.events if e["UID"] == uid] == [
        "Työpaja: Omakanta ja reseptien uusiminen"
    ]


def test_feed_and_open_data(site: Path) -> None:
    feed = (site / "sv/evenemang/feeds/atom.xml").read_text(encoding="utf-8")
    assert feed.count("<entry>") == len(UPCOMING) + len(PAST)
    data = json.loads((site / "avoin-data/tapahtumat.json").read_text(encoding="utf-8"))
    assert data["licence"] and data["licence_url"].startswith("https://")
    assert [row["id"] for row in data["events"]] == sorted(UPCOMING + PAST)
    assert all(row["sample"] for row in data["events"])


def test_two_builds_give_the_same_bytes(site: Path, tmp_path: Path) -> None:
    again = build_copy(copy_project(tmp_path / "again"))
    ours = {
        k: v
        for k, v in fingerprint(site).items()
        if k.startswith(("tapahtumat", "sv/evenemang", "avoin-data/tapahtumat"))
    }
    theirs = {k: v for k, v in fingerprint(again).items() if k in ours or k.startswith(("tapahtumat", "sv/evenemang"))}
    assert ours and ours == theirs


def test_an_event_over_midnight_shows_both_days_with_their_times(site: Path) -> None:
    when = text(page(site, "tapahtumat/2027-03-27-digitalkoot-yon-yli/"), ".uudi-facts__value")
    assert when == "27. maaliskuuta 2027 18.00 – 28. maaliskuuta 2027 12.00"
