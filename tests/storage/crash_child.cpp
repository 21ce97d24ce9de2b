// Commits numbered settings to a store in a loop, printing "committed N" after each commit
// returns, until it is killed. Used by tst_crashsafety.
// Usage: coop_crash_child STORE FIRST_NUMBER   (passphrase in COOPDESK_PASSPHRASE)
#include "core/storage/settingsrepository.h"
#include "core/storage/store.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    auto store = coop::Store::open(args.at(1), qEnvironmentVariable("COOPDESK_PASSPHRASE"));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }
    coop::SettingsRepository settings(**store);
    for (qint64 n = args.at(2).toLongLong();; ++n) {
        // Bulky values make each commit write several pages, so kills land mid-write.
        const QString value = u"value %1 "_s.arg(n) + QString(3000, u'x');
        if (auto r = settings.setValue(u"crash.%1"_s.arg(n, 8, 10, QLatin1Char('0')), value); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
