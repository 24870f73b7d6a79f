"""Tests of plugins/sharing."""
