// coopdesk-cli: every job an accountant may want to script, and every check run on the product.
#include "clicontext.h"
#include "accountingcommands.h"
#include "feecommands.h"
#include "payrollcommands.h"
#include "peoplecommands.h"
#include "salescommands.h"
#include "storecommands.h"
#include "synccommands.h"

#include "core/tr.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#ifdef COOP_HAVE_TRANSLATIONS
#include "translations/translations.h"
#endif

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Rendering a PDF needs fonts and a paint engine, hence a QGuiApplication; the command line
    // never shows a window, so it runs on the offscreen platform unless told otherwise.
    std::unique_ptr<QCoreApplication> application;
    if (coop::cli::needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(u"CoopDesk"_s);
    QCoreApplication::setApplicationName(u"coopdesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COOPDESK_VERSION));

    // Messages follow the system's language (French or English), or --lang; scripts that parse
    // them set LC_ALL=C or --lang en. Checked before parsing so that --help is translated too.
#ifdef COOP_HAVE_TRANSLATIONS
    coop::installTranslationsFromArguments(QCoreApplication::arguments());
#endif

    using coop::Tr;
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "CoopDesk command line.\n\n"
        "Commands:\n"
        "  store init                 create an encrypted store (--name, --kdf)\n"
        "  store check                check the store; prints \"ok\" or the problems\n"
        "  store key                  print the raw data key as 64 hex digits\n"
        "  store passphrase           change the passphrase (--new-passphrase-file)\n"
        "  store backup               write an encrypted backup (--out, --backup-passphrase-file)\n"
        "  store restore              restore a backup into --store (--in, "
        "--backup-passphrase-file, --replace)\n"
        "  entrepreneurs import FILE  import entrepreneurs and contracts from a CSV file, all or "
        "nothing\n"
        "  entrepreneurs export FILE  write them as CSV (FILE - for the standard output; --at)\n"
        "  entrepreneurs list         the entrepreneurs, their status and alerts (--at, --json)\n"
        "  alerts                     what the support team must act on (--at, --json)\n"
        "  demo                       fill an empty store with a demo cooperative "
        "(--entrepreneurs, --years, --seed, --today)\n"
        "  invoice list               invoices and credit notes (--status, --at, --limit, --json)\n"
        "  invoice validate ID        issue a draft: number, date, frozen (--date)\n"
        "  invoice pdf ID             the PDF of an invoice or credit note (--out)\n"
        "  invoice facturx ID         the Factur-X EN 16931 PDF/A-3 (--out)\n"
        "  invoice cii ID             the CII XML alone (--out)\n"
        "  invoice pay ID             record a payment (--amount, --date, --mode, --reference)\n"
        "  invoice credit ID          make the draft of a credit note cancelling the invoice\n"
        "  verify                     check the hash chain and the numbering (--json)\n"
        "  payroll compute            a payslip from a gross pay (--gross, --date, --cadre, "
        "--headcount, --atmp, --vm, --mutuelle, --mutuelle-employer-share, --json)\n"
        "  payroll from-cost          the largest gross an employer cost pays (--employer-cost, "
        "the same options)\n"
        "  payroll run                compute a month's payroll and keep it as its draft "
        "(--month, --json)\n"
        "  payroll close              close the month's draft run (--month)\n"
        "  payroll show               the stored run of a month (--month, --json)\n"
        "  payroll export             the payroll firm's CSV of a stored run (--month, --out)\n"
        "  contribution compute       each activity's contribution for a month (--month, --json)\n"
        "  pools                      the shared-cost pools (--json)\n"
        "  allocate                   split a shared-cost pool over the activities (--pool, "
        "--preview, --json)\n"
        "  account                    an activity's account and salary envelope (--activity, --at, "
        "--json)\n"
        "  contribution post          post a month's contribution in the ledger (--month)\n"
        "  accounting fec             the FEC of the fiscal year ending in --year, into the "
        "folder --out\n"
        "  accounting export          the accountant's CSV (--from, --to, --out, --columns, "
        "--activity, --journal)\n"
        "  accounting balance         the trial balance on --at (--activity, --json)\n"
        "  accounting close           close the ledger until a day (--until)\n"
        "  accounting reopen          move the closing back (--until DATE or none, --reason)\n"
        "  accounting post            post what was validated before the ledger existed\n"
        "  accounting chart           the chart of accounts (--number and --label add or rename "
        "one, --json)\n"
        "  sync                       sign in (--server, --user, --password-file) or use the "
        "stored session, then send and receive the changes (--json)\n"
        "  sync status                the session, pending operations, conflicts (--json)\n"
        "  sync conflicts             the conflict inbox (--json)\n"
        "ID is a document's id or its number.\n"
        "payroll compute and from-cost need no store; with --store they start from the "
        "cooperative's situation.\n\n"
        "The store's passphrase comes from --passphrase-file FILE or the COOPDESK_PASSPHRASE "
        "variable, never from the command line.\n"
        "Exit status: 0 done, 1 failed (the reason on stderr), 2 wrong command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"store"_s, Tr::tr("The store file."), u"FILE"_s},
        {u"passphrase-file"_s, Tr::tr("Read the store's passphrase from FILE."), u"FILE"_s},
        {u"new-passphrase-file"_s, Tr::tr("Read the new passphrase from FILE."), u"FILE"_s},
        {u"backup-passphrase-file"_s, Tr::tr("Read the backup's passphrase from FILE."), u"FILE"_s},
        {u"out"_s, Tr::tr("The file to write."), u"FILE"_s},
        {u"in"_s, Tr::tr("The file to read."), u"FILE"_s},
        {u"name"_s, Tr::tr("The store's name (store init)."), u"NAME"_s},
        {u"kdf"_s, Tr::tr("Passphrase hardening: moderate (default) or interactive."), u"COST"_s},
        {u"replace"_s, Tr::tr("Let store restore replace an existing store.")},
        {u"lang"_s, Tr::tr("Language of the messages: fr or en (default: the system's)."), u"LANG"_s},
        {u"json"_s, Tr::tr("Print JSON instead of a table (entrepreneurs list, alerts, invoice list, verify, payroll, sync).")},
        {u"at"_s, Tr::tr("The date the status and alerts are computed on, YYYY-MM-DD (default: "
                         "today)."),
         u"DATE"_s},
        {u"entrepreneurs"_s, Tr::tr("How many entrepreneurs the demo has (default 60)."), u"N"_s},
        {u"years"_s, Tr::tr("How many years of history the demo covers (default 3)."), u"Y"_s},
        {u"seed"_s, Tr::tr("The demo's seed: the same seed gives the same data (default 1)."),
         u"S"_s},
        {u"today"_s, Tr::tr("The last day of the demo's history, YYYY-MM-DD (default: today)."),
         u"DATE"_s},
        {u"status"_s, Tr::tr("invoice list: all, draft, waiting, partly_paid, paid, unpaid or "
                             "overdue."),
         u"STATUS"_s},
        {u"limit"_s, Tr::tr("invoice list: at most N documents."), u"N"_s},
        {u"date"_s, Tr::tr("The date of a validation or payment, or the date whose payroll rules "
                           "apply, YYYY-MM-DD (default: today)."),
         u"DATE"_s},
        {u"amount"_s, Tr::tr("invoice pay: the amount paid, e.g. 1234.56."), u"AMOUNT"_s},
        {u"mode"_s, Tr::tr("invoice pay: transfer (default), cheque, card or cash."), u"MODE"_s},
        {u"reference"_s, Tr::tr("invoice pay: the cheque number or transfer label."), u"TEXT"_s},
        {u"gross"_s, Tr::tr("payroll compute: the monthly gross pay, e.g. 2500.00."), u"AMOUNT"_s},
        {u"employer-cost"_s, Tr::tr("payroll from-cost: the employer cost to fit, e.g. 4000.00."),
         u"AMOUNT"_s},
        {u"cadre"_s, Tr::tr("payroll: the employee is a cadre (default: non-cadre).")},
        {u"headcount"_s, Tr::tr("payroll: the company's headcount (default 20, or the "
                                "cooperative's)."),
         u"N"_s},
        {u"atmp"_s, Tr::tr("payroll: the AT/MP rate in percent (default 2.08, or the "
                           "cooperative's)."),
         u"PERCENT"_s},
        {u"vm"_s, Tr::tr("payroll: the versement mobilité rate in percent (default 0, or the "
                         "cooperative's)."),
         u"PERCENT"_s},
        {u"mutuelle"_s, Tr::tr("payroll: the monthly mutuelle, employee and employer together "
                               "(default 40.00, or the cooperative's)."),
         u"AMOUNT"_s},
        {u"mutuelle-employer-share"_s, Tr::tr("payroll: the employer's share of the mutuelle in "
                                              "percent (default 50, or the cooperative's)."),
         u"PERCENT"_s},
        {u"pool"_s, Tr::tr("allocate: the id of the pool to split."), u"ID"_s},
        {u"activity"_s, Tr::tr("account: the activity's analytic code."), u"CODE"_s},
        {u"preview"_s, Tr::tr("allocate: show the split without writing it.")},
        {u"year"_s, Tr::tr("accounting fec: the calendar year the fiscal year ends in."),
         u"YYYY"_s},
        {u"from"_s, Tr::tr("accounting export: the first day, YYYY-MM-DD."), u"DATE"_s},
        {u"to"_s, Tr::tr("accounting export: the last day, YYYY-MM-DD."), u"DATE"_s},
        {u"until"_s, Tr::tr("accounting close and reopen: the last closed day, YYYY-MM-DD."),
         u"DATE"_s},
        {u"reason"_s, Tr::tr("accounting reopen: why the period is reopened (kept)."), u"TEXT"_s},
        {u"columns"_s, Tr::tr("accounting export: the columns, comma separated (default: "
                              "journal,date,account,aux_account,piece,label,debit,credit,analytic)."),
         u"LIST"_s},
        {u"journal"_s, Tr::tr("accounting export: one journal's code (VT, BQ, AC, PA, OD)."),
         u"CODE"_s},
        {u"number"_s, Tr::tr("accounting chart: the account number to add or rename."), u"N"_s},
        {u"label"_s, Tr::tr("accounting chart: the account's label."), u"TEXT"_s},
        {u"server"_s, Tr::tr("sync: the cooperative's server, e.g. https://coop.example.org."),
         u"URL"_s},
        {u"user"_s, Tr::tr("sync: the login to sign in with (with --password-file)."), u"LOGIN"_s},
        {u"password-file"_s, Tr::tr("sync: read the server password from FILE."), u"FILE"_s},
        {u"month"_s, Tr::tr("payroll run, close, show, export and contribution compute: the month, "
                            "YYYY-MM."),
         u"MONTH"_s},
    });
    parser.addPositionalArgument(u"command"_s, Tr::tr("The command group, then its action."));

    if (!parser.parse(QCoreApplication::arguments())) {
        QCommandLineParser dummy;
        coop::cli::CliContext context(dummy, {});
        return context.usage(parser.errorText());
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(coop::cli::Ok);
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    QStringList words = parser.positionalArguments();
    coop::cli::CliContext context(parser, words.mid(1));
    if (words.isEmpty())
        return context.usage(Tr::tr("no command given."));
    const QString group = words.first();
    if (group == "store"_L1)
        return coop::cli::runStoreCommand(context);
    if (group == "entrepreneurs"_L1)
        return coop::cli::runEntrepreneursCommand(context);
    if (group == "alerts"_L1)
        return coop::cli::runAlertsCommand(context);
    if (group == "demo"_L1)
        return coop::cli::runDemoCommand(context);
    if (group == "invoice"_L1)
        return coop::cli::runInvoiceCommand(context);
    if (group == "verify"_L1)
        return coop::cli::runVerifyCommand(context);
    if (group == "payroll"_L1)
        return coop::cli::runPayrollCommand(context);
    if (group == "contribution"_L1)
        return coop::cli::runContributionCommand(context);
    if (group == "allocate"_L1)
        return coop::cli::runAllocateCommand(context);
    if (group == "pools"_L1)
        return coop::cli::runPoolsCommand(context);
    if (group == "account"_L1)
        return coop::cli::runAccountCommand(context);
    if (group == "accounting"_L1)
        return coop::cli::runAccountingCommand(context);
    if (group == "sync"_L1)
        return coop::cli::runSyncCommand(context);
    return context.usage(Tr::tr("unknown command \"%1\".").arg(group));
}
