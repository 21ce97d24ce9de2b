#include "csv.h"

#include "tr.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

struct LineError
{
    qsizetype line = 0;
    Error error;
};

std::unexpected<LineError> parseError(qsizetype line, const QString &message)
{
    return std::unexpected<LineError>(
        LineError{line, Error(ErrorCode::ParseError, message, Tr::tr("line %1").arg(line))});
}

// The first line whose bytes are not UTF-8, to say where a file in Latin-1 went wrong.
qsizetype firstBadUtf8Line(const QByteArray &data)
{
    qsizetype line = 1;
    qsizetype from = 0;
    while (from <= data.size()) {
        qsizetype end = data.indexOf('\n', from);
        if (end < 0)
            end = data.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString ignored = decoder.decode(QByteArrayView(data).sliced(from, end - from));
        Q_UNUSED(ignored);
        if (decoder.hasError())
            return line;
        from = end + 1;
        ++line;
    }
    return line;
}

// ';' or ',', whichever the header uses more, outside quotes.
QChar detectSeparator(QStringView text)
{
    qsizetype semicolons = 0;
    qsizetype commas = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
    }
    return semicolons > commas ? u';' : u',';
}

std::expected<CsvTable, LineError> parse(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return parseError(firstBadUtf8Line(data),
                          Tr::tr("the file is not in UTF-8 (save it as \"CSV UTF-8\")."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    CsvTable table;
    table.separator = detectSeparator(text);
    const QChar separator = table.separator;

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    qsizetype line = 1;
    qsizetype quoteLine = 0;
    bool recordHasContent = false;

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        state = State::FieldStart;
    };
    const auto endRecord = [&] {
        endField();
        if (recordHasContent)
            records.append(record);
        record = CsvRecord();
        recordHasContent = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const bool lineBreak = c == u'\n' || c == u'\r';
        if (!recordHasContent && !lineBreak) {
            record.line = line;
            recordHasContent = true;
        }
        if (lineBreak) {
            // CRLF counts once; a line break inside a quoted field is kept as one LF.
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            if (state == State::Quoted)
                field.append(u'\n');
            else if (recordHasContent)
                endRecord();
            continue;
        }
        switch (state) {
        case State::FieldStart:
            if (c == u'"') {
                state = State::Quoted;
                quoteLine = line;
            } else if (c == separator) {
                endField();
            } else {
                field.append(c);
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == separator)
                endField();
            else if (c == u'"')
                return parseError(line, Tr::tr("a quote inside a field that does not start with "
                                               "one (quote the field and double the quote: \"\")."));
            else
                field.append(c);
            break;
        case State::Quoted:
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else {
                field.append(c);
            }
            break;
        case State::AfterQuote:
            if (c == separator)
                endField();
            else
                return parseError(line, Tr::tr("text after the closing quote of a field."));
            break;
        }
    }
    if (state == State::Quoted)
        return parseError(quoteLine, Tr::tr("a quoted field is never closed."));
    if (recordHasContent)
        endRecord();

    if (records.isEmpty())
        return parseError(1, Tr::tr("the file is empty: a header line is expected."));
    table.headerLine = records.first().line;
    table.header = records.takeFirst().fields;
    table.records = std::move(records);
    return table;
}

} // namespace

Result<CsvTable> readCsv(const QByteArray &data, qsizetype *errorLine)
{
    auto table = parse(data);
    if (!table) {
        if (errorLine)
            *errorLine = table.error().line;
        return fail(table.error().error);
    }
    return std::move(*table);
}

void CsvWriter::addRecord(const QStringList &fields)
{
    bool first = true;
    for (const QString &field : fields) {
        if (!first)
            m_text.append(m_separator);
        first = false;
        const bool mustQuote = field.contains(m_separator) || field.contains(u'"')
            || field.contains(u'\n') || field.contains(u'\r')
            || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
        if (mustQuote) {
            QString escaped = field;
            escaped.replace(u"\""_s, u"\"\""_s);
            m_text.append(u'"').append(escaped).append(u'"');
        } else {
            m_text.append(field);
        }
    }
    m_text.append(u"\r\n"_s);
}

QByteArray CsvWriter::data() const
{
    QByteArray bytes;
    if (m_byteOrderMark)
        bytes.append("\xEF\xBB\xBF");
    bytes.append(m_text.toUtf8());
    return bytes;
}

} // namespace coop
