#include "numbering.h"

#include "tr.h"

#include <QHash>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

constexpr int MaxPaddingWidth = 12;

bool isLiteralChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
        || u == u'-' || u == u'_' || u == u'/' || u == u'.' || u == u' ';
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString padded(qint64 value, int width)
{
    return u"%1"_s.arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

Result<NumberTemplate> NumberTemplate::parse(QStringView text)
{
    NumberTemplate result;
    result.m_text = text.toString();
    QString literal;
    std::optional<qsizetype> sequenceColumn;

    auto flushLiteral = [&] {
        if (!literal.isEmpty()) {
            result.m_parts.append(Part{PartKind::Literal, literal, 0});
            literal.clear();
        }
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype column = i + 1;
        if (c == u'}') {
            return fail(ErrorCode::ParseError,
                        Tr::tr("“}” at column %1 closes no placeholder.").arg(column));
        }
        if (c != u'{') {
            if (!isLiteralChar(c)) {
                return fail(ErrorCode::ParseError,
                            Tr::tr("The character “%1” at column %2 cannot appear in a number: use "
                                   "letters, digits, - _ / . or spaces.")
                                .arg(c)
                                .arg(column));
            }
            literal.append(c);
            continue;
        }

        const qsizetype close = text.indexOf(u'}', i + 1);
        const qsizetype nextOpen = text.indexOf(u'{', i + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            return fail(ErrorCode::ParseError,
                        Tr::tr("The placeholder opened at column %1 is not closed.").arg(column));
        }
        const QStringView whole = text.mid(i, close - i + 1);
        const QStringView inner = text.mid(i + 1, close - i - 1);
        const qsizetype colon = inner.indexOf(u':');
        const QStringView name = colon < 0 ? inner : inner.left(colon);

        Part part;
        std::optional<SequenceScope> scope;
        if (name == u"YYYY")
            part.kind = PartKind::Year4;
        else if (name == u"YY")
            part.kind = PartKind::Year2;
        else if (name == u"MM")
            part.kind = PartKind::Month;
        else if (name == u"ANA")
            part.kind = PartKind::Analytic;
        else if (name == u"SEQGLOBAL")
            scope = SequenceScope::Global;
        else if (name == u"SEQYEAR")
            scope = SequenceScope::Year;
        else if (name == u"SEQMONTH")
            scope = SequenceScope::Month;
        else if (name == u"SEQMONTHANA")
            scope = SequenceScope::MonthAnalytic;
        else {
            return fail(ErrorCode::ParseError,
                        Tr::tr("Unknown placeholder %1 at column %2.").arg(whole).arg(column));
        }

        if (colon >= 0) {
            if (!scope) {
                return fail(ErrorCode::ParseError,
                            Tr::tr("Only sequence placeholders take a padding width: %1 at "
                                   "column %2.")
                                .arg(whole)
                                .arg(column));
            }
            bool ok = false;
            const int width = inner.mid(colon + 1).toInt(&ok);
            if (!ok || width < 1 || width > MaxPaddingWidth) {
                return fail(ErrorCode::ParseError,
                            Tr::tr("The padding width in %1 at column %2 must be a number from 1 "
                                   "to %3.")
                                .arg(whole)
                                .arg(column)
                                .arg(MaxPaddingWidth));
            }
            part.width = width;
        }

        if (scope) {
            if (sequenceColumn) {
                return fail(ErrorCode::ParseError,
                            Tr::tr("Two sequence placeholders, at columns %1 and %2: a number "
                                   "draws from one counter only.")
                                .arg(*sequenceColumn)
                                .arg(column));
            }
            sequenceColumn = column;
            part.kind = PartKind::Sequence;
            result.m_scope = *scope;
        }

        flushLiteral();
        result.m_parts.append(part);
        i = close;
    }
    flushLiteral();

    if (!sequenceColumn) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("The template has no sequence placeholder ({SEQGLOBAL}, {SEQYEAR}, "
                           "{SEQMONTH} or {SEQMONTHANA}): numbers would repeat."));
    }
    return result;
}

bool NumberTemplate::usesAnalyticCode() const
{
    return m_scope == SequenceScope::MonthAnalytic
        || std::ranges::any_of(m_parts, [](const Part &p) { return p.kind == PartKind::Analytic; });
}

QString NumberTemplate::counterKey(QDate date, const QString &analyticCode) const
{
    Q_ASSERT(date.isValid());
    switch (m_scope) {
    case SequenceScope::Global:
        return u"global"_s;
    case SequenceScope::Year:
        return padded(date.year(), 4);
    case SequenceScope::Month:
        return padded(date.year(), 4) + u'-' + padded(date.month(), 2);
    case SequenceScope::MonthAnalytic:
        Q_ASSERT(!analyticCode.isEmpty());
        return padded(date.year(), 4) + u'-' + padded(date.month(), 2) + u'/' + analyticCode;
    }
    Q_UNREACHABLE();
    return {};
}

QString NumberTemplate::format(QDate date, const QString &analyticCode, qint64 sequenceValue) const
{
    Q_ASSERT(date.isValid());
    Q_ASSERT(sequenceValue >= 1);
    QString number;
    for (const Part &part : m_parts) {
        switch (part.kind) {
        case PartKind::Literal:
            number += part.literal;
            break;
        case PartKind::Year4:
            number += padded(date.year(), 4);
            break;
        case PartKind::Year2:
            number += padded(date.year() % 100, 2);
            break;
        case PartKind::Month:
            number += padded(date.month(), 2);
            break;
        case PartKind::Analytic:
            Q_ASSERT(!analyticCode.isEmpty());
            number += analyticCode;
            break;
        case PartKind::Sequence:
            number += padded(sequenceValue, part.width);
            break;
        }
    }
    return number;
}

Result<void> checkNextInSeries(QDate lastDateInSeries, QDate newDate)
{
    if (!newDate.isValid())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The document has no valid date."));
    if (lastDateInSeries.isValid() && newDate < lastDateInSeries) {
        return fail(ErrorCode::Constraint,
                    Tr::tr("The document is dated %1, before %2, the date of the last validated "
                           "document of its series: dates must not go backwards within a series.")
                        .arg(isoDate(newDate), isoDate(lastDateInSeries)));
    }
    return {};
}

QList<SeriesAnomaly> findSeriesAnomalies(QList<IssuedNumber> issued, qint64 firstValue)
{
    std::ranges::stable_sort(issued, {}, &IssuedNumber::sequence);

    QList<SeriesAnomaly> anomalies;
    QHash<QString, qint64> sequenceOfNumber;
    const IssuedNumber *previous = nullptr;
    const IssuedNumber *latestDated = nullptr; // the latest date among lower sequence values
    qint64 next = firstValue;

    for (const IssuedNumber &item : std::as_const(issued)) {
        if (previous && item.sequence == previous->sequence) {
            anomalies.append({SeriesAnomaly::Kind::Duplicate, item.sequence,
                              Tr::tr("Sequence value %1 is issued twice: %2 and %3.")
                                  .arg(item.sequence)
                                  .arg(previous->number, item.number)});
        } else {
            if (item.sequence > next) {
                const QString message = item.sequence - 1 == next
                    ? Tr::tr("Sequence value %1 is missing before %2.")
                          .arg(next)
                          .arg(item.number)
                    : Tr::tr("Sequence values %1 to %2 are missing before %3.")
                          .arg(next)
                          .arg(item.sequence - 1)
                          .arg(item.number);
                anomalies.append({SeriesAnomaly::Kind::Gap, next, message});
            }
            if (latestDated && item.date < latestDated->date) {
                anomalies.append({SeriesAnomaly::Kind::DateInversion, item.sequence,
                                  Tr::tr("%1 is dated %2, before %3 dated %4: dates must not go "
                                         "backwards within a series.")
                                      .arg(item.number, isoDate(item.date), latestDated->number,
                                           isoDate(latestDated->date))});
            }
        }

        const auto seen = sequenceOfNumber.constFind(item.number);
        if (seen != sequenceOfNumber.cend() && *seen != item.sequence) {
            anomalies.append({SeriesAnomaly::Kind::Duplicate, item.sequence,
                              Tr::tr("The number %1 is issued twice, with sequence values %2 "
                                     "and %3.")
                                  .arg(item.number)
                                  .arg(*seen)
                                  .arg(item.sequence)});
        } else {
            sequenceOfNumber.insert(item.number, item.sequence);
        }

        if (!latestDated || item.date > latestDated->date)
            latestDated = &item;
        previous = &item;
        next = std::max(next, item.sequence + 1);
    }
    return anomalies;
}

} // namespace coop
