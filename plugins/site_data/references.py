"""Cross-record checks shared by every kind: references to municipalities and to other records."""

from collections.abc import Iterator

from slugify import slugify

from .files import image_problem, resolves_inside, svg_problem
from .municipalities import Municipality
from .problems import Problem
from .schema import field_in_words
from .sitedata import SiteData

# A name where a code belongs: this message replaces the schema's "wrong form" at the same line.
MUNICIPALITY_NAME = "kunnan-nimi-numeron-paikalla"


def unknown_municipalities(
    site: SiteData, kind: str, field: str = "municipalities", everywhere: str = ""
) -> Iterator[Problem]:
    """Every municipality code in `field` (a code or a list of codes) of every `kind` record must exist;
    `everywhere` is a value meaning every municipality (service_area: region)."""
    if not site.municipalities:
        return  # the municipality list itself is broken; that error is already reported
    record_set = site.records(kind)
    for record_id, record in record_set.checkable().items():
        value = record.get(field)
        if everywhere and value == everywhere:
            continue
        codes = value if isinstance(value, list) else [value] if value else []
        for index, code in enumerate(codes):
            if isinstance(code, str) and code not in site.municipalities:
                where = (field, index) if isinstance(value, list) else (field,)
                path, line = record_set.path_of(record_id), record_set.line_of(record_id, *where)
                named = _named(site, code)
                if named:
                    message = (
                        f'{code} on kunnan nimi. Kirjoita sen tilalle kuntanumero "{named.code}" ({named.name_fi}).'
                    )
                    yield Problem(path, line, message, field_in_words(where), code=MUNICIPALITY_NAME)
                    continue
                example = next(iter(site.municipalities.values()))
                message = (
                    f"Tuntematon kuntanumero '{code}'. Alueen kuntien numerot ovat tiedostossa data/municipalities.yaml "
                    f'(esim. "{example.code}" = {example.name_fi}).'
                )
                yield Problem(path, line, message, field_in_words(where), code="tuntematon-kuntanumero")


def _named(site: SiteData, name: str) -> Municipality | None:
    """The municipality called name in Finnish or Swedish (Espoo, esbo, Järvenpää), if any."""
    slug = slugify(name)
    return next((m for m in site.municipalities.values() if slug in (m.slug("fi"), m.slug("sv"))), None)


def unknown_references(site: SiteData, kind: str, field: str, target_kind: str) -> Iterator[Problem]:
    """The id in `field` of every `kind` record must be the id of a `target_kind` record."""
    record_set, targets = site.records(kind), site.records(target_kind)
    for record_id, record in record_set.checkable().items():
        target = record.get(field)
        if isinstance(target, str) and target not in targets:
            yield Problem(
                record_set.path_of(record_id),
                record_set.line_of(record_id, field),
                f"Tunnistetta '{target}' ei löydy kansiosta data/{target_kind}/. Tarkista kirjoitusasu tai lisää ensin data/{target_kind}/{target}.yaml.",
                field,
            )


def member_municipalities(site: SiteData) -> Iterator[Problem]:
    """Members serve municipalities that exist."""
    return unknown_municipalities(site, "members")


def partner_members(site: SiteData) -> Iterator[Problem]:
    """Every partner (data/partners/<id>.yaml) is a member: its id is a member id."""
    return unknown_references(site, "partners", "id", "members")


def missing_images(site: SiteData, kind: str, field: str) -> Iterator[Problem]:
    """The image file named in `field`.file of every `kind` record is in data/images/ (after resolving
    symlinks), and is an image the build can publish: a readable photo or an SVG without scripts."""
    record_set = site.records(kind)
    folder = site.data_dir / "images"
    for record_id, record in record_set.checkable().items():
        image = record.get(field)
        if not (isinstance(image, dict) and isinstance(image.get("file"), str)):
            continue
        path = folder / image["file"]
        line = record_set.line_of(record_id, field, "file")
        if not resolves_inside(path, folder):
            message = f"Kuva '{image['file']}' on kansion data/images/ ulkopuolella. Tallenna kuva kansioon data/images/ ja kirjoita pelkkä tiedostonimi."
        elif not path.is_file():
            message = (
                f"Kuvaa '{image['file']}' ei löydy kansiosta data/images/. Lisää kuva sinne tai korjaa tiedostonimi."
            )
        elif path.suffix.lower() == ".svg":
            svg = svg_problem(path)
            message = f"{path}:{svg[0]}: {svg[1]}" if svg else ""
        else:
            message = image_problem(path) or ""
        if message:
            yield Problem(record_set.path_of(record_id), line, message, field_in_words((field, "file")))


def member_logos(site: SiteData) -> Iterator[Problem]:
    """Member logos exist in data/images/."""
    return missing_images(site, "members", "logo")


def people_photos(site: SiteData) -> Iterator[Problem]:
    """Team photos exist in data/images/."""
    return missing_images(site, "people", "photo")
