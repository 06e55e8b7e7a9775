"""html.prune/image_caption: the short line a page sets under a picture goes; body text stays."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.html.prune import HiddenAndChromePruner

BODY = "".join(
    f"<p>第{i}段：基层党组织把服务送到群众家门口，群众满意度持续提升，工作取得实效。</p>"
    for i in range(4)
)
IMG = '<img src="/p/{n}.jpg" width="640" height="480">'


def run(snippet: str, *, container: str = '<div class="content">') -> Doc:
    html = (
        "<html><head><title>t</title></head><body>"
        f"{container}{BODY}{snippet}{BODY}</div></body></html>"
    )
    return HiddenAndChromePruner()(Doc(id="t", html=html))


def img(n: int = 1) -> str:
    return IMG.format(n=n)


@pytest.mark.parametrize(
    ("snippet", "captions"),
    [
        # Unmarked labels in plain <p>s, on a page that captions its pictures.
        (f"<p>{img(1)}</p><p>村口的老槐树。</p>{BODY}<p>{img(2)}</p><p>新修的村道。</p>",
         ["村口的老槐树。", "新修的村道。"]),
        (f"{img(1)}<p>搜寻的河滩。</p>{BODY}{img(2)}<p>山谷里的营地。</p>",
         ["搜寻的河滩。", "山谷里的营地。"]),
        # Centred under a centred picture, unlike the body.
        ('<p style="text-align: center;"><span style="font-size: 14px;">'
         f'{img()}</span></p><p style="text-align: center;"><span>大会开幕式</span></p>',
         ["大会开幕式"]),
        (f'<p align="center">{img()}</p><p align="center">'
         '<span style="color:#999999;">新建成的生产车间</span></p>', ["新建成的生产车间"]),
        # Small type, set apart from the body.
        (f'<center>{img()}</center><p>\u3000\u3000<font style="font-size: 9pt">'
         "某报网站题为《城市再次充满欢声笑语》的报道截图。</font></p>",
         ["某报网站题为《城市再次充满欢声笑语》的报道截图。"]),
        # Inside the picture's own block.
        (f'<p class="f_center">{img()}活动上展示的通信芯片</p>', ["活动上展示的通信芯片"]),
        (f'<p>{img()}<i class="desc">家中曾堆满旧唱片</i></p>', ["家中曾堆满旧唱片"]),
        # A marker, as the text after the picture's block, up to the line break.
        (f'<div style="text-align:center;">{img()}</div>▲新航站楼的造型灵感来自鲸鱼。<br>'
         "码头位于湾区的几何中心，规划岸线一千六百米，可以停靠世界上最大的邮轮。",
         ["▲新航站楼的造型灵感来自鲸鱼。"]),
        # A bracketed credit after the caption's full stop.
        (f"<p>{img()}</p><p>图为启动仪式现场。（李明摄）</p>", ["图为启动仪式现场。（李明摄）"]),
    ],
)
def test_caption_removed(snippet: str, captions: list[str]) -> None:
    doc = run(snippet)
    assert doc.html is not None
    hits = [r for r in doc.removals if r.rule == "image_caption"]
    assert [r.text for r in hits] == captions
    for cap in captions:
        assert cap not in doc.html
    assert all(r.cleaner == "html.prune" and r.why.startswith("image caption") for r in hits)
    assert all(r.where.startswith("/html/body") for r in hits)
    assert doc.html.count("第3段") == 2 + snippet.count("第3段")


@pytest.mark.parametrize(
    ("snippet", "kept"),
    [
        # One unmarked label on the page: no captioning habit to go by.
        (f"<p>{img()}</p><p>村口的老槐树。</p>", "村口的老槐树。"),
        # A sentence that refers back to the text, even where the page captions pictures.
        (f"<p>{img(1)}</p><p>这也说明了问题。</p>{BODY}<p>{img(2)}</p><p>新修的村道。</p>"
         f"{BODY}<p>{img(3)}</p><p>村里的小学。</p>", "这也说明了问题。"),
        # A subheading after a picture.
        (f"<p>{img(1)}</p><p><strong>冰洞搜索</strong></p>{BODY}<p>{img(2)}</p><p>新修的村道。</p>"
         f"{BODY}<p>{img(3)}</p><p>村里的小学。</p>", "冰洞搜索"),
        (f"<p>{img()}</p><h3>二、主要做法</h3>", "二、主要做法"),
        # A lead in exclamations under a header picture.
        (f"<p>{img()}</p><p>搭地铁去看海！</p><p>新码头就要开港了！</p>", "搭地铁去看海！"),
        # Prose: long, or more than one sentence, or with clauses.
        (f"<p>{img()}</p><p>记者在现场看到，施工人员正在紧张作业。</p>", "施工人员正在紧张作业。"),
        (f'<p align="center">{img()}</p><p align="center">会议开始。代表们发言。</p>',
         "会议开始。代表们发言。"),
        # A page that centres all its text: centring is no evidence there.
        (f'<p align="center">{img()}</p><p align="center">山里的孩子</p>'
         '<p align="center">他们每天走两个小时的山路上学，风雨无阻，从不迟到。</p>', "山里的孩子"),
        # Icons and emoji are not pictures.
        ('<p><img src="/i/star.png" width="16" height="16"></p><p>好消息。</p>'
         '<p><img src="/i/star.png" width="16" height="16"></p><p>新进展。</p>', "好消息。"),
        # A picture inside a sentence: the text after it is the sentence.
        (f"<p>记者来到村里{img()}看到新修的道路。</p>", "看到新修的道路。"),
        # An avatar in a link with the author's name.
        (f'<p><a href="/u/1">{img()}<span>某某说</span></a></p>', "某某说"),
    ],
)
def test_caption_counterexample_kept(snippet: str, kept: str) -> None:
    doc = run(snippet)
    assert doc.html is not None
    assert kept in doc.html
    assert not any(kept in r.text for r in doc.removals if r.rule == "image_caption")
