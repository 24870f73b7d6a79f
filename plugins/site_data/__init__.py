"""Shared loading and validation of the YAML records in data/, used by every plugin that needs records."""
