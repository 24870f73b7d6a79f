"""The other languages' Pelican passes in a second process, beside the main language's (fork.py).

The plugin is loaded under its own name (PLUGIN_PATHS); the state lives in plugins.language_passes.fork,
the one module object that plugins/search imports too.
"""

from plugins.language_passes.fork import register

__all__ = ["register"]
