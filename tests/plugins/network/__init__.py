"""Tests of plugins/network."""
