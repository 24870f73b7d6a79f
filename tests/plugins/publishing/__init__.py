"""Tests of plugins/publishing."""
