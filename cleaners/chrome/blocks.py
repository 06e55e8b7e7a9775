"""Blocks after the article: related-article sections and lists of unrelated headlines (L4, L5).

The article ends at its last long paragraph; after it, a "相关阅读"-style marker cuts what
follows, and a run of three or more short headline-like lines is a link list, not text.
Bylines and metadata rows in that zone are left for meta.lines to lift.
"""

from __future__ import annotations

import re

from ..document import Doc, Removal, shorten
from ..meta import parse_byline, parse_meta_line

__all__ = ["RELATED_MARKER", "TailBlocks"]

RELATED_MARKER = re.compile(
    r"^[【\[]?\s*(?:相关(?:阅读|新闻|文章|链接|报道|稿件|推荐|专题|资讯)|推荐阅读|延伸阅读|拓展阅读|"
    r"热门(?:推荐|文章|新闻|资讯|标签)|猜你喜欢|更多精彩|往期回顾|往期推荐|精彩推荐|精彩图片|"
    r"大家都在看|热点(?:新闻|推荐|资讯)|最新(?:新闻|文章|资讯|推荐)|编辑推荐|为你推荐|今日推荐|"
    r"推荐新闻|图片新闻|友情链接|网友评论|最新评论|热门评论|你可能感兴趣|看了本文的人还看了)"
    r"\s*[】\]]?\s*[:：>》]*\s*$")


_QUOTED_ENDS = {"。”", "！”", "？”", "。」", "！」", "？」"}


def _is_anchor(line: str) -> bool:
    """A paragraph long enough that the article is certainly still going on there."""
    n = len(line)
    return n >= 50 or (n >= 25 and (line[-1] == "。" or line[-2:] in _QUOTED_ENDS))


def _headline_like(line: str) -> bool:
    return 4 <= len(line) <= 60


class TailBlocks:
    """Remove related-article sections and headline lists after the article's last paragraph.

    Example: sixteen short unrelated headlines under the byline of a mirrored article go as
    ``headline_list``. ``min_run`` is the shortest run of headline-like lines that counts.
    """

    name = "chrome.tail"

    def __init__(self, *, min_run: int = 3, marker_zone: float = 0.6) -> None:
        self.min_run = min_run
        self.marker_zone = marker_zone  # a marker counts only after this share of the lines

    def __call__(self, doc: Doc, /) -> Doc:
        lines = doc.text.split("\n")
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
        if not filled:
            return doc
        gone: dict[int, tuple[str, str]] = {}
        anchors = [i for i in filled if _is_anchor(lines[i].strip())]
        last_anchor = anchors[-1] if anchors else -1

        # L4: a related-articles marker late in the page cuts it and the short lines after it.
        start = filled[int(len(filled) * self.marker_zone)] if len(filled) > 4 else filled[0]
        for i in filled:
            if i < start and RELATED_MARKER.match(lines[i].strip()):
                # Early in the page the marker is a stray label; what follows is the article.
                gone[i] = ("related_marker", "stray heading of a related/recommended block")
            elif i >= start and RELATED_MARKER.match(lines[i].strip()):
                gone[i] = ("related_marker", "heading of a related/recommended articles block")
                for j in filled:
                    if j > i and not _is_anchor(lines[j].strip()) and not self._meta(lines[j]):
                        gone[j] = ("related_block", "item of a related/recommended articles block")
                    elif j > i and _is_anchor(lines[j].strip()):
                        break
                break

        # L5: runs of short headline-like lines after the last long paragraph.
        tail = [i for i in filled if i > last_anchor and i not in gone]
        run: list[int] = []
        for i in [*tail, -1]:  # -1 closes the last run
            line = lines[i].strip() if i >= 0 else ""
            if i >= 0 and _headline_like(line) and not self._meta(line):
                run.append(i)
                continue
            endings = sum(1 for j in run if lines[j].strip()[-1] in "。；;")
            if len(run) >= self.min_run and endings * 3 <= len(run):
                for j in run:
                    gone[j] = ("headline_list",
                               f"one of {len(run)} short headline-like lines after the article")
            run = []
        if not gone:
            return doc
        removed = [Removal(self.name, rule, why, shorten(lines[i].strip()), f"line {i + 1}")
                   for i, (rule, why) in sorted(gone.items())]
        text = "\n".join("" if i in gone else ln for i, ln in enumerate(lines))
        return doc.evolve(text=text, removed=removed)

    @staticmethod
    def _meta(line: str) -> bool:
        line = line.strip()
        return parse_meta_line(line) is not None or parse_byline(line, tail=True) is not None
