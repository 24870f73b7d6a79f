"""Tests of region."""
