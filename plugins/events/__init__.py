"""Events: workshops, seminars and meetings from content/events/, with lists, pages, calendars, a feed and open data."""


def register() -> None:
    """Connect the plugin's receivers (imported here: sitebuild's event checks import this package's model)."""
    from .plugin import register as connect

    connect()
