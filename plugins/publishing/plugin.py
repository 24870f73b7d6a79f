"""Decide, per post and page, whether it is published, a draft or scheduled for a later day.

Settings (pelicanconf.py for the preview, publishconf.py for production):
  PREVIEW_DRAFTS        True: drafts are listed like posts and marked "draft" (preview only).
  PUBLISH_FUTURE_POSTS  True: posts dated after BUILD_DATE are shown, marked "scheduled".
                        False: they are drafts, which production does not write at all.
  BUILD_DATE            "YYYY-MM-DD" to pin "today" (SITE_BUILD_DATE in the environment);
                        None means today in TIMEZONE.
Pelican's own WITH_FUTURE_DATES compares against the clock and cannot be pinned, so it stays True
and this plugin makes the decision instead.
"""

from datetime import date, datetime
from typing import Any

from pelican import signals

from plugins.site_data import today

DRAFT = "draft"
SCHEDULED = "scheduled"


def publication_day(content: Any) -> date | None:
    """The day a post is dated, in the site's time zone."""
    when = getattr(content, "date", None)
    if not isinstance(when, datetime) or when == datetime.max or when.year == datetime.max.year:
        return None
    zone = today.site_zone(content.settings)
    return when.astimezone(zone).date() if when.tzinfo else when.date()


def decide_status(content: Any) -> None:
    """Mark drafts and future posts for the preview, or keep them out of production."""
    settings = content.settings
    content.preview_state = ""
    if content.status == DRAFT:
        if settings.get("PREVIEW_DRAFTS"):
            content.status = "published"
            content.preview_state = DRAFT
        return
    if type(content).__name__ != "Article" or content.status != "published":
        return
    day = publication_day(content)
    if day is None or day <= today.site_today(settings):
        return
    if settings.get("PUBLISH_FUTURE_POSTS"):
        content.preview_state = SCHEDULED
    else:
        content.status = DRAFT


def register() -> None:
    """Connect the receivers (module level: signals hold weak references)."""
    signals.content_object_init.connect(decide_status)
