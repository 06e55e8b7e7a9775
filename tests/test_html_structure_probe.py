"""Article structure survives the HTML path: pages of our own (invented text) in a portal's
markup (nav, breadcrumb, a date/来源 row, side lists of related links, a footer) whose body
holds lists, a table of figures, quotes, subheadings, a figure, an inline list of links, a nested list, a
Q&A, a paragraph split by <br>s, text in <section>/<div> without <p>. Every article line
comes out, one a line, and the headline, date and source are read."""

from __future__ import annotations

import pytest

from cleaners import clean_html


def _portal(title: str, body: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_青禾网</title></head><body>"
        "<div class='header'><ul class='nav'><li><a href='/'>首页</a></li>"
        "<li><a href='/news'>新闻</a></li><li><a href='/gov'>政务</a></li>"
        "<li><a href='/life'>生活</a></li><li><a href='/sports'>体育</a></li></ul></div>"
        "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/news'>本地新闻</a>"
        " &gt; 正文</div><div class='main'><div class='left'>"
        f"<h1 class='title'>{title}</h1>"
        "<div class='info'>发布时间：2026-03-12 10:20　来源：青禾日报　作者：林小禾</div>"
        f"<div class='content' id='article'>{body}</div>"
        "<div class='editor'>责任编辑：周某</div></div>"
        "<div class='right'><h3>相关新闻</h3><ul>"
        "<li><a href='/a1.html'>城区新增五处停车场</a></li>"
        "<li><a href='/a2.html'>春季植树活动启动</a></li>"
        "<li><a href='/a3.html'>全市中小学开学第一课</a></li>"
        "<li><a href='/a4.html'>社区食堂受欢迎</a></li></ul>"
        "<h3>热点排行</h3><ul><li><a href='/b1.html'>高速路段施工绕行提示</a></li>"
        "<li><a href='/b2.html'>医保新政解读</a></li>"
        "<li><a href='/b3.html'>河道整治进展</a></li></ul></div></div>"
        "<div class='footer'><p>关于我们 | 联系我们 | 广告服务 | 网站地图</p>"
        "<p>Copyright © 2026 青禾网 版权所有 备案号：某ICP备12345678号</p></div>"
        "</body></html>")


_PAGES: dict[str, tuple[str, str, list[str]]] = {
    "lists": ("我市出台十条措施支持小微企业发展", (
        "<p>日前，市政府办公室印发《关于进一步支持小微企业发展的若干措施》，从融资、用工、场地等方面提出十条具体举措。</p>"
        "<p>主要措施包括：</p><ul><li>降低融资成本</li><li>减免房租三个月</li>"
        "<li><a href='/p/1.html'>设立专项担保基金</a></li><li>简化审批流程</li></ul>"
        "<p>申请程序如下：</p><ol><li>企业在线提交申请材料；</li><li>区县主管部门初审；</li>"
        "<li>市级部门复核并公示。</li></ol><p>政策自发布之日起施行，有效期三年。</p>"), [
        "日前，市政府办公室印发", "主要措施包括：", "降低融资成本", "减免房租三个月",
        "设立专项担保基金", "简化审批流程", "申请程序如下：", "企业在线提交申请材料；",
        "区县主管部门初审；", "市级部门复核并公示。", "政策自发布之日起施行"]),
    "table": ("一季度全市经济运行情况发布", (
        "<p>一季度，全市经济运行总体平稳，主要指标保持增长，具体数据见下表。</p>"
        "<table><thead><tr><th>指标</th><th>数值</th><th>同比增长</th></tr></thead><tbody>"
        "<tr><td>地区生产总值</td><td>512亿元</td><td>5.8%</td></tr>"
        "<tr><td>固定资产投资</td><td>210亿元</td><td>6.1%</td></tr>"
        "<tr><td>社会消费品零售总额</td><td>188亿元</td><td>7.3%</td></tr></tbody></table>"
        "<p>市统计局有关负责人表示，下一阶段将继续加强经济运行监测分析。</p>"), [
        "一季度，全市经济运行总体平稳", "指标 数值 同比增长", "地区生产总值 512亿元 5.8%",
        "固定资产投资 210亿元 6.1%", "社会消费品零售总额 188亿元 7.3%", "市统计局有关负责人表示"]),
    # trafilatura drops a <caption>: the table's title was lost
    "table_with_caption": ("全市高校毕业生就业情况", (
        "<p>截至8月底，全市高校毕业生总体去向落实率达到91.2%，同比提高1.5个百分点。</p>"
        "<table border='1'><caption>各类院校毕业生去向落实情况</caption>"
        "<tr><td>院校类型</td><td>毕业生人数</td><td>落实率</td></tr>"
        "<tr><td>本科院校</td><td>28650</td><td>92.4%</td></tr>"
        "<tr><td>高职院校</td><td>35120</td><td>90.3%</td></tr>"
        "<tr><td>合计</td><td>63770</td><td>91.2%</td></tr></table>"
        "<p>市人社局表示，将继续做好未就业毕业生帮扶工作。</p>"), [
        "截至8月底", "各类院校毕业生去向落实情况", "院校类型 毕业生人数 落实率",
        "本科院校 28650 92.4%", "高职院校 35120 90.3%", "合计 63770 91.2%", "市人社局表示"]),
    # a list of links between the article's paragraphs went as a link block, with the
    # sentence that introduces it as the block's heading
    "linked_list_introduced": ("市民可通过多种渠道办理公积金业务", (
        "<p>为方便群众办事，市住房公积金中心推出多种线上办理渠道，市民足不出户即可办理常用业务。</p>"
        "<p>目前可通过以下渠道办理：</p><ul><li><a href='/x1'>网上服务大厅</a></li>"
        "<li><a href='/x2'>手机客户端</a></li><li><a href='/x3'>微信公众号</a></li>"
        "<li><a href='/x4'>自助服务终端</a></li></ul>"
        "<p>中心提醒，办理过程中如遇问题，可拨打服务热线咨询。</p>"), [
        "为方便群众办事", "目前可通过以下渠道办理：", "网上服务大厅", "手机客户端", "微信公众号",
        "自助服务终端", "中心提醒"]),
    "quotes_and_subheadings": ("老街改造让居民住得更舒心", (
        "<p>走进南桥老街，青石板路干净整洁，沿街店铺错落有致，不少居民在门口晒太阳、聊家常。</p>"
        "<h2>改造前：雨天出门难</h2>"
        "<p>“以前一下雨，巷子里全是积水，老人出门都得穿雨靴。”家住老街的王阿姨回忆道。</p>"
        "<blockquote>“改造以后，排水好了，路也平了，我们住得舒心多了。”</blockquote>"
        "<h3>改造中：居民说了算</h3>"
        "<p>改造方案经过三轮居民议事会讨论，收集意见建议120余条，采纳率超过八成。</p>"
        "<p><strong>改造后：老街焕发新活力</strong></p>"
        "<p>如今，老街吸引了不少年轻人前来打卡，周边商户营业额普遍增长。</p>"
        "<blockquote><p>街道办负责人表示，下一步将把老街改造经验推广到更多片区。</p></blockquote>"), [
        "走进南桥老街", "改造前：雨天出门难", "“以前一下雨", "“改造以后，排水好了",
        "改造中：居民说了算", "改造方案经过三轮", "改造后：老街焕发新活力", "如今，老街吸引了",
        "街道办负责人表示"]),
    # trafilatura breaks a paragraph at its links (包括 / 白鹭 / 、 / 苍鹭 / 和 …); the pieces
    # were joined back but for a line of a 、 alone, which stopped the join
    "figure_and_inline_links": ("湿地公园迎来候鸟越冬高峰", (
        "<p>入冬以来，城东湿地公园迎来候鸟越冬高峰，数万只水鸟在此栖息觅食。</p>"
        "<figure><img src='/img/bird.jpg' alt='候鸟'><figcaption>成群的候鸟在湿地公园觅食。"
        " 林小禾 摄</figcaption></figure>"
        "<p>据监测，今年观测到的鸟类包括<a href='/t/1.html'>白鹭</a>、<a href='/t/2.html'>苍鹭</a>"
        "和<a href='/t/3.html'>小天鹅</a>等二十余种，数量较去年明显增加。</p>"
        "<p>公园管理处提醒游客文明观鸟，不要投喂和惊扰鸟类。</p>"), [
        "入冬以来，城东湿地公园", "据监测，今年观测到的鸟类包括白鹭、苍鹭和小天鹅等二十余种",
        "公园管理处提醒游客"]),
    "questions_and_answers": ("医保政策调整答记者问", (
        "<p>近日，市医保局就今年医保政策调整相关问题回答了记者提问。</p>"
        "<p><strong>问：</strong>今年医保政策有哪些主要变化？</p>"
        "<p><strong>答：</strong>一是提高门诊报销比例，二是扩大慢性病用药目录，三是简化异地就医备案。</p>"
        "<p><b>问：异地就医备案怎么办理？</b></p>"
        "<p>答：参保人可通过线上平台自助备案，一般当天即可办结。</p>"), [
        "近日，市医保局就", "问：今年医保政策有哪些主要变化？", "答：一是提高门诊报销比例",
        "问：异地就医备案怎么办理？", "答：参保人可通过线上平台自助备案"]),
    "paragraph_split_by_br": ("春耕备耕正当时", (
        "<p>眼下正值春耕备耕关键时期，各地农民抢抓农时，田间地头一派繁忙景象。<br><br>"
        "在石桥村，种粮大户刘某正指挥农机进行翻耕作业。<br>"
        "“今年准备种植水稻三百亩，种子化肥都已经备齐了。”刘某说。<br><br>"
        "县农业农村局组织技术人员深入田间，开展春耕技术指导服务。</p>"
        "<p>春争日，夏争时，一年农事早安排。</p>"), [
        "眼下正值春耕备耕关键时期", "在石桥村，种粮大户刘某", "“今年准备种植水稻三百亩",
        "县农业农村局组织技术人员", "春争日，夏争时，一年农事早安排。"]),
    "section_and_div_text": ("社区开展消防安全演练", (
        "<section>3月10日上午，安和社区联合辖区消防救援站开展消防安全应急演练，两百余名居民参加。</section>"
        "<section><div>演练模拟居民楼厨房起火，社区微型消防站队员迅速到场处置，居民有序疏散至安全地带。"
        "</div></section><div>消防员现场讲解了灭火器的使用方法，并邀请居民亲手操作体验。</div>"
        "<div>社区负责人表示，将定期组织此类演练，提高居民自救互救能力。</div>"), [
        "3月10日上午，安和社区", "演练模拟居民楼厨房起火", "消防员现场讲解了", "社区负责人表示"]),
    "div_lines_by_br": ("县城新开通两条公交线路", (
        "<div class='TRS_Editor'><div style='text-indent:2em'>为方便群众出行，县公交公司新开通两条公交线路。"
        "<br/>　　1路：火车站—县医院—城南新区，全程12公里。<br/>　　2路：汽车站—工业园区—高铁站，"
        "全程15公里。<br/>　　两条线路票价均为2元，首末班时间为6:30至20:00。</div></div>"), [
        "为方便群众出行", "1路：火车站", "2路：汽车站", "两条线路票价均为2元"]),
    "label_over_list_and_slogan": ("图书馆推出夜间阅读服务", (
        "<div>即日起，市图书馆推出夜间阅读服务，每周五、周六开放至22时。</div>"
        "<p><strong>开放区域</strong></p><ul><li>一楼自习区</li><li>二楼少儿阅览室</li>"
        "<li>三楼报刊阅览区</li></ul><p>读者持身份证或读者证即可入馆，无需预约。</p>"
        "<blockquote>“晚上下班后终于有地方安静看书了。”读者小陈说。</blockquote>"
        "<p>爱阅读，爱生活。</p>"), [
        "即日起，市图书馆推出", "开放区域", "一楼自习区", "二楼少儿阅览室", "三楼报刊阅览区",
        "读者持身份证", "“晚上下班后", "爱阅读，爱生活。"]),
    # trafilatura prints a nested list's items indented ("  - 出发前检查车况"): with the
    # bullet left on, the item came out twice (our walker's copy beside it, "- " kept)
    "nested_list": ("假期出行安全提示", (
        "<p>假期临近，交通部门提醒广大市民合理安排出行时间，注意交通安全。</p>"
        "<p>预计4月4日上午和4月6日下午为出行高峰，绕城高速东段、机场快速路车流量较大，请市民提前规划路线。</p>"
        "<p>出行前请注意以下事项：</p>"
        "<ul><li>自驾出行：<ul><li>出发前检查车况，备好应急物品；</li><li>不疲劳驾驶，不超速行驶；</li></ul></li>"
        "<li>公共交通：提前购票，错峰出行。</li></ul>"
        "<p>交通部门将在重点路段增派警力，加强巡逻管控，及时处置交通事故和拥堵。</p>"
        "<p>市民出行前可通过交通广播和导航软件了解实时路况，遇到紧急情况请拨打122求助。</p>"), [
        "假期临近，交通部门提醒", "预计4月4日上午", "出行前请注意以下事项：", "自驾出行：",
        "出发前检查车况，备好应急物品；", "不疲劳驾驶，不超速行驶；", "公共交通：提前购票，错峰出行。",
        "交通部门将在重点路段增派警力", "市民出行前可通过"]),
}


@pytest.mark.parametrize("key", list(_PAGES))
def test_an_article_keeps_its_structure(key: str) -> None:
    title, body, lines = _PAGES[key]
    doc = clean_html(_portal(title, body), id=key)
    assert doc.status == "kept"
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name) == (
        title, "2026-03-12T10:20:00", "青禾日报")
    got = doc.text.split("\n")
    assert [line[: len(want)] for line, want in zip(got, lines, strict=False)] == lines
    assert len(got) == len(lines)


_PROSE = ("<p>为方便群众办事，市住房公积金中心推出多种线上办理渠道，市民足不出户即可办理常用业务。</p>"
          "<p>中心提醒，办理过程中如遇问题，可拨打服务热线咨询，工作人员将及时解答。</p>")


@pytest.mark.parametrize("links", [
    # a lead-in that names related links: their block
    "<p>相关阅读推荐如下：</p><ul><li><a href='/r1'>公积金新政</a></li>"
    "<li><a href='/r2'>租房提取</a></li><li><a href='/r3'>贷款额度</a></li></ul>",
    # items that are headlines: a headline list
    "<p>此前本网曾作如下报道：</p><ul><li><a href='/r1'>市公积金中心上线十项掌上办服务</a></li>"
    "<li><a href='/r2'>我市调整住房公积金贷款最高额度</a></li>"
    "<li><a href='/r3'>公积金租房提取额度提高至每月一千五百元</a></li></ul>",
])
def test_a_list_of_links_that_is_no_article_list_goes(links: str) -> None:
    body = _PROSE[: _PROSE.index("</p>") + 4] + links + _PROSE[_PROSE.index("</p>") + 4:]
    doc = clean_html(_portal("市民可通过多种渠道办理公积金业务", body), id="links")
    assert "公积金新政" not in doc.text
    assert "上线十项掌上办服务" not in doc.text
    assert doc.text.split("\n")[0].startswith("为方便群众办事")


_OPEN = "<p>入冬以来，城东湿地公园迎来候鸟越冬高峰，数万只水鸟在此栖息觅食，吸引大量市民前来观赏。</p>"
_CLOSE = "<p>公园管理处提醒游客文明观鸟，不要投喂和惊扰鸟类，共同保护湿地生态环境。</p>"


@pytest.mark.parametrize(("middle", "lines"), [
    # an <h4> over an <ol> whose item holds a link mid-sentence
    ("<h4>观鸟须知</h4><ol><li>请沿指定步道观赏，勿进入<a href='/z'>核心保护区</a>。</li>"
     "<li>请勿使用闪光灯拍摄。</li><li>请将垃圾带离园区。</li></ol>",
     ["观鸟须知", "请沿指定步道观赏，勿进入核心保护区。", "请勿使用闪光灯拍摄。", "请将垃圾带离园区。"]),
    # a <blockquote> of several paragraphs
    ("<blockquote><p>“今年来的鸟特别多。”</p><p>“我每天都来拍。”</p></blockquote>",
     ["“今年来的鸟特别多。”", "“我每天都来拍。”"]),
    # <span> lines apart by a <br> in a <div>
    ("<div><span>北湖观鸟点：白鹭、苍鹭</span><br><span>南湖观鸟点：小天鹅、绿头鸭</span></div>",
     ["北湖观鸟点：白鹭、苍鹭", "南湖观鸟点：小天鹅、绿头鸭"]),
])
def test_a_structured_block_between_paragraphs_stays(middle: str, lines: list[str]) -> None:
    doc = clean_html(_portal("湿地公园迎来候鸟越冬高峰", _OPEN + middle + _CLOSE), id="block")
    got = doc.text.split("\n")
    assert got[1:-1] == lines
    assert got[0].startswith("入冬以来")
    assert got[-1].startswith("公园管理处")


def test_a_closing_slogan_in_bold_is_the_articles_last_line() -> None:
    page = _portal("湿地公园迎来候鸟越冬高峰",
                   _OPEN + _CLOSE + "<p><strong>保护湿地，人人有责！</strong></p>")
    assert clean_html(page, id="slogan").text.split("\n")[-1] == "保护湿地，人人有责！"
