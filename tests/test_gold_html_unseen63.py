"""The general defects the six saved pages of unseen shapes (gold_html gh374-gh379: a 党建网 on a
ucap/Hanweb table template with <ucaptitle>/<ucapcontent> tags and <!--<publishtime>-->
comments; a county 融媒体 TRS page captured by the Wayback Machine, its toolbar shown; a news
app's PC shell whose article is an entity-escaped string in a JavaScript literal, var BASE_DATA =
{…}; a Firefox Reader View page saved whole; a Korean autonomous county's bilingual 中文/조선어
page; a 百度快照 snapshot over the embedded page) showed, pinned on invented pages with their
counterexamples:

- HTML path: a shell whose state is assigned as a JavaScript literal, not JSON (keys unquoted,
  strings in single quotes, the body's HTML escaped as entities, &lt;p&gt;…, and tidied by a
  ``.replace(/<br \\/>/ig, '')`` where it is written) was dropped empty: the literal is read,
  the escaped HTML read as HTML, and the date and publisher read from the object the article
  keeps its details in (subInfo: {source, time}).
- text path: the Reader View's controls printed under the article (关闭阅读视图 / 类型控件 /
  亮色暗色棕褐色 / 朗读 / 语音：默认) went as a list, but not the last two lines, kept out of
  any list for their Latin words (默认Microsoft Xiaoxiao - Chinese (Simplified, PRC), 保存到
  Pocket): at most three such lines ending the page under a list line, no code and no
  sentence, join the list.

Left: nothing on the HTML path; the five other pages scored F1 1.0 before any fix.
"""

from __future__ import annotations

from cleaners import clean_html, clean_text
from cleaners.html.jsvalue import literal_at

_PARAS = ("上个月开业的社区食堂已经成了附近老人每天午饭的去处，一荤两素加一碗汤只要十二元，"
          "七十岁以上的老人还能再享受八折优惠，饭菜清淡可口。",
          "社区还组织了二十多名志愿者为行动不便的老人送餐上门，每天送出六十多份，"
          "送餐时顺便问问老人的身体情况，有事及时告诉家属。",
          "街道表示，下一步将在辖区再建两家社区食堂，并引入周边餐饮企业参与运营，"
          "方便更多居民就近就餐。")
_ESCAPED = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in _PARAS)


def test_a_literal_assigned_as_javascript_is_read() -> None:
    script = ("var BASE_DATA = {info: {title: '某某', n: 3, ok: true, list: [1, 'a',],},\n"
              "  content: '&lt;p&gt;甲&lt;/p&gt;'.replace(/<br \\/>/ig, '').trim(),\n"
              "  \"key\": \"双引号\"};")
    at = script.index("{")
    assert literal_at(script, at) == {"info": {"title": "某某", "n": 3, "ok": True,
                                               "list": [1, "a"]},
                                      "content": "&lt;p&gt;甲&lt;/p&gt;", "key": "双引号"}


def test_a_value_the_script_computes_is_no_literal() -> None:
    # a call, a concatenation, a name, a method other than a tidying one: nothing is read
    for source in ("{a: f(1)}", "{a: '甲' + b}", "{a: b}", "{a: '甲'.split(',')}",
                   "{a: '甲'.replace(x, '')}"):
        assert literal_at(source, 0) is None, source


def _shell(content: str, shown: str = "") -> str:
    return ("<html><head><title>社区食堂开业 老人吃饭不用愁_某某资讯</title></head><body>"
            "<div class='top'><a href='/'>首页</a> <a href='/app/'>下载APP</a> <a>登录</a></div>"
            f"<div id='app'>{shown}</div><script>\nvar BASE_DATA = {{\n"
            "  userInfo: {id: 0, userName: ''},\n"
            "  articleInfo: {\n    title: '社区食堂开业 老人吃饭不用愁',\n"
            f"    content: {content},\n"
            "    subInfo: {isOriginal: false, source: '某某日报', time: '2026-03-02 09:15:00'}\n"
            "  },\n  feedInfo: {initList: [{title: '某某路今起封闭施工', source: '某某发布'}]}\n};"
            "\n</script><div class='foot'>© 2026 某某资讯　京ICP备00000000号　违法和不良信息举报电话："
            "400-000-0000　举报邮箱：jubao@example.cn</div></body></html>")


def test_a_shell_s_article_in_a_javascript_literal_with_escaped_html_is_read() -> None:
    doc = clean_html(_shell(f"'&lt;div&gt;{_ESCAPED}&lt;/div&gt;'.replace(/<br \\/>/ig, '')"),
                     id="t")
    assert doc.text.splitlines() == list(_PARAS)
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name) == (
        "社区食堂开业 老人吃饭不用愁", "2026-03-02T09:15:00", "某某日报")


def test_a_shell_s_state_it_computes_or_a_printed_article_is_not_read() -> None:
    # counterexamples: a body the script computes is no literal (nothing is read, the shell
    # is left empty); a page that prints its article keeps what it prints, the state unread
    computed = clean_html(_shell(f"'&lt;p&gt;{_PARAS[0]}&lt;/p&gt;' + rest"), id="t")
    assert _PARAS[0] not in computed.text
    printed = "".join(f"<p>{p}</p>" for p in _PARAS[:2])
    doc = clean_html(_shell(f"'{_ESCAPED}'", shown=printed), id="t")
    assert doc.text.splitlines() == list(_PARAS[:2])


_ARTICLE = "\n\n".join(_PARAS)
_CONTROLS = "\n".join(("关闭阅读视图", "", "  • 类型控件", "Aa无衬线Aa衬线", "100%", "亮色暗色棕褐色",
                       "  • 朗读", "语音：默认"))


def test_latin_controls_ending_the_page_under_a_list_go_with_it() -> None:
    for last in (["默认Microsoft Xiaoxiao - Chinese (Simplified, PRC)", "", "保存到 Pocket"],
                 ["Save to Pocket"]):
        page = f"某某标题\n\n{_ARTICLE}\n\n{_CONTROLS}\n" + "\n".join(last) + "\n"
        text = clean_text(page, id="t").text
        assert text.splitlines() == list(_PARAS), last
    # counterexamples: a line of code, an English sentence with its stop, or more Latin
    # lines than a widget's controls ending the page stay
    for last in (["pip install requests==2.31"], ["Thanks for reading our weekly report."],
                 ["Alpha One", "Beta Two", "Gamma Three", "Delta Four"]):
        page = f"某某标题\n\n{_ARTICLE}\n\n{_CONTROLS}\n" + "\n".join(last) + "\n"
        text = clean_text(page, id="t").text
        assert last[-1] in text, last
