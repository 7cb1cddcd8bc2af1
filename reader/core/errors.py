"""Typed errors with messages a person understands.

Every failure that bad input can cause is one of these; the command line prints
``str(error)`` and exits non-zero, the window shows it in a message box.
"""

from __future__ import annotations


class ReaderError(Exception):
    """Base of every error the program reports to a person instead of a traceback."""

    #: a short hint on what the person can do about it, shown under the message
    hint: str = ""

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.path = path
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.path}: {message}" if self.path else message


class InputError(ReaderError):
    """A source file could not be read into a document."""


class UnsupportedFormatError(InputError):
    """The file's extension or content is not a format the reader understands."""

    hint = "Supported formats: .txt .md .html .htm .epub .fb2 .fb2.zip .docx .odt .pdf"


class EmptyFileError(InputError):
    """The file holds no readable text."""


class BinaryFileError(InputError):
    """The file is binary data, not text in a supported format."""


class DecodingError(InputError):
    """The text's encoding could not be determined."""

    hint = "Save the file as UTF-8 and open it again."


class WorkLimitError(InputError):
    """Reading the file would take more work than a limit of the reading budget allows.

    ``limit`` names the limit (see ``reader.core.formats.budget.LIMITS``); the hint names the
    environment variable that raises it.
    """

    def __init__(self, message: str, *, limit: str = "", path: str | None = None, hint: str | None = None):
        super().__init__(message, path=path, hint=hint)
        self.limit = limit


class FileTooLargeError(WorkLimitError):
    """The file is larger than the configured limit."""


class NotRegularFileError(InputError):
    """The path is a folder, a device, a named pipe or a socket, not a regular file."""


class FileChangedError(InputError):
    """The file changed size while it was being read (another program is writing it)."""

    hint = "Wait until the other program has finished writing the file, then open it again."


class EncryptedPdfError(InputError):
    """The PDF is encrypted and cannot be read without a password."""

    hint = "Remove the password protection (e.g. print to a new PDF) and open it again."


class NoTextLayerError(InputError):
    """The PDF has no text layer (a scan): it needs OCR first."""

    hint = "Run OCR on the PDF (for example with ocrmypdf) and open the result."


class MalformedDocumentError(InputError):
    """An EPUB/FB2/DOCX/ODT/HTML/PDF file is damaged or not what its extension says."""


class UnsafeArchiveError(MalformedDocumentError):
    """An archive has entries that escape its folder or expand to an unreasonable size."""


class LanguageError(InputError):
    """The pair cannot be read as Russian + English (e.g. both texts in one language)."""


class AlignmentError(ReaderError):
    """An alignment could not be computed or an alignment edit is invalid.

    An edit refused for a reason a person meets in the window also carries ``template``, its
    message with ``{fields}`` in place of the details, and ``params``, the details as data (side,
    paragraph and sentence indices; see ``reader.core.align.validate.refusal``), so that the
    window can say it in the interface language. ``str(error)`` stays the English message.
    """

    def __init__(self, message: str, *, template: str = "", params: dict[str, object] | None = None,
                 path: str | None = None, hint: str | None = None):
        super().__init__(message, path=path, hint=hint)
        self.template = template
        self.params = dict(params or {})


class ProjectError(ReaderError):
    """A reading-project file is corrupt, of a newer version, or cannot be written.

    ``backup`` is the previous version of the file (``NAME.bak``) when one exists and reads cleanly,
    so that the person can be offered it instead.
    """

    backup: str | None = None


class ProjectFormatError(ProjectError):
    """A project, autosave or recovery file holds a field of the wrong type, range or size.

    ``field`` is where (``annotations[3].color``), ``reason`` what is wrong with it.
    """

    hint = "Open the file in a text editor to repair it, or use its backup (.bak)."

    def __init__(self, field: str, reason: str, *, path: str | None = None):
        where = f"{field} " if field else ""
        super().__init__(f"The project file is not valid: {where}{reason}.", path=path)
        self.field = field
        self.reason = reason


class TranslationError(ReaderError):
    """Machine translation is unavailable or failed (missing extra, no package, bad package)."""


class ExportError(ReaderError):
    """An export could not be written."""


def report_error(error: ReaderError, stream=None) -> None:
    """Tell a person about a ReaderError on the terminal: the message, then the hint if there is one
    (the command line and the window's start both use it); the log gets the same lines."""
    import logging
    import sys

    stream = stream if stream is not None else sys.stderr
    print(f"error: {error}", file=stream)
    if error.hint:
        print(f"hint: {error.hint}", file=stream)
    logging.getLogger("reader").info("reported: %s%s", error, f" (hint: {error.hint})" if error.hint else "")
