#include "timelinewidget.h"

#include "format.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

constexpr int kMargin = 12;
constexpr int kLabelRows = 2;
constexpr int kLaneHeight = 28;

const QColor kCapeColour(0xf2, 0xc1, 0x4e);
const QColor kCapeRenewalColour(0xf6, 0xd3, 0x80);
const QColor kCesaColour(0x1f, 0x6f, 0x8b);
const QColor kAssociateColour(0x2e, 0x7d, 0x32);
const QColor kDeadlineColour(0xb7, 0x1c, 0x1c);

QColor fillOf(const TimelineSegment &segment)
{
    switch (segment.kind) {
    case TimelineSegment::Kind::Cape:
        return segment.period == 0 ? kCapeColour : kCapeRenewalColour;
    case TimelineSegment::Kind::Cesa:
        return kCesaColour;
    case TimelineSegment::Kind::Associate:
        return kAssociateColour;
    }
    return Qt::gray;
}

QColor textOn(const QColor &fill)
{
    return fill.lightness() > 150 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"contractTimeline"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void TimelineWidget::setTimeline(const ContractTimeline &timeline, QDate today)
{
    m_timeline = timeline;
    m_today = today;
    QDate first = today;
    QDate last = today;
    bool open = false;
    for (const TimelineSegment &segment : std::as_const(m_timeline.segments)) {
        first = std::min(first, segment.start);
        if (segment.end.isValid())
            last = std::max(last, segment.end);
        else
            open = true;
    }
    for (const TimelineMarker &marker : std::as_const(m_timeline.markers)) {
        first = std::min(first, marker.date);
        last = std::max(last, marker.date);
    }
    m_first = first.addDays(-30);
    m_last = last.addDays(open ? 120 : 45);

    QStringList description;
    for (const ContractEvent &event : std::as_const(m_timeline.events))
        description << formatDate(event.date) + u" "_s + event.title;
    setAccessibleName(tr("Contract timeline"));
    setAccessibleDescription(description.isEmpty() ? tr("No contract yet.")
                                                    : description.join(u"; "_s));
    update();
}

QSize TimelineWidget::sizeHint() const
{
    const int line = fontMetrics().height();
    return {600, kLabelRows * (line + 2) + kLaneHeight + 12 + line + 14};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

QRectF TimelineWidget::laneRect() const
{
    const int line = fontMetrics().height();
    const qreal top = kLabelRows * (line + 2) + 4;
    return QRectF(kMargin, top, width() - 2 * kMargin, kLaneHeight);
}

qreal TimelineWidget::xOf(QDate date, const QRectF &area) const
{
    const qint64 span = std::max<qint64>(1, m_first.daysTo(m_last));
    const qint64 offset = std::clamp<qint64>(m_first.daysTo(date), 0, span);
    return area.left() + area.width() * qreal(offset) / qreal(span);
}

QString TimelineWidget::segmentLabel(const TimelineSegment &segment) const
{
    switch (segment.kind) {
    case TimelineSegment::Kind::Cape:
        return segment.period == 0 ? tr("CAPE") : tr("Renewal %1").arg(segment.period);
    case TimelineSegment::Kind::Cesa:
        return tr("CESA");
    case TimelineSegment::Kind::Associate:
        return tr("Associate");
    }
    return {};
}

QString TimelineWidget::describe(const TimelineSegment &segment) const
{
    const QString label = segmentLabel(segment);
    if (segment.end.isValid())
        //: A period on the timeline: "CESA: 01/03/2026 – 31/12/2026"
        return tr("%1: %2 – %3").arg(label, formatDate(segment.start), formatDate(segment.end));
    return tr("%1: since %2").arg(label, formatDate(segment.start));
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const QRectF lane = laneRect();

    if (m_timeline.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No contract yet."));
        return;
    }

    // The lane's background: time with no contract.
    QPainterPath background;
    background.addRoundedRect(lane, 4, 4);
    painter.fillPath(background, pal.color(QPalette::AlternateBase));

    for (const TimelineSegment &segment : std::as_const(m_timeline.segments)) {
        const qreal x1 = xOf(segment.start, lane);
        const qreal x2 = segment.end.isValid() ? xOf(segment.end.addDays(1), lane) : lane.right();
        QRectF box(x1, lane.top(), std::max(2.0, x2 - x1), lane.height());
        const QColor fill = fillOf(segment);
        QPainterPath path;
        path.addRoundedRect(box.adjusted(0.5, 0, -0.5, 0), 3, 3);
        if (!segment.end.isValid()) {
            // An open contract fades out to the right: it has no end date.
            QLinearGradient gradient(box.topLeft(), box.topRight());
            gradient.setColorAt(0, fill);
            gradient.setColorAt(std::max(0.0, 1.0 - 60.0 / std::max(60.0, box.width())), fill);
            QColor faded = fill;
            faded.setAlpha(60);
            gradient.setColorAt(1, faded);
            painter.fillPath(path, gradient);
        } else {
            painter.fillPath(path, fill);
        }
        const QString label = segmentLabel(segment);
        const QRectF textBox = box.adjusted(6, 0, -6, 0);
        if (textBox.width() > metrics.horizontalAdvance(u"CA…"_s)) {
            painter.setPen(textOn(fill));
            painter.drawText(textBox, Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(label, Qt::ElideRight, int(textBox.width())));
        }
    }

    // Labels above the lane, each on the first row where it does not cover another.
    QList<QList<QRectF>> rows(kLabelRows);
    const auto placeLabel = [&](qreal x, const QString &text, const QColor &colour) {
        const qreal w = metrics.horizontalAdvance(text) + 4;
        const qreal left = std::clamp(x - w / 2, 0.0, std::max(0.0, width() - w));
        for (int row = 0; row < kLabelRows; ++row) {
            QRectF box(left, 2 + row * (line + 2), w, line);
            const bool free = std::none_of(rows[row].cbegin(), rows[row].cend(),
                                           [&box](const QRectF &other) {
                                               return other.adjusted(-6, 0, 6, 0).intersects(box);
                                           });
            if (free || row == kLabelRows - 1) {
                rows[row].append(box);
                painter.setPen(colour);
                painter.drawText(box, Qt::AlignCenter, text);
                return box.bottom();
            }
        }
        return 0.0;
    };

    const QColor text = pal.color(QPalette::WindowText);
    for (const TimelineMarker &marker : std::as_const(m_timeline.markers)) {
        const qreal x = xOf(marker.date, lane);
        switch (marker.kind) {
        case TimelineMarker::Kind::Amendment: {
            QPainterPath diamond;
            const qreal r = 5;
            const qreal y = lane.bottom();
            diamond.moveTo(x, y - r);
            diamond.lineTo(x + r, y);
            diamond.lineTo(x, y + r);
            diamond.lineTo(x - r, y);
            diamond.closeSubpath();
            painter.fillPath(diamond, Qt::white);
            painter.setPen(QPen(text, 1.2));
            painter.drawPath(diamond);
            break;
        }
        case TimelineMarker::Kind::AssociateDeadline: {
            const qreal bottom = placeLabel(x, tr("Associate by %1").arg(formatDate(marker.date)),
                                            kDeadlineColour);
            painter.setPen(QPen(kDeadlineColour, 1.6, Qt::DashLine));
            painter.drawLine(QPointF(x, bottom + 1), QPointF(x, lane.bottom() + 4));
            break;
        }
        case TimelineMarker::Kind::Exit: {
            const qreal bottom = placeLabel(x, tr("Exit %1").arg(formatDate(marker.date)), text);
            painter.setPen(QPen(text, 2.4));
            painter.drawLine(QPointF(x, bottom + 1), QPointF(x, lane.bottom() + 2));
            break;
        }
        }
    }

    // Today.
    {
        const qreal x = xOf(m_today, lane);
        const qreal bottom = placeLabel(x, tr("Today"), pal.color(QPalette::Highlight));
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1.6));
        painter.drawLine(QPointF(x, bottom + 1), QPointF(x, lane.bottom() + 6));
    }

    // The axis: month ticks, year ticks and the years' names centred in their span.
    const qreal axisY = lane.bottom() + 8;
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawLine(QPointF(lane.left(), axisY), QPointF(lane.right(), axisY));
    const qreal dayWidth = lane.width() / qreal(std::max<qint64>(1, m_first.daysTo(m_last)));
    const bool monthTicks = dayWidth * 30 >= 6;
    for (QDate month(m_first.year(), m_first.month(), 1); month <= m_last;
         month = month.addMonths(1)) {
        if (month < m_first)
            continue;
        const qreal x = xOf(month, lane);
        const bool year = month.month() == 1;
        if (year || monthTicks) {
            painter.setPen(QPen(pal.color(QPalette::Mid), year ? 1.4 : 1));
            painter.drawLine(QPointF(x, axisY), QPointF(x, axisY + (year ? 7 : 3)));
        }
    }
    painter.setPen(pal.color(QPalette::WindowText));
    for (int year = m_first.year(); year <= m_last.year(); ++year) {
        const qreal x1 = xOf(std::max(QDate(year, 1, 1), m_first), lane);
        const qreal x2 = xOf(std::min(QDate(year + 1, 1, 1), m_last), lane);
        const QString name = QString::number(year);
        if (x2 - x1 < metrics.horizontalAdvance(name) + 6)
            continue;
        painter.drawText(QRectF(x1, axisY + 3, x2 - x1, line), Qt::AlignCenter, name);
    }
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QRectF lane = laneRect().adjusted(0, -4, 0, 8);
        if (lane.contains(help->pos())) {
            QStringList lines;
            for (const TimelineSegment &segment : std::as_const(m_timeline.segments)) {
                const qreal x1 = xOf(segment.start, lane);
                const qreal x2 = segment.end.isValid() ? xOf(segment.end.addDays(1), lane)
                                                       : lane.right();
                if (help->pos().x() >= x1 && help->pos().x() <= x2)
                    lines << describe(segment);
            }
            if (!lines.isEmpty()) {
                QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace coop::ui
