// The HTTP server against clients that break the rules, on real sockets: bodies and headers above
// the limits, bytes that are not HTTP, requests cut short, and a crowd of clients that hang up
// early (half a request, or a whole push whose answer they never read) while a well-behaved
// client keeps syncing. The server must answer what it can with a JSON error, never fall over,
// keep serving the good client with correct answers, and leave no push half applied.

#include "serverfixture.h"
#include "testsupport.h"

#include "core/sync/change.h"
#include "core/sync/transport.h"
#include "server/httpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace coop;
using namespace coop::test;
using server::Role;

namespace {

constexpr qint64 kMaxBody = 256 * 1024;

// What a raw client saw: the status (0: the connection closed, or timed out, with no answer).
struct RawAnswer
{
    bool connected = false;
    int status = 0;
    QByteArray head;
    QByteArray body;
};

enum class Ending {
    ReadAnswer,     // send, then read the answer
    HalfCloseRead,  // send, shut our side for writing (EOF for the server), then read the answer
    CloseAtOnce,    // send, then close without reading
    Reset,          // send, then abort the connection (RST)
};

int connectTo(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Plain POSIX: the misbehaving clients run in threads of their own, without an event loop.
RawAnswer rawExchange(int port, const QByteArray &bytes, Ending ending, int timeoutMs = 15000)
{
    RawAnswer answer;
    const int fd = connectTo(port);
    if (fd < 0)
        return answer;
    answer.connected = true;
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        // MSG_NOSIGNAL: the server may close first (a body it refuses), which must not kill us.
        const ssize_t n = ::send(fd, bytes.constData() + sent, static_cast<size_t>(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            break;
        sent += n;
    }
    if (ending == Ending::CloseAtOnce || ending == Ending::Reset) {
        if (ending == Ending::Reset) {
            const linger abort{1, 0};
            ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
        }
        ::close(fd);
        return answer;
    }
    if (ending == Ending::HalfCloseRead)
        ::shutdown(fd, SHUT_WR);
    QByteArray received;
    QDeadlineTimer deadline(timeoutMs);
    qsizetype expectedTotal = -1;
    while (!deadline.hasExpired()) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(std::max<qint64>(1, deadline.remainingTime()))) <= 0)
            break;
        char buffer[16384];
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        received.append(buffer, n);
        if (expectedTotal < 0) {
            const qsizetype end = received.indexOf("\r\n\r\n");
            if (end >= 0) {
                qsizetype length = 0;
                for (const QByteArray &line : received.left(end).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                expectedTotal = end + 4 + length;
            }
        }
        if (expectedTotal >= 0 && received.size() >= expectedTotal)
            break;
    }
    ::close(fd);
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (received.startsWith("HTTP/1.") && end > 0) {
        answer.head = received.left(end);
        answer.body = received.mid(end + 4);
        answer.status = received.mid(9, 3).toInt();
    }
    return answer;
}

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &token,
                   const QByteArray &body = {}, const QByteArray &extraHeaders = {})
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\ncoop-protocol: 1\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    r += extraHeaders;
    if (!body.isNull())
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

QString whyNotJsonError(const RawAnswer &a)
{
    const QJsonObject o = QJsonDocument::fromJson(a.body).object();
    if (!o.value(u"error"_s).isString() || !o.value(u"message"_s).isString())
        return u"status %1 with a body that is not a JSON error: %2"_s.arg(a.status).arg(QString::fromUtf8(a.body.left(300)));
    return {};
}

QJsonObject pushBody(const QString &device, const QList<QJsonObject> &ops)
{
    QJsonArray list;
    for (const QJsonObject &op : ops)
        list.append(op);
    return {{u"device_id"_s, device}, {u"ops"_s, list}};
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerRobustness : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_f;
    std::unique_ptr<server::HttpServer> m_http;
    std::thread m_serving;
    int m_port = 0;
    QByteArray m_goodToken;
    QString m_goodDevice;
    qint64 m_goodSeq = 0;

    // The well-behaved client: the desktop's own HTTP transport.
    sync::TransportReply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                              const QMap<QString, QString> &query = {})
    {
        sync::HttpTransport transport(QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)), 30000);
        sync::TransportRequest r{method, path, query, {{"coop-protocol", "1"}}, body};
        if (!m_goodToken.isEmpty())
            r.headers.insert("authorization", "Bearer " + m_goodToken);
        return transport.send(r);
    }

    bool healthy(QString *why)
    {
        const RawAnswer raw = rawExchange(m_port, "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n", Ending::ReadAnswer);
        const sync::TransportReply good = call("GET", u"/v1/health"_s);
        const bool ok = raw.status == 200 && good.status == 200
                        && QJsonDocument::fromJson(good.body).object().value(u"status"_s).toString() == "ok"_L1;
        if (!ok)
            *why = u"health: raw %1, client %2 %3"_s.arg(raw.status).arg(good.status).arg(good.networkError);
        return ok;
    }

    // The changes the server has logged, through a connection of the test's own.
    qint64 changeCount()
    {
        qint64 n = -1;
        auto r = server::withPgConnection(m_f->pg().info(), [&n](QSqlDatabase &db) -> Result<void> {
            n = scalar(db, u"SELECT count(*) FROM change_log"_s);
            return {};
        });
        return r ? n : -1;
    }

    static qint64 scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
        const QJsonObject good = m_f->addUser(u"good"_s, u"coop"_s, Role::Admin);
        QVERIFY(!good.isEmpty());
        m_goodToken = tokenOf(good);
        m_goodDevice = u"good-laptop"_s;

        server::HttpOptions options;
        options.port = 0;
        options.threads = 8;
        options.maxBodyBytes = kMaxBody;
        options.readTimeoutSeconds = 3;
        options.writeTimeoutSeconds = 3;
        options.keepAliveSeconds = 2;
        m_http = std::make_unique<server::HttpServer>(m_f->api(), options);
        auto bound = m_http->bind();
        QVERIFY2(bound.has_value(), test::why(bound).constData());
        m_port = m_http->port();
        m_serving = std::thread([this] { m_http->serve(); });
        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(healthy(&why), qPrintable(why), 10000);
    }

    void cleanupTestCase()
    {
        if (m_http)
            m_http->stop();
        if (m_serving.joinable())
            m_serving.join();
        m_http.reset();
        m_f.reset();
    }

    void oversizedBodyIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<int>>("allowed");
        const QByteArray head = "POST /v1/t/coop/push HTTP/1.1\r\nHost: x\r\ncoop-protocol: 1\r\n"
                                "Authorization: Bearer $TOKEN\r\nContent-Type: application/json\r\n";
        const QByteArray big(kMaxBody + 1, 'x');
        QTest::newRow("a body one byte above the limit, sent whole is 413")
            << head + "Content-Length: " + QByteArray::number(big.size()) + "\r\n\r\n" + big << QList<int>{413};
        // cpp-httplib reads and drops a refused body before it answers: a client that declares
        // more than it sends gets its 413 after the read timeout.
        QTest::newRow("a declared length far above the limit, nothing sent, is 413")
            << head + "Content-Length: 1073741824\r\n\r\n" << QList<int>{413};
        QTest::newRow("a declared length far above the limit, part of it sent, is 413")
            << head + "Content-Length: 1073741824\r\n\r\n" + QByteArray(100000, 'z') << QList<int>{413};
        // A chunked body has no declared length: cpp-httplib stops reading at the limit and
        // answers 400.
        QByteArray chunked = head + "Transfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 5; ++i)
            chunked += QByteArray::number(kMaxBody / 4, 16) + "\r\n" + QByteArray(kMaxBody / 4, 'y') + "\r\n";
        QTest::newRow("a chunked body that grows above the limit is refused")
            << chunked + "0\r\n\r\n" << QList<int>{400, 413};
    }

    void oversizedBodyIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<int>, allowed);
        bytes.replace("$TOKEN", m_goodToken);
        const qint64 before = changeCount();
        const RawAnswer a = rawExchange(m_port, bytes, Ending::ReadAnswer);
        QVERIFY(a.connected);
        QVERIFY2(allowed.contains(a.status), qPrintable(u"status %1"_s.arg(a.status)));
        QVERIFY2(whyNotJsonError(a).isEmpty(), qPrintable(whyNotJsonError(a)));
        if (a.status == 413)
            QCOMPARE(QJsonDocument::fromJson(a.body).object().value(u"error"_s).toString(), u"too_large"_s);
        QCOMPARE(changeCount(), before);
        QString why;
        QVERIFY2(healthy(&why), qPrintable(why));
    }

    void oversizedHeaderIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("one header line of 64 KiB")
            << request("GET", "/v1/health", {}, {}, "X-Filler: " + QByteArray(64 * 1024, 'h') + "\r\n");
        QTest::newRow("a request line of 64 KiB")
            << request("GET", "/v1/health?pad=" + QByteArray(64 * 1024, 'p'), {});
        QTest::newRow("an authorization header of 32 KiB")
            << request("GET", "/v1/t/coop/pull", "v1." + QByteArray(32 * 1024, 'A'));
        QByteArray many;
        for (int i = 0; i < 2000; ++i)
            many += "X-Header-" + QByteArray::number(i) + ": " + QByteArray(100, 'm') + "\r\n";
        QTest::newRow("two thousand header lines of 100 bytes") << request("GET", "/v1/health", {}, {}, many);
    }

    // Refused (400, 414 or 431, as JSON) or the connection closed; the server keeps serving.
    void oversizedHeaderIsRefused()
    {
        QFETCH(QByteArray, bytes);
        const RawAnswer a = rawExchange(m_port, bytes, Ending::HalfCloseRead);
        QVERIFY(a.connected);
        qInfo("status %d", a.status);
        QVERIFY2(a.status == 0 || a.status == 400 || a.status == 414 || a.status == 431,
                 qPrintable(u"status %1"_s.arg(a.status)));
        if (a.status != 0)
            QVERIFY2(whyNotJsonError(a).isEmpty(), qPrintable(whyNotJsonError(a)));
        QString why;
        QVERIFY2(healthy(&why), qPrintable(why));
    }

    void malformedRequestIsABadRequest_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("ending");
        // Allowed statuses; 0: the server closed without an answer.
        QTest::addColumn<QList<int>>("allowed");

        QByteArray garbage(4096, Qt::Uninitialized);
        QRandomGenerator random(20261126);
        for (char &c : garbage)
            c = static_cast<char>(random.bounded(256));
        QTest::newRow("random bytes") << garbage << static_cast<int>(Ending::HalfCloseRead) << QList<int>{0, 400};
        QTest::newRow("a truncated request line, then close")
            << QByteArray("GET /v1/hea") << static_cast<int>(Ending::HalfCloseRead) << QList<int>{0, 400};
        QTest::newRow("a request line without the HTTP version")
            << QByteArray("GET /v1/health\r\n\r\n") << static_cast<int>(Ending::HalfCloseRead) << QList<int>{0, 400};
        // cpp-httplib skips a header line it cannot read: the request is then a plain health check.
        QTest::newRow("a header line without a colon is skipped or refused")
            << QByteArray("GET /v1/health HTTP/1.1\r\nthis is no header\r\n\r\n") << static_cast<int>(Ending::HalfCloseRead)
            << QList<int>{0, 200, 400};
        QTest::newRow("a body shorter than its Content-Length, then close")
            << request("POST", "/v1/t/coop/push", "$TOKEN").replace("\r\n\r\n", "\r\nContent-Length: 1000\r\n\r\n")
                   + "{\"device_id\":\"good-laptop\",\"ops\":["
            << static_cast<int>(Ending::HalfCloseRead) << QList<int>{0, 400};
        QTest::newRow("a Content-Length that is not a number")
            << QByteArray("POST /v1/auth/login HTTP/1.1\r\ncoop-protocol: 1\r\nContent-Length: twelve\r\n\r\n{}")
            << static_cast<int>(Ending::HalfCloseRead) << QList<int>{0, 400};
        QTest::newRow("a broken chunked body")
            << QByteArray("POST /v1/auth/login HTTP/1.1\r\ncoop-protocol: 1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << static_cast<int>(Ending::HalfCloseRead) << QList<int>{0, 400};
        QTest::newRow("a body that is not JSON")
            << request("POST", "/v1/auth/login", {}, "{\"login\": [1, 2")
            << static_cast<int>(Ending::ReadAnswer) << QList<int>{400};
        // PostgreSQL stores no U+0000: each of these was a server error (500) before the API
        // refused the character itself.
        QTest::newRow("a percent-encoded NUL in the path is a bad request, not a server error")
            << request("GET", "/v1/t/coop/blobs/ab%00cd", "$TOKEN") << static_cast<int>(Ending::ReadAnswer) << QList<int>{400};
        QTest::newRow("a percent-encoded NUL in the query is a bad request, not a server error")
            << request("GET", "/v1/t/coop/snapshot?after=setting/a%00b", "$TOKEN") << static_cast<int>(Ending::ReadAnswer)
            << QList<int>{400};
        QTest::newRow("a NUL in a JSON text is a bad request, not a server error")
            << request("POST", "/v1/auth/login", {},
                       R"({"login":"good\u0000","password":"x","device_id":"d","device_name":"d"})")
            << static_cast<int>(Ending::ReadAnswer) << QList<int>{400};
        QTest::newRow("a NUL in a pushed row's id is a bad request, not a server error")
            << request("POST", "/v1/t/coop/push", "$TOKEN",
                       compact(pushBody(u"good-laptop"_s,
                                        {operation(1, u"coop"_s, u"setting"_s, u"nul\u0000id"_s, u"insert"_s, 0,
                                                   {{u"value"_s, 1}})})))
            << static_cast<int>(Ending::ReadAnswer) << QList<int>{400};
    }

    void malformedRequestIsABadRequest()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, ending);
        QFETCH(QList<int>, allowed);
        bytes.replace("$TOKEN", m_goodToken);
        const RawAnswer a = rawExchange(m_port, bytes, static_cast<Ending>(ending));
        QVERIFY(a.connected);
        QVERIFY2(allowed.contains(a.status),
                 qPrintable(u"status %1: %2"_s.arg(a.status).arg(QString::fromUtf8(a.body.left(300)))));
        if (a.status == 200)
            QCOMPARE(QJsonDocument::fromJson(a.body).object().value(u"status"_s).toString(), u"ok"_s);
        else if (a.status != 0)
            QVERIFY2(whyNotJsonError(a).isEmpty(), qPrintable(whyNotJsonError(a)));
        QString why;
        QVERIFY2(healthy(&why), qPrintable(why));
    }

    // 160 clients hang up early while the good client pushes and pulls; then nothing is half
    // applied, the good client's pushes are applied exactly once, and the server still answers.
    void earlyDisconnectsUnderLoadLeaveNothingHalfDone()
    {
        constexpr int kRudeThreads = 16;
        constexpr int kRudePerThread = 10;
        constexpr int kGoodRounds = 30;

        // The rude pushers: one device each, so that their operations are theirs alone.
        QList<QByteArray> rudeTokens;
        for (int t = 0; t < kRudeThreads; ++t) {
            const QJsonObject s = t == 0 ? m_f->addUser(u"rude"_s, u"coop"_s, Role::Admin)
                                         : m_f->login(u"rude"_s, u"rude-device-%1"_s.arg(t));
            QVERIFY(!s.isEmpty());
            rudeTokens.append(tokenOf(s));
        }
        const auto rudeDevice = [](int t) { return t == 0 ? u"rude-laptop"_s : u"rude-device-%1"_s.arg(t); };

        std::atomic<int> rudeDone{0};
        std::atomic<int> refusedConnections{0};
        std::vector<std::thread> rude;
        for (int t = 0; t < kRudeThreads; ++t) {
            rude.emplace_back([&, t] {
                const QByteArray token = rudeTokens.at(t);
                qint64 wholePushes = 0;
                for (int i = 0; i < kRudePerThread; ++i) {
                    const int kind = (t + i) % 5;
                    // Whole pushes number their operations one after the other; whether the
                    // server applies them depends on the order in which it gets them.
                    const qint64 seq = kind == 1 || kind == 2 ? ++wholePushes : wholePushes + 1;
                    const QJsonObject op = operation(seq, u"coop"_s, u"setting"_s,
                                                     u"rude-%1-%2"_s.arg(t).arg(i), u"insert"_s, 0,
                                                     {{u"value"_s, i}});
                    const QByteArray push = request("POST", "/v1/t/coop/push", token,
                                                    compact(pushBody(rudeDevice(t), {op})));
                    RawAnswer a;
                    switch (kind) {
                    case 0: // half a request: the head and part of the body, then gone
                        a = rawExchange(m_port, push.left(push.size() / 2), Ending::CloseAtOnce);
                        break;
                    case 1: // a whole push, closed before the answer
                        a = rawExchange(m_port, push, Ending::CloseAtOnce);
                        break;
                    case 2: // a whole push, then a reset
                        a = rawExchange(m_port, push, Ending::Reset);
                        break;
                    case 3: // a pull whose answer is never read
                        a = rawExchange(m_port, request("GET", "/v1/t/coop/pull?cursor=0", token), Ending::Reset);
                        break;
                    default: // connect and leave without a word
                        a = rawExchange(m_port, {}, Ending::CloseAtOnce);
                        break;
                    }
                    if (!a.connected)
                        refusedConnections.fetch_add(1);
                }
                rudeDone.fetch_add(1);
            });
        }

        // Meanwhile the good client pushes one row per round and pulls until it sees it.
        QStringList problems;
        QJsonObject firstPush;
        qint64 cursor = 0;
        QSet<QString> pulled;
        for (int round = 1; round <= kGoodRounds; ++round) {
            const QString id = u"good-%1"_s.arg(round);
            const QJsonObject op = operation(++m_goodSeq, u"coop"_s, u"setting"_s, id, u"insert"_s, 0,
                                             {{u"value"_s, round}});
            if (round == 1)
                firstPush = op;
            const sync::TransportReply pushed =
                call("POST", u"/v1/t/coop/push"_s, compact(pushBody(m_goodDevice, {op})));
            const QJsonArray results = QJsonDocument::fromJson(pushed.body).object().value(u"results"_s).toArray();
            if (pushed.status != 200 || results.size() != 1
                || results.at(0)[u"status"_s].toString() != "applied"_L1 || results.at(0)[u"version"_s].toInt() != 1)
                problems.append(u"push %1: %2 %3 %4"_s.arg(round).arg(pushed.status).arg(pushed.networkError,
                                                                                        QString::fromUtf8(pushed.body)));
            bool more = true;
            while (more) {
                const sync::TransportReply page =
                    call("GET", u"/v1/t/coop/pull"_s, {}, {{u"cursor"_s, QString::number(cursor)}, {u"limit"_s, u"50"_s}});
                const QJsonObject body = QJsonDocument::fromJson(page.body).object();
                auto decoded = sync::PullPage::fromJson(body);
                if (page.status != 200 || !decoded) {
                    problems.append(u"pull %1: %2 %3"_s.arg(round).arg(page.status).arg(page.networkError));
                    break;
                }
                for (const sync::Change &c : decoded->changes) {
                    if (c.id.startsWith("good-"_L1)) {
                        if (pulled.contains(c.id))
                            problems.append(u"%1 pulled twice"_s.arg(c.id));
                        pulled.insert(c.id);
                    }
                }
                cursor = decoded->cursor;
                more = decoded->more;
            }
            if (!pulled.contains(id))
                problems.append(u"round %1: %2 not pulled after its push"_s.arg(round).arg(id));
        }
        for (std::thread &t : rude)
            t.join();
        QCOMPARE(rudeDone.load(), kRudeThreads);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
        qInfo("%d rude clients, %d of them could not connect", kRudeThreads * kRudePerThread,
              refusedConnections.load());

        // Still serving, also the same push again: answered from the record, not applied twice.
        QString why;
        QVERIFY2(healthy(&why), qPrintable(why));

        // The database: every applied operation has its row and its change in the log, every
        // row of these clients came from an applied operation, the good client's exactly once.
        {
            auto db = m_f->pg().info().open(u"robustness-check"_s);
            QVERIFY2(db.has_value(), test::why(db).constData());
            const qint64 goodApplied = scalar(*db, u"SELECT count(*) FROM applied_op WHERE device_id = 'good-laptop' "
                                                   "AND result->>'status' = 'applied'"_s);
            QCOMPARE(goodApplied, qint64(kGoodRounds));
            QCOMPARE(scalar(*db, u"SELECT count(*) FROM entity_row WHERE id LIKE 'good-%'"_s), qint64(kGoodRounds));
            QCOMPARE(scalar(*db, u"SELECT count(*) FROM change_log WHERE id LIKE 'good-%'"_s), qint64(kGoodRounds));
            QCOMPARE(scalar(*db, u"SELECT last_seq FROM device_progress WHERE device_id = 'good-laptop'"_s),
                     qint64(kGoodRounds));
            // Rude rows: as many as applied rude operations, each with its logged change.
            const qint64 rudeApplied = scalar(*db, u"SELECT count(*) FROM applied_op WHERE device_id LIKE 'rude-%' "
                                                   "AND result->>'status' = 'applied'"_s);
            QCOMPARE(scalar(*db, u"SELECT count(*) FROM entity_row WHERE id LIKE 'rude-%'"_s), rudeApplied);
            QCOMPARE(scalar(*db, u"SELECT count(*) FROM entity_row r WHERE id LIKE 'rude-%' AND EXISTS (SELECT 1 "
                                 "FROM change_log c WHERE c.tenant_id = r.tenant_id AND c.seq = r.changed_seq "
                                 "AND c.id = r.id AND c.version = r.version)"_s),
                     rudeApplied);
            // A device's progress is its last applied operation, with no hole before it.
            QCOMPARE(scalar(*db, u"SELECT count(*) FROM device_progress p WHERE p.last_seq <> (SELECT count(*) "
                                 "FROM applied_op a WHERE a.tenant_id = p.tenant_id AND a.device_id = p.device_id)"_s),
                     qint64(0));
            // The change log numbers every change once, without a hole.
            QCOMPARE(scalar(*db, u"SELECT count(*) FROM tenant_clock t WHERE t.next_seq - 1 <> (SELECT count(*) "
                                 "FROM change_log c WHERE c.tenant_id = t.tenant_id)"_s),
                     qint64(0));
            // A device whose first whole push ended with a plain close (not a reset, which may
            // throw the request away unread) has it applied, though nobody read the answer.
            int surelyApplied = 0;
            for (int t = 0; t < kRudeThreads; ++t) {
                for (int i = 0; i < kRudePerThread; ++i) {
                    const int kind = (t + i) % 5;
                    if (kind == 1)
                        ++surelyApplied;
                    if (kind == 1 || kind == 2)
                        break;
                }
            }
            QVERIFY2(rudeApplied >= surelyApplied,
                     qPrintable(u"%1 rude pushes applied, %2 expected at least"_s.arg(rudeApplied).arg(surelyApplied)));
            qInfo("rude pushes applied: %lld", rudeApplied);
            db->close();
        }
        QSqlDatabase::removeDatabase(u"robustness-check"_s);

        // The good client's first push once more (its answer lost, say): the stored answer comes
        // back and nothing is applied again.
        const sync::TransportReply replay =
            call("POST", u"/v1/t/coop/push"_s, compact(pushBody(m_goodDevice, {firstPush})));
        QCOMPARE(replay.status, 200);
        const QJsonObject answer = QJsonDocument::fromJson(replay.body).object()[u"results"_s][0].toObject();
        QCOMPARE(answer[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(answer[u"op_id"_s].toString(), firstPush[u"op_id"_s].toString());
        {
            auto after = m_f->pg().info().open(u"robustness-check"_s);
            QVERIFY2(after.has_value(), test::why(after).constData());
            QCOMPARE(scalar(*after, u"SELECT count(*) FROM change_log WHERE id LIKE 'good-%'"_s), qint64(kGoodRounds));
            after->close();
        }
        QSqlDatabase::removeDatabase(u"robustness-check"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerRobustness)
#include "tst_serverrobustness.moc"
