"""chrome.blocks: a reader-comment thread after the article goes, even when its long comments
outweigh a short article; an article that merely mentions replies or likes stays."""

from __future__ import annotations

import pytest

from cleaners import Doc
from cleaners.chrome import blocks
from cleaners.chrome.blocks import COMMENT_UI, PageBlocks, comment_ui

PARA = "这是一段足够长的正文内容，用来说明文章的主体部分在这里展开，并且包含完整的句子。"
COMMENT = "我觉得这件事情值得好好讨论一下，相关部门应该尽快给出一个明确的说法，不要再拖下去了。"


@pytest.mark.parametrize("line", ["3小时前", "• 某某网友 1天前", "回复 踩13 赞26 收藏",
                                  "查看回复 4 举报", "回复 ⋅ 254条回复 8421", "137 | 回复", "刚刚",
                                  "昨天 22:17", "今天08:23举报查看对话赞188回复", "今天09:34举报赞回复",
                                  "09-11 08:29 回复 赞3", "• +1顶43", "• |+1踩0", "顶 12 踩 3",
                                  "02-17 浙江   赞 8   回复"])
def test_comment_controls(line: str) -> None:
    assert COMMENT_UI.search(line)


@pytest.mark.parametrize("line", ["他三小时前刚刚回到家。", "回复函已于昨日送达各单位", "举报电话：12345",
                                  "三年前", "赞", "会议将于今天 14:30 开始",
                                  "今天08:23他举报了这起案件", "昨天 22:17回复函送达",
                                  "顶层设计", "山顶 12", "02-17 浙江", "浙江 赞 8 回复",
                                  "02-17 会议纪要回复"])
def test_not_comment_controls(line: str) -> None:
    assert not COMMENT_UI.search(line)


def _thread(n: int) -> list[str]:
    out = []
    for k in range(n):
        out += [f"• 网友{k}", COMMENT * 2, f"{k + 1}小时前", "回复 踩2 赞11 收藏"]
    return out


def test_a_long_thread_after_a_short_article_goes() -> None:
    text = "\n".join(["某地新建一座公园", PARA, PARA, "全部评论", *_thread(6), "关于我们"])
    doc = PageBlocks()(Doc(id="d", text=text))
    kept = [ln for ln in doc.text.split("\n") if ln]
    assert kept[:3] == ["某地新建一座公园", PARA, PARA]
    assert COMMENT * 2 not in kept
    assert any(r.rule == "comment_thread" for r in doc.removals)


def test_an_article_quoting_replies_stays() -> None:
    # Counterexample: no controls after the paragraphs, only words about replies.
    body = [PARA, "记者拨打了举报电话，对方回复称三小时前已经派人处理，目前正在核实情况。", PARA, PARA]
    doc = PageBlocks()(Doc(id="d", text="\n".join(body)))
    assert doc.text.split("\n") == body


LONG_COMMENT = ("某某网友：这个怎么说呢，当年的那一代产品定义了这个行业，后来的各家都在跟着学，没有什么真正的创新"
                "了。所以结果就是人家拥有了第一批忠实的用户")


def test_a_long_comment_between_two_control_rows_goes() -> None:
    lines = [PARA] * 5 + ["最热评论", "某某网友广东", "大部分都是这样", "今天08:23举报查看对话赞188回复",
                          LONG_COMMENT, "今天08:29举报赞14回复", "某某网友四川", "为什么这么贵？",
                          "今天03:31举报赞42回复"]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert LONG_COMMENT not in doc.text
    assert doc.text.count(PARA) == 5


def test_a_closing_paragraph_above_one_report_button_stays() -> None:
    # Counterexample: one row of controls under the article is no thread.
    lines = [PARA] * 5 + [LONG_COMMENT + "。", "举报", "分享到：", "某某网简介"]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert LONG_COMMENT in doc.text


class _NoRegex:
    """A pattern that must not be searched."""

    def search(self, line: str) -> None:
        raise AssertionError(f"regex searched on {line!r}")


def test_a_line_ending_in_a_full_stop_is_ruled_out_without_a_regex(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blocks, "_COMMENT_WORD", _NoRegex())
    monkeypatch.setattr(blocks, "COMMENT_UI", _NoRegex())
    assert not comment_ui("网友回复称，他三小时前刚刚举报了这件事。")


@pytest.mark.parametrize("line", [
    "3小时前", "回复 踩13 赞26 收藏", "刚刚", "剛剛", "昨天 22:17", "• |+1踩0", "顶 12 踩 3",
    "他三小时前刚刚回到家。", "三年前", "山顶 12", "回复 ", "回复\u3000", "１２", "回覆 ⋅",
    PARA, COMMENT, "查看回复 4 举报｜", "对话"])
def test_comment_ui_is_the_pattern_search(line: str) -> None:
    assert comment_ui(line) == (COMMENT_UI.search(line) is not None)


def test_only_the_neighbours_of_the_asked_lines_are_read_as_controls(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def spy(line: str) -> bool:
        asked.append(line)
        return comment_ui(line)

    monkeypatch.setattr(blocks, "comment_ui", spy)
    ui = ["菜单一", "菜单二", "回复 赞3", COMMENT, "回复 赞5", "", "关于我们"]
    assert blocks._between_controls(ui, [3]) == {3}
    assert sorted(asked) == sorted(["回复 赞3", "回复 赞5"])
    assert blocks._between_controls(ui, []) == set()


class _Unlisted(list[str]):
    """A page whose lines may be read one by one but not listed whole."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        raise AssertionError("the whole page was listed")


def test_the_neighbours_of_the_asked_lines_are_found_without_listing_the_page() -> None:
    ui = _Unlisted(["菜单"] * 500 + ["回复 赞3", "", COMMENT, "", "回复 赞5", "关于我们"])
    assert blocks._between_controls(ui, [502, 505]) == {502}
    assert blocks._between_controls(ui, [0]) == set()
    assert blocks._between_controls([], [3]) == set()


HANDLE_COMMENTS = ["读者“晚风”：看完很受触动，希望多做这样的报道。", "读者「阿青」: 写得真好，转给家里人看了。"]


@pytest.mark.parametrize("heading", ["评论（38）", "全部评论 (1,204)", "留言(7)"])
def test_handle_comments_under_a_comment_count_go(heading: str) -> None:
    # no reply or like buttons: the count over the comments and the handle opening each tell
    lines = [PARA] * 3 + [heading, *HANDLE_COMMENTS, "关于我们"]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert not any(c in doc.text for c in HANDLE_COMMENTS)
    assert doc.text.count(PARA) == 3
    assert [r.rule for r in doc.removals].count("handle_comment") == 2


def test_quoted_handles_with_no_comment_count_over_them_stay() -> None:
    # Counterexample: an article rounding up readers' words, under no comment box's count;
    # and a paragraph under the count that opens on no handle ends the run.
    lines = [PARA, *HANDLE_COMMENTS, PARA]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert all(c in doc.text for c in HANDLE_COMMENTS)
    lines = [PARA] * 3 + ["评论（2）", "网友“晚风”说：看完很受触动。", HANDLE_COMMENTS[0]]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert "网友“晚风”说：看完很受触动。" in doc.text
    assert HANDLE_COMMENTS[0] in doc.text
