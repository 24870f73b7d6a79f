"""Pelican's English log messages that a normal build prints, said in Finnish: the one place for them."""

import logging

# The start of Pelican's English message -> what it means and what to do, in Finnish.
FINNISH = {
    "Feeds generated without SITEURL": (
        "Sivuston osoite SITEURL puuttuu, joten syötteiden (RSS) linkit eivät ole täydellisiä. "
        "Julkaistavaa versiota varten: SITEURL=https://osoite.fi make build"
    ),
}


class FinnishMessages(logging.Filter):
    """Rewrites the known English messages of a normal build in Finnish (others pass unchanged)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the message when it is one of FINNISH; never drops a record."""
        text = str(record.msg)
        for start, finnish in FINNISH.items():
            if text.startswith(start):
                record.msg, record.args = finnish, ()
        return True


def install() -> None:
    """Add the filter to Pelican's loggers (once; pelicanconf.py calls this before Pelican checks the settings)."""
    for name in ("pelican.settings",):
        logger = logging.getLogger(name)
        if not any(isinstance(f, FinnishMessages) for f in logger.filters):
            logger.addFilter(FinnishMessages())
