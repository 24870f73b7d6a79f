"""Local Pelican plugins of the UuDi website, one package per concern."""
