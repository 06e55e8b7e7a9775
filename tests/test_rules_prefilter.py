"""LineRules' prefilter (cleaners.literals) never skips a rule that could match.

Every answer of the filtered LineRules is checked against the plain loop it replaces (every
rule in order, the first whose search succeeds) on the rules' own examples and
counterexamples, on lines made from them, on random lines and on the seed and demo pages.
A new rule whose clues were read wrong fails here, whatever its examples.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import Doc
from cleaners.chrome.common import COMMON_RULES, line_cleaner
from cleaners.literals import clues
from cleaners.rules import LineRules, Rule, rule_probe, strip_bullet

from .conftest import ROOT, SHARED

CLEANER = line_cleaner()
PLAIN = tuple((r, r.compile()) for r in COMMON_RULES)


def plain_match(line: str, rules: tuple[tuple[Rule, re.Pattern[str]], ...] = PLAIN
                ) -> Rule | None:
    """The unfiltered loop: the first rule, in order, that fires on the line."""
    text = strip_bullet(line)
    for rule, rx in rules:
        if text and not (rule.max_len and len(text) > rule.max_len) and rx.search(text):
            return rule
    return None


def _check_doc(cleaner: LineRules, lines: list[str],
               rules: tuple[tuple[Rule, re.Pattern[str]], ...] = PLAIN) -> None:
    """The cleaner over a page of these lines removes exactly what the plain loop does."""
    text = "\n".join(lines)
    doc = cleaner(Doc(id="d", text=text))
    got = {int(r.where.removeprefix("line ")): r.rule for r in doc.removals}
    simple = rule_probe(text).split("\n")  # as LineRules does: the page decides
    if len(simple) != len(lines):
        simple = lines
    # the lines the text's structure keeps (a contact block) are no concern of the filter
    kept = cleaner.keep(lines) if cleaner.keep is not None else frozenset()
    want = {n: rule.code for n, line in enumerate(simple, 1)
            if n - 1 not in kept and (rule := plain_match(line, rules)) is not None}
    assert got == want


def _samples() -> list[str]:
    out = []
    for rule in COMMON_RULES:
        out += rule.examples + rule.counterexamples
    return out


SAMPLES = _samples()


def _variants(line: str, rng: random.Random) -> list[str]:
    """The line with bullets, spaces, a neighbour's start or end, a character cut or doubled."""
    other = rng.choice(SAMPLES)
    cut = rng.randrange(len(line) + 1)
    return [f"• {line}", f"  {line}  ", line[:cut] + line[cut + 1:],
            line[:cut] + line[cut:cut + 1] * 2 + line[cut + 1:], other[:cut] + line[cut:],
            line[:cut] + other[cut:], line * 2, f"{line} {other}", line.upper(), line[::-1]]


@pytest.mark.parametrize("line", SAMPLES)
def test_filter_agrees_on_every_example_and_counterexample(line: str) -> None:
    assert CLEANER.match(line) is plain_match(line)
    rng = random.Random(line)
    for variant in _variants(line, rng):
        assert CLEANER.match(variant) is plain_match(variant), variant


def test_filter_agrees_on_pages_of_examples() -> None:
    rng = random.Random(5)
    lines = [v for line in SAMPLES for v in [line, *_variants(line, rng)]]
    for _ in range(5):
        rng.shuffle(lines)
        _check_doc(CLEANER, lines)


def test_filter_agrees_on_seed_and_demo_pages() -> None:
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted(
        (ROOT / "sites" / "demo" / "pages").glob("*.txt"))
    assert paths
    for path in paths:
        _check_doc(CLEANER, Path(path).read_text(encoding="utf-8").split("\n"))


# Characters the rules are written in, and some they are not: random lines built from them
# reach the rules' literals and first characters far more often than arbitrary text.
_ALPHABET = sorted({ch for rule in COMMON_RULES for ch in rule.pattern + "".join(
    rule.examples)} | set("中文 \t\u3000•·-*0123456789，。！？Kk\u212aſ\ue60e"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, max_size=40) | st.sampled_from(SAMPLES)
                | st.text(max_size=12), min_size=1, max_size=20))
def test_filter_agrees_on_random_lines(lines: list[str]) -> None:
    lines = [line.replace("\n", " ") for line in lines]
    for line in lines:
        assert CLEANER.match(line) is plain_match(line), line
    _check_doc(CLEANER, lines)


def test_traditional_lines_are_filtered_as_simplified() -> None:
    _check_doc(CLEANER, ["責任編輯：王小明", "正文第一段。", "版權所有 © 2024"])


# The clues themselves, on patterns chosen for the traps a hand-made filter falls into.

def test_clues_of_literals_and_alternations() -> None:
    assert clues(r"未经.{0,8}(?:许可|授权)").needs == {"未经"}
    assert clues(r"不代表本(?:站|网)").needs == {"不代表本站", "不代表本网"}
    assert clues(r"[Cc]opyright").needs == {"Copyright", "copyright"}
    assert clues(r"版权所有|.+").needs is None  # one branch needs nothing: nothing is needed
    assert clues(r"x*").needs is None
    assert clues(r"(?:a|b)?c").needs == {"c"}


def test_clues_fold_case_as_the_engine_does() -> None:
    assert {"k", "K", "\u212a"} <= (clues(r"(?i:k)").needs or set())  # the Kelvin sign
    assert "\u017f" in (clues(r"(?i:^s)").first or ())  # long s folds to s
    assert "\u212a" in (clues(r"^(?i:[a-z])").first or ())


def test_folds_are_what_each_character_alone_matches() -> None:
    everything = "".join(map(chr, range(0x110000)))
    for ch in "kKsSiIµßıİſ\u212aé中":
        whole = set(re.findall(f"(?i){re.escape(ch)}", everything))
        assert clues(f"(?i:{re.escape(ch)})").needs == whole, ch


def test_first_characters_only_of_anchored_patterns() -> None:
    assert clues(r"^(?:关注|收藏)\s*\d*$").first == {"关", "收"}
    assert "编" in (clues(r"^[【\[]?\s*编辑").first or ())
    assert clues(r"(?:^|\s)摄").first is None  # not every match starts the text
    assert clues(r"(?m)^摄").first is None  # ^ starts every line of a multi-line text
    assert clues(r"^\d*").first is None  # may match nothing, before any character
    assert clues(r"^(?=\d)\d{2}").first is not None
    assert clues(r"(?i:^(?:tags?)\s*[:：])").first == set("tT")


def test_shortest_match_counts_back_references() -> None:
    assert clues(r"^(?P<a>\S.{5,9}?)\s*(?P=a)$").least == 12
    assert clues(r"(?=abc)").least == 0
    assert clues(r"ab{2,}").least == 3
    for pattern in (r"^(a)?\1", r"(a|bc)\1?", r"(?:(x)|y)\1"):
        least = clues(pattern).least
        for text in ("", "a", "aa", "bcbc", "xx", "y", "xy"):
            found = re.search(pattern, text)
            assert found is None or len(found.group()) >= least, (pattern, text)


def test_a_global_flag_keeps_the_rule_whole() -> None:
    rules = (Rule("shout", r"(?i)^end$|^fin$", "an end marker", examples=("END",)),
             Rule("loose", r"(?i).{3}\d|\s$", "no clue to filter by", examples=("abc1",)))
    cleaner = LineRules("t", rules)
    plain = tuple((r, r.compile()) for r in rules)
    for line in ("END", "end", "FIN", "fin", "Fin", "the end", "abc1", "1", "x\u3000y"):
        assert cleaner.match(line) is plain_match(line, plain)


_TWICE = next(r for r in COMMON_RULES if r.code == "doubled_caption")
_TWICE_RX = _TWICE.compile()


@given(st.text(alphabet=st.sampled_from(list("某图 （）摄！a\u3000")), max_size=12),
       st.text(alphabet=st.sampled_from(list(" \t\u3000")), max_size=3),
       st.text(alphabet=st.sampled_from(list("某图 （）")), max_size=4))
def test_doubled_caption_precheck_holds_on_every_match(unit: str, gap: str, noise: str) -> None:
    # Lines built to be said twice (and near misses): wherever the pattern matches, the
    # precheck passes, so LineRules skipping the regex on a failed precheck loses nothing.
    for line in (unit + gap + unit, unit + gap + unit + noise, noise + unit + gap + unit):
        text = line.strip()
        if text and _TWICE_RX.search(text):
            assert _TWICE.precheck is not None
            assert _TWICE.precheck(text)


def test_a_line_is_scanned_only_for_the_literals_of_rules_it_is_short_enough_for() -> None:
    short = Rule("short_menu", "打印本页", "a menu word", ("打印本页",), max_len=10)
    wide = Rule("player", "即将播放", "a player's notice", ("视频即将播放",))
    cleaner = LineRules("t", [short, wide])
    lines = ["打印本页", "打印本页" + "正文" * 20, "正文" * 20 + "即将播放", "正文。"]
    _check_doc(cleaner, lines, tuple((r, r.compile()) for r in (short, wide)))
    # A line longer than short_menu's max_len is read with no automaton at all (the wide
    # rule's literal is sought once over the whole page).
    assert all(gate is None for *_, gate in cleaner._by_length[11:])
    assert cleaner._by_length[4][-1] is not None


def test_line_ends_are_counted_only_when_a_whole_page_literal_is_found(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import cleaners.rules as rules_module

    def no_count(*_: object) -> None:
        raise AssertionError("line ends counted on a page without a wide literal")

    wide = Rule("player", "即将播放", "a player's notice", ("视频即将播放",))
    cleaner = LineRules("t", [wide])
    page = Doc(id="d", text="正文。\n\n正文。")
    with monkeypatch.context() as patch:
        patch.setattr(rules_module, "accumulate", no_count)
        assert cleaner(page) == page
    doc = cleaner(Doc(id="d", text="正文。\n视频即将播放\n正文。"))
    assert [r.where for r in doc.removals] == ["line 2"]


@pytest.mark.parametrize("line", [
    "欢迎广大群众积极举报违法犯罪线索,举报电话:12390,本区举报电话:0000-1234567。",
    "联系人:赵某某,联系电话:0000-12345678。",
])
def test_line_rules_read_ascii_punctuation_among_han_as_full_width(line: str) -> None:
    # a counterexample printed with ASCII marks is still a counterexample: the rules are
    # written with ，：; the line itself is kept as printed
    page = ["某某区召开专题会议部署相关工作，要求各单位压实责任。", line]
    assert CLEANER(Doc(id="d", text="\n".join(page))).text.split("\n")[1] == line
    assert rule_probe(line) != line
    assert len(rule_probe(line)) == len(line)


def test_a_rule_is_searched_as_only_the_branches_a_line_passes() -> None:
    # A line that holds the literal of one branch of a many-branch rule is searched with that
    # branch alone; the answers stay the plain loop's.
    credit = Rule("credit", r"^图片来源[:：]\S+|(?:^|\s)摄影[:：]\S+$|资料图$|^视频[:：]",
                  "a picture's credit", examples=("图片来源：某某", "资料图", "视频：某某"))
    cleaner = LineRules("t", [credit])
    plain = ((credit, credit.compile()),)
    for line in ("图片来源：某某图库", "现场 摄影：某某", "资料图", "视频：某某", "正文资料",
                 "图片来源", "图片来源：某某 资料图"):
        assert cleaner.match(line) is plain_match(line, plain)
    alone = [j for j, rx in enumerate(cleaner._branch_patterns) if rx is not None]
    assert alone, "no line was searched with fewer branches than the rule's"
    assert all(cleaner._bits_of[0] >> j & 1 for j in alone)


def test_a_rule_that_refers_to_a_group_is_searched_whole() -> None:
    # In the whole pattern the second branch's \1 names the first branch's group, unset
    # there, so it never matches; taken apart it would name its own and match "cc".
    repeat = Rule("repeat", r"^(a)b$|^(c)\1$|尾巴$", "a word or a tail",
                  examples=("ab", "一条尾巴"), counterexamples=("cc",))
    cleaner = LineRules("t", [repeat])
    plain = ((repeat, repeat.compile()),)
    assert cleaner.match("cc") is None
    for line in ("ab", "cc", "c", "一条尾巴", "cc尾巴", "ab尾巴"):
        assert cleaner.match(line) is plain_match(line, plain)
    assert all(rx is None for rx in cleaner._branch_patterns)
