#pragma once

#include "salesdocument.h"

#include <QByteArray>
#include <QString>

namespace coop {

// The SHA-256 chain over issued documents and payments (DESIGN.md §6, the anti-fraud rule of
// CGI art. 286 I 3° bis in spirit): each validated invoice or credit note and each payment adds one
// link whose hash covers the record's canonical content and the previous link, so changing,
// removing or inserting a record anywhere breaks the chain from that point.

// The canonical bytes of a record: compact JSON with sorted keys of every field that the law or
// the money depends on (kind, number, dates, parties, lines, deductions, totals, customer and
// activity ids, credited invoice; for a payment document id, date, amount, mode, account,
// reference, shares). Versions, timestamps of local bookkeeping and cached columns that are
// recomputed are left out, except the cached totals, which must agree with the lines.
QByteArray canonicalBytes(const SalesDocument &document);
QByteArray canonicalBytes(const Payment &payment);

// SHA-256 of the canonical bytes.
QByteArray contentHash(const SalesDocument &document);
QByteArray contentHash(const Payment &payment);

// The link: SHA-256 over  previousHash (32 bytes; 32 zero bytes for the first link)
//   || sequence as 8 bytes big-endian || entity ("document"|"payment") || 0x00 || entityId || 0x00
//   || contentHash.
QByteArray chainHash(const QByteArray &previousHash, qint64 sequence, const QString &entity,
                     const QString &entityId, const QByteArray &contentHash);

// 32 zero bytes.
QByteArray genesisHash();

} // namespace coop
