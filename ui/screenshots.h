#pragma once

#include <QString>

namespace coop::ui {

// For reviewing the look (scripts/screenshots.sh): shows the unlock dialog (empty, then after a
// wrong passphrase), the create dialog (filled in) and the main window (home and an empty area)
// on `storePath`, saves each as a PNG in `directory`, and returns a process exit code.
// Needs a running QApplication; the language is whatever is installed.
int takeScreenshots(const QString &directory, const QString &storePath,
                    const QString &passphrase);

} // namespace coop::ui
