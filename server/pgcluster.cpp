#include "pgcluster.h"

#include "core/tr.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVersionNumber>

#include <algorithm>
#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace coop::server {

namespace {

// sockaddr_un::sun_path holds 108 bytes on Linux, the final NUL included.
constexpr qsizetype MaxSocketPathBytes = 107;
constexpr qint64 MaxLogBytes = 10 * 1024 * 1024;
constexpr int LogTailLines = 25;
constexpr int InitdbTimeoutMs = 300000;
constexpr int QuickCommandTimeoutMs = 30000;
constexpr int ImmediateStopTimeoutMs = 10000;
constexpr int PollIntervalMs = 100;
// PostgreSQL's limit on identifiers, in bytes.
constexpr qsizetype MaxIdentifierBytes = 63;

const QString kClusterSubdir = u"pgdata"_s;
const QString kSocketSubdir = u"sock"_s;
const QString kLogName = u"postgres.log"_s;

QString socketFileName(int port)
{
    return u".s.PGSQL.%1"_s.arg(port);
}

qsizetype socketPathBytes(const QString &dir, int port)
{
    return QFile::encodeName(dir + u'/' + socketFileName(port)).size();
}

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(static_cast<double>(duration.count()) / 1000.0, 'g', 3);
}

#ifdef Q_OS_UNIX
bool isRoot()
{
    return ::geteuid() == 0;
}

struct SystemUser
{
    QString name;
    uid_t uid = 0;
    gid_t gid = 0;
};

std::optional<SystemUser> systemUser(const QString &name)
{
    const QByteArray encoded = name.toLocal8Bit();
    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    QByteArray buffer(size > 0 ? static_cast<qsizetype>(size) : 16384, '\0');
    passwd entry{};
    passwd *found = nullptr;
    if (::getpwnam_r(encoded.constData(), &entry, buffer.data(), static_cast<size_t>(buffer.size()),
                     &found) != 0
        || found == nullptr) {
        return std::nullopt;
    }
    return SystemUser{name, entry.pw_uid, entry.pw_gid};
}

QString currentUserName()
{
    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    QByteArray buffer(size > 0 ? static_cast<qsizetype>(size) : 16384, '\0');
    passwd entry{};
    passwd *found = nullptr;
    if (::getpwuid_r(::geteuid(), &entry, buffer.data(), static_cast<size_t>(buffer.size()), &found) != 0
        || found == nullptr) {
        return QString::number(::geteuid());
    }
    return QString::fromLocal8Bit(entry.pw_name);
}

Result<void> changeOwner(const QString &path, const SystemUser &user)
{
    if (::lchown(QFile::encodeName(path).constData(), user.uid, user.gid) != 0) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot give %1 to the user %2: %3")
                        .arg(path, user.name, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return {};
}

// `path` and, for a folder, everything in it.
Result<void> changeOwnerRecursively(const QString &path, const SystemUser &user)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return {};
    if (auto r = changeOwner(path, user); !r)
        return r;
    if (!info.isDir() || info.isSymLink())
        return {};
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (auto r = changeOwner(it.next(), user); !r)
            return r;
    }
    return {};
}

bool processExists(qint64 pid)
{
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

// Whether the process looks like a PostgreSQL server (Linux: its command name); true when the
// system cannot tell, so that a live process is never taken for a stale one by mistake.
bool looksLikePostgres(qint64 pid)
{
    QFile comm(u"/proc/%1/comm"_s.arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return true;
    const QByteArray name = comm.readAll().trimmed();
    return name == "postgres" || name == "postmaster";
}
#endif

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A child process of `parent` (Linux: from /proc), or 0.
qint64 childOf(qint64 parent)
{
#ifdef Q_OS_LINUX
    const QDir proc(u"/proc"_s);
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        // "pid (command) state ppid …": the command may hold spaces and parentheses.
        const QByteArray stat = readAll(proc.filePath(entry + u"/stat"_s));
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = stat.mid(close + 1).simplified().split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            return pid;
    }
#else
    Q_UNUSED(parent);
#endif
    return 0;
}

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The children are configured by their arguments only, in English.
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"PG"_s) || name.startsWith(u"LC_"_s))
            env.remove(name);
    }
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANG"_s, u"C"_s);
    return env;
}

QString lastLines(const QString &text, int count)
{
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines.join(u'\n');
}

// A value for a list setting such as unix_socket_directories.
QString quotedListItem(const QString &value)
{
    if (value.contains(u' ') || value.contains(u','))
        return u'"' + value + u'"';
    return value;
}

struct Finished
{
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QString output;
};

Finished runToEnd(const QString &program, const QStringList &arguments, const QString &workingDir,
                  int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    Finished result;
    result.started = process.waitForStarted(QuickCommandTimeoutMs);
    if (!result.started) {
        result.output = process.errorString();
        return result;
    }
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(QuickCommandTimeoutMs);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

int majorVersionOf(const QString &binDir)
{
    const Finished run = runToEnd(QDir(binDir).filePath(u"postgres"_s), {u"--version"_s}, {},
                                  QuickCommandTimeoutMs);
    static const QRegularExpression pattern(u"\\(PostgreSQL\\)\\s+(\\d+)"_s);
    const QRegularExpressionMatch m = pattern.match(run.output);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool hasServerBinaries(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo(QDir(dir).filePath(u"initdb"_s)).isExecutable()
           && QFileInfo(QDir(dir).filePath(u"postgres"_s)).isExecutable();
}

QString findRunuser()
{
    QString path = QStandardPaths::findExecutable(u"runuser"_s);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(u"runuser"_s, {u"/usr/sbin"_s, u"/sbin"_s,
                                                             u"/usr/bin"_s, u"/bin"_s});
    return path;
}

} // namespace

Result<QString> PostgresCluster::findBinDir(const QString &preferred, int preferredMajor)
{
    QStringList candidates;
    if (!preferred.isEmpty()) {
        if (!hasServerBinaries(preferred)) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("%1 does not hold PostgreSQL's initdb and postgres programs.").arg(preferred));
        }
        return preferred;
    }
    const QString fromEnvironment = qEnvironmentVariable("COOP_PG_BINDIR");
    if (!fromEnvironment.isEmpty()) {
        if (!hasServerBinaries(fromEnvironment)) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("COOP_PG_BINDIR (%1) does not hold PostgreSQL's initdb and postgres "
                               "programs.")
                            .arg(fromEnvironment));
        }
        return fromEnvironment;
    }
    // Debian and Ubuntu install each major version in its own folder, outside PATH.
    QStringList versioned;
    const QDir debianRoot(u"/usr/lib/postgresql"_s);
    for (const QString &entry : debianRoot.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (QVersionNumber::fromString(entry).isNull())
            continue;
        versioned.append(entry);
    }
    std::sort(versioned.begin(), versioned.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    if (preferredMajor > 0 && versioned.contains(QString::number(preferredMajor)))
        candidates.append(debianRoot.filePath(QString::number(preferredMajor) + u"/bin"_s));

    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    if (!initdb.isEmpty())
        candidates.append(QFileInfo(initdb).absolutePath());
    const QString pgConfig = QStandardPaths::findExecutable(u"pg_config"_s);
    if (!pgConfig.isEmpty()) {
        const Finished run = runToEnd(pgConfig, {u"--bindir"_s}, {}, QuickCommandTimeoutMs);
        if (run.exitCode == 0)
            candidates.append(run.output.trimmed());
    }
    for (const QString &version : std::as_const(versioned))
        candidates.append(debianRoot.filePath(version + u"/bin"_s));

    for (const QString &dir : std::as_const(candidates)) {
        if (hasServerBinaries(dir))
            return dir;
    }
    return fail(ErrorCode::NotFound,
                Tr::tr("PostgreSQL's server programs (initdb, postgres) were not found in PATH, "
                       "through pg_config or in /usr/lib/postgresql/<version>/bin. Install the "
                       "server (Debian: apt install postgresql) or set COOP_PG_BINDIR."));
}

PostgresCluster::PostgresCluster(QString dataDir, Options options)
    : m_dataDir(std::move(dataDir)), m_options(std::move(options))
{
}

PostgresCluster::~PostgresCluster()
{
    if (auto r = stop(); !r)
        qWarning("PostgresCluster: %s", qPrintable(r.error().toString()));
}

Result<std::unique_ptr<PostgresCluster>> PostgresCluster::start(const QString &dataDir,
                                                                const Options &options)
{
    if (dataDir.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The PostgreSQL cluster needs a folder to live in."));
    }
    if (options.superuser.isEmpty()
        || QFile::encodeName(options.superuser).size() > MaxIdentifierBytes) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The cluster's superuser needs a name of 1 to 63 bytes."), u"superuser"_s);
    }
    if (options.port < 1 || options.port > 65535) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The cluster's port must be from 1 to 65535, not %1.").arg(options.port),
                    u"port"_s);
    }
    std::unique_ptr<PostgresCluster> cluster(
        new PostgresCluster(QDir::cleanPath(QDir(dataDir).absolutePath()), options));
    if (auto r = cluster->prepare(); !r)
        return fail(r.error());
    if (auto r = cluster->initialise(); !r)
        return fail(r.error());
    if (auto r = cluster->checkNotRunning(); !r)
        return fail(r.error());
    if (auto r = cluster->launch(); !r)
        return fail(r.error());
    if (auto r = cluster->waitUntilReady(); !r)
        return fail(r.error());
    return cluster;
}

QString PostgresCluster::clusterDir() const
{
    return QDir(m_dataDir).filePath(kClusterSubdir);
}

QString PostgresCluster::logFile() const
{
    return QDir(m_dataDir).filePath(kLogName);
}

PgConnectionInfo PostgresCluster::connectionInfo() const
{
    PgConnectionInfo info;
    info.host = m_socketDir;
    info.port = m_options.port;
    info.user = m_options.superuser;
    info.database = u"postgres"_s;
    return info;
}

bool PostgresCluster::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

Result<void> PostgresCluster::prepare()
{
#ifdef Q_OS_UNIX
    std::optional<SystemUser> runAs;
    if (isRoot()) {
        if (m_options.runAsUser.isEmpty()) {
            return fail(ErrorCode::Forbidden,
                        Tr::tr("PostgreSQL refuses to run as root, and so does CoopDesk's private "
                               "cluster: run this program as an ordinary user, or name the system "
                               "user PostgreSQL should run as (for example “postgres”)."));
        }
        if (m_options.runAsUser == u"root") {
            return fail(ErrorCode::Forbidden,
                        Tr::tr("PostgreSQL cannot run as root: name another system user to run it as."));
        }
        runAs = systemUser(m_options.runAsUser);
        if (!runAs) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("There is no system user named “%1” to run PostgreSQL as.")
                            .arg(m_options.runAsUser));
        }
        if (runAs->uid == 0) {
            return fail(ErrorCode::Forbidden,
                        Tr::tr("The user “%1” has root's identity; PostgreSQL cannot run as it.")
                            .arg(m_options.runAsUser));
        }
        if (findRunuser().isEmpty()) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("runuser (util-linux) is needed to run PostgreSQL as “%1” and was not "
                               "found.")
                            .arg(m_options.runAsUser));
        }
        m_runAs = runAs->name;
    } else if (!m_options.runAsUser.isEmpty() && m_options.runAsUser != currentUserName()) {
        return fail(ErrorCode::Forbidden,
                    Tr::tr("Only root can run PostgreSQL as another user (“%1”); this program runs as "
                           "“%2”, which PostgreSQL accepts: leave the user empty.")
                        .arg(m_options.runAsUser, currentUserName()));
    }
#endif

    if (!QDir().mkpath(m_dataDir)) {
        return fail(ErrorCode::Io, Tr::tr("Cannot create the folder %1 for PostgreSQL.").arg(m_dataDir));
    }

    // The binaries: those of the cluster's version when it exists already.
    const QString versionFile = QDir(clusterDir()).filePath(u"PG_VERSION"_s);
    const int clusterMajor = QString::fromLatin1(readAll(versionFile)).trimmed().toInt();
    auto binDir = findBinDir(m_options.binDir, clusterMajor);
    if (!binDir)
        return fail(binDir.error());
    m_binDir = *binDir;
    if (clusterMajor > 0) {
        const int binaryMajor = majorVersionOf(m_binDir);
        if (binaryMajor != clusterMajor) {
            return fail(ErrorCode::Conflict,
                        Tr::tr("The cluster in %1 was created by PostgreSQL %2 but the programs in %3 "
                               "are PostgreSQL %4: install PostgreSQL %2 (or upgrade the cluster "
                               "with pg_upgrade).")
                            .arg(clusterDir())
                            .arg(clusterMajor)
                            .arg(m_binDir)
                            .arg(binaryMajor));
        }
    }

    // The socket: in the data folder unless its path is too long for a Unix socket.
    const QString preferredSocketDir = QDir(m_dataDir).filePath(kSocketSubdir);
    const qsizetype preferredBytes = socketPathBytes(preferredSocketDir, m_options.port);
    if (preferredBytes <= MaxSocketPathBytes) {
        m_socketDir = preferredSocketDir;
        if (!QDir().mkpath(m_socketDir))
            return fail(ErrorCode::Io, Tr::tr("Cannot create the socket folder %1.").arg(m_socketDir));
    } else {
        QTemporaryDir temporary(QDir(QDir::tempPath()).filePath(u"coopdesk-pg-XXXXXX"_s));
        if (!temporary.isValid()) {
            return fail(ErrorCode::Io,
                        Tr::tr("The socket path in %1 would be %2 bytes long, more than the %3 a Unix "
                               "socket allows, and no folder could be made in %4 instead: %5")
                            .arg(m_dataDir)
                            .arg(preferredBytes)
                            .arg(MaxSocketPathBytes)
                            .arg(QDir::tempPath(), temporary.errorString()));
        }
        temporary.setAutoRemove(false);
        m_socketDir = temporary.path();
        m_socketDirIsTemporary = true;
        const qsizetype fallbackBytes = socketPathBytes(m_socketDir, m_options.port);
        if (fallbackBytes > MaxSocketPathBytes) {
            QDir(m_socketDir).removeRecursively();
            return fail(ErrorCode::Io,
                        Tr::tr("A Unix socket path is at most %1 bytes: both %2 and %3 are too long "
                               "for PostgreSQL's socket. Use a shorter data folder or TMPDIR.")
                            .arg(MaxSocketPathBytes)
                            .arg(m_dataDir, m_socketDir));
        }
        m_socketNote = Tr::tr("PostgreSQL's socket is in %1: in the data folder its path would be %2 "
                              "bytes long, more than the %3 a Unix socket allows.")
                           .arg(m_socketDir)
                           .arg(preferredBytes)
                           .arg(MaxSocketPathBytes);
        qInfo("%s", qPrintable(m_socketNote));
    }

#ifdef Q_OS_UNIX
    if (runAs) {
        // The data folder, the cluster, the socket folder and the logs belong to that user.
        for (const QString &path : {m_dataDir, m_socketDir}) {
            if (auto r = changeOwner(path, *runAs); !r)
                return r;
        }
        for (const QString &path : {clusterDir(), logFile(), QString(logFile() + u".1"_s)}) {
            if (auto r = changeOwnerRecursively(path, *runAs); !r)
                return r;
        }
        // Every folder above must let the user through.
        const Finished check = runToEnd(findRunuser(),
                                        {u"-u"_s, runAs->name, u"--"_s, u"test"_s, u"-w"_s, m_dataDir,
                                         u"-a"_s, u"-x"_s, m_dataDir, u"-a"_s, u"-w"_s, m_socketDir},
                                        QDir::rootPath(), QuickCommandTimeoutMs);
        if (check.exitCode != 0) {
            if (m_socketDirIsTemporary)
                QDir(m_socketDir).removeRecursively();
            return fail(ErrorCode::Io,
                        Tr::tr("The user “%1” cannot write in %2 (or %3): every folder above them must "
                               "be searchable by that user (chmod o+x).%4")
                            .arg(runAs->name, m_dataDir, m_socketDir,
                                 check.output.trimmed().isEmpty() ? QString()
                                                                  : u' ' + check.output.trimmed()));
        }
    }
#endif
    return {};
}

Result<void> PostgresCluster::initialise()
{
    const QDir cluster(clusterDir());
    if (QFileInfo::exists(cluster.filePath(u"PG_VERSION"_s)))
        return {};
    if (cluster.exists() && !cluster.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        return fail(ErrorCode::Conflict,
                    Tr::tr("%1 holds files but no PostgreSQL cluster (no PG_VERSION), perhaps from an "
                           "interrupted first start: move it away or empty it, then start again.")
                        .arg(clusterDir()));
    }
    QStringList arguments = {u"-D"_s, clusterDir(), u"-U"_s, m_options.superuser, u"-E"_s, u"UTF8"_s,
                             u"--locale=C"_s, u"--auth-local=trust"_s, u"--auth-host=reject"_s,
                             u"--data-checksums"_s};
    if (!m_options.durable)
        arguments.append(u"--no-sync"_s);
    QString program = QDir(m_binDir).filePath(u"initdb"_s);
    if (!m_runAs.isEmpty()) {
        arguments = QStringList{u"-u"_s, m_runAs, u"--"_s, program} + arguments;
        program = findRunuser();
    }
    const Finished run = runToEnd(program, arguments, m_dataDir, InitdbTimeoutMs);
    if (!run.started) {
        return fail(ErrorCode::Io, Tr::tr("Cannot run %1: %2").arg(program, run.output));
    }
    if (!run.finished || run.exitCode != 0) {
        const QString how = run.finished ? Tr::tr("exit code %1").arg(run.exitCode)
                                         : Tr::tr("stopped after %1 s").arg(InitdbTimeoutMs / 1000);
        return fail(ErrorCode::Database,
                    Tr::tr("initdb could not create the cluster in %1 (%2):\n%3")
                        .arg(clusterDir(), how, lastLines(run.output, LogTailLines)));
    }
    return {};
}

Result<void> PostgresCluster::checkNotRunning()
{
    const QString pidFile = QDir(clusterDir()).filePath(u"postmaster.pid"_s);
    if (!QFileInfo::exists(pidFile))
        return {};
    const QList<QByteArray> lines = readAll(pidFile).split('\n');
    const qint64 pid = lines.isEmpty() ? 0 : lines.first().trimmed().toLongLong();
#ifdef Q_OS_UNIX
    if (pid > 0 && processExists(pid) && looksLikePostgres(pid)) {
        return fail(ErrorCode::Conflict,
                    Tr::tr("A PostgreSQL server (process %1) is already running on %2, started by "
                           "another program or an earlier run that is still alive. Stop it first "
                           "(pg_ctl stop -D %2), or give this program its URL instead.")
                        .arg(pid)
                        .arg(clusterDir()));
    }
#endif
    // A crash left the file behind: the process it names is gone (or is something else now).
    if (!QFile::remove(pidFile)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot remove the stale %1 left by a server that is no longer running.")
                        .arg(pidFile));
    }
    qInfo("PostgresCluster: removed %s left by process %lld, which is no longer running",
          qPrintable(pidFile), pid);
    return {};
}

Result<void> PostgresCluster::launch()
{
    const QString log = logFile();
    if (QFileInfo(log).size() > MaxLogBytes) {
        QFile::remove(log + u".1"_s);
        QFile::rename(log, log + u".1"_s);
    }
    m_logStart = QFileInfo(log).size();

    QStringList arguments = {u"-D"_s, clusterDir(), u"-p"_s, QString::number(m_options.port),
                             u"-c"_s, u"listen_addresses="_s,
                             u"-c"_s, u"unix_socket_directories="_s + quotedListItem(m_socketDir),
                             u"-c"_s, u"unix_socket_permissions=0700"_s};
    if (!m_options.durable) {
        arguments << u"-c"_s << u"fsync=off"_s << u"-c"_s << u"synchronous_commit=off"_s << u"-c"_s
                  << u"full_page_writes=off"_s;
    }
    for (auto it = m_options.settings.cbegin(); it != m_options.settings.cend(); ++it)
        arguments << u"-c"_s << it.key() + u'=' + it.value();

    QString program = QDir(m_binDir).filePath(u"postgres"_s);
    const bool throughRunuser = !m_runAs.isEmpty();
    if (throughRunuser) {
        arguments = QStringList{u"-u"_s, m_runAs, u"--"_s, program} + arguments;
        program = findRunuser();
    }

    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(childEnvironment());
    m_process->setWorkingDirectory(m_dataDir);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(log, QIODevice::Append);
#ifdef Q_OS_LINUX
    // If this process dies without stopping the cluster, the child is told to shut down: postgres
    // itself (SIGINT: fast shutdown), or runuser, which passes a termination on to postgres.
    // Linux sends that signal when the *thread* that started the child ends, so only the main
    // thread (which lives as long as the process) asks for it.
    const pid_t parent = ::getpid();
    if (::gettid() == parent) {
        const int deathSignal = throughRunuser ? SIGTERM : SIGINT;
        m_process->setChildProcessModifier([parent, deathSignal] {
            ::prctl(PR_SET_PDEATHSIG, deathSignal);
            if (::getppid() != parent)
                ::_exit(1);
        });
    }
#else
    Q_UNUSED(throughRunuser);
#endif
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(QuickCommandTimeoutMs)) {
        const QString reason = m_process->errorString();
        m_process.reset();
        return fail(ErrorCode::Io, Tr::tr("Cannot run %1: %2").arg(program, reason));
    }
    if (!throughRunuser)
        m_postmasterPid = m_process->processId();
    return {};
}

Result<void> PostgresCluster::waitUntilReady()
{
    const QDeadlineTimer deadline(m_options.startTimeout);
    const QString pidFile = QDir(clusterDir()).filePath(u"postmaster.pid"_s);
    const QString socket = QDir(m_socketDir).filePath(socketFileName(m_options.port));
    QString lastConnectionError;
    for (;;) {
        if (m_process->state() == QProcess::NotRunning) {
            const int code = m_process->exitCode();
            m_process.reset();
            m_postmasterPid = 0;
            return fail(ErrorCode::Database,
                        Tr::tr("PostgreSQL stopped while starting in %1 (exit code %2). The end of its "
                               "log (%3):\n%4")
                            .arg(clusterDir())
                            .arg(code)
                            .arg(logFile(), logTail(m_logStart)));
        }
        // postmaster.pid: PID, data folder, start time, port, socket folder, listen address,
        // shared memory key, status ("starting", "ready"…).
        const QList<QByteArray> lines = readAll(pidFile).split('\n');
        if (const qint64 pid = lines.first().trimmed().toLongLong(); pid > 0 && m_postmasterPid <= 0)
            m_postmasterPid = pid;
        const bool ready = lines.size() >= 8 && lines.at(7).trimmed() == "ready";
        if (ready && QFileInfo::exists(socket)) {
            auto probe = withPgConnection(connectionInfo(), [](QSqlDatabase &db) -> Result<void> {
                return pgExec(db, u"SELECT 1"_s, Tr::tr("The server does not answer:"));
            });
            if (probe)
                return {};
            lastConnectionError = probe.error().toString();
        }
        if (deadline.hasExpired())
            break;
        m_process->waitForFinished(PollIntervalMs);
    }
    const QString tail = logTail(m_logStart);
    const std::chrono::milliseconds timeout = m_options.startTimeout;
    (void)stop();
    return fail(ErrorCode::Database,
                Tr::tr("PostgreSQL did not accept connections on %1 within %2 s.%3 The end of its log "
                       "(%4):\n%5")
                    .arg(socket, seconds(timeout),
                         lastConnectionError.isEmpty() ? QString() : u' ' + lastConnectionError,
                         logFile(), tail));
}

#ifdef Q_OS_UNIX
qint64 PostgresCluster::currentPostmasterPid()
{
    if (m_postmasterPid > 0)
        return m_postmasterPid;
    if (m_runAs.isEmpty())
        return m_process->processId();
    // Through runuser, postgres is runuser's child; early in a start it may not have written
    // postmaster.pid yet, or even been started.
    const QString pidFile = QDir(clusterDir()).filePath(u"postmaster.pid"_s);
    const QDeadlineTimer deadline(std::chrono::seconds(5));
    do {
        // Until runuser's child has become postgres, a signal could be lost on runuser.
        qint64 pid = childOf(m_process->processId());
        if (pid > 0 && !looksLikePostgres(pid))
            pid = 0;
        if (pid <= 0) {
            const QList<QByteArray> lines = readAll(pidFile).split('\n');
            pid = lines.first().trimmed().toLongLong();
        }
        if (pid > 0) {
            m_postmasterPid = pid;
            return pid;
        }
    } while (!m_process->waitForFinished(PollIntervalMs / 2) && !deadline.hasExpired());
    return m_process->processId();
}
#endif

QString PostgresCluster::logTail(qint64 from) const
{
    QFile file(logFile());
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("(no log)");
    if (from > 0 && from <= file.size())
        file.seek(from);
    const QString tail = lastLines(QString::fromLocal8Bit(file.readAll()), LogTailLines);
    return tail.isEmpty() ? Tr::tr("(empty)") : tail;
}

Result<void> PostgresCluster::stop()
{
    Result<void> result;
    if (m_process && m_process->state() != QProcess::NotRunning) {
#ifdef Q_OS_UNIX
        // The signals go to postgres itself: runuser, when it is in between, ignores SIGINT.
        const pid_t target = static_cast<pid_t>(currentPostmasterPid());
        // kill() with 0 or less would reach this process's whole group.
        const auto send = [target](int number) {
            if (target > 0)
                ::kill(target, number);
        };
        // SIGINT: fast shutdown (sessions end, open transactions roll back, a checkpoint is written).
        send(SIGINT);
        if (!m_process->waitForFinished(static_cast<int>(m_options.stopTimeout.count()))) {
            // SIGQUIT: immediate shutdown; the next start recovers from the write-ahead log.
            send(SIGQUIT);
            if (!m_process->waitForFinished(ImmediateStopTimeoutMs)) {
                send(SIGKILL);
                m_process->kill();
                m_process->waitForFinished(ImmediateStopTimeoutMs);
            }
            result = fail(ErrorCode::Internal,
                          Tr::tr("PostgreSQL did not stop within %1 s and was stopped at once; the "
                                 "next start recovers from its log. The end of its log (%2):\n%3")
                              .arg(seconds(m_options.stopTimeout), logFile(), logTail(m_logStart)));
        }
#else
        const Finished run = runToEnd(QDir(m_binDir).filePath(u"pg_ctl"_s),
                                      {u"stop"_s, u"-D"_s, clusterDir(), u"-m"_s, u"fast"_s, u"-w"_s},
                                      m_dataDir, static_cast<int>(m_options.stopTimeout.count()));
        if (!m_process->waitForFinished(static_cast<int>(m_options.stopTimeout.count()))) {
            m_process->kill();
            m_process->waitForFinished(ImmediateStopTimeoutMs);
            result = fail(ErrorCode::Internal,
                          Tr::tr("PostgreSQL did not stop within %1 s and was killed: %2")
                              .arg(seconds(m_options.stopTimeout), run.output));
        }
#endif
    }
    m_process.reset();
    m_postmasterPid = 0;
    if (m_socketDirIsTemporary) {
        QDir(m_socketDir).removeRecursively();
        m_socketDirIsTemporary = false;
    }
    return result;
}

Result<void> PostgresCluster::ensureDatabase(const QString &name)
{
    if (name.isEmpty() || QFile::encodeName(name).size() > MaxIdentifierBytes) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A PostgreSQL database name has 1 to 63 bytes: “%1” does not.").arg(name));
    }
    if (!isRunning()) {
        return fail(ErrorCode::Database,
                    Tr::tr("Cannot create the database “%1”: the cluster in %2 is not running.")
                        .arg(name, clusterDir()));
    }
    return withPgConnection(connectionInfo(), [&](QSqlDatabase &db) -> Result<void> {
        const auto exists = [&]() -> Result<bool> {
            QSqlQuery query(db);
            query.prepare(u"SELECT 1 FROM pg_database WHERE datname = ?"_s);
            query.addBindValue(name);
            if (!query.exec()) {
                return fail(ErrorCode::Database,
                            Tr::tr("Cannot look for the database “%1”: %2")
                                .arg(name, query.lastError().text()));
            }
            return query.next();
        };
        auto found = exists();
        if (!found)
            return fail(found.error());
        if (*found)
            return {};
        auto created = pgExec(db, u"CREATE DATABASE %1 ENCODING 'UTF8'"_s.arg(pgQuoteIdentifier(name)),
                              Tr::tr("Cannot create the database “%1”:").arg(name));
        if (created)
            return {};
        // Another process may have created it at the same time.
        auto foundNow = exists();
        if (foundNow && *foundNow)
            return {};
        return created;
    });
}

} // namespace coop::server
