"""The general defects the fifth batch of saved HTML pages (gh31-gh36) showed, each pinned on an
invented page shape with its counterexample."""

from __future__ import annotations

from cleaners import clean_html
from cleaners.html.jsvalue import called_literals

_PARAGRAPHS = ("\\u003Cp\\u003E" + "新建的社区食堂开业后，附近的老人每天都来这里吃午饭，价格实惠，饭菜可口。" * 2
               + "\\u003C\\u002Fp\\u003E\\u003Cp\\u003E" + "社区还组织志愿者为行动不便的老人送餐上门。" * 3
               + "\\u003C\\u002Fp\\u003E")


def test_a_called_function_s_literal_is_read_with_its_arguments() -> None:
    script = ('window.__NUXT__=(function(a,b,c){return {data:[{title:"标题",source:a,ok:b,'
              "tags:[c,'x\\u4e00']}],n:-1.5e2,u:void 0}}(\"某某日报\",true,\"\\u5e02\"));")
    assert called_literals(script) == [
        {"data": [{"title": "标题", "source": "某某日报", "ok": True, "tags": ["市", "x一"]}],
         "n": -150.0, "u": None}]


def test_a_function_that_computes_its_value_is_no_literal() -> None:
    # a call in the returned value, a name not passed in, or no arguments: nothing is read
    assert called_literals("x=(function(a){return {t:f(a)}}(1))") == []
    assert called_literals("x=(function(a){return {t:b}}(1))") == []
    assert called_literals("x=function(a){return {t:a}}") == []


def _shell(shown: str) -> str:
    return ("<html><head><title>某某新闻</title></head><body><div id='__nuxt'>"
            f"<div class='loading'>加载中</div>{shown}</div><script>window.__NUXT__=(function(a,b)"
            f'{{return {{data:[{{article:{{title:"社区食堂开业 老人吃饭不用愁",content:"{_PARAGRAPHS}",'
            'author:a,publishTime:"2025-03-02 09:00:00",source:b}}]}}("甲某某","某某日报"));'
            "</script></body></html>")


def test_a_shell_s_article_only_in_a_called_function_s_state_is_read() -> None:
    doc = clean_html(_shell(""), id="t")
    assert "志愿者为行动不便的老人送餐上门" in doc.text
    assert (doc.meta.title, doc.meta.source_name, doc.meta.authors) == (
        "社区食堂开业 老人吃饭不用愁", "某某日报", ("甲某某",))


def test_a_page_that_prints_its_article_ignores_the_called_function_s_state() -> None:
    printed = "<h1>另一篇文章的标题</h1>" + "<p>这是服务器端已经印出的另一篇正文，内容完整。</p>" * 8
    doc = clean_html(_shell(printed), id="t")
    assert "这是服务器端已经印出的另一篇正文" in doc.text
    assert "志愿者为行动不便的老人送餐上门" not in doc.text
