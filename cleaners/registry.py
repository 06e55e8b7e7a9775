"""Cleaner names -> factories, the default chain, and build_chain() which validates options.

Factories are named as "module:function" strings and imported on first use, so a cleaner
with an optional dependency costs nothing until a config asks for it.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .base import Chain, Cleaner
from .errors import ConfigError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

__all__ = ["DEFAULT_STEPS", "REGISTRY", "Step", "build_chain", "default_chain", "factory_for"]

REGISTRY: Mapping[str, str] = {
    # HTML stage: a no-op on documents that arrive as text.
    "html.prune": "cleaners.html.prune:HiddenAndChromePruner",
    "extract.main_text": "cleaners.html.extract:MainTextExtractor",
    # Text stage.
    "markup.marks": "cleaners.markup:MarkupMarks",
    "normalize.text": "cleaners.normalize:Normalize",
    "chrome.lines": "cleaners.chrome.common:line_cleaner",
    "chrome.inline": "cleaners.chrome.inline:inline_cleaner",
    "meta.lines": "cleaners.meta:MetaLines",
    "chrome.captions": "cleaners.chrome.captions:Captions",
    "chrome.blocks": "cleaners.chrome.blocks:PageBlocks",
    "spam.lexicon": "cleaners.spam.lexicon:LexiconSpam",
    "spam.injection": "cleaners.spam.injection:InjectedFragments",
    "spam.brands": "cleaners.spam.brands:CoinedBrands",
    "layout.paragraphs": "cleaners.layout:Paragraphs",
    "lang.detect": "cleaners.lang:DetectLanguage",
    "spam.score": "cleaners.spam.score:SpamScore",
    "quality.min_text": "cleaners.quality:MinText",
}


@dataclass(frozen=True, slots=True)
class Step:
    """One entry of a chain: the registered cleaner name and its options."""

    use: str
    options: Mapping[str, Any] = field(default_factory=dict)


DEFAULT_STEPS: tuple[Step, ...] = (
    Step("html.prune"),
    Step("extract.main_text"),
    Step("markup.marks"),
    Step("normalize.text"),
    Step("chrome.lines"),
    Step("chrome.inline"),
    Step("chrome.blocks"),
    Step("meta.lines"),
    Step("chrome.captions"),
    Step("spam.lexicon"),
    Step("spam.injection"),
    Step("spam.brands"),
    Step("layout.paragraphs"),
    Step("lang.detect"),
    Step("spam.score"),
    Step("quality.min_text"),
)


def factory_for(use: str) -> Callable[..., Cleaner]:
    """The factory registered under ``use``; ConfigError for an unknown name."""
    try:
        target = REGISTRY[use]
    except KeyError:
        known = ", ".join(sorted(REGISTRY))
        raise ConfigError(f"unknown cleaner {use!r}; known cleaners: {known}") from None
    module_name, _, attr = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ConfigError(f"cleaner {use!r} cannot be loaded ({exc}); is the package installed "
                          "with its dependencies (pip install -e .)?") from exc
    factory: Callable[..., Cleaner] = getattr(module, attr)
    return factory


def build_chain(steps: Sequence[Step] = DEFAULT_STEPS, name: str = "chain") -> Chain:
    """Build a Chain; unknown cleaners and misspelt or mistyped options raise ConfigError."""
    cleaners: list[Cleaner] = []
    for step in steps:
        factory = factory_for(step.use)
        try:
            inspect.signature(factory).bind(**step.options)
        except TypeError as exc:
            raise ConfigError(f"bad options for cleaner {step.use!r}: {exc}") from None
        try:
            cleaners.append(factory(**step.options))
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"bad options for cleaner {step.use!r}: {exc}") from None
    return Chain(cleaners, name=name)


def default_chain() -> Chain:
    return build_chain(DEFAULT_STEPS)
