"""A page re-saved hard-wrapped (every line broken at a fixed width: 60, 76 or 80 columns as a
text-mode browser prints it, or every 38 characters as some exporters count them), with or
without blank lines between its blocks, cleans as the page saved unwrapped: the wrap is read
off the page as a whole (rows piled up at one width), and a heading, a list item, a table's
row, a row of fields, a caption or a chrome line is joined to nothing around it. Pages whose
lines merely happen to be of one length are left as they are."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.layout import unwrapped

from .conftest import load_bench

# An invented notice: a menu, a headline, a row of fields as wide as a dump's width, prose with
# a quoted term, a title in 《》 and a note in brackets, a table whose rows hold no comma, a
# caption closed by its credit in brackets, and a footer.
PAGE = "\n\n".join([
    "某某县人民政府\n首页  政务公开  政务服务  互动交流  专题专栏",
    "当前位置：首页 > 政务公开 > 通知公告",
    "某某县关于开展2025年秋季农村道路安全隐患排查整治的通知",
    "发布时间：2025-09-18 10:20  来源：某某县交通运输局  作者：办公室  浏览次数：1024",
    "各乡镇人民政府，县直有关单位：",
    "为认真贯彻《某某省农村公路条例》有关要求，切实消除农村道路安全隐患，保障群众出行安全，"
    "经县政府同意，决定在全县范围内开展秋季农村道路安全隐患排查整治工作。现将有关事项通知如下：",
    "一、排查范围",
    "全县所有县道、乡道、村道及其附属设施，重点是临水临崖、急弯陡坡、穿村过镇等路段，"
    "以及“四好农村路”示范线沿线的桥梁、涵洞和交通安全设施。",
    "二、时间安排",
    "9月20日  启动部署  各乡镇制定本辖区排查方案并报县交通运输局备案\n"
    "10月15日  集中排查  县乡两级组成联合工作组逐路段逐桥梁开展拉网式排查\n"
    "11月30日  整改销号  对排查发现的隐患建立台账实行清单化管理并限期整改到位",
    "图为工作人员在某某镇检查村道护栏安装情况。（某某 摄）",
    "三、工作要求",
    "各乡镇、各单位要高度重视，明确专人负责，每月25日前将排查整治进展情况报县交通运输局"
    "（联系电话：0000-1234567），对工作不力、隐患整改不及时的，将予以通报批评。",
    "某某县交通运输局\n2025年9月18日",
    "【打印本页】  【关闭窗口】\n版权所有：某某县人民政府  某ICP备00000000号-1",
])


def _broken(line: str, columns: int) -> str:
    """The bench's dump of a line at ``columns`` (bench/perturb.py)."""
    broken: str = load_bench("perturb").broken_at(line, columns)
    return broken


def _every(line: str, count: int) -> str:
    """``line`` broken every ``count`` characters, whatever their width."""
    return "\n".join(line[k:k + count] for k in range(0, len(line), count)) or line


def _saved(page: str, width: str, blank_lines: bool) -> str:
    lines = page.split("\n") if blank_lines else [ln for ln in page.split("\n") if ln]
    if width.endswith("chars"):
        return "\n".join(_every(ln, int(width[:-5])) for ln in lines)
    return "\n".join(_broken(ln, int(width)) for ln in lines)


def _outputs(page: str) -> tuple[object, ...]:
    doc = clean_text(page, id="wrapped")
    return doc.text, doc.meta.title, doc.meta.date, doc.meta.source_name, doc.meta.authors


@pytest.mark.parametrize("blank_lines", [True, False])
@pytest.mark.parametrize("width", ["60", "76", "80", "38chars"])
def test_a_hard_wrapped_page_cleans_as_the_page_unwrapped(width: str, blank_lines: bool) -> None:
    unbroken = PAGE if blank_lines else "\n".join(ln for ln in PAGE.split("\n") if ln)
    wrapped = _saved(PAGE, width, blank_lines)
    assert wrapped != unbroken
    assert unwrapped(wrapped) == unbroken
    assert _outputs(wrapped) == _outputs(unbroken)


def test_the_unwrapped_page_keeps_its_table_and_drops_its_chrome() -> None:
    text = clean_text(PAGE, id="page").text
    assert "9月20日 启动部署 各乡镇制定本辖区排查方案并报县交通运输局备案" in text
    assert "版权所有" not in text
    assert "首页" not in text


def test_a_tables_rows_broken_with_no_comma_in_them_are_rows_again() -> None:
    # five rows of a schedule broken at 76 columns, each row's rest right under it: no comma,
    # but the rows pile up at the width and nothing falls just short of it
    rows = [f"（2025）某{k}民初11{k}3号  2025年9月{k + 7}日 09:00  第{k}法庭  原告陈某某与被告"
            f"某某建材有限公司买卖合同纠纷{'一案' * k}" for k in range(1, 6)]
    page = "\n".join(["开庭公告", *(_broken(row, 76) for row in rows), "特此公告。"])
    assert unwrapped(page).split("\n") == ["开庭公告", *rows, "特此公告。"]


def test_a_page_with_one_wrapped_line_gets_it_back() -> None:
    # the only line wider than the dump's width is broken inside a title mark it opened
    bio = ("作者简介：某某，女，1986年生，中学语文教师，作品散见于《某某诗刊》《某某文学》等刊物，"
           "出版诗集《山中来信》。")
    page = "\n".join(["故乡的河", "作者：某某", "河水从村口流过", "带走了我的童年",
                      _broken(bio, 76), "发布时间：2025-04-12 09:20"])
    assert bio in unwrapped(page).split("\n")


def test_a_row_of_fields_as_wide_as_the_width_takes_no_sentence_under_it() -> None:
    fields = "时间：2025年03月10日  作者：劳动和经济工作部  来源：某某市总工会  阅读：1024"
    prose = ("根据《关于推荐2025年度市级劳动模范候选人的通知》要求，经基层推荐、资格审查和集体"
             "研究，现将拟推荐人选予以公示。")
    page = "\n".join(["某某公示", _broken(fields, 76), _broken(prose, 76), _broken(prose, 76)])
    assert unwrapped(page).split("\n") == ["某某公示", fields, prose, prose]


def test_a_row_broken_after_a_fields_label_takes_its_value() -> None:
    fields = "撰稿人：某某  摄影：某某  审核：学校办公室  发布日期：2024年10月23日  点击：【1025】"
    prose = ("10月22日至23日，某某市实验小学第二十届秋季田径运动会在学校田径场举行，全校二千一"
             "百余名师生参加了本次运动会。")
    page = "\n".join([_broken(fields, 76), _broken(prose, 76), _broken(prose, 76)])
    assert unwrapped(page).split("\n") == [fields, prose, prose]


def test_a_credit_in_brackets_and_a_quoted_term_at_the_break_still_go_on() -> None:
    caption = "10月8日，某某区某某镇千亩稻田一片金黄，农户们抢抓晴好天气收割晚稻。（某某 摄）"
    prose = ("下一步，我站将扩大助餐点覆盖范围，力争在三个小区新增助餐点，并探索“时间银行”互助"
             "养老模式，引导低龄健康老人服务高龄老人。")
    page = "\n\n".join([_broken(caption, 76), _broken(prose, 76), _broken(prose, 76)])
    assert unwrapped(page).split("\n\n") == [caption, prose, prose]


def test_a_line_right_under_a_row_ending_a_sentence_is_no_rest_unless_it_reads_as_one() -> None:
    # a page that parts its paragraphs with blank lines: a full row ending at a stop with a
    # map widget's label right under it keeps the label apart
    full = "请参加活动的读者提前15分钟到场签到，现场不提供停车位，建议乘坐公共交通前往。"
    long = ("为丰富市民冬季文化生活，市图书馆将于12月13日（星期六）下午举办读书会，本期主题为"
            "“家乡的河”，欢迎广大读者报名参加。")
    page = "\n\n".join([_broken(long, 76), _broken(long, 76), f"{full}\n百度地图\n到这里去"])
    assert unwrapped(page).split("\n\n")[2] == f"{full}\n百度地图\n到这里去"


# Counterexamples: pages saved unwrapped whose lines happen to be of one length.
UNWRAPPED = {
    # a poem, its lines as long as one another, no stop at their ends
    "poem": ["故乡的河", "河水从村口流过带走了我的童年，也带走了母亲喊我回家吃饭",
             "岸边的老柳树还弯着腰，像一位不肯离开的老人守着渡口守着黄",
             "我在远方的城市把这条河写进每一封信里，可它从来不回我的信",
             "春天的时候，河边的桃花开了又落，落在水里随着河水流向远方"],
    # a list of short items, one width
    "short_items": ["办理材料", "居民身份证原件及复印件", "户口簿原件及复印件一份",
                    "近期免冠一寸彩色照片两张", "申请表一份加盖村委会公章"],
    # a table saved a row a line, its cells set apart by spaces, rows of one width
    "table": ["序号  姓名  单位  职务  联系电话  备注说明",
              "1  某某某  某某县交通运输局  科长  0000-1234567  负责综合协调",
              "2  某某某  某某县公安局交警大队  副大队长  0000-7654321  负责路面管控",
              "3  某某某  某某县应急管理局  股长  0000-1122334  负责应急处置",
              "4  某某某  某某县住房城乡建设局  主任  0000-4433221  负责桥梁检测"],
    # paragraphs of normal long lines that happen to be similar in length, no blank line
    "similar_lines": [
        "今年以来，某某县投入资金一亿余元，对辖区内二十三个老旧小区实施改造，涉及居民四千余户。",
        "改造内容包括屋面防水、外墙保温、管网更新、道路硬化和加装电梯等，居民居住条件明显改善。",
        "“以前一下雨楼道就漏水，现在再也不用担心了。”家住某某小区的居民周大爷高兴地说道。",
        "据了解，截至目前，全区老旧小区改造任务已全面完成，群众满意度达到百分之九十八以上。",
        "下一步，某某区将继续推进城市更新，完善配套服务设施，让群众的居住环境更加舒适宜居。"],
    # lines of code of one length among Chinese prose: as long in characters as any line
    "code": ["可以看到，代码变得很难看了。",
             "handler.insert_one({'finished': True, 'ts': now().strftime('%Y-%m-%d %H:%M')})",
             "return",
             "handler.insert_one({'finished': True, 'ts': now().strftime('%Y-%m-%d %H:%M')})",
             "def parse():",
             "handler.insert_one({'finished': True, 'ts': now().strftime('%Y-%m-%d %H:%M')})",
             "现在，我们可以使用延迟调用来让代码变得更好看。"],
}


@pytest.mark.parametrize("blank_lines", [True, False])
@pytest.mark.parametrize("key", sorted(UNWRAPPED))
def test_lines_that_happen_to_be_of_one_length_are_left_alone(key: str,
                                                              blank_lines: bool) -> None:
    page = ("\n\n" if blank_lines else "\n").join(UNWRAPPED[key])
    assert unwrapped(page) == page


def test_a_row_of_fields_longest_in_characters_is_no_break_at_a_character_count() -> None:
    # a row of fields is the page's longest line in characters, a sentence's lead-in under it
    page = "\n".join(["在全县某某工作会议上的讲话", "（2025年3月6日）",
                      "发布时间：2025-03-08 10:00   来源：县政府办公室   浏览次数：88", "同志们：",
                      "今天召开全县某某工作会议，主要任务是总结去年工作，部署今年任务。",
                      "谢谢大家！"])
    assert unwrapped(page) == page


def test_a_short_page_with_one_paragraph_wider_than_the_width_gets_it_back() -> None:
    # the one row at the dump's width, with the paragraph's rest (a stop at its end only)
    # right under it, well short of the width
    prose = ("连日来，某某县抢抓晴好天气，组织农机手和种粮大户开展春耕生产，全县已完成早稻育秧面积"
             "3.2万亩，春耕备耕工作有序推进。")
    page = "\n\n".join(["某某县春耕生产全面铺开", "2025-03-20 08:30 来源：某某县农业农村局",
                        _broken(prose, 76), "有诗为证：", "春风十里稻花香", "万顷良田绿满冈"])
    assert prose in unwrapped(page).split("\n\n")


def test_a_row_falling_two_columns_short_on_a_page_broken_to_the_character_ended() -> None:
    # every broken row reaches 80 columns or 79; a line of 78 ending in a wide character
    # with a wide one under it had room for the next: it was no row broken at the width
    prose = ("为实现水稻长势的快速无损监测，以某某市典型稻区为研究对象，利用无人机搭载多光谱相机获取"
             "水稻关键生育期影像，构建了基于植被指数的叶面积指数和地上生物量估算模型。")
    affiliation = "（1. 某某农业大学农学院，某某 210095；2. 某某市农业技术推广中心，某某 210008）"
    page = "\n".join([affiliation, *(_broken("摘要：" + prose, 80) for _ in range(2))])
    assert unwrapped(page).split("\n") == [affiliation, "摘要：" + prose, "摘要：" + prose]


def test_rows_that_happen_to_fill_the_width_take_no_row_of_another_kind() -> None:
    # broken at 60 columns: a menu and a headline each exactly as wide as the width, a row of
    # fields opening with its label under each; a document's name closed by its file number;
    # a related headline ending in an ellipsis typed as dots
    prose = ("当事人的上述行为，违反了《中华人民共和国食品安全法》第三十四条第十项的规定，本局"
             "决定对当事人作出如下行政处罚。")
    menu = "首页 | 组工要闻 | 基层党建 | 干部工作 | 人才工作 | 党员教育"
    fields = "稿源：某某县委组织部   编辑：某某   时间：2022-06-15"
    title = "某某县市场监督管理局行政处罚决定书（某市监处罚〔2025〕18号）"
    related = "谢谢“红马甲”！在外流浪32年，某某男子在某某结束了流浪生涯...."
    page = "\n".join([menu, fields, title, fields, *(_broken(prose, 60) for _ in range(3)),
                      related, "拒绝侵权！某某市市场监管局举行电商领域知识产权保护专题培训"])
    lines = unwrapped(page).split("\n")
    assert lines[:4] == [menu, fields, title, fields]
    assert lines[4:7] == [prose] * 3
    assert lines[7] == related


def test_a_documents_file_number_under_a_full_row_of_fields_is_a_row_of_its_own() -> None:
    # the row of fields exactly 76 columns wide
    fields = "文章来源：某某市应急管理局办公  发布时间：2024年09月18日  字号：[大][中][小]"
    prose = ("为切实做好汛期安全防范工作，有效防范化解重大安全风险，现就进一步做好有关工作通知"
             "如下，请各单位认真贯彻落实。")
    page = "\n".join([fields, "某应急〔2024〕56号", *(_broken(prose, 76) for _ in range(3))])
    assert unwrapped(page).split("\n")[:3] == [fields, "某应急〔2024〕56号", prose]


# A notice's paragraphs broken at a fixed width the way a PDF's text layer breaks them, each
# paragraph's first row on its 　　 indent.
NOTICE_ROWS = [
    "　　为切实抓好今年秋季农村道路安全隐患排查整治工作确保群众出",
    "行安全，经县人民政府同意，现将排查、整改、验收等有关事项通知",
    "如下：",
    "　　一、排查范围",
    "　　各乡镇要将排查任务分解落实到村到路段到桥梁并覆盖全县县道",
    "乡道，其中临水临崖路段48.2公里、急弯陡坡路段36.1公里及其桥梁",
    "要逐段建立隐患台账并实行清单化管理和销号制度坚决遏制重特大事",
    "故的发生。",
    "　　二、工作要求",
    "　　县交通运输局和县公安局要加强对排查整治工作的督促指导并及",
    "时通报，各乡镇要明确专人负责，落实整改措施（限期、定责）和责",
    "任人，最大限度消除安全隐患。",
]


def test_a_broken_page_folded_to_half_width_afterwards_is_joined_as_before() -> None:
    # NFKC after the break: ，：（） and the 　　 indent narrow, the rows' widths spread out; a
    # mark touching a Han character and an indent's spaces are measured as the cells they took
    import unicodedata

    page = "\n".join(NOTICE_ROWS)
    joined = unwrapped(page).split("\n")
    assert len(joined) == 5
    assert joined[-1].endswith("和责任人，最大限度消除安全隐患。")
    folded = unicodedata.normalize("NFKC", page)
    assert unwrapped(folded).split("\n") == [unicodedata.normalize("NFKC", row) for row in joined]


def test_a_dump_with_narrow_commas_is_still_measured_as_printed() -> None:
    # a text-mode browser printed the ASCII commas one column wide: its rows, full as printed,
    # are joined as they were (the folded measure is no better fit and is not taken)
    rows = ["今年以来,我县以农村道路安全为切入点,在全县72个行政村推行隐患排查,让群",
            "众出行更安全。县里梳理出28项隐患类型,逐项绘制整改流程图,明确谁来查,",
            "怎么改,谁监督,印发到每个村组。今年前三季度,全县共发现并整改隐患43处,",
            "群众满意度明显提升。"]
    assert unwrapped("\n".join(rows * 2)).split("\n") == ["".join(rows)] * 2


# A notice hard-wrapped at 60 columns (a <pre> block saved as text) inside a page whose chrome
# is not: its menu, its row of fields and its footer's rows are wider than any row of the body.
NOTICE_PARAGRAPHS = [
    "\u3000\u3000为切实做好今冬明春森林防火工作，有效预防和减少森林火灾发生，保护森林资源和人民群众"
    "生命财产安全，经县政府同意，现就有关事项通知如下：",
    "\u3000\u3000一、严格野外火源管控。各乡镇要在林区主要路口设置检查站，对进山人员和车辆开展防火"
    "检查，严禁携带火种进山，发现违规用火行为及时制止并依法处理。",
    "\u3000\u3000二、加强值班值守。各单位要落实二十四小时值班和领导带班制度，保持通讯畅通，发现火情"
    "立即报告。",
]
WIDE_CHROME = [
    "某某县自然资源局",
    "首 页 | 机构概况 | 政务公开 | 通知公告 | 政策法规 | 办事服务 | 互动交流 | 专题专栏",
    "",
    "发布时间：2024-12-02\u00a0\u00a0\u00a0来源：某某县自然资源局\u00a0\u00a0\u00a0阅读次数：860"
    "\u00a0\u00a0\u00a0【字号：大 中 小】",
    "",
    "各乡镇人民政府，县直有关单位：",
    *"\n\n".join(_broken(paragraph, 60) for paragraph in NOTICE_PARAGRAPHS).split("\n"),
    "",
    "某某县自然资源局",
    "主办单位：某某县自然资源局\u00a0\u00a0地址：某某县人民路18号\u00a0\u00a0联系电话：0000-1234567",
    "版权所有 某某县自然资源局\u00a0\u00a0技术支持：某某县信息中心\u00a0\u00a0建议使用1280×800分辨率浏览",
]


def test_a_body_broken_narrower_than_its_pages_chrome_is_joined() -> None:
    # the widest lines are the row of fields and the footer's: the body's rows share a
    # narrower width, and they alone are joined
    lines = unwrapped("\n".join(WIDE_CHROME)).split("\n")
    assert all(paragraph in lines for paragraph in NOTICE_PARAGRAPHS)
    # the rows of the chrome, wider than the body's width, are joined to nothing
    assert all(row in lines for row in (WIDE_CHROME[1], WIDE_CHROME[3], *WIDE_CHROME[-2:]))


def test_a_body_broken_narrower_than_its_chrome_keeps_its_text_once_cleaned() -> None:
    text = clean_text("\n".join(WIDE_CHROME), id="wide_chrome").text
    assert "现就有关事项通知如下：" in text
    assert "对进山人员和车辆开展防火检查" in text
    assert "领导带班制度，保持通讯畅通" in text
    assert "版权所有" not in text


# Counterexamples: pages of short lines that are not wrapped, under a few lines wider than
# them (a row of fields, a footer): the commonest width of their lines is no wrap width.
WIDE_CHROME_UNWRAPPED = {
    "poem": ["春天的河", "河水从村口流过，带走了我的童年和母亲的呼唤",
             "岸边的老柳树还弯着腰，像一位守着渡口的老人啊",
             "我在远方把这条河写进信里，它从来不回我的信呢",
             "桃花开了又落，落在水里，随着河水流向远方的海"],
    "list": ["办理材料：", "一、居民身份证原件及复印件，核对后退还原件",
             "二、户口簿原件及复印件，户主页和本人页各一份",
             "三、近期免冠一寸彩色照片两张，白色背景为宜的",
             "四、申请表一份，加盖村委会公章，由本人签字的"],
    "table": ["序号，姓名，单位，职务", "1，某某某，某某县交通运输局，科长负责",
              "2，某某某，某某县公安局交警，大队长的", "3，某某某，某某县应急管理局，股长负责",
              "4，某某某，某某县住房建设局，主任负责"],
    "headings": ["一、总体要求，坚持问题导向和目标导向相结合",
                 "二、主要任务，全面排查农村道路安全隐患问题",
                 "三、保障措施，加强组织领导和督促检查工作的",
                 "四、工作安排，分三个阶段有序推进排查整治的"],
}


@pytest.mark.parametrize("blank_lines", [True, False])
@pytest.mark.parametrize("key", sorted(WIDE_CHROME_UNWRAPPED))
def test_short_lines_under_wider_chrome_are_left_alone(key: str, blank_lines: bool) -> None:
    body = ("\n\n" if blank_lines else "\n").join(WIDE_CHROME_UNWRAPPED[key])
    page = "\n".join([*WIDE_CHROME[:5], body, "", *WIDE_CHROME[-3:]])
    assert unwrapped(page) == page


def test_a_sentence_broken_before_a_counted_word_goes_on() -> None:
    # 第二节 (a match's second period) and 第三条 (an article cited) inside a sentence: the
    # row under the break opens no heading, so it goes on with the row above
    prose = ["　　比赛开始后，主队在首节就取得了两位数的领先优势，进攻端多点开花，而客队在第二节开",
             "始后连续命中三分球，一度将比分追平，双方在中场休息时战成平手。",
             "　　根据有关规定，经县人民政府研究同意，对辖区内的违法建设依照《某某某条例》",
             "第三条规定进行查处，并责令当事人在规定期限内自行拆除，逾期不拆除的依法强制拆除。"]
    lines = [_broken(row, 76) for row in ("".join(prose[:2]), "".join(prose[2:]))]
    page = "\n".join(["某某县新闻", *lines, "（编辑：某某）"])
    assert unwrapped(page).split("\n")[1:3] == ["".join(prose[:2]), "".join(prose[2:])]


def test_counted_headings_set_apart_open_rows_of_their_own() -> None:
    # articles of a regulation, each opening with its number and a space, under full rows
    rows = ["第一条　为了规范农村道路安全隐患排查整治工作，保障人民群众生命财产安全，根据有关",
            "第二条　本办法适用于本县行政区域内县道、乡道、村道及其附属设施的隐患排查和整治",
            "第三条：县交通运输主管部门负责全县农村道路安全隐患排查整治工作的组织、协调和指",
            "第四节 附则"]
    page = "\n".join(rows)
    assert unwrapped(page) == page


def test_a_heading_under_a_row_closed_by_a_credit_opens_a_block_of_its_own() -> None:
    # the paragraph's last sentence ends in a full row, a credit after it; a short heading
    # right under it is no rest of the credit
    quote = "“今年的收成比去年好，合作社帮我们联系了销路。”种植户王大姐说。文/图 某某某"
    lead = _broken("某某镇组织农技人员深入田间地头，指导农户做好秋收秋种工作，确保颗粒归仓，"
                   "全镇秋粮收获进度已达九成以上。", 76)
    page = "\n".join(["某某镇秋收工作有序推进", lead, quote, "热门推荐", "某某镇举办农产品展销会"])
    assert unwrapped(page).split("\n")[2:] == [quote, "热门推荐", "某某镇举办农产品展销会"]


def test_a_row_closed_by_a_new_sentences_first_words_still_goes_on() -> None:
    # the tail after the stop is a sentence's opening, its rest ending at a stop under it;
    # a credit broken at the width (记者 … | 通讯员 …) goes on too
    prose = ["某某县组织开展秋季农村道路安全隐患排查整治工作，共排查县乡村道路八百公里。截",
             "至目前已全部整改完毕。"]
    credit = ["某某县组织开展秋季农村道路安全隐患排查整治工作，共排查道路八百里。记者　某某某",
              "通讯员　某某"]
    lead = ("某某镇组织农技人员深入田间地头，指导农户做好秋收秋种工作，确保颗粒归仓，"
            "全镇秋粮收获进度已达九成以上。")
    for rows in (prose, credit):
        page = "\n".join(["某某县新闻", _broken(lead, 76), *rows, "热门推荐"])
        assert unwrapped(page).split("\n") == ["某某县新闻", lead, "".join(rows), "热门推荐"]
