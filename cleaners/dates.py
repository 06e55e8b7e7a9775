"""Dates as Chinese pages print them: the one pattern the metadata readers and the source
cleaner share."""

from __future__ import annotations

import re

__all__ = ["DATE", "GLUED_DATE"]

DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>[01]?\d)\s*[-/.月]\s*(?P<d>[0-3]?\d)\s*日?"
    # a weekday printed between the day and the time (2024年7月2日 星期二 15:48) is the date's
    r"(?:\s*[（(]?(?:星期|礼拜|周)[一二三四五六日天][）)]?)?"
    # ISO 8601 puts a T between them (2024-06-02T07:30:00+08:00, printed raw by some CMSes)
    r"(?:(?:\s*|T)(?P<H>[0-2]?\d)\s*[:：时時]\s*(?P<M>[0-5]\d)(?:\s*[:：分]\s*(?P<S>[0-5]\d))?)?")

# A date glued to the end of a publisher's name, no space between (来源：某某日报2026-11-27):
# the row's date, printed against the name.
GLUED_DATE = re.compile(rf"(?<=[^\d\s])(?:{DATE.pattern})$")
