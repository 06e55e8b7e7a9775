"""Gold text pages saved other ways (bench/perturb.py --gold-like): rules that read only one
script or one width of punctuation, found by re-saving the gold_like pages and fixed for the
family, each with its counterexample, in both scripts."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import parse_meta_line

_BODY = ("今年以来，某某县在全县推行村级权力清单管理，梳理出二十八项权力事项，逐项绘制运行流程图，"
         "明确谁来办、怎么办、谁监督，印发到每家每户。")
_BODY2 = ("县里还把村务监督委员会和乡镇纪委贯通起来，每季度对村级财务开展一次交叉检查，"
          "群众对村务公开的满意度明显提升。")


# --- a county paper's colonless 来源 and 作者 cells glued, in traditional script (來源) -------

@pytest.mark.parametrize(("row", "source", "authors"), [
    ("來源某某日報作者聂某某2025-11-30", "某某日報", ("聂某某",)),
    ("作者裴某某來源某某日報 2025-11-30", "某某日報", ("裴某某",)),
    ("來源 某某日報 作者 裴某某 2025-11-30", "某某日報", ("裴某某",)),
    # simplified, as before
    ("来源某某日报作者聂某某2025-11-30", "某某日报", ("聂某某",)),
])
def test_traditional_glued_colonless_labels_read_as_fields(
        row: str, source: str, authors: tuple[str, ...]) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert (found.date, found.source_name, found.authors) == ("2025-11-30", source, authors)


@pytest.mark.parametrize(("row", "source"), [
    # 作者 inside a publisher's name, before no person's name: one name, in either script
    ("來源某某作者協會 2025-11-30", "某某作者協會"),
    ("来源某某作者协会 2025-11-30", "某某作者协会"),
])
def test_traditional_label_word_inside_a_name_parts_nothing(row: str, source: str) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert (found.source_name, found.authors) == (source, ())


def test_traditional_source_said_in_a_sentence_is_no_field() -> None:
    # 來源於 opens a sentence's verb, not a publisher's field
    found = parse_meta_line("來源於群眾 2025-11-30")
    assert found is None or found.source_name is None


# --- the text-and-pictures credit (图/文：某某 某某) names the writers, 圖/文 too -----------

@pytest.mark.parametrize("credit", ["图/文：覃某某 吴某", "圖/文：覃某某 吳某", "文/圖：覃某某 吳某"])
def test_a_text_and_pictures_credit_names_the_writers_in_either_script(credit: str) -> None:
    page = "\n\n".join([
        "某某县推行村级权力清单管理", "2025-11-30", _BODY,
        "▲党员志愿者在村务公开栏前向村民讲解权力清单。（通讯员 覃某某 摄）", _BODY2, credit])
    doc = clean_text(page)
    assert doc.text.split("\n")[0] == _BODY
    assert len(doc.meta.authors) == 2
    assert doc.meta.authors[0].startswith("覃某")


def test_a_caption_photographer_alone_is_no_writer() -> None:
    # a photographer credited on a caption only took the pictures
    page = "\n\n".join([
        "某某县推行村级权力清单管理", "2025-11-30", _BODY,
        "▲党员志愿者在村务公开栏前向村民讲解权力清单。（通讯员 覃某某 攝）", _BODY2])
    assert "覃某某" not in clean_text(page).meta.authors


# --- an answer page's vote count under the answerer, in traditional script ---------------------

@pytest.mark.parametrize("votes", ["1.2 万 人赞同了该回答", "1.2 萬 人贊同了該回答"])
def test_the_answerer_over_the_vote_count_is_the_source_in_either_script(votes: str) -> None:
    page = "\n".join([
        "为什么现在的孩子写作文越来越难写出真情实感？", "查看全部 1,024 个回答",
        "林间某某人", "中学语文教师，带过六届毕业班", votes,
        "我在中学教了十八年语文，批改过的作文少说也有两万篇。说句实在话，孩子们不是没有真情实感，而是不敢写、不会写。",
        "不敢写，是因为很多孩子从小被教着往高处立意。真实的生活太平淡，他们担心写出来分数低。",
        "编辑于 2025-05-18 21:06"])
    doc = clean_text(page)
    assert doc.meta.source_name == "林间某某人"
    assert "林间某某人" not in doc.text


# --- an explainer's picture alt texts repeat the headline, its kicker's bar in ASCII ------------

@pytest.mark.parametrize(("title", "copy"), [
    ("一图读懂丨2026年城乡居民医保参保缴费指南", "一图读懂|2026年城乡居民医保参保缴费指南（1）"),
    ("一图读懂｜2026年城乡居民医保参保缴费指南", "一图读懂丨2026年城乡居民医保参保缴费指南（2）"),
    ("一圖讀懂丨2026年城鄉居民醫保參保繳費指南", "一圖讀懂|2026年城鄉居民醫保參保繳費指南（1）"),
])
def test_a_numbered_headline_copy_with_another_bar_is_the_picture_s(title: str, copy: str) -> None:
    page = "\n".join([title, "2026-09-15 10:30 来源：某某市医疗保障局", copy, _BODY, _BODY2])
    doc = clean_text(page)
    assert doc.text.split("\n") == [_BODY, _BODY2]


def test_a_line_that_only_opens_like_the_headline_stays() -> None:
    # the headline's words leading a sentence, no picture's number after them: the article's
    line = "一图读懂|2026年城乡居民医保参保缴费指南发布后，咨询电话明显增多。"
    page = "\n".join(["一图读懂丨2026年城乡居民医保参保缴费指南",
                      "2026-09-15 10:30 来源：某某市医疗保障局", _BODY, line, _BODY2])
    assert line in clean_text(page).text.split("\n")


# --- an e-paper page's headline list bulleted with ASCII > for » ------------------------------

def _epaper(bullet: str, label: str = "标题导航") -> str:
    heads = ["全市双抢生产进度过半", "高新区上半年新签约项目42个", "市委理论学习中心组举行集体学习",
             "今日天气"]
    return "\n".join(["某某日报", "2024年07月08日 星期一", "第01版：要闻", label,
                      *(f"  {bullet} {h}" for h in heads), heads[0], "抢抓晴好天气 确保颗粒归仓",
                      "本报记者 邓某 通讯员 石某", _BODY, _BODY2])


@pytest.mark.parametrize(("bullet", "label"), [
    ("»", "标题导航"), (">", "标题导航"), (">>", "标题导航"), (">", "標題導航")])
def test_the_headline_printed_again_under_an_ascii_bulleted_index(bullet: str, label: str) -> None:
    doc = clean_text(_epaper(bullet, label))
    assert doc.meta.title == "全市双抢生产进度过半"
    assert doc.text.split("\n")[0] == "抢抓晴好天气 确保颗粒归仓"
    assert "今日天气" not in doc.text


def test_an_arrow_glued_to_a_word_is_no_bullet() -> None:
    from cleaners.meta import INDEX_BULLET
    assert INDEX_BULLET.sub("", "> 某某") == "某某"
    assert INDEX_BULLET.sub("", ">某某") == ">某某"
    assert INDEX_BULLET.sub("", "->某某") == "->某某"


# --- a student's essay credits its guiding teacher under the pupil's name ----------------------

@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("credit", ["指导教师：陈某某", "指導教師：陳某某", "指导老师 王某"])
def test_the_guiding_teacher_s_credit_goes_however_the_page_is_spaced(gap: str, credit: str) -> None:
    page = gap.join(["窗台上的那盆绿萝", "某某市实验中学 八年级（3）班  苏某某", credit,
                     "2025-05-20 09:41", _BODY, _BODY2])
    doc = clean_text(page)
    assert doc.text.split("\n") == [_BODY, _BODY2]


def test_a_sentence_about_the_guiding_teacher_stays() -> None:
    line = "指导教师：要多读多写，留心观察生活。"
    page = "\n".join(["窗台上的那盆绿萝", "2025-05-20 09:41", _BODY, line, _BODY2])
    assert line in clean_text(page).text.split("\n")
