"""Text taken from documents (gold_like gl244-gl250): a PDF's page furniture (page numbers, the
running header or footer every page repeats) goes while the form feeds still show the pages;
a notice's signature dates it when no row does, past the list of its attachments; a
red-headed document's title broken after its issuer is whole again."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import closing_signature
from cleaners.pages import page_number, without_page_furniture

PARAGRAPH = "为切实抓好今年春季农业生产，确保粮食播种面积稳定，经县人民政府同意，现就有关事项通知如下："


@pytest.mark.parametrize("line", ["— 2 —", "- 3 -", "－12－", "· 7 ·", "第 2 页", "第 2 页 共 5 页",
                                  "共5页 第2页", "2 / 12", "Page 2 of 5", "12"])
def test_page_numbers(line: str) -> None:
    assert page_number(line)


@pytest.mark.parametrize("line", ["— 2019 —", "第2页第3页都是目录。", "2025", "3月12日",
                                  "一、工作要求", "1.加强领导"])
def test_lines_that_are_no_page_number(line: str) -> None:
    assert not page_number(line)


def test_page_numbers_and_running_lines_go_and_a_cut_paragraph_goes_on() -> None:
    pages = [
        "某某市人民政府公报          2025年第4期\n\n正文第一段。\n第二段的前半，\n\n— 1 —\n",
        "2025年第4期          某某市人民政府公报\n\n第二段的后半。\n第三段。\n\n— 2 —\n",
        "某某市人民政府公报          2025年第4期\n\n第四段。\n\n— 3 —\n",
    ]
    text, removed = without_page_furniture("\f".join(pages) + "\f")
    assert text == "正文第一段。\n第二段的前半，\n第二段的后半。\n第三段。\n第四段。\n"
    assert "— 2 —" in removed
    assert len(removed) == 6


def test_a_heading_two_slides_of_many_share_stays() -> None:
    slides = ["工作进展\n\n完成项目12个", "工作进展\n\n完成投资3亿元", "下一步打算\n\n加快建设",
              "保障措施\n\n加强调度", "小结\n\n全年目标可期"]
    text, removed = without_page_furniture("\f".join(slides) + "\f")
    assert text.count("工作进展") == 2
    assert removed == []


def test_text_without_pages_is_left_as_it_is() -> None:
    text = "— 2 —\n正文。\n"
    assert without_page_furniture(text) == (text, [])


def test_a_sentence_at_every_page_edge_is_no_running_line() -> None:
    pages = ["请各单位认真落实。\n正文一。", "请各单位认真落实。\n正文二。"]
    text, _ = without_page_furniture("\f".join(pages))
    assert text.count("请各单位认真落实。") == 2


def test_signature_under_an_attachment_list_without_files() -> None:
    lines = ["请认真抓好落实。", "附件：1.某某任务分解表", "2.某某进度统计表",
             "某某县人民政府办公室", "2025年3月12日"]
    assert sorted(closing_signature(lines)) == [3, 4]
    # a numbered list of the text's own under no 附件 label signs nothing
    assert not closing_signature(["工作要求如下：", "1.加强领导", "2.落实责任",
                                  "某某县人民政府办公室", "2025年3月12日"])


def test_a_disclosure_note_under_the_signature_still_dates_it() -> None:
    doc = clean_text(f"关于做好某某工作的通知\n\n{PARAGRAPH}\n一、工作要求\n"
                     "各单位要高度重视，认真组织，确保各项工作落到实处。\n\n"
                     "某某县人民政府办公室\n2025年3月28日\n（此件公开发布）\n")
    assert doc.meta.date == "2025-03-28"


def test_red_headed_title_broken_after_its_issuer() -> None:
    page = ("某某县人民政府办公室文件\n\n某政办发〔2025〕9号\n\n某某县人民政府办公室\n"
            "关于做好2025年春季农业生产工作的通知\n\n各乡镇人民政府：\n" + PARAGRAPH + "\n")
    doc = clean_text(page)
    assert doc.meta.title == "某某县人民政府办公室关于做好2025年春季农业生产工作的通知"


def test_a_site_name_over_a_web_headline_is_no_part_of_it() -> None:
    page = ("首页 | 政务公开 | 互动交流\n某某县人民政府\n关于做好2025年春季农业生产工作的通知\n"
            "发布时间：2025-03-12\n" + PARAGRAPH + "\n")
    assert clean_text(page).meta.title == "关于做好2025年春季农业生产工作的通知"


SPEECH = ("在全市某某工作推进会上的讲话\n\n（2025年4月10日）\n\n市长　某某某\n\n同志们：\n"
          "今天，我们召开全市某某工作推进会，主要任务是总结一季度工作，安排部署下一阶段重点任务。\n"
          "谢谢大家！\n")


def test_a_speech_saved_from_word_is_dated_and_signed_by_its_header() -> None:
    doc = clean_text(SPEECH)
    assert doc.meta.date == "2025-04-10"
    assert doc.meta.authors == ("某某某",)
    # the speaker over the day as well as under it
    doc = clean_text(SPEECH.replace("（2025年4月10日）\n\n市长　某某某", "市长　某某某\n\n（2025年4月10日）"))
    assert doc.meta.date == "2025-04-10"
    assert doc.meta.authors == ("某某某",)


def test_a_report_dated_under_its_writing_group_names_no_author() -> None:
    doc = clean_text("关于某某情况的调研报告\n\n县政府研究室调研组\n\n（2025年8月15日）\n\n"
                     "近年来，我县深入实施乡村振兴战略，把发展农村电子商务作为促进农民增收的重要抓手。\n")
    assert doc.meta.date == "2025-08-15"
    assert doc.meta.authors == ()


def test_a_date_row_outranks_the_day_in_brackets() -> None:
    page = SPEECH.replace("\n\n同志们：", "\n发布时间：2025-04-12 09:15 来源：市政府办公室\n\n同志们：")
    assert clean_text(page).meta.date.startswith("2025-04-12")  # type: ignore[union-attr]


def test_ocr_stray_marks_at_line_edges_go() -> None:
    from cleaners.pages import without_stray_marks

    text = "连日来，农技专家 |\n丨 深入田间地头，\n为种粮大户开展 ·\n技术指导。"
    assert without_stray_marks(text) == ("连日来，农技专家\n深入田间地头，\n为种粮大户开展\n技术指导。",
                                         ["|", "丨", "·"])
    # one such mark is a page's own (a menu row's bar); a bar inside a line parts words
    assert without_stray_marks("首页 | 新闻 |\n标题 丨 副标题\n")[1] == []
    # a dot opening a line is a list's bullet
    bullets = "· 第一项\n· 第二项\n• 第三项\n• 第四项\n"
    assert without_stray_marks(bullets) == (bullets, [])


OCR_COLUMN = "\n".join([
    "本报讯（记者 某某）连日来，某",
    "某县农业农村局组织112名农技", "专家深入田间地头，为种粮大户和", "农户开展春耕备耕技术指导，确保",
    "春耕生产不误农时。", "在某某乡的育秧工厂里，农技专", "家正手把手地教农户调试播种流水",
    "线。“秧盘里的营养土要压实，覆", "土厚度控制在0.5厘米左右。”专", "家的讲解让种粮大户连连点头。",
    "据了解，今年该县计划集中育秧", "面积达到3.2万亩，比去年增加", "4000亩，并通过“田间课堂”、",
    "短视频等方式推广新技术。"])


def test_a_scanned_column_broken_every_15_characters_is_joined() -> None:
    from cleaners.layout import unwrapped

    assert unwrapped(OCR_COLUMN, scanned=True).split("\n")[1] == (
        "在某某乡的育秧工厂里，农技专家正手把手地教农户调试播种流水线。“秧盘里的营养土要压实，覆"
        "土厚度控制在0.5厘米左右。”专家的讲解让种粮大户连连点头。")


OCR_MARKED = "连日来，农技专家 |\n丨 深入田间地头，\n为种粮大户开展 ·\n技术指导。"


@pytest.mark.parametrize("edge", [("  ", "  "), ("", " \t"), ("\t", ""), ("\u3000\u3000", ""),
                                  ("\u00a0\u00a0", "")])
def test_ocr_stray_marks_inside_a_lines_padding_or_indentation_go(edge: tuple[str, str]) -> None:
    # a page saved indented or with every line padded: the marks go, the spaces stay
    from cleaners.pages import without_stray_marks

    lead, tail = edge
    page = "\n".join(f"{lead}{line}{tail}" for line in OCR_MARKED.split("\n"))
    text, marks = without_stray_marks(page)
    assert marks == ["|", "丨", "·"]
    assert [line.strip() for line in text.split("\n")] == ["连日来，农技专家", "深入田间地头，",
                                                           "为种粮大户开展", "技术指导。"]
    assert all(line.startswith(lead) and line.endswith(tail) for line in text.split("\n"))
    # still: a bar inside a padded line parts words, a padded bullet opens an item
    assert without_stray_marks(f"{lead}首页 | 新闻 |{tail}\n{lead}标题 丨 副标题{tail}\n")[1] == []
    bullets = "".join(f"{lead}{mark} 第{k}项{tail}\n" for k, mark in enumerate("··••"))
    assert without_stray_marks(bullets) == (bullets, [])


def test_a_scanned_column_saved_with_zero_width_marks_reads_as_without() -> None:
    # zero-width characters in a row (a mark OCR left, a copy's soft hyphens) are no width and
    # hide no stray mark: the column is joined as the clean copy is
    rows = OCR_COLUMN.split("\n")
    column = "\n".join(f"丨 {row}" if k in (1, 4, 7) else row for k, row in enumerate(rows))
    marked = column.replace("丨", "丨\u200b").replace("农技", "农\u00ad技")
    clean = clean_text(column).text
    assert "农技专家深入田间地头" in clean
    assert clean_text(marked).text == clean


def test_a_headline_as_wide_as_the_column_over_an_indented_first_row_stays_apart() -> None:
    # the page saved with no blank line: the headline (15 characters, the column's width) is
    # no row broken at the width, the indented row under it opens the story
    from cleaners.layout import unwrapped

    rows = OCR_COLUMN.split("\n")
    page = "\n".join(["某某县百名农技专家下田指导春耕", "  " + rows[0], *rows[1:]])
    out = unwrapped(page, scanned=True).split("\n")
    assert out[0] == "某某县百名农技专家下田指导春耕"
    assert out[1].startswith("  本报讯")
    assert out[1].endswith("确保春耕生产不误农时。")
    # the same column indented throughout (a tab before every row) is still joined
    tabbed = "\n".join("\t" + row for row in rows)
    assert unwrapped(tabbed, scanned=True).split("\n")[0].endswith("确保春耕生产不误农时。")
    # a list item's row goes on under its hanging indent
    items = "\n".join(["- 某某县农业农村局组织农技专家", "  深入田间地头为种粮大户开展技", "  术指导。", *rows])
    first = unwrapped(items, scanned=True).split("\n")[0]
    assert first.startswith("- 某某县农业农村局组织农技专家")
    assert first.endswith("术指导。")
    # a row mid-sentence is joined over a continuation a space opens (a break on a space)
    assert unwrapped(OCR_COLUMN.replace("\n专家", "\n 专家"), scanned=True).split("\n")[0] == (
        unwrapped(OCR_COLUMN, scanned=True).split("\n")[0].replace("农技专家", "农技 专家"))


def test_a_columns_rows_holding_quotation_marks_are_as_wide_as_the_others() -> None:
    # a column sets “ and ” each in a full cell: a row holding two reaches the width, its row
    # broken mid-word (…左右。”专 | 家的讲解…) goes on
    from cleaners.layout import unwrapped

    rows = ["  本报讯（记者 某某某）连日来，", "某某县农业农村局组织112名农技", "专家深入田间地头，为种粮大户和",
            "农户开展春耕备耕技术指导，确保", "春耕生产不误农时。", "  在某某乡的育秧工厂里，农技专", "家正手把手地教农户调试播种流水", "线。“秧盘里的营养土要压实，覆",
            "土厚度控制在0.5厘米左右。”专", "家的讲解让种粮大户某某某连连点", "头。",
            "  据了解，今年该县计划集中育秧", "面积达到3.2万亩，比去年增加", "4000亩。县农业农村局已组建12个",
            "技术服务小组，实行“一乡一组”", "包片指导，并通过“田间课堂”、", "短视频等方式推广新技术。",
            "  县农业农村局负责人表示，将持", "续做好农资保供和技术服务，力争", "全年粮食播种面积稳定在45万亩以",
            "上。"]
    out = unwrapped("\n".join(rows), scanned=True).split("\n")
    assert len(out) == 4
    assert "左右。”专家的讲解" in out[1]
    assert "“一乡一组”包片指导" in out[2]


def test_short_lines_of_a_page_no_ocr_read_are_no_column() -> None:
    from cleaners.layout import unwrapped

    listing = "\n".join(["展期：2024年6月18日—9月30日，每日开放", "地点：某某博物馆二楼临时展厅，免费",
                         "主办：某某博物馆，某某文物局，协办", "票价：免费，需提前预约，凭证入场",
                         "五代越窑秘色瓷莲花碗", "北宋越窑青瓷刻花盘"] * 2)
    assert unwrapped(listing) == listing
    # a column of prose that narrow, its paragraphs each closed by a shorter row ending a
    # sentence, is joined on a page no OCR read too (a column pasted from an e-paper or a
    # PDF: round wrap76), as OCR's is
    assert unwrapped(OCR_COLUMN) == unwrapped(OCR_COLUMN, scanned=True) != OCR_COLUMN


LEAD = ("本报讯（记者 某某）5月19日，记者从市交通运输局获悉，我市首条城乡公交一体化示范线路正式开通，"
        "沿线12个行政村的3.6万名村民从此在家门口就能坐上城市公交。\n"
        "市交通运输局相关负责人表示，今年我市将新开和优化城乡公交线路15条，同时探索客货邮融合发展，让公交车捎带快递进村，\n"
        "（下转第3版）\n")


def test_an_epaper_pages_next_stories_under_the_lead_s_continued_mark_go() -> None:
    page = ("城乡公交一体化示范线开通\n" + LEAD + "我市启动夏季防溺水专项行动\n"
            "本报讯（记者 某某）记者5月19日从市教育局获悉，我市即日起启动为期4个月的夏季防溺水专项行动。\n")
    text = clean_text(page).text
    assert "让公交车捎带快递进村" in text
    assert "下转第3版" not in text
    assert "防溺水" not in text


def test_a_story_carried_on_from_another_page_stays() -> None:
    page = ("城乡公交一体化示范线开通\n" + LEAD + "（上接第1版）\n"
            "下一步，我市还将推动具备条件的乡镇实现公交化运营全覆盖，方便群众出行。\n")
    text = clean_text(page).text
    assert "下转第3版" not in text
    assert "公交化运营全覆盖" in text


def test_a_pdf_column_under_a_wider_masthead_is_joined() -> None:
    from cleaners.layout import unwrapped

    rows = ["某某晚报社出版 地址：某某市五一路58号 广告热线：0731-85112233"] + [
        "据介绍，该线路全长38公里，设站点26个，投入新",
        "能源公交车14辆，首末班时间为6:30至19:30，",
        "发车间隔20分钟，全程票价由原来的12元降至4元",
        "，并可使用市民卡和手机扫码乘车。"] * 3
    out = unwrapped("\n".join(rows)).split("\n")
    assert len(out) == 4


BODY = ("本报讯（记者 某某）连日来，某某县农业农村局组织112名农技专家深入田间地头，为种粮大户和农户"
        "开展春耕备耕技术指导，确保春耕生产不误农时。\n")


def test_the_headline_under_a_scanned_papers_header() -> None:
    page = ("某 某 日 报\nMOUMOU DAILY\n2025年3月6日 星期四 第2版 综合新闻\n\n"
            "某某县百名农技专家下田指导春耕\n\n" + BODY)
    doc = clean_text(page)
    assert doc.meta.title == "某某县百名农技专家下田指导春耕"
    assert doc.meta.date == "2025-03-06"


def test_an_epaper_article_s_headline_over_its_edition_row_stays_the_title() -> None:
    page = "某某县百名农技专家下田指导春耕\n来源：某某日报 2025年3月6日 第2版\n\n" + BODY
    assert clean_text(page).meta.title == "某某县百名农技专家下田指导春耕"


def test_a_pdf_newspaper_page_s_headline_and_edition_date() -> None:
    page = ("某某晚报\n2025年5月20日 星期二\nA03 要闻\n责编：某某 美编：某某 校对：某某\n\n"
            "城乡公交一体化示范线开通\n12个行政村3.6万村民家门口坐上城市公交\n\n" + LEAD)
    doc = clean_text(page)
    assert doc.meta.title == "城乡公交一体化示范线开通"
    assert doc.meta.date == "2025-05-20"


def test_a_portal_s_todays_date_by_no_page_label_dates_nothing() -> None:
    page = ("某某新闻网\n2025年5月20日 星期二\n首页 新闻 财经\n\n"
            "城乡公交一体化示范线开通\n\n" + LEAD)
    assert clean_text(page).meta.date is None
