"""Local Pelican plugins of the site engine (any region), one package per concern."""
