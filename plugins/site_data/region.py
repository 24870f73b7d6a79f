"""The region a site serves (region.yaml): names, languages, map area, open-data ids, contact, branding.

Everything that makes a site one region's comes from here and from data/, never from code, so a
sister network builds its own site with the same generator (README: "Starting a sister region's site").
"""

import uuid
from dataclasses import dataclass
from pathlib import Path

from .problems import Problem
from .records import load_list
from .schema import SCHEMA_DIR
from .text import Text

REGION_FILE = "region.yaml"


class RegionError(Exception):
    """region.yaml is missing or has mistakes; `problems` lists every one."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


@dataclass(frozen=True)
class MapArea:
    """The region's bounding box (WGS84): locations outside it are reported as mistakes."""

    south: float
    north: float
    west: float
    east: float

    def contains(self, lat: float, lon: float) -> bool:
        """True when the point lies inside the box."""
        return self.south <= lat <= self.north and self.west <= lon <= self.east


@dataclass(frozen=True)
class Licence:
    """The open-data licence of the region's exports."""

    name: str
    url: str


@dataclass(frozen=True)
class SocialLink:
    """One social media account of the network."""

    name: str
    url: str


@dataclass(frozen=True)
class Region:
    """One region's settings, as read from region.yaml (immutable; settings are deep-copied per language)."""

    id: str
    sample: bool
    name: Text
    network_name: Text
    short_name: str
    organisation: Text
    phrases: tuple[tuple[str, Text], ...]
    languages: tuple[str, ...]
    map_area: MapArea
    id_namespace: uuid.UUID
    licence: Licence
    contact_phone: str
    contact_phone_owner: str
    contact_email: str
    social: tuple[SocialLink, ...]
    logo: Path | None
    tokens: Path | None
    share_image: Path | None
    folder: Path

    @property
    def main_lang(self) -> str:
        """The language of the main site (served at /)."""
        return self.languages[0]

    def phrases_in(self, lang: str) -> dict[str, str]:
        """The names as sentences use them in `lang` (the catalogs' %(network_of)s, ...)."""
        return {key: text.get(lang) for key, text in self.phrases}

    def stable_id(self, kind: str, key: str) -> str:
        """A UUID for a record that never changes and never collides with another region's."""
        return str(uuid.uuid5(self.id_namespace, f"{kind}:{key}"))


def _text(values: dict[str, str], main_lang: str) -> Text:
    return Text.of(values, main_lang)


def load_region(folder: Path) -> Region:
    """Read and check folder/region.yaml; raise RegionError listing every problem."""
    folder = Path(folder).resolve()
    path = folder / REGION_FILE
    schema = SCHEMA_DIR / "region.schema.json"
    problems: list[Problem] = []
    if not path.exists():
        raise RegionError(
            [Problem(path, 0, "Aluetiedosto region.yaml puuttuu. Kopioi se toisen alueen kansiosta ja muokkaa.")]
        )
    loaded = load_list(path, schema, problems)
    if loaded is None or problems:
        raise RegionError(problems)
    data = loaded.data
    languages = tuple(data["languages"])
    main = languages[0]
    branding = data.get("branding", {})
    contact = data["contact"]
    for field in ("logo", "tokens", "share_image"):
        if field in branding and not _inside(folder, branding[field]):
            problems.append(
                Problem(
                    path,
                    loaded.line_of(("branding", field)),
                    f"Tiedostoa '{branding[field]}' ei löydy alueen kansiosta {folder}.",
                    f"branding.{field}",
                )
            )
    if problems:
        raise RegionError(problems)
    return Region(
        id=data["id"],
        sample=bool(data.get("sample")),
        name=_text(data["name"], main),
        network_name=_text(data["network"]["name"], main),
        short_name=data["network"]["short_name"],
        organisation=_text(data["network"]["organisation"], main),
        phrases=tuple((key, _text(values, main)) for key, values in sorted(data["phrases"].items())),
        languages=languages,
        map_area=MapArea(**data["map"]),
        id_namespace=uuid.UUID(data["open_data"]["id_namespace"]),
        licence=Licence(**data["open_data"]["licence"]),
        contact_phone=contact.get("phone", ""),
        contact_phone_owner=contact.get("phone_owner", ""),
        contact_email=contact["email"],
        social=tuple(SocialLink(**link) for link in data.get("social", [])),
        logo=(folder / branding["logo"]).resolve() if "logo" in branding else None,
        tokens=(folder / branding["tokens"]).resolve() if "tokens" in branding else None,
        share_image=(folder / branding["share_image"]).resolve() if "share_image" in branding else None,
        folder=folder,
    )


def _inside(folder: Path, relative: str) -> bool:
    """True when `relative` names an existing file inside `folder` (no '..' or symlink out of it)."""
    target = (folder / relative).resolve()
    return target.is_file() and target.is_relative_to(folder)
