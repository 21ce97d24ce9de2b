#pragma once

#include <QIcon>

class QLabel;

// Small presentation helpers shared by CoopDesk's windows, so that a heading, an error or a hint
// looks the same everywhere and stays readable on light and dark palettes.
namespace coop::ui::theme {

// Red text for an inline error under a field (darker on light palettes, lighter on dark ones).
void markAsError(QLabel *label);
// Secondary text: explanations and hints.
void markAsHint(QLabel *label);
// A bold title, `scale` times the normal size.
void markAsHeading(QLabel *label, qreal scale = 1.35);

// The application's icon, drawn rather than loaded so that it needs no image plugin.
QIcon appIcon();

} // namespace coop::ui::theme
