#pragma once

#include <QString>

namespace coop::ui {

// For reviewing the look (scripts/screenshots.sh): shows the unlock dialog (empty, then after a
// wrong passphrase), the create dialog (filled in), the main window (home and an empty area), and
// the entrepreneurs area (the list, filtered, the alerts, a person with a whole history, a person
// under a CAPE, the CESA form, the new-entrepreneur form with its errors, the cooperative's
// settings), the sales area, and the payroll area (the simulator with a gross and with an
// envelope in the 3-SMIC cliff, a computed month with a payslip selected, its journal), and the
// contributions area (a typical entrepreneur's account with its charts, the overview, the pools),
// and the accounting area (the sales journal, the trial balance) on `storePath`, saves each as a PNG in `directory`, and returns a process exit code.
// It also prints how long the entrepreneurs list took from show to first paint.
// Needs a running QApplication; the language is whatever is installed.
int takeScreenshots(const QString &directory, const QString &storePath,
                    const QString &passphrase);

} // namespace coop::ui
