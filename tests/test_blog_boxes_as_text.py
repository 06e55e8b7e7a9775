"""A blog theme's boxes under the post saved as text: the tip jar (its ask for a coffee, the
labels under its QR codes), the licence box, the engine's credit, the pair of links to the
posts before and after it between guillemets and the comment form's required fields and
invitation (gold_html --text: a Hexo NexT post, a Z-Blog post)."""

from __future__ import annotations

from cleaners import clean_text

_HEAD = "某某小记\n\n阳台养绿萝过冬的几点经验\n\n2025-11-02 来源：某某小记 作者：某某某\n\n"
_BODY = ("去年冬天，阳台上的四盆绿萝接连烂根，叶子一片片发黄掉落，最后只救回来一盆。\n\n"
         "绿萝冬天生长很慢，需要的水比夏天少得多，摸到盆土干了再浇，而且一次浇透。\n\n"
         "到了开春，几盆绿萝都冒出了新芽。养花和过日子差不多，很多时候不是做得不够，而是做得太多。\n")


def test_a_tip_jar_and_a_licence_box_go() -> None:
    boxes = ("\n请我喝杯咖啡吧~\n某某某 微信微信\n某某某 支付宝支付宝\n\n"
             "版权声明： 本博客所有文章除特别声明外，均采用 BY-NC-SA 许可协议。\n\n"
             "© 2019 – 2025 某某某\n由 Hexo & NexT.Gemini 强力驱动\n")
    doc = clean_text(_HEAD + _BODY + boxes, id="t")
    for gone in ("咖啡", "支付宝", "许可协议", "强力驱动"):
        assert gone not in doc.text
    assert doc.text.endswith("而是做得太多。")


def test_a_comment_form_and_the_post_links_go() -> None:
    form = ("\n« 上一篇 下一篇 »\n\n名称(*)\n\n正文(*)\n\n"
            "◎欢迎参与讨论，请在这里发表您的看法、交流您的观点。\n")
    doc = clean_text(_HEAD + _BODY + form, id="t")
    for gone in ("上一篇", "名称", "欢迎参与讨论"):
        assert gone not in doc.text
    assert doc.text.endswith("而是做得太多。")


def test_the_article_naming_them_stays() -> None:
    text = ("她笑着说：“请我喝杯咖啡吧，就当谢礼。”\n\n老人不会用微信支付，只能付现金。\n\n"
            "这款新车由电机强力驱动，百公里加速不到四秒。\n")
    doc = clean_text(_HEAD + _BODY + "\n" + text, id="t")
    assert "请我喝杯咖啡吧，就当谢礼" in doc.text
    assert "只能付现金" in doc.text
    assert "百公里加速" in doc.text


def test_a_cms_comment_tips_and_a_poll_count_go() -> None:
    boxes = ("\n已有 2386 人参与投票\n\n提交 查看结果\n\n"
             "网页地址和电子邮件地址会自动转换为链接。允许的HTML标签：<a href hreflang> <em>\n")
    doc = clean_text(_HEAD + _BODY + boxes, id="t")
    for gone in ("参与投票", "查看结果", "HTML"):
        assert gone not in doc.text
    assert doc.text.endswith("而是做得太多。")


def test_a_question_toolbar_and_a_docs_edit_link_go() -> None:
    boxes = ("\n关注问题写回答邀请回答1,204 人关注 · 被浏览 386,512 次\n\n"
             "在 GitHub 上编辑此页open in new window\n")
    doc = clean_text(_HEAD + _BODY + boxes, id="t")
    for gone in ("写回答", "被浏览", "GitHub"):
        assert gone not in doc.text
    assert doc.text.endswith("而是做得太多。")
