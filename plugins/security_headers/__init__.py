"""Security headers: writes the host files (_headers, .htaccess, nginx snippet) from SECURITY_HEADERS."""

from pathlib import Path
from typing import Any

from pelican import signals

from .policy import HOST_FILES, render


def write_host_files(pelican: Any) -> None:
    """Write every host's headers file into the main site's output (not into language subsites)."""
    settings = pelican.settings
    headers = settings.get("SECURITY_HEADERS")
    if not headers or settings["DEFAULT_LANG"] in settings.get("I18N_SUBSITES", {}):
        return
    output = Path(settings["OUTPUT_PATH"])
    for name, host in HOST_FILES.items():
        (output / name).write_text(render(host, headers), encoding="utf-8")


def register() -> None:
    """Connect the receivers (module level: signals hold weak references)."""
    signals.finalized.connect(write_host_files)
