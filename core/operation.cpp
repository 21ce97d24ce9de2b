#include "operation.h"

#include "jsoninteger_p.h"
#include "tr.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

struct KindName
{
    Operation::Kind kind;
    QLatin1StringView name;
};

constexpr KindName kKindNames[] = {
    {Operation::Kind::Insert, "insert"_L1},
    {Operation::Kind::Update, "update"_L1},
    {Operation::Kind::Delete, "delete"_L1},
    {Operation::Kind::Command, "command"_L1},
};

Error fieldError(const QString &field, const QString &what)
{
    return Error(ErrorCode::ParseError, what, u"operation."_s + field);
}

Result<QString> requiredString(const QJsonObject &json, const QString &field)
{
    const QJsonValue v = json.value(field);
    if (!v.isString() || v.toString().isEmpty())
        return fail(fieldError(field, Tr::tr("a non-empty text is required")));
    return v.toString();
}

Result<qint64> requiredInteger(const QJsonObject &json, const QString &field, qint64 minimum)
{
    const std::optional<qint64> value = detail::jsonInteger(json.value(field));
    if (!value)
        return fail(fieldError(field, Tr::tr("a whole number is required")));
    const qint64 n = *value;
    if (n < minimum)
        return fail(fieldError(field, Tr::tr("must be at least %1").arg(minimum)));
    return n;
}

} // namespace

QString Operation::kindName(Kind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return k.name;
    }
    Q_UNREACHABLE();
    return {};
}

Result<Operation::Kind> Operation::kindFromName(const QString &name)
{
    for (const KindName &k : kKindNames) {
        if (k.name == name)
            return k.kind;
    }
    return fail(fieldError(u"kind"_s,
                           Tr::tr("unknown kind \"%1\" (expected insert, update, delete or command)")
                               .arg(name)));
}

QJsonObject Operation::toJson() const
{
    return QJsonObject{
        {u"op_id"_s, opId.toString(QUuid::WithoutBraces)},
        {u"device_seq"_s, deviceSeq},
        {u"tenant"_s, tenant},
        {u"entity"_s, entity},
        {u"id"_s, entityId},
        {u"kind"_s, kindName(kind)},
        {u"base_version"_s, baseVersion},
        {u"fields"_s, fields},
        {u"created_at"_s, createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

Result<Operation> Operation::fromJson(const QJsonObject &json)
{
    Operation op;

    auto opId = requiredString(json, u"op_id"_s);
    if (!opId)
        return fail(opId.error());
    op.opId = QUuid::fromString(*opId);
    if (op.opId.isNull())
        return fail(fieldError(u"op_id"_s, Tr::tr("\"%1\" is not a UUID").arg(*opId)));

    auto seq = requiredInteger(json, u"device_seq"_s, 1);
    if (!seq)
        return fail(seq.error());
    op.deviceSeq = *seq;

    for (auto [field, target] : {std::pair{u"tenant"_s, &op.tenant},
                                 std::pair{u"entity"_s, &op.entity},
                                 std::pair{u"id"_s, &op.entityId}}) {
        auto value = requiredString(json, field);
        if (!value)
            return fail(value.error());
        *target = *value;
    }

    auto kindText = requiredString(json, u"kind"_s);
    if (!kindText)
        return fail(kindText.error());
    auto kind = kindFromName(*kindText);
    if (!kind)
        return fail(kind.error());
    op.kind = *kind;

    auto base = requiredInteger(json, u"base_version"_s, 0);
    if (!base)
        return fail(base.error());
    op.baseVersion = *base;

    const QJsonValue fields = json.value(u"fields"_s);
    if (!fields.isObject())
        return fail(fieldError(u"fields"_s, Tr::tr("an object is required")));
    op.fields = fields.toObject();

    auto created = requiredString(json, u"created_at"_s);
    if (!created)
        return fail(created.error());
    op.createdAt = QDateTime::fromString(*created, Qt::ISODateWithMs);
    if (!op.createdAt.isValid())
        return fail(fieldError(u"created_at"_s,
                               Tr::tr("\"%1\" is not an ISO 8601 date and time").arg(*created)));
    return op;
}

} // namespace coop
