"""Tests of plugins/read_cache."""
