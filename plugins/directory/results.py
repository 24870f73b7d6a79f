"""The directory's results: groups of cards (services without a place, then each municipality's places),
the first results the page shows, and the filter's index of every location.

The index is what the browser filters (theme/static/js/directory.js): each location's codes and its card
as HTML. The card HTML is rendered at build time by the same Jinja macro as the cards on the pages
(components/location_card.html), so there is one way of rendering a card.
"""

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .model import LocationView, MunicipalityView

REMOTE = "remote"


@dataclass(frozen=True)
class ResultGroup:
    """One heading of the results: the services without a place (key "remote") or a municipality's places (its code)."""

    key: str
    name: str
    locations: tuple[LocationView, ...]


def result_groups(remote: Sequence[LocationView], municipalities: Sequence[MunicipalityView]) -> list[ResultGroup]:
    """The groups in the order the directory lists them; municipalities without places are left out."""
    groups = [ResultGroup(REMOTE, "", tuple(remote))] if remote else []
    groups += [
        ResultGroup(view.municipality.code, view.name, view.locations) for view in municipalities if view.locations
    ]
    return groups


def first_results(groups: Sequence[ResultGroup], count: int) -> list[ResultGroup]:
    """The groups cut to their first `count` locations in all, as the page shows them before any filter."""
    shown = []
    for group in groups:
        if count <= 0:
            break
        shown.append(ResultGroup(group.key, group.name, group.locations[:count]))
        count -= len(group.locations)
    return shown


def filter_index(
    groups: Sequence[ResultGroup],
    render_group: Callable[[ResultGroup], str],
    render_card: Callable[[LocationView], str],
) -> str:
    """JSON of every location in display order: {"groups": [empty group HTML], "locations": [{g, a, f, t, l, x, h?, c}]}.

    g is the index of its group, a/f/t/l/x the space-separated codes of its service area, forms, target groups,
    languages and accessibility, h its hours for "open now" (only with drop-in hours), c the card's HTML.
    """
    entries: list[dict[str, Any]] = []
    for number, group in enumerate(groups):
        for location in group.locations:
            entry: dict[str, Any] = {
                "g": number,
                "a": " ".join(location.area),
                "f": location.codes("forms"),
                "t": location.codes("target_groups"),
                "l": location.codes("languages"),
                "x": location.codes("accessibility"),
            }
            if location.hours_json:
                entry["h"] = json.loads(location.hours_json)
            entry["c"] = render_card(location).strip()
            entries.append(entry)
    shells = [render_group(ResultGroup(group.key, group.name, ())).strip() for group in groups]
    return json.dumps({"groups": shells, "locations": entries}, ensure_ascii=False, separators=(",", ":"))
