"""Progress: known words over time and reviews per day, drawn with QPainter (no QtCharts)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from simak.core.study import Status, StudyService
from simak.gui.dialogs.common import run_serial, sentence_for
from simak.gui.tasks import TaskRunner
from simak.gui.theme import ACCENT, ACCENT_SOFT

REVIEW_DAYS = 30
_AXIS = QColor("#8b8f93")


@dataclass
class ProgressData:
    known_by_day: list[tuple[date, int]] = field(default_factory=list)  # cumulative
    reviews_by_day: list[tuple[date, int]] = field(default_factory=list)  # last REVIEW_DAYS
    known: int = 0
    learning: int = 0
    reviews_today: int = 0


def load_progress(study: StudyService, today: date | None = None) -> ProgressData:
    today = today or date.today()
    repo = study.repo
    known, total = [], 0
    for day, count in repo.known_by_day():
        total += count
        known.append((date.fromisoformat(day), total))
    if known and known[-1][0] < today:
        known.append((today, total))  # the line reaches today
    first = today - timedelta(days=REVIEW_DAYS - 1)
    counted = {date.fromisoformat(d): n for d, n in repo.reviews_by_day(first.isoformat())}
    reviews = [(first + timedelta(days=i), 0) for i in range(REVIEW_DAYS)]
    reviews = [(d, counted.get(d, 0)) for d, _ in reviews] if counted else []
    statuses = repo.status_counts()
    learning = sum(n for s, n in statuses.items() if Status(s).is_learning)
    return ProgressData(
        known, reviews, statuses.get(int(Status.KNOWN), 0), learning, counted.get(today, 0)
    )


def nice_ceiling(value: float) -> tuple[float, float]:
    """An axis top at or above `value` and a round tick step (1, 2, 5 × 10^n)."""
    if value <= 0:
        return 1.0, 1.0
    raw = value / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(step, 1.0)
    return step * math.ceil(value / step), step


class ProgressChart(QWidget):
    """A small line or bar chart of (day, value) points, with axes and an empty state."""

    def __init__(self, title: str, empty_text: str, bars: bool, parent=None) -> None:
        super().__init__(parent)
        self._title, self._empty_text, self._bars = title, empty_text, bars
        self._points: list[tuple[date, int]] = []
        self.setMinimumSize(320, 180)
        self.setAccessibleName(title)

    def set_points(self, points: list[tuple[date, int]]) -> None:
        self._points = list(points)
        total = sum(v for _, v in points)
        self.setAccessibleDescription(
            self.tr("No data yet") if not points else self.tr("{0} days").format(len(points))
        )
        self.setToolTip(
            "" if not points else f"{self._title}: {points[-1][1] if not self._bars else total}"
        )
        self.update()

    def points(self) -> list[tuple[date, int]]:
        return list(self._points)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 210)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            QRectF(12, 8, self.width() - 24, 20), Qt.AlignmentFlag.AlignLeft, self._title
        )
        painter.setFont(self.font())
        if not self._points or not any(v for _, v in self._points):
            painter.setPen(_AXIS)
            painter.drawText(
                QRectF(24, 30, self.width() - 48, self.height() - 40),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )
            return
        self._paint_chart(painter)

    def _paint_chart(self, painter: QPainter) -> None:
        metrics = painter.fontMetrics()
        top_value, step = nice_ceiling(max(v for _, v in self._points))
        left = 14 + metrics.horizontalAdvance(f"{int(top_value):,}")
        plot = QRectF(
            left, 36, self.width() - left - 18, self.height() - 36 - metrics.height() - 14
        )
        # grid and y labels
        ticks = int(round(top_value / step))
        for i in range(ticks + 1):
            value = i * step
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.AlternateBase), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(_AXIS)
            label_rect = QRectF(0, y - metrics.height() / 2, left - 6, metrics.height())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight, f"{int(value):,}")
        painter.setPen(QPen(_AXIS, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        first, last = self._points[0][0], self._points[-1][0]
        span_days = max(1, (last - first).days)
        if self._bars:
            self._paint_bars(painter, plot, top_value)
        else:
            self._paint_line(painter, plot, top_value, first, span_days)
        # x labels: first and last day, and the middle one when there is room
        painter.setPen(_AXIS)
        label_y = plot.bottom() + 4
        days = [first, last] if first != last else [first]
        if plot.width() > 300 and span_days >= 2:
            days.insert(1, first + timedelta(days=span_days // 2))
        for day in days:
            x = self._x_of(day, plot, first, span_days)
            text = day.strftime("%d %b")
            width = metrics.horizontalAdvance(text)
            x = min(max(x - width / 2, plot.left()), plot.right() - width)
            painter.drawText(QRectF(x, label_y, width + 2, metrics.height()), text)

    def _x_of(self, day: date, plot: QRectF, first: date, span_days: int) -> float:
        if self._bars:
            slot = plot.width() / len(self._points)
            return plot.left() + slot * ((day - first).days + 0.5)
        return plot.left() + plot.width() * (day - first).days / span_days

    def _paint_bars(self, painter: QPainter, plot: QRectF, top_value: float) -> None:
        slot = plot.width() / len(self._points)
        width = max(2.0, slot * 0.7)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ACCENT)
        for i, (_, value) in enumerate(self._points):
            if value <= 0:
                continue
            height = plot.height() * value / top_value
            x = plot.left() + slot * i + (slot - width) / 2
            painter.drawRoundedRect(QRectF(x, plot.bottom() - height, width, height), 1.5, 1.5)

    def _paint_line(
        self, painter: QPainter, plot: QRectF, top_value: float, first: date, span_days: int
    ) -> None:
        points = [
            QPointF(
                self._x_of(day, plot, first, span_days),
                plot.bottom() - plot.height() * value / top_value,
            )
            for day, value in self._points
        ]
        if len(points) == 1:  # one day of data: a flat line across, ending at the point
            points = [QPointF(plot.left(), points[0].y()), QPointF(plot.right(), points[0].y())]
        # The count changes on a day and holds until the next: draw steps, not slopes.
        stepped = [points[0]]
        for point in points[1:]:
            stepped += [QPointF(point.x(), stepped[-1].y()), point]
        points = stepped
        area = QPainterPath(QPointF(points[0].x(), plot.bottom()))
        line = QPainterPath(points[0])
        for point in points:
            area.lineTo(point)
        for point in points[1:]:
            line.lineTo(point)
        area.lineTo(points[-1].x(), plot.bottom())
        area.closeSubpath()
        painter.fillPath(area, ACCENT_SOFT)
        painter.setPen(QPen(ACCENT, 2))
        painter.drawPath(line)
        painter.setBrush(ACCENT)
        painter.drawEllipse(points[-1], 3.5, 3.5)


class ProgressDialog(QDialog):
    def __init__(
        self,
        study_service: StudyService,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._study = study_service
        self._runner = runner
        self.setModal(False)
        self.setWindowTitle(self.tr("Progress"))
        self.resize(600, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(12)
        figures = QHBoxLayout()
        figures.setSpacing(24)
        self.known_figure = self._figure(figures, self.tr("Known words"))
        self.learning_figure = self._figure(figures, self.tr("Learning"))
        self.today_figure = self._figure(figures, self.tr("Reviews today"))
        figures.addStretch(1)
        layout.addLayout(figures)
        self.known_chart = ProgressChart(
            self.tr("Known words over time"),
            self.tr("No known words yet. Mark words as Known while you read, or import a list."),
            bars=False,
            parent=self,
        )
        self.reviews_chart = ProgressChart(
            self.tr("Reviews per day, last 30 days"),
            self.tr("No reviews in the last 30 days. Open Review when cards are due."),
            bars=True,
            parent=self,
        )
        layout.addWidget(self.known_chart, 1)
        layout.addWidget(self.reviews_chart, 1)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b5473a;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.refresh()

    def _figure(self, row: QHBoxLayout, caption: str) -> QLabel:
        box = QVBoxLayout()
        box.setSpacing(0)
        value = QLabel("0", self)
        value.setStyleSheet("font-size: 20pt; font-weight: 600; color: palette(text);")
        value.setAccessibleName(caption)
        label = QLabel(caption, self)
        label.setObjectName("cardMuted")
        box.addWidget(value)
        box.addWidget(label)
        row.addLayout(box)
        return value

    def refresh(self) -> None:
        study = self._study
        run_serial(self._runner, lambda: load_progress(study), self.show_data, self._fail)

    def show_data(self, data: ProgressData) -> None:
        self.error_label.hide()
        self.known_figure.setText(f"{data.known:,}")
        self.learning_figure.setText(f"{data.learning:,}")
        self.today_figure.setText(f"{data.reviews_today:,}")
        self.known_chart.set_points(data.known_by_day)
        self.reviews_chart.set_points(data.reviews_by_day)

    def _fail(self, exc: Exception) -> None:
        self.error_label.setText(sentence_for(exc))
        self.error_label.show()
