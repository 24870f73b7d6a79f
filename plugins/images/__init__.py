"""Responsive images: resized WebP and JPEG/PNG variants with srcset, width and height; covers."""

from .plugin import register

__all__ = ["register"]
