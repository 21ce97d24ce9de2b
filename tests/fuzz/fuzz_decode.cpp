// Fuzz target: the client's reading of the server's answers (core/sync/change.h) and of
// operations (core/operation.h), from raw bytes parsed as JSON.
//
// Invariants: nothing crashes; every refusal is a ParseError whose where() names the field, as a
// path of lower-case names and list indices ("changes[3].version", "operation.created_at") under
// the prefix its reader documents; every value read writes back (toJson) to JSON that reads again
// to the same value.

#include "fuzz.h"

#include "core/operation.h"
#include "core/sync/change.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

std::string describe(const QByteArray &input, const Error &error)
{
    const QByteArray text = "input: " + input.left(4000) + "\nerror: " + error.where().toUtf8() + ": "
                            + error.message().toUtf8();
    return text.toStdString();
}

// The error names a field: a path under one of the reader's prefixes.
template<typename T>
void checkRefusal(const char *reader, const Result<T> &result, const QString &prefixes, const QByteArray &input)
{
    if (result)
        return;
    static const QRegularExpression path(u"^[a-z_]+(\\[[0-9]+\\])?(\\.[a-z_]+(\\[[0-9]+\\])?)*$"_s);
    const Error &e = result.error();
    if (e.code() != ErrorCode::ParseError)
        fuzz::violation(std::string(reader) + ": a refusal that is not a parse error", describe(input, e));
    if (!path.match(e.where()).hasMatch())
        fuzz::violation(std::string(reader) + ": a refusal that names no field", describe(input, e));
    const QRegularExpression under(u"^(%1)"_s.arg(prefixes));
    if (!under.match(e.where()).hasMatch())
        fuzz::violation(std::string(reader) + ": a refusal outside the reader's fields", describe(input, e));
    if (e.message().isEmpty())
        fuzz::violation(std::string(reader) + ": a refusal without a message", describe(input, e));
    static const QRegularExpression digits(u"[0-9]+"_s);
    fuzz::noteOutcome(std::string(reader) + ' ' + QString(e.where()).replace(digits, QString()).toStdString());
}

template<typename T>
void checkRoundTrip(const char *reader, const T &value, const QByteArray &input)
{
    const QByteArray written = QJsonDocument(value.toJson()).toJson(QJsonDocument::Compact);
    const auto again = T::fromJson(QJsonDocument::fromJson(written).object());
    if (!again)
        fuzz::violation(std::string(reader) + ": what it wrote does not read back",
                        describe(input, again.error()) + "\nwritten: " + written.toStdString());
    if (!(*again == value))
        fuzz::violation(std::string(reader) + ": what it wrote reads back to another value",
                        "input: " + input.left(4000).toStdString() + "\nwritten: " + written.toStdString());
    fuzz::noteOutcome(std::string(reader) + " ok");
}

void readObject(const QJsonObject &json, const QByteArray &input)
{
    const auto pull = sync::PullPage::fromJson(json);
    checkRefusal("PullPage", pull, u"changes|cursor$|more$"_s, input);
    if (pull) {
        for (const sync::Change &c : pull->changes)
            checkRoundTrip("PullPage change", c, input);
    }

    const auto snapshot = sync::SnapshotPage::fromJson(json);
    checkRefusal("SnapshotPage", snapshot, u"rows|next$|cursor$"_s, input);
    if (snapshot) {
        for (const sync::Change &c : snapshot->rows)
            checkRoundTrip("SnapshotPage row", c, input);
    }

    const auto results = sync::pushResultsFromJson(json);
    checkRefusal("pushResults", results, u"results"_s, input);
    if (results) {
        for (const sync::OpResult &r : *results)
            checkRoundTrip("pushResults result", r, input);
    }

    const auto change = sync::Change::fromJson(json);
    checkRefusal("Change", change, u"change\\."_s, input);
    if (change)
        checkRoundTrip("Change", *change, input);

    const auto result = sync::OpResult::fromJson(json);
    checkRefusal("OpResult", result, u"result\\."_s, input);
    if (result)
        checkRoundTrip("OpResult", *result, input);

    const auto op = Operation::fromJson(json);
    checkRefusal("Operation", op, u"operation\\."_s, input);
    if (op)
        checkRoundTrip("Operation", *op, input);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(input, &error);
    if (error.error != QJsonParseError::NoError) {
        fuzz::noteOutcome("not JSON " + std::to_string(static_cast<int>(error.error)));
        return 0;
    }
    if (doc.isObject()) {
        readObject(doc.object(), input);
        // A push body: the operations one by one, as the server reads them.
        const QJsonArray ops = doc.object().value(u"ops"_s).toArray();
        for (const QJsonValue &op : ops)
            readObject(op.toObject(), input);
    } else {
        for (const QJsonValue &item : doc.array())
            readObject(item.toObject(), input);
    }
    return 0;
}
