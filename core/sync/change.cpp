#include "change.h"

#include "core/jsoninteger_p.h"
#include "core/tr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace coop::sync {

namespace {

// Reads the fields of one JSON object and words each error at `prefix` + the field's name, so the
// same readers serve a lone value ("change.version") and a list element ("changes[3].version").
class Reader
{
public:
    Reader(const QJsonObject &json, QString prefix) : m_json(json), m_prefix(std::move(prefix)) {}

    Error error(const QString &field, const QString &what) const
    {
        return Error(ErrorCode::ParseError, what, m_prefix + field);
    }

    Result<QString> text(const QString &field, bool allowEmpty) const
    {
        const QJsonValue v = m_json.value(field);
        if (allowEmpty && (v.isUndefined() || v.isNull()))
            return QString();
        if (!v.isString() || (!allowEmpty && v.toString().isEmpty()))
            return fail(error(field, allowEmpty ? Tr::tr("a text is required")
                                                : Tr::tr("a non-empty text is required")));
        return v.toString();
    }

    Result<qint64> integer(const QString &field, qint64 minimum) const
    {
        const std::optional<qint64> value = detail::jsonInteger(m_json.value(field));
        if (!value)
            return fail(error(field, Tr::tr("a whole number is required")));
        if (*value < minimum)
            return fail(error(field, Tr::tr("must be at least %1").arg(minimum)));
        return *value;
    }

    Result<bool> boolean(const QString &field) const
    {
        const QJsonValue v = m_json.value(field);
        if (!v.isBool())
            return fail(error(field, Tr::tr("true or false is required")));
        return v.toBool();
    }

    Result<QUuid> uuid(const QString &field) const
    {
        auto t = text(field, false);
        if (!t)
            return fail(t.error());
        const QUuid id = QUuid::fromString(*t);
        if (id.isNull())
            return fail(error(field, Tr::tr("\"%1\" is not a UUID").arg(*t)));
        return id;
    }

    QJsonValue value(const QString &field) const { return m_json.value(field); }
    const QString &prefix() const { return m_prefix; }

private:
    const QJsonObject &m_json;
    QString m_prefix;
};

struct StatusName
{
    OpResult::Status status;
    QLatin1StringView name;
};

constexpr StatusName kStatusNames[] = {
    {OpResult::Status::Applied, "applied"_L1},
    {OpResult::Status::Merged, "merged"_L1},
    {OpResult::Status::Rejected, "rejected"_L1},
};

Result<Change> readChange(const QJsonObject &json, const QString &prefix)
{
    const Reader r(json, prefix);
    Change c;
    auto seq = r.integer(u"seq"_s, 0);
    if (!seq)
        return fail(seq.error());
    c.seq = *seq;
    auto entity = r.text(u"entity"_s, false);
    if (!entity)
        return fail(entity.error());
    c.entity = *entity;
    auto id = r.text(u"id"_s, false);
    if (!id)
        return fail(id.error());
    c.id = *id;
    auto version = r.integer(u"version"_s, 1);
    if (!version)
        return fail(version.error());
    c.version = *version;
    auto deleted = r.boolean(u"deleted"_s);
    if (!deleted)
        return fail(deleted.error());
    c.deleted = *deleted;
    const QJsonValue fields = r.value(u"fields"_s);
    if (fields.isObject())
        c.fields = fields.toObject();
    else if (!(c.deleted && (fields.isUndefined() || fields.isNull())))
        return fail(r.error(u"fields"_s, Tr::tr("an object is required")));
    return c;
}

Result<FieldConflict> readConflict(const QJsonObject &json, const QString &prefix)
{
    const Reader r(json, prefix);
    FieldConflict c;
    auto field = r.text(u"field"_s, false);
    if (!field)
        return fail(field.error());
    c.field = *field;
    // A value may be anything, null included; only its absence is an error.
    for (auto [name, target] : {std::pair{u"local_value"_s, &c.localValue},
                                std::pair{u"server_value"_s, &c.serverValue}}) {
        const QJsonValue v = r.value(name);
        if (v.isUndefined())
            return fail(r.error(name, Tr::tr("a value is required (null when there is none)")));
        *target = v;
    }
    return c;
}

Result<OpResult> readResult(const QJsonObject &json, const QString &prefix)
{
    const Reader r(json, prefix);
    OpResult result;
    auto opId = r.uuid(u"op_id"_s);
    if (!opId)
        return fail(opId.error());
    result.opId = *opId;
    auto seq = r.integer(u"device_seq"_s, 1);
    if (!seq)
        return fail(seq.error());
    result.deviceSeq = *seq;
    auto statusText = r.text(u"status"_s, false);
    if (!statusText)
        return fail(statusText.error());
    auto status = OpResult::statusFromName(*statusText);
    if (!status)
        return fail(r.error(u"status"_s, status.error().message()));
    result.status = *status;
    if (r.value(u"version"_s).isUndefined() || r.value(u"version"_s).isNull()) {
        result.version = 0;
    } else {
        auto version = r.integer(u"version"_s, 0);
        if (!version)
            return fail(version.error());
        result.version = *version;
    }
    auto reason = r.text(u"reason"_s, true);
    if (!reason)
        return fail(reason.error());
    result.reason = *reason;
    const QJsonValue conflicts = r.value(u"conflicts"_s);
    if (!conflicts.isUndefined() && !conflicts.isNull()) {
        if (!conflicts.isArray())
            return fail(r.error(u"conflicts"_s, Tr::tr("a list is required")));
        const QJsonArray list = conflicts.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = prefix + u"conflicts[%1]"_s.arg(i);
            if (!list.at(i).isObject())
                return fail(ErrorCode::ParseError, Tr::tr("an object is required"), at);
            auto c = readConflict(list.at(i).toObject(), at + u'.');
            if (!c)
                return fail(c.error());
            result.conflicts.append(*c);
        }
    }
    if (result.status == OpResult::Status::Applied && !result.conflicts.isEmpty())
        return fail(r.error(u"conflicts"_s, Tr::tr("an applied operation has no conflicts")));
    return result;
}

// Reads the array `name` of `json` with `read`, locating errors at "name[i].field".
template<typename T, typename F>
Result<QList<T>> readList(const QJsonObject &json, const QString &name, F read)
{
    const QJsonValue v = json.value(name);
    if (!v.isArray())
        return fail(ErrorCode::ParseError, Tr::tr("a list is required"), name);
    const QJsonArray list = v.toArray();
    QList<T> out;
    out.reserve(list.size());
    // The item's place ("name[i].") is only written out for an error: read again with it.
    const auto at = [&name](qsizetype i) { return u"%1[%2]"_s.arg(name).arg(i); };
    const QString unplaced;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue item = list.at(i);
        if (!item.isObject())
            return fail(ErrorCode::ParseError, Tr::tr("an object is required"), at(i));
        const QJsonObject object = item.toObject();
        auto read1 = read(object, unplaced);
        if (!read1)
            return fail(read(object, at(i) + u'.').error());
        out.append(std::move(*read1));
    }
    return out;
}

} // namespace

QJsonObject Change::toJson() const
{
    return QJsonObject{
        {u"seq"_s, seq},         {u"entity"_s, entity},   {u"id"_s, id},
        {u"version"_s, version}, {u"deleted"_s, deleted}, {u"fields"_s, fields},
    };
}

Result<Change> Change::fromJson(const QJsonObject &json)
{
    return readChange(json, u"change."_s);
}

QJsonObject FieldConflict::toJson() const
{
    return QJsonObject{
        {u"field"_s, field},
        {u"local_value"_s, localValue},
        {u"server_value"_s, serverValue},
    };
}

Result<FieldConflict> FieldConflict::fromJson(const QJsonObject &json)
{
    return readConflict(json, u"conflict."_s);
}

QString OpResult::statusName(Status status)
{
    for (const StatusName &s : kStatusNames) {
        if (s.status == status)
            return s.name;
    }
    Q_UNREACHABLE();
    return {};
}

Result<OpResult::Status> OpResult::statusFromName(const QString &name)
{
    for (const StatusName &s : kStatusNames) {
        if (s.name == name)
            return s.status;
    }
    return fail(ErrorCode::ParseError,
                Tr::tr("unknown status \"%1\" (expected applied, merged or rejected)").arg(name),
                u"result.status"_s);
}

QJsonObject OpResult::toJson() const
{
    QJsonArray list;
    for (const FieldConflict &c : conflicts)
        list.append(c.toJson());
    return QJsonObject{
        {u"op_id"_s, opId.toString(QUuid::WithoutBraces)},
        {u"device_seq"_s, deviceSeq},
        {u"status"_s, statusName(status)},
        {u"version"_s, version},
        {u"reason"_s, reason},
        {u"conflicts"_s, list},
    };
}

Result<OpResult> OpResult::fromJson(const QJsonObject &json)
{
    return readResult(json, u"result."_s);
}

Result<PullPage> PullPage::fromJson(const QJsonObject &json)
{
    PullPage page;
    auto changes = readList<Change>(json, u"changes"_s, readChange);
    if (!changes)
        return fail(changes.error());
    page.changes = std::move(*changes);
    const Reader r(json, QString());
    auto cursor = r.integer(u"cursor"_s, 0);
    if (!cursor)
        return fail(cursor.error());
    page.cursor = *cursor;
    auto more = r.boolean(u"more"_s);
    if (!more)
        return fail(more.error());
    page.more = *more;
    return page;
}

Result<SnapshotPage> SnapshotPage::fromJson(const QJsonObject &json)
{
    SnapshotPage page;
    auto rows = readList<Change>(json, u"rows"_s, readChange);
    if (!rows)
        return fail(rows.error());
    page.rows = std::move(*rows);
    const Reader r(json, QString());
    auto next = r.text(u"next"_s, true);
    if (!next)
        return fail(next.error());
    page.next = *next;
    auto cursor = r.integer(u"cursor"_s, 0);
    if (!cursor)
        return fail(cursor.error());
    page.cursor = *cursor;
    return page;
}

Result<QList<OpResult>> pushResultsFromJson(const QJsonObject &json)
{
    return readList<OpResult>(json, u"results"_s, readResult);
}

} // namespace coop::sync
