#pragma once

#include "error.h"

#include <QList>
#include <QString>

namespace coop {

// The outcome of checking a form or a record: every problem at once, each located at its field
// (Error::where() is the field's name as the record names it, e.g. "nir", "capePeriods[1].end"),
// so the UI shows each message at its field and an import lists every bad field of a line.
using ValidationErrors = QList<Error>;

} // namespace coop
