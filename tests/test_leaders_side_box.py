"""A government page's side box of its leaders after the article, each office alone over the
leader's name (副市长 / 某某某): the box goes whole, and none of its names is the author."""

from __future__ import annotations

from cleaners import clean_text

PROFILE = (
    "某某县人民政府\n"
    "首页  政务公开  政务服务  互动交流\n"
    "\n"
    "林书远  副县长\n"
    "发布时间：2024-03-08  来源：县政府办公室\n"
    "林书远，男，汉族，1978年3月生，大学学历，1999年7月参加工作。曾任某某镇镇长、党委书记。\n"
    "现任某某县人民政府副县长。\n"
    "工作分工：\n"
    "负责农业农村、水利、乡村振兴等方面工作。\n"
    "分管县农业农村局、县水利局、县乡村振兴局。\n"
    "\n"
    "领导信息\n"
    "县长\n"
    "方志诚\n"
    "常务副县长\n"
    "高明远\n"
    "副县长\n"
    "林书远\n"
    "副县长\n"
    "唐若宁\n"
    "\n"
    "主办：某某县人民政府办公室\n"
)


def test_leaders_box_goes_and_names_no_author() -> None:
    doc = clean_text(PROFILE, id="leader")
    assert doc.meta.authors == ()
    for gone in ("领导信息", "方志诚", "常务副县长", "高明远", "唐若宁"):
        assert gone not in doc.text
    assert doc.text.endswith("分管县农业农村局、县水利局、县乡村振兴局。")
    assert "工作分工：" in doc.text


def test_one_office_over_a_name_is_no_box() -> None:
    # a speech's closing: one office over one name is the text's, not a list of leaders
    page = PROFILE.split("\n领导信息")[0] + "\n县长\n方志诚\n"
    doc = clean_text(page, id="leader_one")
    assert not any("leaders' box" in r.why for r in doc.removals)
