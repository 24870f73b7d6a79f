"""Tests of plugins/site_i18n."""
