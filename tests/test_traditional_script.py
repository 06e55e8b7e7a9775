"""Traditional-script pages are read as their simplified copies: names, signatures."""

from __future__ import annotations

import pytest

from cleaners.names import looks_like_name, names_row
from cleaners.script import traditional_chars


@pytest.mark.parametrize(("simplified", "traditional"), [
    ("赵某某", "趙某某"), ("孙某", "孫某"), ("邬晓川", "鄔曉川"), ("欧阳某某", "歐陽某某"),
    ("张三", "張三"), ("冯某某", "馮某某"),
])
def test_a_traditional_name_looks_like_its_simplified_spelling(simplified: str,
                                                              traditional: str) -> None:
    assert looks_like_name(simplified)
    assert looks_like_name(traditional)


def test_a_traditional_phrase_is_no_name_where_its_simplified_one_is_none() -> None:
    assert not looks_like_name("這個問題")
    assert not looks_like_name("記者")


def test_a_traditional_roll_of_names_is_a_names_row() -> None:
    assert names_row("王某某 李某某 張某某 劉某某 陳某某 楊某某")


def test_traditional_chars_are_the_characters_t2s_turns_into_the_given_ones() -> None:
    assert set(traditional_chars("赵钱")) == {"趙", "錢"}
    assert traditional_chars("王") == ""  # the same in both scripts


def test_a_traditional_notice_signature_is_a_closing_signature() -> None:
    from cleaners.meta import closing_signature

    lines = ["特此通告。", "某某市公安局交通警察支隊", "2026年4月2日"]
    assert closing_signature(lines) == frozenset({1, 2})
    lines = ["駁回原告的其他訴訟請求。", "審判員 李某某", "二〇二四年四月八日", "書記員 王某"]
    assert closing_signature(lines) >= frozenset({1, 2, 3})


@pytest.mark.parametrize(("row", "source", "authors"), [
    ("2024-05-30 21:40 來源：某某晚報 記者 伍某某", "某某晚報", ("伍某某",)),
    ("2026-09-09 07:50 來源：某某日報 記者 米雪 通訊員 晏清", "某某日報", ("米雪", "晏清")),
])
def test_a_traditional_row_names_its_reporters(row: str, source: str,
                                               authors: tuple[str, ...]) -> None:
    from cleaners.meta import parse_meta_line

    found = parse_meta_line(row)
    assert found is not None
    assert (found.source_name, found.authors) == (source, authors)


def test_a_traditional_column_byline_names_its_writer() -> None:
    from cleaners.meta import parse_byline

    found = parse_byline("《產業觀察》欄目 作者 王某某", tail=False)
    assert found is not None
    assert found.authors == ("王某某",)


@pytest.mark.parametrize("placeholder", ["管理員", "主治醫師", "某某網", "編輯"])
def test_a_traditional_placeholder_or_title_is_no_author(placeholder: str) -> None:
    from cleaners.names import plausible_author

    assert not plausible_author(placeholder)


@pytest.mark.parametrize("value", ["互聯網", "網絡整理", "來源網絡"])
def test_a_traditional_no_source_value_names_no_publisher(value: str) -> None:
    from cleaners.names import clean_source

    assert clean_source(value) is None


def test_a_traditional_site_name_after_the_headline_goes() -> None:
    from cleaners.meta import unkeyworded_title

    assert unkeyworded_title("老舊小區加裝電梯提速 - 某某新聞網") == "老舊小區加裝電梯提速"


def test_to_simplified_converts_a_value_of_rare_traditional_characters_only() -> None:
    from cleaners.script import to_simplified

    assert to_simplified("編輯") == "编辑"
    assert to_simplified("编辑部") == "编辑部"


def test_a_traditional_outlet_with_its_channel_names_the_outlet() -> None:
    from cleaners.names import clean_source

    assert clean_source("某某網-文化頻道") == "某某網"


def test_a_traditional_date_row_with_its_comment_buttons_names_its_outlet() -> None:
    from cleaners.meta import parse_date_row

    found = parse_date_row("2019年09月11日01:53 某某科技 我有話說(1307人參與) 收藏本文")
    assert found is not None
    assert found.source_name == "某某科技"


def test_a_traditional_original_title_line_mends_a_cut_title() -> None:
    from cleaners.meta import mend_title

    lines = ["原標題：某某港即將開通 地鐵直達免稅城"]
    assert mend_title("某某港即將開通 地鐵...", lines) == "某某港即將開通 地鐵直達免稅城"


@pytest.mark.parametrize("row", ["查看回復 2 舉報", "查看回覆 2 舉報", "回覆 踩1 贊2 收藏",
                                 "回復 踩0 贊1 收藏"])
def test_a_traditional_comment_row_is_comment_controls_in_either_spelling_of_reply(
        row: str) -> None:
    # OpenCC writes 回复 as 回覆 alone and 查看回復 in a phrase; pages print either
    from cleaners.chrome.blocks import comment_ui

    assert comment_ui(row)


def test_a_traditional_first_comment_goes_with_the_thread() -> None:
    # the first comment's controls read 查看回復 … 舉報: it was left as the last paragraph
    from cleaners import clean_text

    paras = ["某某協會副理事長表示，今年行業銷售收入比上年增長兩成，增速比上年回落四個百分點。",
             "他指出，全球每生產三塊集成電路就有兩塊運到國內來，由此產生的貿易逆差創下新高。",
             "業內人士認為，未來產業應抓住新一代通信、物聯網和醫療健康等機遇，推動產品升級。"]
    comments = ["三千億產值，得萬億級的投資，百萬億級GDP，整個地球的GDP是多少，專家怎麼看呢。",
                "好歹還有點出口了，這是好事，以前技術積累較少，現在加速追趕，總比甚麼都沒有強。",
                "這就是現狀，製造業的核心突破戰略之一，以前技術積累較少，技術封鎖也是好事。"]
    lines = [paras[0], "", paras[1], "", paras[2], "", "全部評論 23條"]
    for k, comment in enumerate(comments):
        lines += [f"網友{k}", comment, "昨天 22:17",
                  "查看回復 2 舉報" if k == 0 else "回覆 踩0 贊0 收藏", "分享"]
    out = clean_text("\n".join(lines)).text
    assert all(p in out for p in paras)
    assert not any(c in out for c in comments)


@pytest.mark.parametrize(("token", "place"), [("北京报道", True), ("東莞報道", True),
                                              ("發自廣州", True), ("東莞", False),
                                              ("報道組", False)])
def test_a_traditional_byline_token_names_where_the_story_was_filed(token: str,
                                                                   place: bool) -> None:
    from cleaners.names import dateline

    assert dateline(token) is place


def test_a_traditional_name_glued_to_its_verb_is_read_as_printed() -> None:
    from cleaners.names import glued_reporter

    assert glued_reporter("李明報道") == "李明"  # the name as printed, not its simplified copy
    assert glued_reporter("東莞") is None



def test_a_traditional_credit_glued_after_the_last_sentence_is_quoted_and_read_as_printed() -> None:
    """The glued credit is matched on the simplified copy, but its removal quotes the page and
    its writers keep the page's script (陳某東, not 陈某东)."""
    from cleaners import clean_text

    page = ("市區舉行長者健康講座\n發佈日期：2025年03月12日 來源：某某日報\n"
            "本報訊 市衛生局昨日在社區中心舉辦長者健康講座，逾百名居民到場參加，內容涵蓋慢性病的"
            "預防與管理。\n現場還設有免費量血壓及諮詢攤位，主辦單位表示，今後將定期舉辦同類活動。"
            "（記者 陳某東 通訊員 黃某華）\n")
    doc = clean_text(page, id="t")
    assert doc.meta.authors == ("陳某東", "黃某華")
    credit = next(r for r in doc.removals if r.rule == "trailing_credit")
    assert credit.text == "（記者 陳某東 通訊員 黃某華）"
    assert doc.text.endswith("今後將定期舉辦同類活動。")
