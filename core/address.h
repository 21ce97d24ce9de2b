#pragma once

#include <QString>

namespace coop {

// A postal address as printed on documents.
struct Address
{
    QString line1;
    QString line2;
    QString postcode;
    QString city;
    QString country = QStringLiteral("FR"); // ISO 3166-1 alpha-2

    bool isEmpty() const { return line1.isEmpty() && postcode.isEmpty() && city.isEmpty(); }
    bool operator==(const Address &) const = default;
};

} // namespace coop
