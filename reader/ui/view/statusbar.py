"""Status bar contents: how much of each text is linked, how many gaps there are, and alignment progress."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from reader.core.align.gaps import MIN_GAP
from reader.core.links import pair_stats
from reader.ui.base.context import Context


class StatusPanel(QLabel):
    """The permanent status text: linked paragraphs, coverage and gaps per side, plus a progress bar."""

    def __init__(self, context: Context, status_bar: QStatusBar, gaps: Callable[[], list | None] | None = None):
        """``gaps`` gives the alignment's gaps (``PairView.gaps``: None while links are still coming)."""
        super().__init__()
        self.context = context
        self.gaps = gaps
        self.setObjectName("status_stats")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setMaximumHeight(16)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.hide()
        status_bar.addPermanentWidget(self.progress_label)
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self, 0)
        context.alignment_changed.connect(self.refresh)
        context.alignment_progress.connect(self.show_progress)
        self.refresh()

    def refresh(self) -> None:
        """Recount from the current alignment."""
        documents = self.context.documents()
        if not documents:
            self.setText(self.tr("No pair open"))
            return
        if self.context.alignment is None:
            self.setText(self.tr("Russian: {ru} paragraphs · English: {en} paragraphs").format(
                ru=len(documents["ru"]), en=len(documents["en"])))
            return
        stats = pair_stats(documents, self.context.links).sides
        ru, en = stats["ru"], stats["en"]
        self.setText(self.tr(
            "Linked: Russian {ru_linked} of {ru_total} ({ru_cov:.0%} of the text) · English {en_linked} of {en_total}"
            " ({en_cov:.0%}) · Without counterpart: Russian {ru_gap}, English {en_gap}").format(
            ru_linked=ru.linked, ru_total=ru.alignable, ru_cov=ru.coverage,
            en_linked=en.linked, en_total=en.alignable, en_cov=en.coverage,
            ru_gap=ru.without_counterpart, en_gap=en.without_counterpart) + " · " + self.gaps_text())
        self.setToolTip(self.tr("Coverage is the share of each text (headings and body, by characters) "
                                "that has a counterpart.") + "\n" + self.tr(
            "A gap is a stretch where paragraphs of both texts are left without counterpart (at least {min} on each "
            "side).").format(min=MIN_GAP))

    def gaps_text(self) -> str:
        """How many gaps the alignment leaves, and the longest (in Russian body paragraphs)."""
        gaps = self.gaps() if self.gaps is not None else []
        if gaps is None:
            return self.tr("Gaps: counting…")
        if not gaps:
            return self.tr("Gaps: none")
        return self.tr("Gaps: {count} (longest {longest} paragraphs)").format(
            count=len(gaps), longest=max(gap.size for gap in gaps))

    def show_progress(self, done: int, total: int) -> None:
        """Alignment progress; (0, 0) hides the bar."""
        running = total > 0
        self.progress.setVisible(running)
        self.progress_label.setVisible(running)
        if running:
            self.progress_label.setText(self.tr("Aligning…"))
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
