"""Pelican receivers: expose the sharing helpers to templates."""

from typing import Any

from pelican import signals

from .links import is_absolute, og_locale, page_path, share_links


def add_template_helpers(generator: Any) -> None:
    """Template globals for base.html's sharing block and the share links component."""
    generator.env.globals["page_path"] = page_path
    generator.env.globals["share_links"] = share_links
    generator.env.tests["absolute_url"] = is_absolute
    generator.env.filters["og_locale"] = og_locale


def register() -> None:
    """Connect the receivers (module level: signals hold weak references)."""
    signals.generator_init.connect(add_template_helpers)
