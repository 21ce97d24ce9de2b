#include "theme.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace coop::ui::theme {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

void markAsError(QLabel *label)
{
    QPalette palette = label->palette();
    // Both reds keep a contrast above 4.5:1 on the usual window backgrounds.
    palette.setColor(QPalette::WindowText,
                     isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
}

void markAsHint(QLabel *label)
{
    QPalette palette = label->palette();
    const QColor placeholder = palette.color(QPalette::PlaceholderText);
    palette.setColor(QPalette::WindowText, placeholder.darker(isDark(palette) ? 80 : 130));
    label->setPalette(palette);
    label->setWordWrap(true);
}

void markAsHeading(QLabel *label, qreal scale)
{
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
}

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        QPainterPath tile;
        tile.addRoundedRect(QRectF(0.04 * s, 0.04 * s, 0.92 * s, 0.92 * s), 0.2 * s, 0.2 * s);
        painter.fillPath(tile, QColor(0x1f, 0x6f, 0x8b));
        // Two overlapping rings: several activities sharing one cooperative.
        QPen pen(Qt::white, std::max(1.5, 0.09 * s));
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(0.18 * s, 0.3 * s, 0.4 * s, 0.4 * s));
        pen.setColor(QColor(0xf2, 0xc1, 0x4e));
        painter.setPen(pen);
        painter.drawEllipse(QRectF(0.42 * s, 0.3 * s, 0.4 * s, 0.4 * s));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace coop::ui::theme
