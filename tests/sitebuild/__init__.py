"""Tests of sitebuild."""
