"""Every Rule in the package has examples that match and counterexamples that do not."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import cleaners
from cleaners.rules import LineRules, Rule


def _all_rules() -> list[Rule]:
    found: dict[tuple[str, str], Rule] = {}
    for info in pkgutil.walk_packages(cleaners.__path__, "cleaners."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # pragma: no cover - an optional dependency is missing
            continue
        for value in vars(module).values():
            items = value if isinstance(value, tuple) else (value,)
            for item in items:
                if isinstance(item, Rule):
                    found[(item.code, item.pattern)] = item
    return sorted(found.values(), key=lambda r: r.code)


RULES = _all_rules()


def test_rules_are_found() -> None:
    assert len(RULES) >= 15


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_examples_and_counterexamples(rule: Rule) -> None:
    assert rule.examples, f"{rule.code} has no example"
    assert rule.why.strip(), f"{rule.code} has no reason"
    for example in rule.examples:
        assert rule.matches(example), f"{rule.code} misses its example {example!r}"
    for counter in rule.counterexamples:
        assert not rule.matches(counter), f"{rule.code} fires on counterexample {counter!r}"


def test_rule_codes_are_unique_slugs() -> None:
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    assert all(code.replace("_", "").isalnum() and code.islower() for code in codes)


def test_line_rules_blank_removed_lines_and_record_them() -> None:
    rules = LineRules("chrome.test", [Rule("editor", r"^责任编辑[:：]", "editor credit",
                                           examples=("责任编辑：王五",))])
    doc = rules(cleaners.Doc(id="d", text="正文第一段。\n责任编辑：王五\n正文第二段。"))
    assert doc.text == "正文第一段。\n\n正文第二段。"
    (removal,) = doc.removals
    assert (removal.cleaner, removal.rule, removal.text, removal.where) == (
        "chrome.test", "editor", "责任编辑：王五", "line 2")
