"""HTML stage: decode bytes, prune hidden/chrome elements, extract the article and its metadata."""

from __future__ import annotations

from .decode import Decoded, decode_html, looks_binary
from .extract import MainTextExtractor
from .prune import HiddenAndChromePruner

__all__ = ["Decoded", "HiddenAndChromePruner", "MainTextExtractor", "decode_html", "looks_binary"]
