"""Opening a project as a reading session: checksums, missing links, re-anchoring after a source changed."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from collections.abc import Callable

from reader.core.align import Alignment
from reader.core.align.validate import check_alignment
from reader.core.document import Document
from reader.core.errors import AlignmentError, InputError, ProjectError, ReaderError
from reader.core.formats.files import hash_regular
from reader.core.project.anchoring import AnchorReport, anchor_side, fill_quotes, reanchor
from reader.core.project.project import Project, SourceRef, stored_path
from reader.core.project.remap import carry_over, fingerprints, paragraph_map
from reader.core.project.storage import load_project
from reader.core.session import ReadingSession
from reader.core.sides import PerSide, Side


def file_sha256(path: str | Path) -> str:
    """The SHA-256 of a file's bytes, as hex."""
    digest = hashlib.sha256()
    try:
        hash_regular(path, digest)  # a device or a pipe is refused before it is read
    except InputError as error:
        reason = str(error).removeprefix(f"{path}: ")
        raise ProjectError(f"A source file of the project cannot be read ({reason}).", path=str(path),
                           hint="Move the file back, or open the pair again and save a new project.") from None
    return digest.hexdigest()


def read_documents(ru_path: Path, en_path: Path) -> tuple[Document, Document]:
    """Read the pair's two files into documents (original first)."""
    from reader.core.pair import load_pair

    pair = load_pair(ru_path, en_path)
    return pair.ru, pair.en


def new_project(ru_path: str | Path, en_path: str | Path, alignment: Alignment | None = None,
                project_path: str | Path | None = None) -> Project:
    """A project for a pair of files (checksums taken now)."""
    project_path = Path(project_path).absolute() if project_path is not None else None
    folder = project_path.parent if project_path is not None else None
    return Project(original=SourceRef(stored_path(Path(ru_path), folder), file_sha256(ru_path)),
                   counterpart=SourceRef(stored_path(Path(en_path), folder), file_sha256(en_path)),
                   alignment=alignment, path=project_path)


def session_project(session: ReadingSession, *, links: bool = True) -> Project:
    """The session as a project to save: its project (a new one for its files the first time) with the
    alignment (left out with ``links=False``: aligned again when opened), fingerprints, annotations and
    machine translations as they are now."""
    if session.project is None:
        if not session.paths:
            raise ProjectError("This pair was not read from files, so it cannot be saved as a project.")
        session.project = new_project(*session.paths)
    project = session.project
    project.alignment = session.alignment if links else None
    project.fingerprints = PerSide(fingerprints(session.ru), fingerprints(session.en)).as_dict()
    project.annotations.replace_all(list(session.annotations))
    project.translations = dict(sorted(session.translations.items()))
    return project


def _alignment_fits(alignment: Alignment, ru: Document, en: Document) -> bool:
    """Whether the links, marks and merged/split units are consistent with the texts."""
    try:
        check_alignment(alignment, PerSide(ru, en).as_dict())
    except AlignmentError:
        return False
    return True


def _follow_changes(opened: ReadingSession, project: Project, texts: PerSide[list[str]],
                    prints: PerSide[list[str]]) -> Alignment | None:
    """Move annotations (and hand-made links) of changed sides to where their paragraphs are now.

    Paragraphs whose text is unchanged are followed by fingerprint; other annotations are searched by
    their quote. Returns the hand-made part of the alignment at the new indices (None when the
    project has no fingerprints to follow), and leaves ``project.alignment`` None (to be aligned again).
    """
    maps: dict[str, dict[int, int] | None] = {Side.RU: None, Side.EN: None}
    report = AnchorReport()
    for side in opened.changed:
        old = project.fingerprints.get(side)
        mapping = paragraph_map(old, prints[side]) if old else {}
        maps[side] = mapping
        mine = [a for a in project.annotations if anchor_side(a) == side]
        searched = []
        for a in mine:
            if a.unplaced or a.paragraph not in mapping:
                searched.append(a)
            elif mapping[a.paragraph] == a.paragraph:
                report.unchanged.append(a)
            else:
                report.moved.append(a.replaced(paragraph=mapping[a.paragraph], modified=a.modified))
        report.extend(reanchor(searched, texts[side]))
    kept = [a for a in project.annotations if anchor_side(a) not in opened.changed]
    project.annotations.replace_all(kept + report.annotations)
    opened.anchoring = report
    carried, lost = None, 0
    if project.alignment is not None and all(project.fingerprints.get(side) for side in opened.changed):
        carried, lost = carry_over(project.alignment, maps)
    names = " and ".join(PerSide("original", "counterpart")[s] for s in opened.changed)
    opened.notices.append(
        f"The {names} changed since the project was saved: it was aligned again"
        + (f" (keeping {len(carried.links)} hand-made link(s)" + (f"; {lost} could not be kept)" if lost else ")")
           if carried is not None and (carried.links or lost) else "")
        + f", {len(report.moved)} annotation(s) moved with their text"
        + (f", {len(report.unplaced)} could not be found and wait to be placed." if report.unplaced else "."))
    project.alignment = None
    return carried


def open_project(source: str | Path | Project, *,
                 documents: tuple[Document, Document] | None = None,
                 aligner: Callable | None = None,
                 options: Any = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ReadingSession:
    """Open a project as a reading session: read both documents, fill in what a hand-written file leaves out,
    re-anchor if needed.

    Missing links are computed with ``aligner(ru, en, progress=…, cancelled=…)``, by default with
    ``align_documents`` and the align ``options`` (an AlignOptions or None), whose prepared features are
    then kept in the session for re-aligning. When a source file changed (checksum), its annotations are searched again
    by their text; those not found stay in the project marked ``unplaced`` and are reported
    (``session.changed``, ``session.anchoring``). The project file itself is not written.
    """
    project = source if isinstance(source, Project) else load_project(source)
    ru_path, en_path = project.source_paths()
    hashes = PerSide(file_sha256(ru_path), file_sha256(en_path))
    try:
        ru, en = documents if documents is not None else read_documents(ru_path, en_path)
    except ReaderError as error:
        raise ProjectError(f"A source file of the project cannot be opened: {error}", path=error.path) from None
    opened = ReadingSession(ru, en, annotations=project.annotations, translations=dict(project.translations),
                            paths=(str(ru_path), str(en_path)), project=project)
    for side in Side:
        ref = project.source(side)
        if ref.sha256 and ref.sha256 != hashes[side]:
            opened.changed.append(side)
        ref.sha256 = hashes[side]
    texts = opened.texts()

    prints = PerSide(fingerprints(ru), fingerprints(en))
    carried: Alignment | None = None
    if opened.changed:
        carried = _follow_changes(opened, project, texts, prints)
    else:
        counts = PerSide(len(ru), len(en))
        for annotation in project.annotations:
            if annotation.paragraph >= counts[anchor_side(annotation)] and not annotation.unplaced:
                project.annotations.replace(annotation.replaced(unplaced=True, modified=annotation.modified))
                opened.anchoring.unplaced.append(project.annotations.get(annotation.id))
    fill_quotes(project.annotations, texts.as_dict())
    project.fingerprints = prints.as_dict()

    if project.alignment is not None and not _alignment_fits(project.alignment, ru, en):
        opened.notices.append("The saved links do not fit the texts; the pair was aligned again.")
        project.alignment = None
    if project.alignment is None:
        if aligner is None:
            from reader.core.align import align_documents

            fresh = align_documents(ru, en, options, progress=progress, cancelled=cancelled,
                                    prepared=lambda context: opened.keep_align_context(context, options))
        else:
            fresh = aligner(ru, en, progress=progress, cancelled=cancelled)
        if carried is not None:  # keep what the person made, add fresh automatic links around it
            from reader.core.align.editing.realign import AlignAgain

            AlignAgain(carried, opened.documents.as_dict(), fresh).do()
            fresh = carried
        project.alignment = fresh
    opened.alignment = project.alignment
    return opened
