"""The one exception hierarchy, the message catalogue and the exit codes.

Every anticipated failure is a :class:`ClauseCheckError` carrying a catalogue
code (``E104``), the file it concerns and the exit code the CLI should use.
Library code raises; only ``cli.main()`` prints and exits.

Messages are written for lawyers: they name the file, say what happened and
what to do next, and end with the code.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    CANNOT_RUN = 2
    INTERNAL = 3
    INTERRUPTED = 130


# Error catalogue.  E1xx: input files; E2xx: configuration (rules, playbooks,
# library); E3xx: the model; E4xx: outputs; E5xx: the batch engine.  Templates use str.format fields.
ERRORS: dict[str, str] = {
    # --- input -------------------------------------------------------------
    "E101": "the file does not exist. Check the path and try again.",
    "E102": "the file is empty (0 bytes). Ask for a complete copy of the contract.",
    "E103": "this {kind} file is damaged and cannot be read ({detail}). "
    "Open it in its own program, save a fresh copy and run clausecheck on that.",
    "E104": "this PDF is password-protected. Save an unprotected copy and run clausecheck on it.",
    "E105": "this PDF has no text layer (it is a scan or an image). Run OCR on it first "
    "(for example with ocrmypdf) and check the OCR copy.",
    "E106": "clausecheck cannot read {suffix} files. Save the contract as PDF, DOCX, TXT or MD.",
    "E107": "this is a folder, not a file. Use `clausecheck scan` for folders.",
    "E108": "the file cannot be opened ({detail}). Check that you are allowed to read it.",
    "E109": "this text file is not valid text in any encoding clausecheck knows. Save it as UTF-8 and try again.",
    "E110": "the document holds no text clausecheck could read. "
    "Check that it is the right file; if it is a scan, run OCR on it first.",
    "E111": "this file is too large to check safely ({detail}). Split it or check it in parts.",
    "E112": "this DOCX file is unsafe to open ({detail}). Ask for a clean copy.",
    "E113": "reading this file took longer than the {seconds:g} s limit and was stopped. "
    "Try again with a higher --timeout, or check the file on its own.",
    "E114": "this folder holds no PDF, DOCX, TXT or MD file to check. Check the path; "
    "to check one file, name the file itself.",
    "E115": "the file name holds {problem}, which reports and summaries cannot show faithfully, so the "
    "file was not checked. Rename it (letters, digits, spaces and punctuation) and scan again.",
    "E116": "this {what}'s path is {size} bytes long, more than the 4,096 the system allows, so it cannot "
    "be opened. Move it to a folder with a shorter path and scan again.",
    "E117": "this is a symbolic link to a file or folder outside the scanned folder; it was not read. "
    "Copy what it points to into the folder, or pass --follow-links to read it.",
    "E118": "this is not a regular file (a named pipe, a device or a socket), so clausecheck does not read "
    "it. Save the contract as an ordinary file and check that.",
    "E119": "this Word document is password-protected. Save an unprotected copy and run clausecheck on it.",
    # --- configuration -----------------------------------------------------
    "E201": "{detail}",
    "E202": "{detail}",
    "E203": "{detail}",
    "E204": "{detail}",
    "E205": "the rules files were changed after this release of clausecheck ({detail}). "
    "Reinstall clausecheck, or pass --allow-modified-rules if you changed them on purpose "
    "(every report then says so).",
    "E206": "this truth file cannot be read ({detail}). It must be JSON in the format of "
    "docs/evaluation.md (a folder of NAME.truth.json files, or one object keyed by file name).",
    # --- model -------------------------------------------------------------
    "E301": "the clause model is missing ({detail}). Reinstall clausecheck; "
    "if you built it from source, run `clausecheck train` first.",
    "E302": "the clause model file {detail} does not match the hash recorded for this release. "
    "It may have been modified. Reinstall clausecheck, or pass --allow-modified-model "
    "if you changed it on purpose.",
    "E303": "the clause model cannot be loaded ({detail}). Reinstall clausecheck.",
    "E304": "{detail}",
    "E305": "the clause model was refused before reading it: {detail}. Reinstall clausecheck.",
    # --- output ------------------------------------------------------------
    "E401": "the output file already exists. Pass --overwrite to replace it, or choose another name with -o.",
    "E402": "the output cannot be written ({detail}). Free some disk space or check that the folder is "
    "writable, or choose another place for the output; finished results were kept.",
    "E403": "the output would replace the input file. Choose another name with -o.",
    "E405": "the folder {folder} does not exist, so the output was not written. Create the folder first, "
    "or choose another place with -o.",
    "E404": "the redline folder is the scanned folder itself, where a later scan would read the redlines "
    "as contracts. Choose a sub-folder or another folder with --redline.",
    # --- internal ------------------------------------------------------------
    "E900": "{detail}",
    # --- engine (scan --engine ray) ------------------------------------------
    "E501": "the Ray engine is not installed ({detail}). Install it with: pip install 'clausecheck[ray]'.",
    "E502": "cannot connect to the Ray cluster at {address} ({detail}). Check the address that "
    "`ray status` prints on the head node, and that this machine runs the same Ray and Python versions.",
    "E503": "the private Ray instance could not be limited to this machine ({detail}), so it was stopped "
    "rather than left reachable from the network. Use --engine local, or start your own cluster with "
    "`ray start --head --node-ip-address 127.0.0.1` and pass --address.",
}

WARNINGS: dict[str, str] = {
    "W101": "pages {pages} have no text layer and were not read; run OCR on them to check them too.",
    "W102": "pages {pages} contain text that comes out as glyph codes (cid:NNN); "
    "their text may be wrong. Run OCR on them.",
    "W103": "the document carries {count} unaccepted tracked changes; "
    "clausecheck read it as if all of them were accepted.",
    "W104": "the text file was not UTF-8; it was read as {encoding}.",
    "W105": "the document has {count} comments; they were ignored.",
    "W106": "{detail}",
    "W150": "no clause of this document could be read by the clause model (no numbered or headed clause "
    "with text of its own), so the four AI clauses were not checked and no finding says they are missing; "
    "read the document yourself.",
    "W107": "clause {clause} is {size:,} characters long (no numbering was found to split it); the model "
    "classified only its first {limit:,} characters, so an AI clause later in it may be missed. "
    "The governing-law and dispute checks read all of it.",
    "W108": "pages {pages} are shown turned, or their text runs sideways or upside down; clausecheck read "
    "the text in its own direction. Check those pages' clauses against the document.",
    "W110": "pages {pages} hold text running in more than one direction (a sideways note or stamp beside "
    "upright text); the text in the other direction may be out of order. Check those pages.",
    "W109": "the PDF carries {count} attached file(s) ({names}), as a PDF portfolio does; clausecheck read "
    "only the PDF's own pages. Save the attachments and check each of them.",
    "W201": "{detail}",
    "W301": "the clause model was modified; results were produced with --allow-modified-model.",
    "W302": "the rules files were modified ({detail}); results were produced with --allow-modified-rules.",
    "W303": "the rules files differ from this release ({detail}); they are shown as they are now, and "
    "checks refuse them unless --allow-modified-rules is given.",
}


class ClauseCheckError(Exception):
    """An anticipated failure with a catalogue code and a message for lawyers."""

    exit_code: ExitCode = ExitCode.CANNOT_RUN

    def __init__(self, code: str, path: str | Path | None = None, **fields: object) -> None:
        self.code = code
        self.path = str(path) if path is not None else None
        self.fields = fields
        template = ERRORS.get(code, "{detail}")
        try:
            body = template.format(**fields)
        except (KeyError, IndexError, ValueError):
            body = template
        self.body = body
        super().__init__(self.message)

    @property
    def message(self) -> str:
        prefix = f"{display_name(self.path)}: " if self.path else ""
        return f"{prefix}{self.body} [{self.code}]"

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "file": self.path, "message": self.message}


class InputError(ClauseCheckError):
    """E1xx: the input file cannot be read."""


class ConfigError(ClauseCheckError):
    """E2xx: a rule, playbook or library file is wrong; the message points at file:line:col."""


class ModelError(ClauseCheckError):
    """E3xx: model weights missing, modified or unloadable."""


class OutputError(ClauseCheckError):
    """E4xx: an output cannot be written."""


def display_name(path: str | Path | None) -> str:
    """The file's name as messages show it: control characters (a terminal escape sequence in a
    file name) and bytes that are not UTF-8 are escaped, never sent to the terminal raw."""
    if path is None:
        return ""
    from .fileio import printable

    return printable(str(path))


def warning_message(code: str, **fields: object) -> str:
    template = WARNINGS.get(code, "{detail}")
    try:
        body = template.format(**fields)
    except (KeyError, IndexError, ValueError):
        body = template
    return f"{body} [{code}]"
