"""Bytes -> str for saved HTML pages (CRAWLING.md §2): BOM, header, <meta>, strict, detector.

Pure functions; GB2312/GBK are always read as GB18030 (a superset that also decodes 镕, 喆, 堃).
"""

from __future__ import annotations

import codecs
import itertools
import re
from dataclasses import dataclass

__all__ = ["Decoded", "decode_html", "looks_binary", "normalise_charset"]

# The head of a page rarely needs more than this to reach its <meta charset>; some CMS templates
# put 5-20 KB of comments, inline CSS or scripts first, so scan well past Scrapy's 4 KB.
_META_SCAN = 64 * 1024
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""", re.IGNORECASE
)
_HEAD_END = re.compile(rb"<body[\s>]", re.IGNORECASE)
# An XHTML page's XML declaration, its first bytes, naming the page's encoding: the
# declaration an XML reader goes by when no <meta charset> is there.
_XML_ENCODING = re.compile(
    rb"""\A\s*<\?xml\s[^>]*?encoding\s*=\s*["']([a-zA-Z0-9_.:\-]+)["']""", re.IGNORECASE)

# Labels browsers treat as one of these; everything GB goes to the superset.
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "csgb2312": "gb18030",
    "euc-cn": "gb18030",
    "gb18030": "gb18030",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    # A page labelled Latin-1 is decoded as windows-1252 by every browser (WHATWG).
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "x-big5": "big5hkscs",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded page and how its encoding was chosen."""

    text: str
    encoding: str
    source: str  # bom | header | meta | xml | strict | detector
    replacement_ratio: float  # share of U+FFFD characters in text


def normalise_charset(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None if the label is unknown."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # codecs.lookup("gbk") etc. would bypass the superset rule when reached through an alias.
    return "gb18030" if codec in {"gbk", "gb2312", "gb18030"} else codec


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _ratio(text: str) -> float:
    return text.count("\ufffd") / len(text) if text else 0.0


def _result(text: str, encoding: str, source: str) -> Decoded:
    return Decoded(text, encoding, source, _ratio(text))


def _meta_charset(data: bytes) -> str | None:
    head = data[:_META_SCAN]
    body = _HEAD_END.search(head)
    if body:  # only the head counts; a charset mentioned in article text is not a declaration
        head = head[: body.start()]
    for match in _META_CHARSET.finditer(head):
        codec = normalise_charset(match.group(1).decode("ascii", "replace"))
        if codec:
            return codec
    return None


def _xml_charset(data: bytes) -> str | None:
    """The encoding an XML declaration at the page's start names, or None. A UTF-16 or
    UTF-32 label read in one-byte characters is no truth about these bytes."""
    match = _XML_ENCODING.match(data[:1024])
    codec = normalise_charset(match.group(1).decode("ascii")) if match else None
    return None if codec is None or codec.startswith(("utf-16", "utf-32")) else codec


def _is_utf8_with_multibyte(data: bytes) -> str | None:
    """The text if data is valid UTF-8 and has non-ASCII bytes (a strong sign it is UTF-8)."""
    if data.isascii():
        return None
    return _strict(data, "utf-8")


# Where each encoding writes its everyday text: GB2312's punctuation rows and its hanzi
# (leads 0xB0-0xF7, trails 0xA1-0xFE), Big5's punctuation rows and its frequent hanzi (leads
# 0xA4-0xC6). Big5 bytes are nearly always valid GB18030 too, read as rare characters,
# bopomofo and kana (某某鎮 -> 琘琘马): the encoding whose everyday range holds the text wins.
_GB_COMMON = (range(0xA1, 0xA4), range(0xB0, 0xF8))
_BIG5_COMMON = (range(0xA1, 0xC7),)
_SAMPLE_CHARS = 4000


def _everyday_share(text: str, encoding: str, leads: tuple[range, ...], trails: range) -> float:
    """Share of the first non-ASCII characters of ``text`` that ``encoding`` writes as a pair
    in its everyday range."""
    # the first ones only: a declared GB page of megabytes pays for a sample, not the page
    wide = list(itertools.islice((c for c in text if ord(c) > 0x7F), _SAMPLE_CHARS))
    hits = 0
    for c in wide:
        try:
            b = c.encode(encoding)
        except UnicodeEncodeError:
            continue
        hits += len(b) == 2 and any(b[0] in r for r in leads) and b[1] in trails
    return hits / len(wide) if wide else 1.0


def _rather_big5(gb_text: str, data: bytes) -> str | None:
    """The Big5 reading of ``data`` when it reads as everyday Big5 text and the GB18030
    reading ``gb_text`` does not read as everyday GB text; else None."""
    gb = _everyday_share(gb_text, "gb18030", _GB_COMMON, range(0xA1, 0xFF))
    if gb >= 0.9:
        return None
    big5 = _strict(data, "big5hkscs")
    if big5 is None:
        return None
    share = _everyday_share(big5, "big5hkscs", _BIG5_COMMON, range(0x40, 0xFF))
    return big5 if share > gb and share >= 0.8 else None


# A Latin label over Chinese bytes: a server's default (Apache's ISO-8859-1) or an old editor's
# (FrontPage, Dreamweaver: iso-8859-1, windows-1252) left on a GB2312 page. Every byte decodes in
# windows-1252, as mojibake (禾丰县 -> ºÌ·áÏØ), so a strict decode does not vouch for the label;
# the bytes win when they read as everyday GB (or Big5) text, which Western text never does (an
# accented letter before a space or a full stop is no GB pair at all).
_LATIN_LABELS = frozenset({"cp1252"})
_CJK_MIN_CHARS = 20


def _cjk_under_latin(data: bytes) -> tuple[str, str] | None:
    """The GB18030 (or Big5) reading of ``data`` and its codec when the bytes read as everyday
    Chinese text of some length; else None."""
    gb = _strict(data, "gb18030")
    if gb is None:
        return None
    if sum(1 for c in itertools.islice(gb, 200_000) if "\u4e00" <= c <= "\u9fff") < _CJK_MIN_CHARS:
        return None
    if (big5 := _rather_big5(gb, data)) is not None:
        return big5, "big5hkscs"
    if _everyday_share(gb, "gb18030", _GB_COMMON, range(0xA1, 0xFF)) >= 0.9:
        return gb, "gb18030"
    return None


_TAG = re.compile(rb"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes  # imported here: only pages that reach step 6

    # Markup and scripts are ASCII and drown the signal on short pages; judge the text parts.
    sample = _TAG.sub(b" ", data)[:200_000] or data[:200_000]
    best = from_bytes(sample).best()
    codec = normalise_charset(best.encoding) if best else None
    return codec or "utf-8"


def decode_html(data: bytes, header_charset: str | None = None) -> Decoded:
    """Decode a page: BOM, header charset if strict, <meta> (else an XHTML page's XML
    declaration), strict UTF-8/GB18030, detector.

    A declared GB charset loses to Big5 when the bytes read as everyday Big5 text and not as
    everyday GB text (a Taiwan page under a mainland template's gb2312).

    A declared legacy charset (header or meta) loses to strict UTF-8 when the body has non-ASCII
    bytes: GBK text is almost never valid UTF-8, while UTF-8 text often passes a GBK decode
    as mojibake (党建 -> 鍏氬缓), so a page wrongly labelled ``gbk`` still decodes right.

    A declared Latin charset (iso-8859-1, windows-1252) loses to GB18030 (or Big5) when the bytes
    read strictly as everyday Chinese text: a server's or an old editor's default left on a
    GB2312 page.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _result(data[len(bom) :].decode(encoding, "replace"), encoding, "bom")

    utf8 = _is_utf8_with_multibyte(data)
    header = normalise_charset(header_charset)
    if header:
        text = _strict(data, header)
        if text is not None and "\ufffd" not in text:
            if utf8 is not None and header != "utf-8":
                return _result(utf8, "utf-8", "strict")
            if header == "gb18030" and (big5 := _rather_big5(text, data)) is not None:
                return _result(big5, "big5hkscs", "strict")
            if header in _LATIN_LABELS and (cjk := _cjk_under_latin(data)) is not None:
                return _result(cjk[0], cjk[1], "strict")
            return _result(text, header, "header")

    meta = _meta_charset(data)
    source = "meta"
    if meta is None and (meta := _xml_charset(data)) is not None:
        source = "xml"
    if meta:
        if utf8 is not None and meta != "utf-8":
            return _result(utf8, "utf-8", "strict")
        text = _strict(data, meta)
        if text is not None:
            # A template's gb2312 over Big5 bytes (a Taiwan or Hong Kong page on a mainland
            # CMS): Big5 is nearly always valid GB18030, read as rare characters; the
            # encoding whose everyday range holds the text wins, as for an undeclared page.
            if meta == "gb18030" and (big5 := _rather_big5(text, data)) is not None:
                return _result(big5, "big5hkscs", "strict")
            if meta in _LATIN_LABELS and (cjk := _cjk_under_latin(data)) is not None:
                return _result(cjk[0], cjk[1], "strict")
            return _result(text, meta, source)

    for encoding in ("utf-8", "gb18030"):
        text = utf8 if encoding == "utf-8" and utf8 is not None else _strict(data, encoding)
        if text is not None:
            if encoding == "gb18030" and (big5 := _rather_big5(text, data)) is not None:
                return _result(big5, "big5hkscs", "strict")
            return _result(text, encoding, "strict")

    encoding = _detect(data)
    # Fall back to the declaration when the detector's guess is no better than it.
    candidates = [c for c in (encoding, meta, header, "gb18030") if c]
    best = min(candidates, key=lambda c: data.decode(c, "replace").count("\ufffd"))
    return _result(data.decode(best, "replace"), best, "detector")


_MAGIC = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"PK\x03\x04", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"RIFF", "riff"),
    (b"\xd0\xcf\x11\xe0", "ms-office"),
    (b"OggS", "ogg"),
    (b"ID3", "mp3"),
    (b"7z\xbc\xaf", "7z"),
    (b"Rar!", "rar"),
    (b"wOFF", "woff"),
    (b"wOF2", "woff2"),
)


def looks_binary(data: bytes) -> str | None:
    """Why ``data`` is not an HTML/text page (e.g. "pdf", "nul_bytes"), or None if it may be."""
    head = data[:1024].lstrip()
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[4:12] in (b"ftypisom", b"ftypmp42") or data[8:12] == b"WEBP":
        return "media"
    sample = data[:8192]
    if any(data.startswith(b) for b, _ in _BOMS[1:]) or _utf16_markup(sample):
        return None  # UTF-16 text is full of NULs by design
    if sample and sample.count(0) / len(sample) > 0.05:
        return "nul_bytes"
    if sample:
        controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
        if controls / len(sample) > 0.10:
            return "control_bytes"
    return None


# How a page's markup opens (<!DOCTYPE html>, <html>, <?xml …>, a <meta> or a comment first).
_MARKUP_OPENING = ("<!doctype", "<html", "<?xml", "<head", "<meta", "<!--")


def _utf16_markup(sample: bytes) -> bool:
    """A page in UTF-16 saved without its byte-order mark (a server's charset=utf-16le): its
    sample read as either byte order opens as markup, every other byte of it a NUL."""
    even = sample[: len(sample) // 2 * 2]
    for codec in ("utf-16-le", "utf-16-be"):
        text = even.decode(codec, errors="replace").lstrip("\ufeff \t\r\n").lower()
        if text.startswith(_MARKUP_OPENING):
            return True
    return False
