"""Coverage-guided fuzzing of the PDF and DOCX readers (atheris / libFuzzer).

    python bench/fuzz_readers.py --seconds 120                 # each reader 120 s
    python bench/fuzz_readers.py --seconds 600 --readers docx  # one reader
    python bench/fuzz_readers.py --engine random --seconds 60  # without atheris: seeded mutations

Seeds are built on the fly (the hostile corpus builder, tests/fixtures/docx_odd.py
and the sample contracts), nothing is hand-picked.  Each input goes through the
reader (``read_docx`` / ``read_pdf``) and then the segmenter; the Document must
keep its promises (blocks inside the text).  Anything raised other than
:class:`clausecheck.errors.InputError` is a crash, and so are a hang (more than
``--timeout`` s on one input), a native crash (pdfium) and running out of
memory (``--rss-mb``).  Crashing inputs are saved to ``bench/out/crashes/``
with their traceback; the run prints executions and crashes per reader and
exits 1 when there was any crash.

DOCX inputs are mutated structure-aware: one part of the zip package is mutated
(with libFuzzer's mutator and a dictionary of WordprocessingML tokens) and the
package is zipped again, so the mutations reach the XML walk and the numbering
code instead of dying at the zip CRC.  Every reader runs in its own child
process, restarted after a native crash until its time is used up.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for extra in (ROOT, ROOT / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

OUT = HERE / "out"
READERS = ("docx", "pdf")

DOCX_DICT = [
    "<w:p>",
    "</w:p>",
    "<w:r>",
    "</w:r>",
    "<w:t>",
    "</w:t>",
    "<w:tbl>",
    "<w:tr>",
    "<w:tc>",
    "<w:pPr>",
    "<w:rPr>",
    "<w:numPr>",
    '<w:ilvl w:val="',
    '<w:numId w:val="',
    '<w:pStyle w:val="',
    "<w:sdt>",
    "<w:sdtContent>",
    '<w:ins w:id="1">',
    '<w:del w:id="2">',
    "<w:delText>",
    "<w:moveFrom>",
    "<w:moveTo>",
    '<w:fldChar w:fldCharType="',
    "begin",
    "separate",
    "end",
    "<w:instrText>",
    "<w:tab/>",
    "<w:br/>",
    '<w:sym w:font="Symbol" w:char="',
    "<w:vanish/>",
    "<w:specVanish/>",
    "<w:b/>",
    "<w:caps/>",
    '<w:outlineLvl w:val="',
    '<w:ind w:left="',
    '<w:abstractNum w:abstractNumId="',
    '<w:num w:numId="',
    '<w:abstractNumId w:val="',
    '<w:lvl w:ilvl="',
    '<w:start w:val="',
    '<w:numFmt w:val="',
    '<w:lvlText w:val="',
    "%1.",
    "%2",
    "%9",
    '<w:lvlRestart w:val="',
    "<w:isLgl/>",
    '<w:lvlOverride w:ilvl="',
    '<w:startOverride w:val="',
    '<w:numStyleLink w:val="',
    '<w:styleLink w:val="',
    "decimal",
    "lowerLetter",
    "upperRoman",
    "lowerRoman",
    "bullet",
    "decimalZero",
    "ordinal",
    "cardinalText",
    "ordinalText",
    "japaneseCounting",
    "aiueo",
    "ideographTraditional",
    "decimalEnclosedCircle",
    '<w:style w:type="paragraph" w:styleId="',
    '<w:basedOn w:val="',
    '<w:name w:val="heading 1"/>',
    "<w:txbxContent>",
    "<mc:AlternateContent>",
    "<mc:Choice>",
    "<mc:Fallback>",
    "<m:oMath>",
    "<m:t>",
    '<w:commentRangeStart w:id="',
    "<w:hyperlink>",
    "<w:trPr>",
    "<w:cnfStyle/>",
    "<w:rPrChange>",
    "<w:pPrChange>",
    "-1",
    "999999999",
    "4294967296",
    "&#0;",
    "&amp;",
    "\x00",
]


# --- seeds -------------------------------------------------------------------------


def build_seeds(folder: Path) -> dict[str, list[Path]]:
    """Seed inputs per reader, written into ``folder/<reader>/``."""
    from hostile import build_corpus as B

    seeds: dict[str, list[Path]] = {r: [] for r in READERS}
    for reader in READERS:
        (folder / reader).mkdir(parents=True, exist_ok=True)

    def add(reader: str, name: str, data: bytes) -> None:
        p = folder / reader / name
        p.write_bytes(data)
        seeds[reader].append(p)

    add("docx", "base.docx", B.contract_docx())
    add("docx", "minimal.docx", B.minimal_docx(B.document_xml(B.contract_lines())))
    add("pdf", "base.pdf", B.contract_pdf())
    add("pdf", "cyclic_kids.pdf", B.cyclic_kids_pdf())
    add("pdf", "cyclic_parents.pdf", B.cyclic_parents_pdf())
    add("pdf", "image_only.pdf", B.image_only_pdf())
    add("pdf", "pages_12.pdf", B.many_pages_pdf(12))
    with tempfile.TemporaryDirectory() as tmp:
        from fixtures import docx_odd as F

        for builder in (
            F.multilevel_list,
            F.restart_list,
            F.legal_list,
            F.style_numbering,
            F.rich_content,
            F.tracked_changes,
            F.simple_docx,
        ):
            try:
                path = builder(Path(tmp))
            except Exception as e:  # noqa: BLE001 - a seed builder failing must not stop the fuzzing
                print(f"seed {builder.__name__} not built: {e}", file=sys.stderr)
                continue
            add("docx", f"odd_{path.name}", path.read_bytes())
        samples = Path(tmp) / "samples"
        proc = subprocess.run(
            [sys.executable, str(ROOT / "samples" / "build.py"), "--out", str(samples)], capture_output=True, text=True
        )
        if proc.returncode == 0:
            for p in sorted(samples.glob("*")):
                if p.suffix in (".docx", ".pdf"):
                    add(p.suffix[1:], f"sample_{p.name}", p.read_bytes())
    (folder / "docx.dict").write_text("".join(f'"{_dict_escape(t)}"\n' for t in DOCX_DICT), encoding="utf-8")
    return seeds


def _dict_escape(token: str) -> str:
    out = []
    for ch in token:
        if ch in '"\\' or not (32 <= ord(ch) < 127):
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return "".join(out)


# --- the harness ---------------------------------------------------------------------


class Hang(Exception):
    """One input ran longer than --timeout seconds."""


def _on_alarm(signum, frame):
    raise Hang("one input ran longer than the time limit")


class Harness:
    """Runs one input through a reader and the segmenter; records crashes."""

    def __init__(self, reader: str, crashes: Path, stats: Path, timeout: float = 20) -> None:
        self.reader = reader
        self.timeout = timeout
        self.slowest = 0.0
        signal.signal(signal.SIGALRM, _on_alarm)
        self.crashes = crashes
        self.stats_path = stats
        self.execs = 0
        self.rejected = 0  # InputError: a clean refusal
        self.read = 0
        self.crash_keys: dict[str, str] = {}
        self.last_flush = 0.0
        # A restarted child (after a native crash) carries on from the last flushed totals.
        previous = json.loads(stats.read_text()) if stats.exists() else {}
        self.base = {k: previous.get(k, 0) for k in ("execs", "read", "rejected", "slowest_seconds")}
        self.crash_keys.update(previous.get("crashes", {}))
        # The input being read: left behind when the process dies (native crash), for the parent to keep.
        self.path = current_input(stats.parent, reader)
        from clausecheck.document import SourceFile
        from clausecheck.errors import InputError
        from clausecheck.segment import segment

        if reader == "docx":
            from clausecheck.extract.docx import read_docx as read
        else:
            from clausecheck.extract.pdf import read_pdf as read
        self.read_fn, self.segment, self.InputError, self.SourceFile = read, segment, InputError, SourceFile

    def __call__(self, data: bytes) -> None:
        self.execs += 1
        self.path.write_bytes(data)
        source = self.SourceFile(path=f"fuzz.{self.reader}", sha256="0" * 64, kind=self.reader, size=len(data))
        signal.setitimer(signal.ITIMER_REAL, self.timeout)
        started = time.monotonic()
        self.hung = False
        try:
            doc = self.read_fn(self.path, source)
            text = doc.text
            for b in doc.blocks:
                assert 0 <= b.start <= b.end <= len(text), f"block outside the text: {b}"
            self.segment(doc)
            self.read += 1
        except self.InputError:
            self.rejected += 1
        except Exception as e:  # noqa: BLE001 - this is what we are looking for (Hang included)
            self.hung = isinstance(e, Hang)
            self.record(data, e)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        elapsed = time.monotonic() - started
        if elapsed > self.timeout and not self.hung:  # the alarm cannot interrupt native code: the clock too
            self.record(data, Hang(f"one input took {elapsed:.0f} s (limit {self.timeout:g} s)"))
        self.slowest = max(self.slowest, elapsed)
        now = time.monotonic()
        if now - self.last_flush > 2:
            self.flush()
            self.last_flush = now

    def record(self, data: bytes, e: BaseException) -> None:
        tb = traceback.extract_tb(e.__traceback__)
        ours = [f for f in tb if "clausecheck" in f.filename] or tb
        if not ours:
            where = "the clock"
        elif isinstance(e, Hang):  # a hang is caught wherever the alarm fell: one per function
            where = f"{Path(ours[-1].filename).name}:{ours[-1].name}"
        else:
            where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}"
        key = f"{type(e).__name__} at {where}"
        if key in self.crash_keys:
            return
        digest = hashlib.sha1(data).hexdigest()[:12]
        self.crashes.mkdir(parents=True, exist_ok=True)
        stem = self.crashes / f"{self.reader}-{digest}"
        stem.with_suffix(f".{self.reader}").write_bytes(data)
        stem.with_suffix(".txt").write_text(f"{key}\n\n{''.join(traceback.format_exception(e))}", encoding="utf-8")
        self.crash_keys[key] = str(stem.with_suffix(f".{self.reader}"))
        print(f"\nCRASH {self.reader}: {key} -> {self.crash_keys[key]}", file=sys.stderr, flush=True)
        self.flush()

    def flush(self) -> None:
        data = {
            "execs": self.base["execs"] + self.execs,
            "read": self.base["read"] + self.read,
            "rejected": self.base["rejected"] + self.rejected,
            "crashes": self.crash_keys,
            "slowest_seconds": round(max(self.slowest, self.base.get("slowest_seconds", 0)), 2),
        }
        tmp = self.stats_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1))
        os.replace(tmp, self.stats_path)

    def close(self) -> None:
        self.flush()
        self.path.unlink(missing_ok=True)


def current_input(out: Path, reader: str) -> Path:
    return out / f"fuzz_current.{reader}"


# --- mutations -----------------------------------------------------------------------


def _zip_members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > 200 or any(i.file_size > 4 << 20 for i in infos):
                return None
            return [(i, zf.read(i)) for i in infos]
    except Exception:  # noqa: BLE001 - not a readable zip: mutate the raw bytes
        return None


def _rezip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, blob in members:
            zf.writestr(zipfile.ZipInfo(name), blob, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def docx_mutate(data: bytes, max_size: int, seed: int, mutate) -> bytes:
    """Mutate one part of the package (XML parts most often) and zip it again."""
    rnd = random.Random(seed)
    members = _zip_members(data) if rnd.random() < 0.95 else None
    if not members:
        return mutate(data, max_size)
    weights = [
        8
        if i.filename.endswith(("document.xml", "numbering.xml", "styles.xml"))
        else 2
        if i.filename.endswith((".xml", ".rels"))
        else 0.2
        for i, _ in members
    ]
    k = rnd.choices(range(len(members)), weights)[0]
    info, blob = members[k]
    new = None
    if info.filename.endswith(".xml") and rnd.random() < 0.6:
        new = xml_mutate(blob, rnd)
    if new is None:
        new = mutate(blob, max(len(blob) * 2, 256))
    parts = [(i.filename, b) for i, b in members]
    parts[k] = (info.filename, new)
    if rnd.random() < 0.02 and len(members) > 1:  # drop a part now and then
        del parts[rnd.randrange(len(parts))]
    out = _rezip(parts)
    return out if len(out) <= max_size else mutate(data, max_size)


W_TAGS = (
    "p",
    "r",
    "t",
    "tbl",
    "tr",
    "tc",
    "pPr",
    "rPr",
    "numPr",
    "ilvl",
    "numId",
    "pStyle",
    "sdt",
    "sdtContent",
    "ins",
    "del",
    "delText",
    "moveFrom",
    "moveTo",
    "fldChar",
    "instrText",
    "tab",
    "br",
    "sym",
    "vanish",
    "specVanish",
    "b",
    "caps",
    "outlineLvl",
    "ind",
    "abstractNum",
    "num",
    "abstractNumId",
    "lvl",
    "start",
    "numFmt",
    "lvlText",
    "lvlRestart",
    "isLgl",
    "lvlOverride",
    "startOverride",
    "numStyleLink",
    "styleLink",
    "style",
    "basedOn",
    "name",
    "txbxContent",
    "hyperlink",
    "trPr",
    "rPrChange",
    "pPrChange",
    "customXml",
)
W_VALUES = (
    "0",
    "1",
    "2",
    "8",
    "9",
    "10",
    "-1",
    "999999999",
    "4294967296",
    "",
    "x",
    "%1.%2.",
    "%1%1%1",
    "%10",
    "decimal",
    "lowerLetter",
    "upperRoman",
    "bullet",
    "cardinalText",
    "ordinalText",
    "japaneseCounting",
    "aiueo",
    "begin",
    "separate",
    "end",
    "true",
    "off",
    "F0B7",
    "zz",
    "Heading1",
    "heading 1",
)


def xml_mutate(blob: bytes, rnd: random.Random) -> bytes | None:
    """A well-formed mutation of an XML part: move, copy, delete or rename an element, or set an attribute."""
    from lxml import etree

    try:
        root = etree.fromstring(blob, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return None
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    if len(elements) < 2:
        return None
    try:
        return _xml_mutate(root, elements, rnd)
    except (ValueError, TypeError, etree.LxmlError):
        return None


def _xml_mutate(root, elements, rnd: random.Random) -> bytes | None:
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for _ in range(rnd.randint(1, 4)):
        el = rnd.choice(elements[1:])
        op = rnd.randrange(6)
        parent = el.getparent()
        if parent is None:
            continue
        if op == 0:  # delete
            parent.remove(el)
            elements = [e for e in root.iter() if isinstance(e.tag, str)]
            if len(elements) < 2:
                break
        elif op == 1:  # copy next to itself, or into another element
            import copy

            target = rnd.choice(elements)
            target.insert(rnd.randint(0, len(target)), copy.deepcopy(el))
        elif op == 2:  # move into another element (not into itself)
            target = rnd.choice(elements)
            if target is el or el in target.iterancestors():
                continue
            parent.remove(el)
            target.insert(rnd.randint(0, len(target)), el)
        elif op == 3:  # rename
            el.tag = w + rnd.choice(W_TAGS)
        elif op == 4:  # set an attribute
            el.set(
                w
                + rnd.choice(
                    (
                        "val",
                        "id",
                        "ilvl",
                        "numId",
                        "abstractNumId",
                        "fldCharType",
                        "char",
                        "font",
                        "styleId",
                        "type",
                        "default",
                        "left",
                        "start",
                    )
                ),
                rnd.choice(W_VALUES),
            )
        else:  # text
            el.text = rnd.choice(W_VALUES + ("\u2028", "\t", "a" * rnd.randint(1, 5000)))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def random_mutate(data: bytes, max_size: int, rnd: random.Random) -> bytes:
    """Fallback byte mutator (no libFuzzer): flips, sets, deletes, duplicates, inserts."""
    buf = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        op = rnd.randrange(6)
        if not buf:
            buf = bytearray(rnd.randbytes(8))
        pos = rnd.randrange(len(buf))
        if op == 0:
            buf[pos] ^= 1 << rnd.randrange(8)
        elif op == 1:
            buf[pos] = rnd.choice((0, 0xFF, 0x7F, 0x80, ord("<"), ord(">"), ord("("), ord("%")))
        elif op == 2:
            del buf[pos : pos + rnd.randint(1, 64)]
        elif op == 3:
            n = rnd.randint(1, 128)
            buf[pos:pos] = buf[pos : pos + n]
        elif op == 4:
            token = rnd.choice(DOCX_DICT).encode("utf-8", "replace") if rnd.random() < 0.5 else rnd.randbytes(4)
            buf[pos:pos] = token
        else:
            del buf[pos:]
    return bytes(buf[:max_size])


# --- child: one reader --------------------------------------------------------------------


def child(args: argparse.Namespace) -> int:
    crashes = Path(args.out) / "crashes"
    stats = Path(args.out) / f"fuzz_stats_{args.child}.json"
    corpus_dir = Path(args.out) / "fuzz_corpus" / args.child
    seeds_dir = Path(args.out) / "fuzz_seeds" / args.child
    corpus_dir.mkdir(parents=True, exist_ok=True)
    if args.engine == "atheris":
        import atheris

        with atheris.instrument_imports(include=["clausecheck"]):
            harness = Harness(args.child, crashes, stats, args.timeout)
            import clausecheck.extract.numbering  # noqa: F401
            import clausecheck.segment.numbering  # noqa: F401
            import clausecheck.segment.tree  # noqa: F401  (instrumented for coverage)

        def one_input(data: bytes) -> None:
            harness(data)

        def docx_custom(data: bytes, max_size: int, seed: int) -> bytes:
            try:
                return docx_mutate(data, max_size, seed, atheris.Mutate)
            except Exception:  # noqa: BLE001 - a mutator bug must not stop the fuzzing
                return atheris.Mutate(data, max_size)

        custom = docx_custom if args.child == "docx" else None

        import atexit

        atexit.register(harness.close)
        argv = [
            sys.argv[0],
            str(corpus_dir),
            str(seeds_dir),
            f"-max_total_time={int(args.seconds)}",
            "-timeout=0",
            f"-rss_limit_mb={args.rss_mb}",
            "-max_len=400000",
            f"-artifact_prefix={crashes}/{args.child}-native-",
            "-print_final_stats=1",
            "-reload=0",
            f"-seed={args.seed}",
        ]
        if args.child == "docx":
            argv.append(f"-dict={Path(args.out) / 'fuzz_seeds' / 'docx.dict'}")
        crashes.mkdir(parents=True, exist_ok=True)
        atheris.Setup(argv, one_input, custom_mutator=custom)
        try:
            atheris.Fuzz()
        finally:
            harness.close()
        return 0
    # --engine random: seeded mutations of the seeds and of inputs that were read
    harness = Harness(args.child, crashes, stats, args.timeout)
    rnd = random.Random(args.seed)
    pool = [p.read_bytes() for p in sorted(seeds_dir.iterdir())]
    deadline = time.monotonic() + args.seconds
    for blob in pool:
        harness(blob)
    while time.monotonic() < deadline:
        base = rnd.choice(pool)
        if args.child == "docx":
            data = docx_mutate(base, 400_000, rnd.randrange(2**32), lambda b, m: random_mutate(b, m, rnd))
        else:
            data = random_mutate(base, 400_000, rnd)
        before = harness.read
        harness(data)
        if harness.read > before and len(pool) < 400 and rnd.random() < 0.05:
            pool.append(data)
    harness.close()
    return 0


# --- parent: the one command ----------------------------------------------------------------


def _native(crashes: Path, reader: str) -> list[Path]:
    """Inputs saved after a native crash, timeout or OOM (libFuzzer's artifacts and ours)."""
    if not crashes.is_dir():
        return []
    return [
        p for p in crashes.glob(f"{reader}-native-*") if p.suffix != ".txt" and "slow-unit" not in p.name
    ]  # slow units are reported as Hang


def run_reader(reader: str, args: argparse.Namespace) -> dict:
    stats = Path(args.out) / f"fuzz_stats_{reader}.json"
    stats.unlink(missing_ok=True)
    crashes = Path(args.out) / "crashes"
    native_before = set(_native(crashes, reader))
    deadline = time.monotonic() + args.seconds
    restarts = 0
    log_tail = ""
    while True:
        left = deadline - time.monotonic()
        if left < 3:
            break
        cmd = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            reader,
            "--seconds",
            str(int(left)),
            "--engine",
            args.engine,
            "--out",
            str(args.out),
            "--timeout",
            str(args.timeout),
            "--rss-mb",
            str(args.rss_mb),
            "--seed",
            str(args.seed + restarts),
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        log_tail = (proc.stderr or "")[-3000:]
        if proc.returncode == 0:
            break
        restarts += 1  # a native crash, hang or OOM: keep the input being read; go on
        current = current_input(Path(args.out), reader)
        if current.exists():
            blob = current.read_bytes()
            crashes.mkdir(parents=True, exist_ok=True)
            kept = crashes / f"{reader}-native-signal{-proc.returncode}-{hashlib.sha1(blob).hexdigest()[:12]}.{reader}"
            kept.write_bytes(blob)
            kept.with_suffix(".txt").write_text(proc.stderr[-5000:], encoding="utf-8")
            current.unlink()
        print(f"{reader}: child exited {proc.returncode} (native crash, timeout or OOM); restarting", file=sys.stderr)
        if restarts > 50:
            break
    data = json.loads(stats.read_text()) if stats.exists() else {"execs": 0, "read": 0, "rejected": 0, "crashes": {}}
    native = sorted(set(_native(crashes, reader)) - native_before)
    data["native"] = [str(p) for p in native]
    data["log_tail"] = log_tail
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fuzz the PDF and DOCX readers.")
    parser.add_argument("--seconds", type=float, default=120, help="time budget per reader (default 120)")
    parser.add_argument("--readers", default="docx,pdf", help="comma-separated: docx,pdf")
    parser.add_argument("--engine", choices=("auto", "atheris", "random"), default="auto")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--timeout", type=float, default=20, help="seconds one input may take")
    parser.add_argument("--rss-mb", type=int, default=2048, help="memory limit of a fuzzing process")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", choices=READERS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.engine == "auto":
        try:
            import atheris  # noqa: F401

            args.engine = "atheris"
        except ImportError:
            args.engine = "random"
    if args.child:
        return child(args)
    args.out.mkdir(parents=True, exist_ok=True)
    seeds_dir = args.out / "fuzz_seeds"
    shutil.rmtree(seeds_dir, ignore_errors=True)
    seeds = build_seeds(seeds_dir)
    readers = [r.strip() for r in args.readers.split(",") if r.strip()]
    print(
        f"engine: {args.engine}; {args.seconds:g} s per reader; seeds: "
        + ", ".join(f"{r} {len(seeds[r])}" for r in readers)
    )
    total_crashes = 0
    rows = []
    for reader in readers:
        t0 = time.monotonic()
        data = run_reader(reader, args)
        crashes = len(data["crashes"]) + len(data["native"])
        total_crashes += crashes
        rows.append(
            (
                reader,
                data["execs"],
                data["read"],
                data["rejected"],
                crashes,
                time.monotonic() - t0,
                data.get("slowest_seconds", 0),
            )
        )
        for key, path in data["crashes"].items():
            print(f"  {reader} crash: {key}: {path}")
        for path in data["native"]:
            print(f"  {reader} native crash/timeout/oom: {path}")
        if data["execs"] == 0:
            print(f"  {reader}: no executions; child log:\n{data['log_tail']}")
    print(
        f"{'reader':8} {'executions':>11} {'read':>8} {'refused':>8} {'crashes':>8} {'seconds':>8} "
        f"{'slowest input':>14}"
    )
    for reader, execs, read, rejected, crashes, secs, slowest in rows:
        print(f"{reader:8} {execs:>11} {read:>8} {rejected:>8} {crashes:>8} {secs:>8.0f} {slowest:>12.2f} s")
    return 1 if total_crashes else 0


if __name__ == "__main__":
    sys.exit(main())
