#include "fec.h"

using namespace Qt::StringLiterals;

namespace coop {

namespace {

constexpr qsizetype kFlushAt = 1 << 20;

// ISO-8859-15 differs from Latin-1 in eight places: €, Š, š, Ž, ž, Œ, œ, Ÿ.
char latin9(char16_t c)
{
    switch (c) {
    case u'€': return char(0xA4);
    case u'Š': return char(0xA6);
    case u'š': return char(0xA8);
    case u'Ž': return char(0xB4);
    case u'ž': return char(0xB8);
    case u'Œ': return char(0xBC);
    case u'œ': return char(0xBD);
    case u'Ÿ': return char(0xBE);
    // The Latin-1 characters Latin-9 replaced have no place in it.
    case 0xA4: case 0xA6: case 0xA8: case 0xB4: case 0xB8: case 0xBC: case 0xBD: case 0xBE:
        return '?';
    // Typographic punctuation a French label often holds.
    case u'’': case u'‘': return '\'';
    case u'“': case u'”': return '"';
    case u'–': case u'—': return '-';
    case u'…': return '.';
    case 0x202F: return char(0xA0);  // narrow no-break space → no-break space
    default:
        break;
    }
    if (c == u'\t' || c == u'\r' || c == u'\n')
        return ' ';
    if (c < 0x100)
        return char(c);
    // Another letter with a diacritic: its base letter when it decomposes to Latin-1.
    const QString decomposed = QString(QChar(c)).normalized(QString::NormalizationForm_D);
    if (!decomposed.isEmpty() && decomposed.front().unicode() < 0x80)
        return char(decomposed.front().unicode());
    return '?';
}

void appendLatin9(QByteArray &out, QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7F) {
            out.append(char(u));
            continue;
        }
        out.append(latin9(u));
    }
}

} // namespace

QByteArray toLatin9(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    appendLatin9(out, text);
    return out;
}

QString fecFileName(const QString &siren, QDate closingDate)
{
    return u"%1FEC%2.txt"_s.arg(siren, closingDate.toString(u"yyyyMMdd"));
}

FecWriter::FecWriter(QIODevice &out) : m_out(out)
{
    m_buffer.reserve(kFlushAt + 4096);
}

bool FecWriter::writeHeader()
{
    m_buffer.append("JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\t"
                    "CompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\t"
                    "EcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\n");
    return flushIfFull();
}

void FecWriter::text(const QString &value)
{
    appendLatin9(m_buffer, value);
}

void FecWriter::date(QDate value)
{
    if (!value.isValid())
        return;
    char digits[8];
    int y = value.year();
    const int m = value.month();
    const int d = value.day();
    for (int i = 3; i >= 0; --i) {
        digits[i] = char('0' + y % 10);
        y /= 10;
    }
    digits[4] = char('0' + m / 10);
    digits[5] = char('0' + m % 10);
    digits[6] = char('0' + d / 10);
    digits[7] = char('0' + d % 10);
    m_buffer.append(digits, 8);
}

void FecWriter::amount(Money value)
{
    qint64 cents = value.cents();
    if (cents < 0) {
        m_buffer.append('-');
        cents = -cents;
    }
    m_buffer.append(QByteArray::number(cents / 100));
    const int c = int(cents % 100);
    const char tail[3] = {',', char('0' + c / 10), char('0' + c % 10)};
    m_buffer.append(tail, 3);
}

bool FecWriter::write(const FecLine &line)
{
    text(line.journalCode);
    m_buffer.append('\t');
    text(line.journalLabel);
    m_buffer.append('\t');
    m_buffer.append(QByteArray::number(line.entryNumber));
    m_buffer.append('\t');
    date(line.entryDate);
    m_buffer.append('\t');
    text(line.account);
    m_buffer.append('\t');
    text(line.accountLabel);
    m_buffer.append('\t');
    text(line.auxAccount);
    m_buffer.append('\t');
    text(line.auxLabel);
    m_buffer.append('\t');
    text(line.pieceRef);
    m_buffer.append('\t');
    date(line.pieceDate);
    m_buffer.append('\t');
    text(line.label);
    m_buffer.append('\t');
    amount(line.debit);
    m_buffer.append('\t');
    amount(line.credit);
    m_buffer.append('\t');
    text(line.lettering);
    m_buffer.append('\t');
    date(line.letteringDate);
    m_buffer.append('\t');
    date(line.validationDate);
    m_buffer.append("\t\t\n");
    ++m_lines;
    return flushIfFull();
}

bool FecWriter::flushIfFull()
{
    if (m_buffer.size() < kFlushAt)
        return m_ok;
    return finish();
}

bool FecWriter::finish()
{
    if (!m_buffer.isEmpty()) {
        if (m_out.write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
    }
    return m_ok;
}

} // namespace coop
