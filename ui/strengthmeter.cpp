#include "strengthmeter.h"

#include <QPainter>
#include <QPainterPath>

namespace coop::ui {

namespace {

constexpr int kSegments = 3;
constexpr int kGap = 4;

int filledSegments(PassphraseStrength strength)
{
    switch (strength) {
    case PassphraseStrength::TooShort: return 0;
    case PassphraseStrength::Weak: return 1;
    case PassphraseStrength::Fair: return 2;
    case PassphraseStrength::Strong: return 3;
    }
    return 0;
}

QColor levelColor(PassphraseStrength strength)
{
    switch (strength) {
    case PassphraseStrength::TooShort:
    case PassphraseStrength::Weak: return QColor(0xc6, 0x28, 0x28);
    case PassphraseStrength::Fair: return QColor(0xe0, 0x8a, 0x00);
    case PassphraseStrength::Strong: return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

} // namespace

StrengthMeter::StrengthMeter(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StrengthMeter::setStrength(PassphraseStrength strength, const QString &description)
{
    setAccessibleDescription(description);
    if (strength == m_strength)
        return;
    m_strength = strength;
    update();
}

QSize StrengthMeter::sizeHint() const
{
    return {180, 6};
}

void StrengthMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const int filled = filledSegments(m_strength);
    const qreal segmentWidth = (width() - (kSegments - 1) * kGap) / qreal(kSegments);
    QColor empty = palette().color(QPalette::Mid);
    empty.setAlpha(90);
    for (int i = 0; i < kSegments; ++i) {
        const QRectF segment(i * (segmentWidth + kGap), 0, segmentWidth, height());
        QPainterPath path;
        path.addRoundedRect(segment, 2, 2);
        painter.fillPath(path, i < filled ? levelColor(m_strength) : empty);
    }
}

} // namespace coop::ui
