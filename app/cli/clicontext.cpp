#include "clicontext.h"

#include "core/tr.h"

#include <QFile>

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

} // namespace coop::cli
