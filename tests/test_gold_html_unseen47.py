"""The general defects the six saved pages of unseen site families (gold_html gh296-gh301) showed,
pinned on invented pages with their counterexamples: a read-aloud player's line saved as text
(音频播报 00:00 / 03:12 本音频由AI合成), and a 政策解读 page's 来源 value glued to the row
naming who explains the policy (来源：某局解读人：某某)."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text

_TEXT = ("冬季是呼吸道传染病的高发季节，某某市疾控中心提醒市民做好个人防护。",
         "疾控专家表示，老年人和儿童等重点人群应尽早接种流感疫苗，出现发热症状应及时就医。")


def _as_text(line: str) -> str:
    return "\n".join(("疾控提醒：流感进入高发期", "2026-12-08 07:45 来源：某某日报", line, *_TEXT))


@pytest.mark.parametrize("line", [
    "音频播报00:00 / 03:12本音频由AI合成",
    "音频播报 00:00 / 02:10",
    "本音频由人工智能合成",
])
def test_a_read_aloud_players_line_saved_as_text_goes(line: str) -> None:
    doc = clean_text(_as_text(line), id="t")
    assert doc.text.splitlines() == list(_TEXT)


@pytest.mark.parametrize("line", [
    "音频播报系统已在全市公交车上启用，乘客可以收听到站提示。",
    "本音频由AI合成技术团队录制，欢迎市民收听。",
])
def test_a_sentence_about_audio_stays(line: str) -> None:
    doc = clean_text(_as_text(line), id="t")
    assert line in doc.text.splitlines()


def _jiedu(row: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in _TEXT)
    return ("<html><head><meta charset='utf-8'><title>某某措施政策解读</title></head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/zwgk/'>政务公开</a></div>"
            "<h1>某某措施政策解读</h1>"
            f"<div class='info'>{row}</div><div id='zoom'>{paras}</div></body></html>")


@pytest.mark.parametrize(("row", "source"), [
    ("<span>发布时间：2026-12-05</span><span>来源：县卫健局</span><span>解读人：钱某某</span>", "县卫健局"),
    ("<span>发布时间：2026-12-05</span><span>来源：县卫健局</span><span>解读单位：县疾控中心</span>",
     "县卫健局"),
    # no 解读人 row: the source is the whole value
    ("<span>发布时间：2026-12-05</span><span>来源：县卫健局办公室</span>", "县卫健局办公室"),
])
def test_a_jiedu_row_ends_the_source_before_it(row: str, source: str) -> None:
    doc = clean_html(_jiedu(row), id="t")
    assert doc.meta.source_name == source
    assert doc.meta.date == "2026-12-05"
    assert doc.text.splitlines() == list(_TEXT)
