"""Dates as Chinese pages print them: the one pattern the metadata readers and the source
cleaner share."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .script import compile_either

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["DATE", "GLUED_DATE", "REVISION", "revision_stamps"]

# Either script (a Taiwan page's 2024年7月2日 週二 15:48): both paths read it on page lines.
DATE = compile_either(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>[01]?\d)\s*[-/.月]\s*(?P<d>[0-3]?\d)\s*日?"
    # a weekday printed between the day and the time (2024年7月2日 星期二 15:48) is the date's
    r"(?:\s*[（(]?(?:星期|礼拜|周)[一二三四五六日天][）)]?)?"
    # ISO 8601 puts a T between them (2024-06-02T07:30:00+08:00, printed raw by some CMSes)
    r"(?:(?:\s*|T)(?P<H>[0-2]?\d)\s*[:：时時]\s*(?P<M>[0-5]\d)(?:\s*[:：分]\s*(?P<S>[0-5]\d))?)?")

# A date glued to the end of a publisher's name, no space between (来源：某某日报2026-11-27):
# the row's date, printed against the name.
GLUED_DATE = re.compile(rf"(?<=[^\d\s])(?:{DATE.pattern})$")

# A page's own revision stamp (此页面最后编辑于…, 最后更新: …, Last updated …): a wiki's or a docs
# site's only date, read when the page prints no other. Never a site's (本站最后更新) or a forum
# post's edit note (本帖最后由 某某 于 … 编辑, 最后编辑于 … unless a page's: 此页面最后编辑于),
# nor a sentence's (该标准最后修订于…): the label opens its line or follows a few words of one.
# Either script: both paths read it on the page's own lines (此頁面最後編輯於…, 最後更新:).
REVISION = compile_either(
    r"(?:^|[\s|｜·•。；;])(?P<lead>[^\s|｜·•。；;]{0,6}?)"
    r"(?:(?:最后|最近)(?:一次)?(?P<verb>编辑|修改|更新|修订)(?:于|时间|日期|在)?"
    r"|[Ll]ast\s+(?:updated|modified|edited)(?:\s+on)?)\s*[:：]?\s*")
_NOT_PAGE_LEAD = compile_either(r"网站|本站|全站|站点|由|帖")
_REVISION_LINE = 80  # characters of a page line holding the stamp: a line of its own, no prose


def revision_stamps(lines: Iterable[str]) -> Iterator[tuple[str, int]]:
    """Each page revision stamp's label in the short ``lines`` (see ``REVISION``): the line
    and where the label ends, where its date should begin (the HTML and the text path read
    it each with its own date pattern)."""
    for line in lines:
        if len(line) > _REVISION_LINE:
            continue
        for m in REVISION.finditer(line):
            lead = m.group("lead")
            if not _NOT_PAGE_LEAD.search(lead) and (m.group("verb") != "编辑" or "页" in lead):
                yield line, m.end()
