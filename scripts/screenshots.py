"""Render the README screenshots into docs/screenshots/: the window (light, dark, Russian) and a PDF export.

    python scripts/screenshots.py [--out docs/screenshots]

Each window picture is one offscreen run of ``python -m reader --screenshot``, so it shows exactly what
the program shows: the window after the alignment finished, with a paragraph selected as a click would.
The PDF picture is page 1 of ``python -m reader export PROJECT --format pdf`` for a reading project of the
sample pair with a few annotations, rendered by ``pdftoppm``. Everything else is made in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.core.align import align_documents  # noqa: E402
from reader.core.project.annotations import COLORS, Annotation  # noqa: E402
from reader.core.project.session import new_project, read_documents  # noqa: E402
from reader.core.project.storage import save_project  # noqa: E402
from reader.ui.base.sample import sample_pair  # noqa: E402

SELECT_PREFIX = "Подписанная конвенция"  # a Russian paragraph whose counterpart covers three of them

#: the exported project's annotations: (side, start of the paragraph, highlighted words, colour, note)
HIGHLIGHTS = [
    ("ru", "Президент России", "историческим событием", "yellow", "В английском тексте: «historic event»"),
    ("ru", "«Это без преувеличения", "генпрокурор России Александр Гуцан", "pink", "The report does not name him"),
    ("en", '"This historic event', "thanks to the support by the majority of the world countries", "blue", ""),
    ("en", '"The Convention is designed', "Russia is open to the closest international cooperation", "green",
     "Softer than the original: «открыта к самому тесному сотрудничеству»"),
]
LINK_NOTE = "The report merges three Russian paragraphs into one quote"  # on the link of SELECT_PREFIX


def shots(select: str, first: str) -> list[tuple[str, list[str]]]:
    """(file name, extra arguments) of every window screenshot."""
    return [
        ("reader-light.png", ["--theme", "light", "--lang", "en", "--select", select]),
        ("reader-dark.png", ["--theme", "dark", "--lang", "en", "--select", select]),
        ("reader-russian-interface.png", ["--theme", "light", "--lang", "ru", "--select", first]),
    ]


def paragraph_starting(document, prefix: str) -> int:
    """The index of the aligned paragraph of ``document`` (not a hidden repeat) whose text starts with ``prefix``."""
    return next(i for i in document.alignable_indices() if document.paragraphs[i].text.lstrip().startswith(prefix))


def annotated_project(ru_path: Path, en_path: Path, project_path: Path) -> Path:
    """Save a project of the pair (aligned) with highlights in the four colours and notes; return its path."""
    ru, en = read_documents(ru_path, en_path)
    documents = {"ru": ru, "en": en}
    project = new_project(ru_path, en_path, align_documents(ru, en), project_path)
    for side, prefix, words, colour, note in HIGHLIGHTS:
        paragraph = paragraph_starting(documents[side], prefix)
        start = documents[side].paragraphs[paragraph].text.index(words)
        project.annotations.add(Annotation(side, paragraph, start, start + len(words), COLORS[colour], note, words))
    ru_index = paragraph_starting(ru, SELECT_PREFIX)
    link = next(link for link in project.alignment.links if ru_index in link.ru)
    project.annotations.add(Annotation("link", min(link.ru), color=None, note=LINK_NOTE, counterpart=min(link.en)))
    return save_project(project)


def export_shot(sample: tuple[Path, Path], target: Path, env: dict[str, str], work: Path) -> int:
    """Export the annotated sample project as a PDF and render its first page into ``target``."""
    if shutil.which("pdftoppm") is None:
        print(f"{target.name}: skipped, pdftoppm is not installed (Debian/Ubuntu: apt install poppler-utils)")
        return 0
    sources = [Path(shutil.copy2(path, work / path.name)) for path in sample]  # the export never sees seeds/
    project = annotated_project(*sources, work / "sample.preader")
    pdf = work / "sample.parallel.pdf"
    steps = [[sys.executable, "-m", "reader", "export", str(project), "--format", "pdf", "-o", str(pdf), "--quiet"],
             ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(work / "page")]]
    for command in steps:
        result = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            print(f"{target.name}: FAILED {' '.join(command[:4])}: {result.stderr.strip()}")
            return result.returncode
    shutil.copyfile(work / "page.png", target)
    print(f"{target.name}: ok")
    return 0


def isolated_env(work: Path) -> dict[str, str]:
    """The environment of every run: offscreen, this checkout, and settings, caches and models in ``work``.

    Never the person's own: their settings, cached machine translations or installed models would
    change the pictures.
    """
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO),
                XDG_CONFIG_HOME=str(work / "config"), XDG_DATA_HOME=str(work / "data"),
                XDG_CACHE_HOME=str(work / "cache"), ARGOS_PACKAGES_DIR=str(work / "argos-packages"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sample = sample_pair()
    if sample is None:
        print("The sample pair is missing (seeds/ in a checkout).", file=sys.stderr)
        return 1
    ru, en = sample
    ru_doc, _ = read_documents(ru, en)
    status = 0
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        env = isolated_env(work)
        select, first = f"ru:{paragraph_starting(ru_doc, SELECT_PREFIX)}", f"ru:{ru_doc.alignable_indices()[0]}"
        for name, extra in shots(select, first):
            command = [sys.executable, "-m", "reader", str(ru), str(en), "--screenshot", str(out / name),
                       "--size", "1400x860", *extra]
            result = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
            print(f"{name}: {'ok' if result.returncode == 0 else 'FAILED ' + result.stderr.strip()}")
            status = status or result.returncode
        status = export_shot(sample, out / "export-pdf.png", env, work) or status
    return status


if __name__ == "__main__":
    sys.exit(main())
