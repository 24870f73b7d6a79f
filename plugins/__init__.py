"""Local Pelican plugins of the site generator, one package per concern."""
