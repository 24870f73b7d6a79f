"""Tests of sitebuild/content_checks."""
