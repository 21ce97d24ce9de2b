#include "feccheck.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace coop::test {

namespace {

const QStringList kFields = {
    u"JournalCode"_s, u"JournalLib"_s,  u"EcritureNum"_s, u"EcritureDate"_s, u"CompteNum"_s,
    u"CompteLib"_s,   u"CompAuxNum"_s,  u"CompAuxLib"_s,  u"PieceRef"_s,     u"PieceDate"_s,
    u"EcritureLib"_s, u"Debit"_s,       u"Credit"_s,      u"EcritureLet"_s,  u"DateLet"_s,
    u"ValidDate"_s,   u"Montantdevise"_s, u"Idevise"_s};

// 0-based indexes.
enum Field { JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum,
             CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit, EcritureLet, DateLet,
             ValidDate, Montantdevise, Idevise };

QDate fecDate(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{8}$"_s);
    if (!shape.match(text).hasMatch())
        return {};
    return QDate(text.left(4).toInt(), text.mid(4, 2).toInt(), text.mid(6, 2).toInt());
}

// Cents of "1234,56" / "-0,5" / "12"; false when not an amount of the FEC's shape.
bool fecAmount(const QString &text, qint64 &cents)
{
    static const QRegularExpression shape(u"^-?\\d+(,\\d{1,2})?$"_s);
    if (!shape.match(text).hasMatch())
        return false;
    const bool negative = text.startsWith(u'-');
    const QString body = negative ? text.mid(1) : text;
    const qsizetype comma = body.indexOf(u',');
    const QString units = comma < 0 ? body : body.left(comma);
    QString decimals = comma < 0 ? QString() : body.mid(comma + 1);
    while (decimals.size() < 2)
        decimals.append(u'0');
    cents = units.toLongLong() * 100 + decimals.toLongLong();
    if (negative)
        cents = -cents;
    return true;
}

// A UTF-8 multi-byte sequence: a lead byte C2-F4 followed by the right count of 80-BF bytes.
qsizetype utf8SequenceAt(const QByteArray &bytes, qsizetype i)
{
    const auto b = static_cast<unsigned char>(bytes.at(i));
    int follow = 0;
    if (b >= 0xC2 && b <= 0xDF)
        follow = 1;
    else if (b >= 0xE0 && b <= 0xEF)
        follow = 2;
    else if (b >= 0xF0 && b <= 0xF4)
        follow = 3;
    else
        return 0;
    if (i + follow >= bytes.size())
        return 0;
    for (int k = 1; k <= follow; ++k) {
        const auto c = static_cast<unsigned char>(bytes.at(i + k));
        if (c < 0x80 || c > 0xBF)
            return 0;
    }
    return follow + 1;
}

struct Entry
{
    QString journal;
    qint64 number = 0;
    QString date;
    qint64 debit = 0;
    qint64 credit = 0;
    int firstLine = 0;
    bool touchesResult = false;
};

} // namespace

QStringList checkFec(const QString &fileName, const QByteArray &content, QDate fiscalYearStart,
                     const QStringList &openingJournals)
{
    QStringList problems;
    const auto problem = [&](int line, const QString &what) {
        problems << (line > 0 ? u"line %1: %2"_s.arg(line).arg(what) : what);
    };

    // The name.
    static const QRegularExpression nameShape(u"^(\\d{9})FEC(\\d{8})\\.txt$"_s);
    const auto name = nameShape.match(fileName);
    QDate closing;
    if (!name.hasMatch())
        problem(0, u"file name \"%1\" is not <SIREN>FEC<AAAAMMJJ>.txt"_s.arg(fileName));
    else if (closing = fecDate(name.captured(2)); !closing.isValid())
        problem(0, u"file name: \"%1\" is not a closing date"_s.arg(name.captured(2)));

    // The encoding.
    if (content.startsWith("\xEF\xBB\xBF"))
        problem(1, u"a UTF-8 byte-order mark; the FEC is ASCII or ISO-8859-15"_s);
    {
        int line = 1;
        for (qsizetype i = 0; i < content.size(); ++i) {
            const auto b = static_cast<unsigned char>(content.at(i));
            if (b == '\n') {
                ++line;
                continue;
            }
            if (b == '\r' && i + 1 < content.size() && content.at(i + 1) == '\n')
                continue;
            if (b < 0x20 && b != '\t') {
                problem(line, u"control character 0x%1"_s.arg(int(b), 2, 16, QLatin1Char('0')));
                continue;
            }
            if (b >= 0x80 && b < 0xA0) {
                problem(line, u"byte 0x%1 is not ISO-8859-15 text"_s.arg(int(b), 2, 16, QLatin1Char('0')));
                continue;
            }
            if (const qsizetype n = utf8SequenceAt(content, i); n > 0) {
                problem(line, u"a UTF-8 encoded character; the FEC is ASCII or ISO-8859-15"_s);
                i += n - 1;
            }
        }
    }

    // Lines and the separator. ISO-8859-15 read as Latin-1 is enough to compare fields.
    QList<QByteArray> raw = content.split('\n');
    if (!raw.isEmpty() && raw.constLast().isEmpty())
        raw.removeLast();
    if (raw.isEmpty()) {
        problem(0, u"empty file"_s);
        return problems;
    }
    for (QByteArray &l : raw) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    const QString header = QString::fromLatin1(raw.constFirst());
    const QChar separator = header.contains(u'\t') ? u'\t' : u'|';
    if (header.split(separator) != kFields)
        problem(1, u"the first line is not the 18 field names in their order"_s);
    if (header.contains(u'\t') && header.contains(u'|'))
        problem(1, u"two separators"_s);

    QList<Entry> entries;
    QHash<QString, qsizetype> entryIndex;   // journal + number → index in entries
    QString currentKey;
    QHash<QString, qint64> lastNumber;       // per journal
    QString lastValidDate;
    bool openingOver = false;
    qint64 totalDebit = 0;
    qint64 totalCredit = 0;

    for (qsizetype i = 1; i < raw.size(); ++i) {
        const int n = int(i + 1);
        const QString text = QString::fromLatin1(raw.at(i));
        // A '|' inside a TAB-separated field is text; a TAB in a '|'-separated file is not.
        if (separator == u'|' && text.contains(u'\t'))
            problem(n, u"a TAB in a '|'-separated file"_s);
        const QStringList f = text.split(separator);
        if (f.size() != kFields.size()) {
            problem(n, u"%1 fields instead of 18"_s.arg(f.size()));
            continue;
        }
        for (int k : {JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib,
                      PieceRef, PieceDate, EcritureLib, Debit, Credit, ValidDate}) {
            if (f.at(k).trimmed().isEmpty())
                problem(n, u"%1 is empty (mandatory)"_s.arg(kFields.at(k)));
        }
        for (auto [a, b] : {std::pair{CompAuxNum, CompAuxLib}, std::pair{EcritureLet, DateLet},
                            std::pair{Montantdevise, Idevise}}) {
            if (f.at(a).isEmpty() != f.at(b).isEmpty())
                problem(n, u"%1 and %2 go together"_s.arg(kFields.at(a), kFields.at(b)));
        }
        const QDate date = fecDate(f.at(EcritureDate));
        if (!date.isValid())
            problem(n, u"EcritureDate \"%1\" is not AAAAMMJJ"_s.arg(f.at(EcritureDate)));
        else if (closing.isValid() && (date < fiscalYearStart || date > closing))
            problem(n, u"EcritureDate %1 is outside the fiscal year"_s.arg(f.at(EcritureDate)));
        for (int k : {PieceDate, ValidDate, DateLet}) {
            if (!f.at(k).isEmpty() && !fecDate(f.at(k)).isValid())
                problem(n, u"%1 \"%2\" is not AAAAMMJJ"_s.arg(kFields.at(k), f.at(k)));
        }
        qint64 debit = 0;
        qint64 credit = 0;
        if (!fecAmount(f.at(Debit), debit))
            problem(n, u"Debit \"%1\" is not an amount with a decimal comma"_s.arg(f.at(Debit)));
        if (!fecAmount(f.at(Credit), credit))
            problem(n, u"Credit \"%1\" is not an amount with a decimal comma"_s.arg(f.at(Credit)));
        qint64 foreign = 0;
        if (!f.at(Montantdevise).isEmpty() && !fecAmount(f.at(Montantdevise), foreign))
            problem(n, u"Montantdevise \"%1\" is not an amount"_s.arg(f.at(Montantdevise)));
        totalDebit += debit;
        totalCredit += credit;

        const QString journal = f.at(JournalCode);
        bool numberOk = false;
        const qint64 number = f.at(EcritureNum).toLongLong(&numberOk);
        const QString key = journal + u'\x1f' + f.at(EcritureNum);
        const bool opening = openingJournals.contains(journal);
        if (opening && openingOver)
            problem(n, u"an opening entry (%1) after other entries; opening balances come first"_s
                           .arg(journal));
        if (!opening)
            openingOver = true;
        if (key != currentKey) {
            // A new entry starts here.
            if (entryIndex.contains(key)) {
                problem(n, u"entry %1 %2 is not contiguous"_s.arg(journal, f.at(EcritureNum)));
            } else {
                entryIndex.insert(key, entries.size());
                entries.append({journal, number, f.at(EcritureDate), 0, 0, n, false});
                if (!numberOk) {
                    problem(n, u"EcritureNum \"%1\" is not a number; continuity cannot be "
                               "checked"_s.arg(f.at(EcritureNum)));
                } else {
                    const auto last = lastNumber.constFind(journal);
                    if (last != lastNumber.constEnd() && number != *last + 1)
                        problem(n, u"journal %1 jumps from entry %2 to %3 (numbering not "
                                   "continuous)"_s.arg(journal).arg(*last).arg(number));
                    lastNumber.insert(journal, number);
                }
                if (!opening) {
                    if (!lastValidDate.isEmpty() && f.at(ValidDate) < lastValidDate)
                        problem(n, u"ValidDate %1 before %2: entries are not in validation "
                                   "order"_s.arg(f.at(ValidDate), lastValidDate));
                    lastValidDate = std::max(lastValidDate, f.at(ValidDate));
                }
            }
            currentKey = key;
        }
        Entry &e = entries[entryIndex.value(key)];
        if (e.date != f.at(EcritureDate))
            problem(n, u"entry %1 %2 has two dates (%3 and %4)"_s.arg(
                           journal, f.at(EcritureNum), e.date, f.at(EcritureDate)));
        e.debit += debit;
        e.credit += credit;
        if (!opening && f.at(CompteNum).startsWith(u"12"_s))
            e.touchesResult = true;
    }
    for (const Entry &e : std::as_const(entries)) {
        if (e.debit != e.credit)
            problem(e.firstLine, u"entry %1 %2 does not balance: debit %3, credit %4"_s
                                     .arg(e.journal)
                                     .arg(e.number)
                                     .arg(e.debit)
                                     .arg(e.credit));
        if (e.touchesResult && closing.isValid() && fecDate(e.date) == closing)
            problem(e.firstLine, u"entry %1 %2 looks like a closing entry (result account on the "
                                 "closing day)"_s.arg(e.journal).arg(e.number));
    }
    if (totalDebit != totalCredit)
        problem(0, u"the file does not balance: debit %1, credit %2 (cents)"_s.arg(totalDebit)
                       .arg(totalCredit));
    return problems;
}

} // namespace coop::test
