"""The HTML path reads traditional-script pages as it reads simplified ones.

Its word patterns spell each Chinese character both ways (``script.either_script``), the spam
readers it asks read a traditional page's words in simplified script, and a gold HTML page
converted with OpenCC s2t (page and gold) scores as its simplified original does.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from cleaners.html.decode import decode_html
from cleaners.html.metadata import mirror_named, revision_date
from cleaners.script import compile_either, either_script
from tests.conftest import load_score
from tests.gold_pages import clean_pages
from tests.test_html_captions import img


@pytest.mark.parametrize(("pattern", "traditional", "counterexample"), [
    (r"展开全文", "展開全文", "展示全文"),
    (r"^(?:推荐阅读|相关阅读)\s*[:：]?$", "推薦閱讀：", "推薦閱讀這本書"),
    (r"只看楼主|倒序阅读", "只看樓主", "只看主樓"),
    (r"(?:回复|答复)详情", "答覆詳情", "答案詳情"),  # a phrase's spelling t2s leaves: 覆 for 复
    (r"(?<!发布)(?:时间|日期)\s*[:：]", "更新時間：", "發佈時間："),  # a lookbehind's width kept
    (r"[^说]{2}说", "他們說", "說說說"),  # a negated class leaves both spellings out
    (r"[\u4e00-\u9fff]{2}(?P<w>报)(?P=w)", "某某報報", "某某報报"),  # groups as written
])
def test_a_pattern_matches_the_traditional_spelling_of_its_words(
        pattern: str, traditional: str, counterexample: str) -> None:
    compiled = compile_either(pattern)
    assert compiled.search(traditional)
    assert not compiled.search(counterexample)
    assert re.compile(pattern).groups == compiled.groups


@pytest.mark.parametrize(("pattern", "spelled"), [
    (r"[一-龥]+", r"[一-龥]+"),  # a range's ends stay as written
    (r"\u4e00\[说\]", r"\u4e00\[[说說説]\]"),  # an escaped bracket opens no class
    (r"[]说]", r"[]说說説]"),  # a ] first in its class is a literal one
    (r"[^]说]", r"[^]说說説]"),
    (r"[发说]", r"[发發髮说說説]"),  # a class's member's forms join its class
    (r"(?<!发布)", r"(?<![发發髮][布佈])"),
])
def test_either_script_spells_each_character_and_nothing_else(pattern: str,
                                                              spelled: str) -> None:
    assert either_script(pattern) == spelled
    re.compile(spelled)


@pytest.mark.parametrize(("source", "mirror"), [
    ("轉載自某某娛樂城", True),
    ("某某體育官網", True),
    ("某某日報", False),
    ("縣融媒體中心", False),
])
def test_a_traditional_publisher_a_mirror_wrote_in_is_read_as_spam(source: str,
                                                                   mirror: bool) -> None:
    assert mirror_named(source) is mirror


@pytest.mark.parametrize(("lines", "date"), [
    (["此頁面最後編輯於2025年10月3日 (星期五) 14:22。"], "2025-10-03"),
    (["最後更新: 2025/10/14 16:27:05"], "2025-10-14"),
    (["本站最後更新：2025-10-14"], None),  # a site's stamp, no page's
])
def test_a_traditional_revision_stamp_dates_the_page(lines: list[str], date: str | None) -> None:
    found = revision_date(lines)
    assert (found[:10] if found else None) == date


def test_a_traditional_caption_goes_with_its_photo_credit() -> None:
    from tests.test_html_caption_sentences import LABELS
    from tests.test_html_captions import run

    caption = "村民寄來的信件。本文圖片除特別標註外，均爲某某新聞記者某某 圖"
    doc = run(_s2t(LABELS) + f"<p>{img()}</p><p>{caption}</p>")
    assert caption in [r.text for r in doc.removals if r.rule == "image_caption"]
    # with no other captions on the page, a sentence after a picture is the article's
    doc = run(f"<p>{img()}</p><p>{caption}</p>")
    assert not any(r.rule == "image_caption" for r in doc.removals)


@pytest.mark.parametrize(("row", "day"), [
    ("2024年7月2日 週二 15:48", "2024年7月2日 週二 15:48"),
    ("2024年7月2日 禮拜二", "2024年7月2日 禮拜二"),
    ("2024年7月2日 週末見", "2024年7月2日"),  # no weekday: the day alone
])
def test_a_traditional_weekday_is_the_dates(row: str, day: str) -> None:
    from cleaners.dates import DATE

    found = DATE.search(row)
    assert found is not None
    assert found.group(0).rstrip() == day


# Pages whose traditional misses were the HTML path's word lists: a fold's 展開全文 (its rest
# lost), a loop grid of other posts, a 推薦閱讀 list, a forum's 只看樓主 / 倒序閱讀 bar, keyword
# pieces planted in a mirror's sentences.
GOLD_HTML = Path(__file__).parent / "fixtures" / "gold_html"
CONVERTED = [
    "gh199_city_paper_clean_indent_aria_icon_noscript_notice_fold_rest_kept",
    "gh56_wordpress_elementor_post_info_loop_grid",
    "gh73_astro_svelte_islands",
    "gh105_phpwind_read_tpc_floors_signature",
    "gh130_mirror_city_paper_chopped_spans_stuffed_head",
]


def _s2t(value: Any) -> Any:
    """``value`` (a gold's text, or its list of lines) in traditional script."""
    import opencc

    if isinstance(value, list):
        return [_s2t(v) for v in value]
    return str(opencc.OpenCC("s2t").convert(value)) if isinstance(value, str) else value


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict[str, Any], ...]]:
    """Each page's (gold, cleaned) in simplified script and converted with OpenCC s2t."""
    folder = tmp_path_factory.mktemp("gold_html_s2t")
    pages = []
    for doc_id in CONVERTED:
        html = decode_html((GOLD_HTML / f"{doc_id}.html").read_bytes()).text
        html = re.sub(r"charset\s*=\s*[\"']?[\w-]+", "charset=utf-8", html, flags=re.I)
        (folder / f"{doc_id}.html").write_text(_s2t(html), encoding="utf-8")
        pages.append(folder / f"{doc_id}.html")
    simplified = clean_pages([GOLD_HTML / f"{d}.html" for d in CONVERTED], folder / "hans.jsonl")
    traditional = clean_pages(pages, folder / "hant.jsonl")
    out = {}
    for doc_id in CONVERTED:
        gold = json.loads((GOLD_HTML / f"{doc_id}.json").read_text(encoding="utf-8"))
        trad_gold = {k: v if k in ("id", "date") else _s2t(v) for k, v in gold.items()}
        out[doc_id] = (gold, simplified[doc_id], trad_gold, traditional[doc_id])
    return out


@pytest.mark.parametrize("doc_id", CONVERTED)
def test_a_converted_page_scores_as_its_simplified_original(
        converted: dict[str, tuple[dict[str, Any], ...]], doc_id: str) -> None:
    gold, simplified, trad_gold, traditional = converted[doc_id]
    score = load_score().score_doc
    hans, hant = score(gold, simplified), score(trad_gold, traditional)
    assert hant["f1"] == pytest.approx(hans["f1"], abs=0.002), traditional["text"]
    assert (len(hant["leaks"]), len(hant["lost"]), hant["meta"]) == (
        len(hans["leaks"]), len(hans["lost"]), hans["meta"])
