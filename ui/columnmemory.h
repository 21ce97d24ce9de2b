#pragma once

#include <QString>

class QTableView;

namespace coop::ui {

// Remembers a list's columns across sessions (QSettings "columns/<key>"): their widths, order,
// which ones are shown and the sort column. Right-clicking the header offers to show or hide each
// column (one always stays). The state is restored as soon as the view's model has its columns,
// and again after each model reset, which gives a header its default sizes back.
void rememberColumns(QTableView *view, const QString &key);

} // namespace coop::ui
