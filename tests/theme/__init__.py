"""Tests of theme."""
