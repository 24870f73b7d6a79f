"""Branding: the region's logo, favicon, share image and colour tokens in the theme's file slots.

The theme links theme/img/logo.svg, theme/img/favicon.svg and theme/img/share.png (SHARE_IMAGE);
this plugin writes the region's own files (region.yaml `branding`) over them, and its colour
tokens as theme/css/region.css, which base.html links after tokens.css only when the region has one.
"""

import shutil
from pathlib import Path
from typing import Any

from pelican import signals

# Output slot (under THEME_STATIC_DIR) -> the Region field that fills it.
SLOTS: dict[str, str] = {
    "img/logo.svg": "logo",
    # One mark for both: a sister region ships one SVG, not two.
    "img/favicon.svg": "logo",
    "img/share.png": "share_image",
    "css/region.css": "tokens",
}


def write_branding(pelican: Any) -> None:
    """Copy the region's branding files into the main site's theme folder (subsites share it)."""
    settings = pelican.settings
    region = settings.get("REGION")
    if region is None or settings["DEFAULT_LANG"] in settings.get("I18N_SUBSITES", {}):
        return
    theme_dir = Path(settings["OUTPUT_PATH"]) / settings["THEME_STATIC_DIR"]
    for slot, field in SLOTS.items():
        source = getattr(region, field)
        if source is not None:
            target = theme_dir / slot
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)


def register() -> None:
    """Connect the receiver (module level: signals hold weak references)."""
    signals.finalized.connect(write_branding)
