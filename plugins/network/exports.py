"""The members list as open data (JSON and CSV, CC BY 4.0), both languages in one file."""

import csv
import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

from plugins.site_data.municipalities import Municipality

from .model import Record

LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
CSV_COLUMNS = (
    "id", "name_fi", "name_sv", "name_en", "type", "municipality_codes", "municipalities_fi", "municipalities_sv",
    "website", "joined", "sample", "url_fi", "url_sv",
)


def export_rows(members: Sequence[Record], municipalities: Mapping[str, Municipality], urls: Mapping[str, Mapping[str, str]]) -> list[dict[str, Any]]:
    """One plain dict per member, ordered by id; `urls` is member id -> lang -> page URL."""
    rows = []
    for member in sorted(members, key=lambda m: m["id"]):
        served = [municipalities[code] for code in member["municipalities"] if code in municipalities]
        row: dict[str, Any] = {
            "id": member["id"],
            "sample": bool(member.get("sample", False)),
            "name": dict(sorted(member["name"].items())),
            "type": member["type"],
            "municipalities": [{"code": m.code, "name": {"fi": m.name_fi, "sv": m.name_sv}} for m in served],
            "website": member.get("website"),
            "joined": member["joined"],
            "url": dict(sorted(urls.get(member["id"], {}).items())),
        }
        if member.get("contact"):
            row["contact"] = member["contact"]
        rows.append(row)
    return rows


def members_json(rows: Sequence[dict[str, Any]], source: str) -> str:
    """The JSON export: licence and source, then the members."""
    document = {"source": source, "licence": LICENCE, "licence_url": LICENCE_URL, "count": len(rows), "members": list(rows)}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def members_csv(rows: Sequence[dict[str, Any]]) -> str:
    """The CSV export (RFC 4180, UTF-8); lists are separated by semicolons."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({
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
        })
    return buffer.getvalue()
