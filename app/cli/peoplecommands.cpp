#include "peoplecommands.h"

#include "clicontext.h"

#include "core/storage/demo.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"
#include "core/tr.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <limits>

using namespace Qt::StringLiterals;

namespace coop::cli {

namespace {

QJsonValue jsonDate(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString statusLabel(ContractStatus status)
{
    switch (status) {
    case ContractStatus::None:
        return Tr::tr("no contract");
    case ContractStatus::Cape:
        return Tr::tr("CAPE");
    case ContractStatus::Cesa:
        return Tr::tr("CESA");
    case ContractStatus::Associate:
        return Tr::tr("associate");
    case ContractStatus::Exited:
        return Tr::tr("exited");
    }
    return {};
}

// Columns padded to their widest cell; the last column is not padded.
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    const auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 < row.size())
                line += row.at(i).leftJustified(widths.at(i)) + u"  "_s;
            else
                line += row.at(i);
        }
        out << line << '\n';
    };
    printRow(header);
    for (const QStringList &row : rows)
        printRow(row);
    out.flush();
}

int importCsv(CliContext &c, const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return c.failure(Error(ErrorCode::Io,
                               Tr::tr("Cannot read the file: %1.").arg(file.errorString()),
                               fileName));
    const QByteArray data = file.readAll();
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    PeopleRepository people(**store);
    auto result = people.importEntrepreneursCsv(data);
    if (!result)
        return c.failure(result.error().located(fileName));
    if (!result->isValid()) {
        for (const CsvLineError &e : std::as_const(result->errors))
            c.err() << e.toString(fileName) << '\n';
        return c.failure(Error(ErrorCode::ParseError,
                               Tr::tr("%n line(s) with problems; nothing was imported.", nullptr,
                                      int(result->badLineCount())),
                               fileName));
    }
    qint64 contracts = 0;
    for (const EntrepreneurCsvRecord &r : std::as_const(result->records))
        contracts += r.contracts.size();
    c.out() << Tr::tr("Imported from %1: %2 entrepreneurs, %3 contracts.")
                   .arg(fileName)
                   .arg(result->records.size())
                   .arg(contracts)
            << Qt::endl;
    return Ok;
}

int exportCsv(CliContext &c, const QString &fileName)
{
    auto at = dateOption(c, u"at"_s);
    if (!at)
        return c.failure(at.error());
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    PeopleRepository people(**store);
    auto data = people.exportEntrepreneursCsv(*at);
    if (!data)
        return c.failure(data.error());
    auto count = people.entrepreneurCount();
    if (!count)
        return c.failure(count.error());
    if (fileName == "-"_L1) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(*data) != data->size())
            return c.failure(Error(ErrorCode::Io, Tr::tr("Cannot write to the standard output.")));
        return Ok;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit())
        return c.failure(Error(ErrorCode::Io,
                               Tr::tr("Cannot write the file: %1.").arg(file.errorString()),
                               fileName));
    c.out() << Tr::tr("Exported %n entrepreneur(s) to %1.", nullptr, int(*count)).arg(fileName)
            << Qt::endl;
    return Ok;
}

int list(CliContext &c)
{
    auto at = dateOption(c, u"at"_s);
    if (!at)
        return c.failure(at.error());
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    PeopleRepository people(**store);
    auto summaries = people.summaries(*at);
    if (!summaries)
        return c.failure(summaries.error());

    if (c.parser().isSet(u"json"_s)) {
        QJsonArray array;
        for (const EntrepreneurSummary &s : std::as_const(*summaries)) {
            QJsonArray alerts;
            for (AlertKind kind : s.alerts)
                alerts.append(alertKindKey(kind));
            array.append(QJsonObject{
                {u"id"_s, s.id},
                {u"last_name"_s, s.lastName},
                {u"first_name"_s, s.firstName},
                {u"email"_s, s.email},
                {u"analytic_code"_s, s.analyticCode},
                {u"activity"_s, s.activityName},
                {u"status"_s, contractStatusKey(s.status)},
                {u"contract_start"_s, jsonDate(s.contractStart)},
                {u"associate_deadline"_s, jsonDate(s.associateDeadline)},
                {u"interviews_last_12_months"_s, s.interviewsLast12Months},
                {u"alerts"_s, alerts},
            });
        }
        c.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        c.out().flush();
        return Ok;
    }

    QList<QStringList> rows;
    for (const EntrepreneurSummary &s : std::as_const(*summaries)) {
        QStringList alerts;
        for (AlertKind kind : s.alerts)
            alerts.append(alertKindKey(kind));
        rows.append({s.displayName, s.analyticCode, statusLabel(s.status), isoDate(s.contractStart),
                     isoDate(s.associateDeadline), alerts.join(u", "_s)});
    }
    printTable(c.out(),
               {Tr::tr("Name"), Tr::tr("Code"), Tr::tr("Status"), Tr::tr("Since"),
                Tr::tr("Associate by"), Tr::tr("Alerts")},
               rows);
    c.out() << Tr::tr("%n entrepreneur(s) on %1.", nullptr, int(rows.size()))
                   .arg(at->toString(Qt::ISODate))
            << Qt::endl;
    return Ok;
}

} // namespace

int runEntrepreneursCommand(CliContext &c)
{
    const QStringList &w = c.words();
    const QString action = w.value(0);
    if (action == "import"_L1 || action == "export"_L1) {
        if (w.size() != 2)
            return c.usage(Tr::tr("entrepreneurs %1 takes one FILE.").arg(action));
        return action == "import"_L1 ? importCsv(c, w.at(1)) : exportCsv(c, w.at(1));
    }
    if (action == "list"_L1) {
        if (w.size() != 1)
            return c.usage(Tr::tr("entrepreneurs list takes no other word."));
        return list(c);
    }
    if (action.isEmpty())
        return c.usage(Tr::tr("entrepreneurs takes one action: import FILE, export FILE or list."));
    return c.usage(Tr::tr("unknown entrepreneurs action \"%1\".").arg(action));
}

int runAlertsCommand(CliContext &c)
{
    if (!c.words().isEmpty())
        return c.usage(Tr::tr("alerts takes no other word (the date goes with --at)."));
    auto at = dateOption(c, u"at"_s);
    if (!at)
        return c.failure(at.error());
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    PeopleRepository people(**store);
    auto alerts = people.alerts(*at);
    if (!alerts)
        return c.failure(alerts.error());
    auto everyone = people.entrepreneurs();
    if (!everyone)
        return c.failure(everyone.error());
    QHash<QString, QString> names;
    for (const Entrepreneur &e : std::as_const(*everyone))
        names.insert(e.id, e.displayName());

    if (c.parser().isSet(u"json"_s)) {
        QJsonArray array;
        for (const Alert &a : std::as_const(*alerts)) {
            array.append(QJsonObject{
                {u"kind"_s, alertKindKey(a.kind)},
                {u"entrepreneur_id"_s, a.entrepreneurId},
                {u"entrepreneur"_s, names.value(a.entrepreneurId)},
                {u"contract_id"_s, a.contractId.isEmpty() ? QJsonValue() : QJsonValue(a.contractId)},
                {u"due_date"_s, jsonDate(a.dueDate)},
                {u"message"_s, a.message},
            });
        }
        c.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        c.out().flush();
        return Ok;
    }
    QList<QStringList> rows;
    for (const Alert &a : std::as_const(*alerts))
        rows.append({isoDate(a.dueDate), alertKindKey(a.kind), names.value(a.entrepreneurId),
                     a.message});
    printTable(c.out(), {Tr::tr("Due"), Tr::tr("Alert"), Tr::tr("Entrepreneur"), Tr::tr("Message")},
               rows);
    c.out() << Tr::tr("%n alert(s) on %1.", nullptr, int(rows.size())).arg(at->toString(Qt::ISODate))
            << Qt::endl;
    return Ok;
}

int runDemoCommand(CliContext &c)
{
    if (!c.words().isEmpty())
        return c.usage(Tr::tr("demo takes no other word (see --entrepreneurs, --years, --seed)."));
    auto entrepreneurs = numberOption(c, u"entrepreneurs"_s, 60, 1, 100'000);
    if (!entrepreneurs)
        return c.failure(entrepreneurs.error());
    auto years = numberOption(c, u"years"_s, 3, 1, 30);
    if (!years)
        return c.failure(years.error());
    auto seed = numberOption(c, u"seed"_s, 1, 0, std::numeric_limits<qint64>::max());
    if (!seed)
        return c.failure(seed.error());
    auto today = dateOption(c, u"today"_s);
    if (!today)
        return c.failure(today.error());

    QElapsedTimer total;
    total.start();
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    DemoOptions options;
    options.entrepreneurs = int(*entrepreneurs);
    options.years = int(*years);
    options.seed = quint64(*seed);
    options.today = *today;
    auto report = generateDemo(**store, options);
    if (!report)
        return c.failure(report.error());
    c.out() << Tr::tr("Demo cooperative written to %1 (seed %2, as of %3):")
                   .arg((*store)->path())
                   .arg(options.seed)
                   .arg(options.today.toString(Qt::ISODate))
            << '\n'
            << "  " << Tr::tr("%1 entrepreneurs, %2 activities, %3 contracts, %4 interviews")
                           .arg(report->entrepreneurs)
                           .arg(report->activities)
                           .arg(report->contracts)
                           .arg(report->interviews)
            << '\n'
            << "  " << Tr::tr("%1 customers, %2 catalogue items, %3 quotes, %4 invoices, %5 credit "
                              "notes (%6 left as drafts), %7 payments")
                           .arg(report->customers)
                           .arg(report->catalogItems)
                           .arg(report->quotes)
                           .arg(report->invoices)
                           .arg(report->creditNotes)
                           .arg(report->draftDocuments)
                           .arg(report->payments)
            << '\n'
            << "  " << Tr::tr("%1 contribution scale versions, %2 shared-cost pools to allocate")
                           .arg(report->scales)
                           .arg(report->pools)
            << '\n'
            << "  " << Tr::tr("%1 expense reports, %2 supplier invoices, %3 receipts")
                           .arg(report->expenseReports)
                           .arg(report->supplierInvoices)
                           .arg(report->receipts)
            << '\n'
            << "  " << Tr::tr("generated in %1 ms, checked and written in %2 ms in one "
                              "transaction; %3 ms in all.")
                           .arg(report->generateMs)
                           .arg(report->writeMs)
                           .arg(total.elapsed())
            << Qt::endl;
    return Ok;
}

} // namespace coop::cli
