#include "clicontext.h"

#include "core/businessday.h"
#include "core/storage/store.h"
#include "core/tr.h"

#include <QFile>
#include <QRegularExpression>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace coop::cli {

CliContext::CliContext(QCommandLineParser &parser, QStringList words)
    : m_parser(parser), m_words(std::move(words)), m_out(stdout), m_err(stderr)
{
}

Result<QString> CliContext::storePath()
{
    const QString path = m_parser.value(u"store"_s);
    if (path.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("--store FILE is required."));
    return path;
}

Result<QString> CliContext::requiredValue(const QString &option)
{
    const QString value = m_parser.value(option);
    if (value.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("--%1 is required for this command.").arg(option));
    return value;
}

Result<QString> CliContext::passphrase(const QString &option, bool environmentFallback)
{
    QString text;
    if (m_parser.isSet(option)) {
        const QString path = m_parser.value(option);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io,
                        Tr::tr("Cannot read the passphrase file: %1.").arg(file.errorString()), path);
        text = QString::fromUtf8(file.readLine(64 * 1024));
        while (text.endsWith(u'\n') || text.endsWith(u'\r'))
            text.chop(1);
        if (text.isEmpty())
            return fail(ErrorCode::InvalidArgument, Tr::tr("The passphrase file is empty."), path);
        return text;
    }
    if (environmentFallback && qEnvironmentVariableIsSet("COOPDESK_PASSPHRASE")) {
        text = qEnvironmentVariable("COOPDESK_PASSPHRASE");
        if (text.isEmpty())
            return fail(ErrorCode::InvalidArgument, Tr::tr("COOPDESK_PASSPHRASE is empty."));
        return text;
    }
    if (environmentFallback)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("No passphrase: give --%1 FILE or set COOPDESK_PASSPHRASE.").arg(option));
    return fail(ErrorCode::InvalidArgument, Tr::tr("--%1 FILE is required for this command.").arg(option));
}

int CliContext::failure(const Error &error)
{
    if (error.code() == ErrorCode::InvalidArgument && error.where().isEmpty())
        return usage(error.message());
    m_err << Tr::tr("error: %1").arg(error.toString()) << Qt::endl;
    return Failure;
}

int CliContext::usage(const QString &message)
{
    m_err << Tr::tr("usage error: %1").arg(message) << Qt::endl
          << Tr::tr("Run coopdesk-cli --help for the commands.") << Qt::endl;
    return Usage;
}

Result<std::unique_ptr<Store>> openStore(CliContext &c)
{
    auto path = c.storePath();
    if (!path)
        return fail(path.error());
    auto passphrase = c.passphrase(u"passphrase-file"_s, true);
    if (!passphrase)
        return fail(passphrase.error());
    return Store::open(*path, *passphrase);
}

Result<QDate> dateOption(CliContext &c, const QString &option, QDate fallback)
{
    if (!c.parser().isSet(option))
        return fallback.isValid() ? fallback : businessToday();
    const QString text = c.parser().value(option);
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("--%1 takes a date written YYYY-MM-DD, not \"%2\".").arg(option, text));
    return date;
}

Result<qint64> numberOption(CliContext &c, const QString &option, qint64 fallback, qint64 min,
                            qint64 max)
{
    if (!c.parser().isSet(option))
        return fallback;
    const QString text = c.parser().value(option);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("--%1 takes a whole number from %2 to %3, not \"%4\".")
                        .arg(option)
                        .arg(min)
                        .arg(max)
                        .arg(text));
    return value;
}

} // namespace coop::cli
