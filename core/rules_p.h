#pragma once

// Private to coop_core's rules (the validate() functions, alertsFor()): how they locate and word
// what they find, the same way in every record.

#include "result.h"
#include "tr.h"
#include "validation.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace coop::detail {

inline Error invalid(const QString &field, const QString &message)
{
    return Error(ErrorCode::InvalidArgument, message, field);
}

inline QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// An identifier must parse and be stored in its canonical form, so that documents print one
// spelling and comparisons (SIRET against SIREN) compare like with like. Returns the canonical
// form when the identifier is valid, even if it was not stored canonically, and a null string
// when it is not valid.
inline QString checkIdentifier(ValidationErrors &errors, const QString &field, const QString &value,
                               Result<QString> (*normalize)(QStringView))
{
    const Result<QString> canonical = normalize(value);
    if (!canonical) {
        errors.append(canonical.error().located(field));
        return {};
    }
    if (*canonical != value) {
        errors.append(invalid(field, Tr::tr("“%1” must be stored in its canonical form, “%2”.")
                                         .arg(value, *canonical)));
    }
    return *canonical;
}

} // namespace coop::detail
