"""Spiders: one module per site (none yet; the crawler is its own issue)."""
