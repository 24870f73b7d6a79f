"""News feeds: per-language feed URLs and byte-identical feeds between builds."""

from datetime import UTC, datetime
from typing import Any

from pelican import signals


def pin_empty_feed_date(context: dict[str, Any], feed: Any) -> None:
    """A feed with no items would be stamped with the build time; pin it so rebuilds are identical."""
    if feed.items:
        return
    pinned = datetime.fromisoformat(context.get("FEED_EMPTY_UPDATED", "2020-11-01")).replace(tzinfo=UTC)
    feed.latest_post_date = lambda: pinned


def register() -> None:
    """Connect the receivers (module level: signals hold weak references)."""
    signals.feed_generated.connect(pin_empty_feed_date)
