"""The zip package checked before python-docx touches it (:func:`inspect_package`).

Unsafe member names, zip bombs (declared and actual sizes, every part streamed with a byte cap)
and XML parts carrying a DOCTYPE or entities are refused with E112; a package that is not a Word
document with E103.  ``SAFE_PARSER`` is the parser for the parts we parse ourselves.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from ...errors import InputError

#: Largest total uncompressed size of all parts of a DOCX.
MAX_UNPACKED_BYTES = 256 * 2**20
#: Largest compression ratio accepted for a part larger than RATIO_MIN_BYTES.
MAX_RATIO = 200
RATIO_MIN_BYTES = 2**20
#: Largest number of parts (a Word document has tens; thousands of images is still fine).
MAX_MEMBERS = 10_000
_CHUNK = 1 << 16
_LOCAL_HEADER = struct.Struct("<4s22xHH")
_XML_DANGER = tuple(
    marker.encode(enc)
    for marker in ("<!doctype", "<!entity")
    for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
_WORD_MAIN_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    }
)
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_DRIVE = re.compile(r"^[A-Za-z]:")
#: Parser for the parts we parse ourselves: no entities, no DTD, no network.
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _unsafe(shown: str, detail: str) -> InputError:
    return InputError("E112", shown, detail=detail)


def _damaged(shown: str, detail: str) -> InputError:
    return InputError("E103", shown, kind="DOCX", detail=detail)


def _check_member_name(name: str, shown: str) -> None:
    if not name:
        raise _damaged(shown, "a part of the package has no name")
    norm = name.replace("\\", "/")
    if norm.startswith("/") or _DRIVE.match(norm) or "\x00" in norm or any(seg == ".." for seg in norm.split("/")):
        raise _unsafe(shown, f"a part name points outside the package: {name[:80]!r}")


class _Budget:
    """Bytes unpacked so far, across all parts."""

    __slots__ = ("used",)

    def __init__(self) -> None:
        self.used = 0


def _stream_member(fh, zf: zipfile.ZipFile, info: zipfile.ZipInfo, shown: str, budget: _Budget, keep: bool) -> bytes:
    """Unpack one member with byte caps; returns its bytes when ``keep`` (else b"").

    Stored and deflated parts are decompressed here from the raw data with
    zlib, so sizes are measured rather than taken from the (forgeable) headers.
    """
    if info.flag_bits & 0x1:
        raise _damaged(shown, "a part of the package is encrypted")
    chunks: list[bytes] = []
    produced = 0

    def account(out: bytes) -> None:
        nonlocal produced
        produced += len(out)
        budget.used += len(out)
        if produced > info.file_size:
            raise _unsafe(shown, f"part {info.filename[:60]} unpacks to more than its header declares")
        if budget.used > MAX_UNPACKED_BYTES:
            raise _unsafe(shown, f"it unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MB")
        if produced > RATIO_MIN_BYTES and produced > MAX_RATIO * max(info.compress_size, 1):
            raise _unsafe(shown, f"part {info.filename[:60]} is compressed more than {MAX_RATIO}:1, like a zip bomb")
        if keep:
            chunks.append(out)

    if info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        if info.header_offset < 0 or info.compress_size < 0:
            raise _damaged(shown, "a part's zip header is broken")
        try:
            fh.seek(info.header_offset)
            header = fh.read(_LOCAL_HEADER.size)
            if len(header) < _LOCAL_HEADER.size:
                raise _damaged(shown, "the zip package is truncated")
            sig, name_len, extra_len = _LOCAL_HEADER.unpack(header)
            if sig != b"PK\x03\x04":
                raise _damaged(shown, "a part's zip header is broken")
            fh.seek(info.header_offset + _LOCAL_HEADER.size + name_len + extra_len)
        except (OSError, OverflowError) as e:
            raise _damaged(shown, "a part's zip header is broken") from e
        remaining = info.compress_size
        inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
        try:
            while remaining > 0:
                raw = fh.read(min(_CHUNK, remaining))
                if not raw:
                    raise _damaged(shown, "the zip package is truncated")
                remaining -= len(raw)
                if inflater is None:
                    account(raw)
                    continue
                data = raw
                while data and not inflater.eof:
                    account(inflater.decompress(data, _CHUNK))
                    data = inflater.unconsumed_tail
                if inflater.eof:
                    break
            if inflater is not None:
                if not inflater.eof and info.file_size:
                    account(inflater.flush())
                    if not inflater.eof:
                        raise _damaged(shown, f"part {info.filename[:60]} is truncated")
        except zlib.error as e:
            raise _damaged(shown, f"part {info.filename[:60]} does not decompress") from e
    else:  # bzip2 / lzma: Word never writes them; zipfile caps output at the declared size
        try:
            with zf.open(info) as member:
                while True:
                    out = member.read(_CHUNK)
                    if not out:
                        break
                    account(out)
        except InputError:
            raise
        except Exception as e:  # noqa: BLE001 - third-party decompressor failures
            raise _damaged(shown, f"part {info.filename[:60]} cannot be unpacked") from e
    return b"".join(chunks)


def _check_xml(data: bytes, name: str, shown: str) -> None:
    lowered = data.lower()
    if any(marker in lowered for marker in _XML_DANGER):
        raise _unsafe(shown, f"part {name[:60]} declares a DOCTYPE or entities, which Word never writes")


def _content_types(data: bytes, shown: str) -> tuple[dict[str, str], dict[str, str]]:
    try:
        root = etree.fromstring(data, SAFE_PARSER)
    except etree.XMLSyntaxError as e:
        raise _damaged(shown, "its [Content_Types].xml is not valid XML") from e
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for el in root:
        if el.tag == f"{{{_CT_NS}}}Default":
            defaults[(el.get("Extension") or "").lower()] = el.get("ContentType") or ""
        elif el.tag == f"{{{_CT_NS}}}Override":
            overrides[(el.get("PartName") or "").lstrip("/").lower()] = el.get("ContentType") or ""
    return defaults, overrides


def inspect_package(path: Path, shown: str) -> None:
    """Refuse a DOCX that is not a Word package (E103) or is unsafe to open (E112).

    Reads every part once, streamed with byte caps.
    """
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, struct.error, OverflowError) as e:
        raise _damaged(shown, "it is not a valid zip package") from e
    except NotImplementedError as e:  # a zip feature (version, multi-disk) zipfile does not read
        raise _damaged(shown, f"it uses a zip feature clausecheck cannot read ({e})") from e
    except OSError as e:
        raise InputError("E108", shown, detail=e.strerror or type(e).__name__) from e
    with zf, open(path, "rb") as fh:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _unsafe(shown, f"the package holds {len(infos)} parts")
        declared = 0
        for info in infos:
            _check_member_name(info.filename, shown)
            declared += info.file_size
            if declared > MAX_UNPACKED_BYTES:
                raise _unsafe(shown, f"it would unpack to more than {MAX_UNPACKED_BYTES // 2**20} MB")
            if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _unsafe(
                    shown, f"part {info.filename[:60]} is compressed more than {MAX_RATIO}:1, like a zip bomb"
                )
        by_name = {info.filename: info for info in infos}
        ct_info = by_name.get("[Content_Types].xml")
        if ct_info is None:
            raise _damaged(shown, "it is a zip file but not a Word document")
        budget = _Budget()
        ct_xml = _stream_member(fh, zf, ct_info, shown, budget, keep=True)
        _check_xml(ct_xml, ct_info.filename, shown)
        defaults, overrides = _content_types(ct_xml, shown)
        lower_names = {name.lower() for name in by_name}
        if not any(ct in _WORD_MAIN_TYPES and part in lower_names for part, ct in overrides.items()):
            raise _damaged(shown, "it has no Word document part (word/document.xml)")
        for info in infos:
            if info is ct_info or info.filename.endswith("/"):
                continue
            lname = info.filename.lower()
            ctype = overrides.get(lname) or defaults.get(lname.rsplit(".", 1)[-1] if "." in lname else "", "")
            xmlish = lname.endswith((".xml", ".rels")) or (ctype.endswith("xml") and not ctype.startswith("image/"))
            data = _stream_member(fh, zf, info, shown, budget, keep=xmlish)
            if xmlish:
                _check_xml(data, info.filename, shown)
