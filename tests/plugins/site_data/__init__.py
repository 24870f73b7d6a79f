"""Tests of plugins/site_data."""
