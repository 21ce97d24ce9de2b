#include "storecommands.h"

#include "clicontext.h"

#include "core/storage/salesrepository.h"
#include "core/storage/store.h"
#include "core/tr.h"

using namespace Qt::StringLiterals;

namespace coop::cli {

namespace {

Result<KdfParams> kdfOption(CliContext &c)
{
    const QString kdf = c.parser().value(u"kdf"_s);
    if (kdf.isEmpty() || kdf == "moderate"_L1)
        return KdfParams::moderate();
    if (kdf == "interactive"_L1)
        return KdfParams::interactive();
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("--kdf takes \"moderate\" or \"interactive\", not \"%1\".").arg(kdf));
}

int init(CliContext &c)
{
    auto path = c.storePath();
    if (!path)
        return c.failure(path.error());
    auto passphrase = c.passphrase(u"passphrase-file"_s, true);
    if (!passphrase)
        return c.failure(passphrase.error());
    auto kdf = kdfOption(c);
    if (!kdf)
        return c.failure(kdf.error());
    StoreCreateOptions options;
    options.name = c.parser().value(u"name"_s);
    options.kdf = *kdf;
    auto store = Store::create(*path, *passphrase, options);
    if (!store)
        return c.failure(store.error());
    c.out() << Tr::tr("Created the store %1 (schema version %2).")
                   .arg(*path)
                   .arg((*store)->schemaVersion())
            << Qt::endl;
    return Ok;
}

int check(CliContext &c)
{
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    auto problems = (*store)->check();
    if (!problems)
        return c.failure(problems.error());
    // DESIGN.md §5: the check covers the hash chain of issued documents and payments too.
    if (problems->isEmpty()) {
        auto chain = SalesRepository(**store).verify();
        if (!chain)
            return c.failure(chain.error());
        for (const VerifyProblem &problem : chain->problems)
            problems->append(problem.message);
    }
    if (problems->isEmpty()) {
        c.out() << "ok" << Qt::endl;
        return Ok;
    }
    for (const QString &p : std::as_const(*problems))
        c.out() << p << Qt::endl;
    return c.failure(Error(ErrorCode::Corrupted,
                           Tr::tr("%n problem(s) found.", nullptr, int(problems->size())),
                           (*store)->path()));
}

int key(CliContext &c)
{
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    c.out() << QString::fromLatin1((*store)->dataKey().toHex()) << Qt::endl;
    return Ok;
}

int passphrase(CliContext &c)
{
    auto fresh = c.passphrase(u"new-passphrase-file"_s, false);
    if (!fresh)
        return c.failure(fresh.error());
    auto kdf = kdfOption(c);
    if (!kdf)
        return c.failure(kdf.error());
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    if (auto r = (*store)->changePassphrase(*fresh, *kdf); !r)
        return c.failure(r.error());
    c.out() << Tr::tr("The passphrase was changed.") << Qt::endl;
    return Ok;
}

int backup(CliContext &c)
{
    auto out = c.requiredValue(u"out"_s);
    if (!out)
        return c.failure(out.error());
    auto backupPassphrase = c.passphrase(u"backup-passphrase-file"_s, false);
    if (!backupPassphrase)
        return c.failure(backupPassphrase.error());
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    if (auto r = (*store)->backup(*out, *backupPassphrase); !r)
        return c.failure(r.error());
    c.out() << Tr::tr("Backup written to %1.").arg(*out) << Qt::endl;
    return Ok;
}

int restore(CliContext &c)
{
    auto path = c.storePath();
    if (!path)
        return c.failure(path.error());
    auto in = c.requiredValue(u"in"_s);
    if (!in)
        return c.failure(in.error());
    auto backupPassphrase = c.passphrase(u"backup-passphrase-file"_s, false);
    if (!backupPassphrase)
        return c.failure(backupPassphrase.error());
    auto passphrase = c.passphrase(u"passphrase-file"_s, true);
    if (!passphrase)
        return c.failure(passphrase.error());
    auto store = Store::restore(*in, *backupPassphrase, *path, *passphrase,
                                c.parser().isSet(u"replace"_s));
    if (!store)
        return c.failure(store.error());
    c.out() << Tr::tr("Restored %1 into %2 (schema version %3).")
                   .arg(*in, *path)
                   .arg((*store)->schemaVersion())
            << Qt::endl;
    return Ok;
}

} // namespace

int runStoreCommand(CliContext &c)
{
    const QStringList &w = c.words();
    if (w.size() != 1)
        return c.usage(Tr::tr("store takes one action: init, check, key, passphrase, backup or "
                              "restore."));
    const QString action = w.first();
    if (action == "init"_L1)
        return init(c);
    if (action == "check"_L1)
        return check(c);
    if (action == "key"_L1)
        return key(c);
    if (action == "passphrase"_L1)
        return passphrase(c);
    if (action == "backup"_L1)
        return backup(c);
    if (action == "restore"_L1)
        return restore(c);
    return c.usage(Tr::tr("unknown store action \"%1\".").arg(action));
}

} // namespace coop::cli
