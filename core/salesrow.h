#pragma once

#include "activity.h"
#include "cooperative.h"
#include "customer.h"
#include "result.h"
#include "salesdocument.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace coop {

// The sales records as rows: the column values of the local tables (migration 0004 and the people
// tables), which are also the fields a synced row carries to and from the server (entity_row).
// The store reads and writes its rows with them, and the server reads the rows devices pushed
// with them, so both sides see one record the same way. Column conventions: text never null
// (''), dates 'YYYY-MM-DD' or null, timestamps ISO 8601 UTC to the millisecond, lists as compact
// JSON text, money in cents, rates in Rate units, booleans 0/1.

// ---- values shared by the mappings
QVariant timestampColumn(const QDateTime &value);
QDateTime timestampFromColumn(const QVariant &value);
QVariant dateColumn(QDate value);
QDate dateFromColumn(const QVariant &value);
QString priceEntryKey(PriceEntry entry);            // "excluding_vat", "including_vat"
PriceEntry priceEntryFromKey(const QString &key);  // anything else reads as excluding VAT

// ---- sales documents

// A document with the columns its value does not carry: the cached customer name and where its
// number was drawn (series, counter key, value; empty and 0 on drafts).
struct SalesDocumentRow
{
    SalesDocument document;
    QString customerName;
    QString series;
    QString counterKey;
    qint64 sequence = 0;
};

// Every column but id, version and the numbering columns (number_series, counter_key,
// sequence_value), which only the issue writes.
QVariantMap salesDocumentColumns(const SalesDocument &document, const QString &customerName);
// The numbering columns of an issued document.
QVariantMap numberingColumns(const QString &series, const QString &counterKey, qint64 sequence);
// Reads every column (id and version included when present); an unreadable list or parties
// snapshot is an error located at the document.
Result<SalesDocumentRow> salesDocumentFromColumns(const QVariantMap &columns);

// ---- the parties

QVariantMap customerColumns(const Customer &customer);
Customer customerFromColumns(const QVariantMap &columns);   // id and version when present
QVariantMap cooperativeColumns(const CooperativeSettings &settings);
CooperativeSettings cooperativeFromColumns(const QVariantMap &columns);
QVariantMap activityColumns(const Activity &activity);
Activity activityFromColumns(const QVariantMap &columns);   // id and version when present

} // namespace coop
