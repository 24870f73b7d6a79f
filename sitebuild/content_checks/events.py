"""Event files (content/events/): the fields `make new-event` writes, checked and made into typed events.

Every problem names the file, the line and the field; `check_event` lists them all, and the events
plugin builds its pages only from files with no errors (read_event).
"""

from collections.abc import Collection, Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from plugins.events.model import AUDIENCES, STATUSES, Event, local_datetime
from plugins.site_data.problems import Problem

from .source import SourceFile

TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M")
DAY_FORMAT = "%Y-%m-%d"
LINK_FIELDS = ("online", "registration")


def _parse(value: str) -> date | datetime | None:
    for pattern in TIME_FORMATS:
        try:
            return datetime.strptime(value, pattern)
        except ValueError:
            continue
    try:
        return datetime.strptime(value, DAY_FORMAT).date()
    except ValueError:
        return None


class _Reader:
    """Collects the problems of one file while reading its fields."""

    def __init__(self, source: SourceFile) -> None:
        self.source = source
        self.problems: list[Problem] = []
        # A draft may still have [[placeholders]]: its problems are warnings until it is published.
        self.draft = source.value("status").lower() == "draft"

    def problem(self, key: str, message: str, line: int | None = None) -> None:
        field = key.capitalize()
        where = line or self.source.line_of(key)
        self.problems.append(Problem(self.source.path, where, message, field, warning=self.draft))

    def when(self, key: str, example: str) -> date | datetime | None:
        value = self.source.value(key)
        if not value:
            return None
        parsed = _parse(value)
        if parsed is None:
            self.problem(key, f"Aika '{value}' ei kelpaa. Kirjoita se muodossa {example}.")
        return parsed


def check_event(
    source: SourceFile, members: Collection[str], locations: Collection[str], zone: ZoneInfo
) -> list[Problem]:
    """Every problem in the fields of one event file."""
    return read_event(source, members, locations, zone)[1]


def read_event(
    source: SourceFile, members: Collection[str], locations: Collection[str], zone: ZoneInfo
) -> tuple[Event | None, list[Problem]]:
    """The typed event of a file and its problems (no event when there is any error)."""
    reader = _Reader(source)
    start = reader.when("start", "2026-12-03 13:00 (tai koko päivän tapahtumalle 2026-12-03)")
    if not source.value("start"):
        reader.problem(
            "start",
            "Alkamisaika puuttuu. Lisää rivi 'Start: 2026-12-03 13:00' (koko päivän tapahtumalle 'Start: 2026-12-03').",
            source.first_body_line,
        )
    end = reader.when("end", "2026-12-03 15:00 (tai koko päivän tapahtumalle 2026-12-03)")
    all_day = start is not None and not isinstance(start, datetime)
    if start is not None and end is None and not source.value("end") and not all_day:
        reader.problem("end", "Päättymisaika puuttuu. Lisää rivi 'End: 2026-12-03 15:00'.", source.first_body_line)
    if start is not None and end is not None:
        if isinstance(end, datetime) != isinstance(start, datetime):
            reader.problem(
                "end",
                "Kirjoita alku ja loppu samalla tavalla: molemmat kellonaikoineen (2026-12-03 13:00) "
                "tai koko päivän tapahtumalle molemmat päivinä (2026-12-03).",
            )
        elif end < start:  # type: ignore[operator]
            reader.problem(
                "end",
                f"Tapahtuma päättyy ({source.value('end')}) ennen kuin se alkaa ({source.value('start')}). Korjaa aika.",
            )
    deadline = reader.when("registration_deadline", "2026-12-01 tai 2026-12-01 16:00")
    if deadline is not None and start is not None and _as_datetime(deadline, end_of_day=True) > _as_datetime(start):
        reader.problem(
            "registration_deadline",
            f"Ilmoittautuminen päättyy ({source.value('registration_deadline')}) vasta tapahtuman alettua "
            f"({source.value('start')}). Aseta takaraja ennen alkua.",
        )
    for key in LINK_FIELDS:
        value = source.value(key)
        if value and not value.startswith(("https://", "http://")):
            reader.problem(
                key,
                f"Linkki '{value}' ei ala https:// tai http://. Kirjoita koko osoite, esim. https://example.fi/.",
            )
    organiser = source.value("organiser")
    if not organiser:
        reader.problem(
            "organiser",
            "Järjestäjä puuttuu. Lisää rivi 'Organiser: jäsenen-tunnus' (data/members/).",
            source.first_body_line,
        )
    elif organiser not in members:
        reader.problem(
            "organiser",
            f"Tuntematon järjestäjä '{organiser}'. Kirjoita jäsenen tunnus (id) jostakin data/members/-kansion tiedostosta.",
        )
    location = source.value("location")
    if location and location not in locations:
        reader.problem(
            "location",
            f"Tuntematon paikka '{location}'. Kirjoita tukipaikan tunnus (id) data/locations/-kansiosta, "
            "tai muu paikka vapaana tekstinä riville 'Place:'.",
        )
    online = source.value("online")
    if not (online or location or source.value("place")):
        reader.problem(
            "online",
            "Paikka puuttuu. Lisää rivi 'Online: https://...' verkkotapahtumalle tai 'Location:'/'Place:' paikalle.",
            source.first_body_line,
        )
    status = source.value("status").lower() or "scheduled"
    if status != "draft" and status not in STATUSES:
        reader.problem(
            "status", f"Tuntematon tila '{status}'. Käytä jotakin näistä: {', '.join(STATUSES)} (tai draft)."
        )
    audiences = tuple(a.strip() for a in source.value("audience").split(",") if a.strip())
    for audience in audiences:
        if audience not in AUDIENCES:
            reader.problem("audience", f"Tuntematon kohderyhmä '{audience}'. Käytä näitä: {', '.join(AUDIENCES)}.")
    if not audiences:
        reader.problem(
            "audience",
            f"Kohderyhmä puuttuu. Lisää rivi 'Audience: {AUDIENCES[0]}' (sallitut: {', '.join(AUDIENCES)}).",
            source.first_body_line,
        )
    modified = reader.when("modified", "2026-11-26 09:00")
    if not source.value("modified"):
        reader.problem(
            "modified",
            "Muokkausaika puuttuu. Lisää rivi 'Modified: 2026-11-26 09:00' ja päivitä se aina, kun muutat tapahtumaa: "
            "kalenterit päivittävät tapahtuman sen mukaan.",
            source.first_body_line,
        )
    sample = source.value("sample").lower()
    if sample and sample not in ("true", "false"):
        reader.problem(
            "sample", f"'{sample}' ei kelpaa. Kirjoita 'Sample: true' esimerkkitapahtumalle tai poista rivi."
        )
    if reader.problems or start is None or modified is None:
        return None, reader.problems
    ends = end if end is not None else start
    if all_day:
        ends = ends + timedelta(days=1)  # type: ignore[operator]  # iCalendar's end of an all-day event is exclusive
    event = Event(
        key=source.path.stem,
        source=source.path,
        slug=source.value("slug") or source.path.stem,
        title=source.value("title"),
        summary=source.value("summary"),
        lang=source.lang,
        start=local_datetime(start, zone),
        end=local_datetime(ends, zone),
        all_day=all_day,
        online=online,
        location=location,
        place=source.value("place"),
        organiser=organiser,
        registration=source.value("registration"),
        registration_deadline=local_datetime(_as_datetime(deadline, end_of_day=True), zone) if deadline else None,
        audiences=audiences,
        status="scheduled" if status == "draft" else status,
        modified=local_datetime(modified, zone),
        sample=sample == "true",
        draft=status == "draft",
    )
    return event, reader.problems


def _as_datetime(value: date | datetime, end_of_day: bool = False) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, time(23, 59) if end_of_day else time())


def event_problems(
    sources: Collection[SourceFile], members: Collection[str], locations: Collection[str], zone: ZoneInfo
) -> Iterator[Problem]:
    """The problems of every event file."""
    for source in sources:
        if source.kind == "event":
            yield from check_event(source, members, locations, zone)
