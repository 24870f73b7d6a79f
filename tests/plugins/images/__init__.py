"""Tests of plugins/images."""
