"""Clean articles whose lines happen to be of one length, without being hard-wrapped (a list of
measures, a schedule, a table saved a row a line, a poem, a mixed English-Chinese page),
come out a line a paragraph: the unwrapping of hard-wrapped pages joins none of them."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.layout import _complete, unwrapped

# Lines of one width (within a character), each a whole item, none ending in a stop.
PAGES = {
    "numbered_measures": (
        "1.加强组织领导，明确责任分工，确保各项任务落到实处",
        "2.完善工作机制，强化部门协同，形成齐抓共管的合力",
        "3.加大资金投入，拓宽融资渠道，保障重点项目的建设",
        "4.严格督查考核，定期通报进展，推动工作落地见成效",
        "5.营造良好氛围，加强宣传引导，凝聚全社会的共识",
    ),
    "schedule": (
        "9:00-9:30 开幕式，市领导致辞，介绍本届论坛的主要议程和安排",
        "9:30-10:30 主旨演讲，院士专家围绕数字经济发展趋势作报告",
        "10:30-12:00 圆桌对话，企业代表就数据要素市场建设展开讨论",
        "14:00-17:00 分论坛，围绕智能制造、智慧城市等议题分组交流",
    ),
    "table_rows": (
        "地区，生产总值（亿元），同比增长（%），排名，备注说明",
        "青湖区，1234.56，5.2，第一，工业增长较快的主要原因",
        "东山区，1022.31，4.8，第二，服务业恢复明显的主要原因",
        "西岭县，876.45，6.1，第三，农业丰收带动增长的主要原因",
        "南江县，654.78，3.9，第四，外贸出口回落影响增长速度",
    ),
    "counted_points": (
        "一是强化项目支撑，全年计划实施重点项目一百二十个，总投资八百亿元，年度投资两百亿",
        "二是优化产业结构，推动传统产业转型升级，培育壮大战略性新兴产业，打造产业集群",
        "三是深化改革开放，持续优化营商环境，推进重点领域改革，提升对外开放水平和层次",
    ),
    "bracketed_titles": (
        "（一）关于加强基层治理，推动社会治理重心向基层下移的意见",
        "（二）关于深化教育改革，全面提高义务教育质量的实施方案",
        "（三）关于推进乡村振兴，加快农业农村现代化的若干措施",
        "（四）关于优化营商环境，激发市场主体活力的十条意见",
    ),
    "bullets": (
        "● 加强组织领导，明确责任分工，确保各项任务落到实处并取得成效",
        "● 完善工作机制，强化部门协同，形成齐抓共管的合力并持续推进",
        "● 加大资金投入，拓宽融资渠道，保障重点项目建设并按期完成",
        "● 严格督查考核，定期通报进展，推动工作落地见效并接受监督",
    ),
    "dashed_points": (
        "- Open data, shared standards and talent exchange are key to the next decade",
        "- Cross-border data flows, privacy rules and trust need a common framework",
        "- Investment in compute, energy and skills must go hand in hand with rules",
    ),
    "poem": (
        "春风又绿江南岸，明月何时照我还，京口瓜洲一水间，钟山只隔数重山",
        "千山鸟飞绝，万径人踪灭，孤舟蓑笠翁，独钓寒江雪，此景今犹在",
        "白日依山尽，黄河入海流，欲穷千里目，更上一层楼，登高望远处",
        "大漠孤烟直，长河落日圆，萧关逢候骑，都护在燕然，征蓬出汉塞",
    ),
    "english_chinese": (
        "The forum, held in Qinghu, gathered experts from 20 countries and regions to discuss AI",
        "与会专家认为，人工智能的发展需要各国加强合作，共同制定规则，推动技术向善发展",
        "Participants agreed that open data, shared standards and talent exchange are key",
        "论坛期间还举办了多场分论坛，围绕数据安全、算力建设、人才培养等议题展开讨论",
    ),
}


def _saved(lines: tuple[str, ...], form: str) -> str:
    """The page saved under a headline and a date row, its lines in one block or parted by
    blank lines, or in one block between paragraphs of prose."""
    if form == "blank":
        body = "\n\n".join(lines)
    elif form == "tight":
        body = "\n".join(lines)
    else:
        body = ("据了解，今年全市共安排重点项目一百个。\n\n记者从会上获悉，各项工作正在稳步推进。\n\n"
                + "\n".join(lines) + "\n\n下一步，全市将继续抓好落实。")
    return f"青湖市召开全市工作会议\n\n2026-10-15 09:30 来源：青湖日报\n\n{body}\n"


@pytest.mark.parametrize("form", ["blank", "tight", "in_prose"])
@pytest.mark.parametrize("key", sorted(PAGES))
def test_lines_of_one_length_stay_a_line_each(key: str, form: str) -> None:
    lines = PAGES[key]
    page = _saved(lines, form)
    assert unwrapped(page) == page
    out = clean_text(page).text.split("\n")
    # each line opens a line of its own (between prose parted by blank lines, the block's last
    # line may still take the next paragraph on: layout.paragraphs reads the wider gap as a
    # removed picture, which is another rule's matter)
    assert all(any(o.startswith(line) for o in out) for line in lines), out
    if form != "in_prose":
        assert all(line in out for line in lines), out


def test_a_hard_wrapped_list_item_still_joins_its_own_rows() -> None:
    # a numbered item broken at 40 columns: its second row goes on, the next item opens anew
    page = "\n".join([
        "1.加强组织领导，明确责任分工，确保各项任务落",
        "到实处，形成工作合力。",
        "2.完善工作机制，强化部门协同，形成齐抓共管",
        "的合力，推动工作落地。",
        "3.加大资金投入，拓宽融资渠道，保障重点项目",
        "的建设。",
    ])
    assert unwrapped(page).split("\n") == [
        "1.加强组织领导，明确责任分工，确保各项任务落到实处，形成工作合力。",
        "2.完善工作机制，强化部门协同，形成齐抓共管的合力，推动工作落地。",
        "3.加大资金投入，拓宽融资渠道，保障重点项目的建设。",
    ]


def test_captions_of_one_width_are_not_joined_to_the_paragraphs_under_them() -> None:
    # a page saved without blank lines, two captions as wide as each other, each closed by
    # its credit: no paragraph broken at a dump's width, and the paragraphs under them stay
    lines = ("今年以来，青湖市持续推进老旧小区改造，惠及居民三千余户。",
             "图为青湖市东山区人民路改造现场，工人正在铺设管道。记者 张三 摄",
             "据了解，改造工程包括管网更新、外墙保温和加装电梯等内容。",
             "图为西岭县桃花村新建的文化广场，村民在此跳广场舞。记者 李四 摄",
             "下一步，全市将继续推进城市更新，让群众住得更舒心。")
    page = "青湖市推进老旧小区改造\n2026-10-15 09:30 来源：青湖日报\n" + "\n".join(lines) + "\n"
    assert unwrapped(page) == page
    out = clean_text(page).text.split("\n")
    assert [lines[0], lines[2], lines[4]] == [ln for ln in out if ln in lines[::2]]


def test_briefs_closed_by_a_note_after_their_stop_stay_apart() -> None:
    # a digest saved without blank lines, each brief closed by its source in brackets after
    # its stop: a paragraph ends there, however wide it is
    briefs = ("青湖市今年新建农村公路一百二十公里，群众出行条件明显改善。（据青湖日报）",
              "东山区启动老旧小区改造工程，惠及居民三千余户，预计年底完工。（据东山发布）",
              "西岭县举办第五届桃花节，吸引游客十余万人次，旅游收入创新高。（据西岭融媒）",
              "南江县新建五所标准化学校，新增学位四千余个。（据南江发布）")
    page = "一周要闻\n2026-10-15 09:30 来源：青湖日报\n" + "\n".join(briefs) + "\n"
    assert unwrapped(page) == page
    assert clean_text(page).text.split("\n") == list(briefs)


def test_a_paragraph_closed_by_an_emoji_after_its_stop_ends_there() -> None:
    assert _complete("周末带娃去了湿地公园，孩子玩得超级开心，强烈推荐大家去！😊")
    assert _complete("群众出行条件明显改善。（据青湖日报）")
    assert not _complete("群众出行条件明显改善。（据青")
    assert not _complete("将犯罪嫌疑人贺某某（男，45岁）")


def test_a_caption_closed_by_its_credit_ends_there_in_traditional_script() -> None:
    # a traditional copy closes its credit with 攝: a paragraph ends there as at 摄
    assert _complete("圖為青湖市東山區人民路改造現場，工人正在鋪設管道。記者 張三 攝")
    assert _complete("图为青湖市东山区人民路改造现场，工人正在铺设管道。记者 张三 摄")
    assert not _complete("图为青湖市东山区人民路改造现场，工人正在铺设管道。记者 张三")
