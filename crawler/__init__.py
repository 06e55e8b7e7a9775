"""Scrapy project: spiders fetch pages; the same cleaners as the CLI clean them."""
