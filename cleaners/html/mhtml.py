"""Bytes of a web archive (MHTML: Chrome's "Webpage, Single File" .mhtml, IE/Edge's .mht) -> the
page's HTML bytes, its declared charset and its address.

An archive is a MIME ``multipart/related`` message: the page is one ``text/html`` part, quoted-
printable or base64 with its own charset, beside its images, CSS and frames as further parts. The
message is read with the standard library's ``email`` parser (no hand-written MIME parsing); the
HTML's bytes go on to ``decode.decode_html`` with the part's charset as the header charset, so the
usual fallbacks (``<meta>``, strict UTF-8/GB18030, detector) still apply. Pure: bytes in, no files.
"""

from __future__ import annotations

import email
import email.errors
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from email.message import Message

__all__ = ["ArchivePage", "BrokenArchive", "looks_like_mhtml", "read_mhtml"]

# The header block an archive opens with: header lines ("Name: value") and their folded
# continuations, up to the first blank line.
_HEADER_BLOCK = re.compile(
    rb"\A(?:[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+\r?\n")
_ARCHIVE_TYPE = re.compile(rb"^content-type:\s*(?:multipart/related|text/html)", re.I | re.M)
_MIME_VERSION = re.compile(rb"^mime-version:", re.I | re.M)
# Base64 defects that mean the part's bytes are not what was saved (a padding defect alone is
# a cut-off archive: the page's start is still there and is read).
_BAD_BASE64 = (email.errors.InvalidBase64CharactersDefect, email.errors.InvalidBase64LengthDefect)


@dataclass(frozen=True, slots=True)
class ArchivePage:
    """The page an archive holds: its HTML bytes, the part's charset label, its address."""

    html: bytes
    charset: str | None
    url: str


class BrokenArchive(ValueError):
    """An archive with no readable page in it; the message says why."""


def looks_like_mhtml(data: bytes) -> bool:
    """Whether ``data`` opens as a MIME web archive: a header block (MIME-Version and a
    multipart/related or text/html Content-Type) before the first blank line."""
    head = data[:8192].removeprefix(b"\xef\xbb\xbf")
    block = _HEADER_BLOCK.match(head)
    return bool(block and _MIME_VERSION.search(block.group())
                and _ARCHIVE_TYPE.search(block.group()))


def _location(part: Message) -> str:
    return str(part.get("Content-Location", "")).strip()


def _page_part(message: Message) -> Message | None:
    """The part holding the page: the text/html part at the address the archive was saved from
    (``Snapshot-Content-Location``), else the root the multipart's ``start`` names, else the
    first text/html part (a frame's page comes after its parent's)."""
    pages = [p for p in message.walk() if p.get_content_type() == "text/html"]
    snapshot = str(message.get("Snapshot-Content-Location", "")).strip()
    start = str(message.get_param("start", "", header="content-type") or "").strip().strip("<>")
    for part in pages:
        if snapshot and _location(part) == snapshot:
            return part
    for part in pages:
        if start and str(part.get("Content-ID", "")).strip().strip("<>") == start:
            return part
    return pages[0] if pages else None


def read_mhtml(data: bytes) -> ArchivePage:
    """The page of an archive, its bytes decoded from their transfer encoding.

    Raises BrokenArchive when the archive holds no HTML part or its bytes cannot be decoded.
    """
    message = email.message_from_bytes(data)
    part = _page_part(message)
    if part is None:
        raise BrokenArchive("web archive holds no text/html part")
    payload = part.get_payload(decode=True)
    bad = [d for d in part.defects if isinstance(d, _BAD_BASE64)]
    if bad:
        raise BrokenArchive(
            f"web archive's HTML part is not valid base64 ({type(bad[0]).__name__})")
    if not isinstance(payload, bytes) or not payload.strip():
        raise BrokenArchive("web archive's HTML part is empty")
    charset = part.get_content_charset()
    url = _location(part) or str(message.get("Snapshot-Content-Location", "")).strip()
    # a location that is a content id (cid:...) is no page address
    return ArchivePage(payload, charset, "" if url.startswith("cid:") else url)
