"""Tests of plugins/directory."""
