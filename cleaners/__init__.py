"""Pure cleaning core: documents in, clean text plus every removal explained out.

``clean_text`` and ``clean_html`` run the default chain; ``build_chain`` builds one from steps.
"""

from __future__ import annotations

from functools import lru_cache

from .base import Chain, Cleaner
from .document import Doc, Drop, Meta, Removal
from .errors import CleanerFailed, CleaningError, ConfigError
from .registry import DEFAULT_STEPS, REGISTRY, Step, build_chain, default_chain
from .rules import LineRules, Rule

__all__ = [
    "DEFAULT_STEPS",
    "REGISTRY",
    "Chain",
    "Cleaner",
    "CleanerFailed",
    "CleaningError",
    "ConfigError",
    "Doc",
    "Drop",
    "LineRules",
    "Meta",
    "Removal",
    "Rule",
    "Step",
    "build_chain",
    "clean_html",
    "clean_text",
    "default_chain",
]


@lru_cache(maxsize=1)
def _default_chain() -> Chain:
    """The default chain, built once per process for calls that pass none: building it
    compiles every rule (~20 ms, more than cleaning a page). Cleaners keep no per-document
    state, so one chain serves every call."""
    return default_chain()


def clean_text(text: str, *, id: str = "doc", url: str = "", chain: Chain | None = None) -> Doc:
    """Clean text already taken from a page; returns the Doc (``.text``, ``.meta``,
    ``.removals``, ``.dropped``)."""
    return (chain or _default_chain())(Doc(id=id, url=url, source=url, text=text))


def clean_html(html: str | bytes, *, id: str = "doc", url: str = "",
               chain: Chain | None = None) -> Doc:
    """Extract and clean the article of an HTML page. Bytes are decoded first (BOM, ``<meta>``
    charset, strict UTF-8/GB18030, then a detector: see ``cleaners.html.decode``); bytes of a
    web archive (.mhtml/.mht) give the page they hold, and its saved address when ``url`` is
    empty. An archive with no readable page comes back dropped (``broken_archive``)."""
    if isinstance(html, bytes):
        # the charset detector and the MIME parser load only for bytes
        from .html.decode import decode_html
        from .html.mhtml import BrokenArchive, looks_like_mhtml, read_mhtml

        charset = None
        if looks_like_mhtml(html):
            try:
                page = read_mhtml(html)
            except BrokenArchive as err:
                return Doc(id=id, url=url, source=url).drop("input.read", "broken_archive",
                                                            str(err))
            html, charset, url = page.html, page.charset, url or page.url
        html = decode_html(html, charset).text
    elif not isinstance(html, str):
        raise TypeError(f"clean_html needs str or bytes, not {type(html).__name__}")
    return (chain or _default_chain())(Doc(id=id, url=url, source=url, html=html))
