"""Scrapy settings: crawl concerns only, plus one pointer to the corpus config."""

BOT_NAME = "cn_news_corpus"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
FEED_EXPORT_ENCODING = "utf-8"
# A localhost control server and a telnet console on every crawl are not wanted (Scrapy 2.19).
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False

CORPUS_CONFIG = None  # path to the corpus TOML; None = corpus/default.toml
