"""The members list as open data (JSON and CSV, under the region's licence), every language in one file."""

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import Any

from plugins.pages import open_data_json
from plugins.site_data.models import Member
from plugins.site_data.municipalities import Municipality
from plugins.site_data.region import Licence

CSV_COLUMNS = (
    "id",
    "name_fi",
    "name_sv",
    "name_en",
    "type",
    "municipality_codes",
    "municipalities_fi",
    "municipalities_sv",
    "website",
    "joined",
    "sample",
    "url_fi",
    "url_sv",
)


def export_rows(
    members: Sequence[Member], municipalities: Mapping[str, Municipality], urls: Mapping[str, Mapping[str, str]]
) -> list[dict[str, Any]]:
    """One plain dict per member, ordered by id; `urls` is member id -> lang -> page URL."""
    rows = []
    for member in sorted(members, key=lambda m: m.id):
        served = [municipalities[code] for code in member.municipalities if code in municipalities]
        row: dict[str, Any] = {
            "id": member.id,
            "sample": member.sample,
            "name": member.name.as_dict(),
            "type": member.type,
            "municipalities": [{"code": m.code, "name": {"fi": m.name_fi, "sv": m.name_sv}} for m in served],
            "website": member.website or None,
            "joined": member.joined.isoformat(),
            "url": dict(sorted(urls.get(member.id, {}).items())),
        }
        if member.contact:
            row["contact"] = {key: value for key, value in asdict(member.contact).items() if value}
        rows.append(row)
    return rows


def members_json(rows: Sequence[dict[str, Any]], source: str, licence: Licence) -> str:
    """The JSON export: licence and source, then the members."""
    return open_data_json("members", rows, source, licence)


def members_csv(rows: Sequence[dict[str, Any]]) -> str:
    """The CSV export (RFC 4180, UTF-8); lists are separated by semicolons."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                "id": row["id"],
                "name_fi": row["name"].get("fi", ""),
                "name_sv": row["name"].get("sv", ""),
                "name_en": row["name"].get("en", ""),
                "type": row["type"],
                "municipality_codes": ";".join(m["code"] for m in row["municipalities"]),
                "municipalities_fi": ";".join(m["name"]["fi"] for m in row["municipalities"]),
                "municipalities_sv": ";".join(m["name"]["sv"] for m in row["municipalities"]),
                "website": row["website"] or "",
                "joined": row["joined"],
                "sample": "true" if row["sample"] else "false",
                "url_fi": row["url"].get("fi", ""),
                "url_sv": row["url"].get("sv", ""),
            }
        )
    return buffer.getvalue()
