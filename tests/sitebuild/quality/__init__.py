"""Tests of sitebuild/quality."""
