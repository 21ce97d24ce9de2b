#include "salescommands.h"

#include "clicontext.h"

#include "core/cii.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"
#include "core/tr.h"
#include "documents/invoicepdf.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace coop::cli {

namespace {

QJsonValue jsonDate(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// Amounts in JSON are decimal strings ("1234.50") next to their integer cents: no reader has to
// go through a binary floating-point number.
void putMoney(QJsonObject &object, const QString &key, Money amount)
{
    object.insert(key, amount.toString());
    object.insert(key + u"_cents"_s, amount.cents());
}

QString stateKey(const DocumentListRow &row)
{
    if (row.status == DocumentStatus::Draft)
        return u"draft"_s;
    return paymentStatusKey(row.paymentStatus);
}

Result<DocumentFilter::State> stateOption(CliContext &c)
{
    if (!c.parser().isSet(u"status"_s))
        return DocumentFilter::State::All;
    const QString text = c.parser().value(u"status"_s);
    static const QList<std::pair<QString, DocumentFilter::State>> states = {
        {u"all"_s, DocumentFilter::State::All},
        {u"draft"_s, DocumentFilter::State::Draft},
        {u"waiting"_s, DocumentFilter::State::Waiting},
        {u"partly_paid"_s, DocumentFilter::State::PartlyPaid},
        {u"paid"_s, DocumentFilter::State::Paid},
        {u"unpaid"_s, DocumentFilter::State::Unpaid},
        {u"overdue"_s, DocumentFilter::State::Overdue},
    };
    for (const auto &[key, state] : states) {
        if (key == text)
            return state;
    }
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("--status takes all, draft, waiting, partly_paid, paid, unpaid or overdue, "
                       "not \"%1\".")
                    .arg(text));
}

// A document named by its id or by its number.
Result<SalesDocument> findDocument(SalesRepository &sales, const QString &idOrNumber)
{
    auto byId = sales.document(idOrNumber);
    if (!byId)
        return fail(byId.error());
    if (*byId)
        return **byId;
    DocumentFilter filter;
    filter.search = idOrNumber;
    auto rows = sales.listDocuments(filter, DocumentSort::Number, Qt::AscendingOrder, 0, 100);
    if (!rows)
        return fail(rows.error());
    for (const DocumentListRow &row : *rows) {
        if (row.number == idOrNumber) {
            auto document = sales.document(row.id);
            if (!document)
                return fail(document.error());
            if (*document)
                return **document;
        }
    }
    return fail(ErrorCode::NotFound,
                Tr::tr("No invoice or credit note has the id or number \"%1\".").arg(idOrNumber));
}

Result<void> writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()),
                    path);
    return {};
}

QJsonObject rowJson(const DocumentListRow &row)
{
    QJsonObject o;
    o.insert(u"id"_s, row.id);
    o.insert(u"kind"_s, documentKindKey(row.kind));
    o.insert(u"number"_s, row.number.isEmpty() ? QJsonValue() : QJsonValue(row.number));
    o.insert(u"status"_s, stateKey(row));
    o.insert(u"date"_s, jsonDate(row.date));
    o.insert(u"due_date"_s, jsonDate(row.dueDate));
    o.insert(u"customer_id"_s, row.customerId);
    o.insert(u"customer"_s, row.customerName);
    o.insert(u"activity"_s, row.analyticCode);
    o.insert(u"title"_s, row.title);
    putMoney(o, u"total_excl_vat"_s, row.totalExcludingVat);
    putMoney(o, u"total_incl_vat"_s, row.totalIncludingVat);
    putMoney(o, u"paid"_s, row.paid);
    putMoney(o, u"credited"_s, row.credited);
    putMoney(o, u"remaining"_s, row.remaining);
    o.insert(u"days_late"_s, row.daysLate);
    return o;
}

int listCommand(CliContext &c, SalesRepository &sales)
{
    auto state = stateOption(c);
    if (!state)
        return c.failure(state.error());
    auto at = dateOption(c, u"at"_s);
    if (!at)
        return c.failure(at.error());
    auto limit = numberOption(c, u"limit"_s, std::numeric_limits<qint64>::max(), 1,
                              std::numeric_limits<qint64>::max());
    if (!limit)
        return c.failure(limit.error());
    DocumentFilter filter;
    filter.state = *state;
    filter.today = *at;
    const bool json = c.parser().isSet(u"json"_s);

    // Streams page by page: a store with a million invoices lists in constant memory.
    constexpr qint64 pageSize = 2000;
    qint64 written = 0;
    if (json)
        c.out() << "[";
    while (written < *limit) {
        auto rows = sales.listDocuments(filter, DocumentSort::Date, Qt::AscendingOrder, written,
                                        std::min(pageSize, *limit - written));
        if (!rows) {
            if (json)
                c.out() << "]" << Qt::endl;
            return c.failure(rows.error());
        }
        for (const DocumentListRow &row : *rows) {
            if (json) {
                c.out() << (written == 0 ? "\n  " : ",\n  ")
                        << QJsonDocument(rowJson(row)).toJson(QJsonDocument::Compact);
            } else {
                c.out() << (row.number.isEmpty() ? Tr::tr("(draft)") : row.number) << '\t'
                        << row.date.toString(Qt::ISODate) << '\t' << row.customerName << '\t'
                        << (row.kind == DocumentKind::CreditNote ? u"-"_s : QString())
                        << row.totalIncludingVat.toString() << '\t' << stateKey(row)
                        << (row.daysLate > 0 ? Tr::tr(" (%n day(s) late)", nullptr,
                                                      int(std::min<qint64>(row.daysLate, 1'000'000)))
                                             : QString())
                        << '\n';
            }
            ++written;
        }
        if (rows->size() < std::min(pageSize, *limit - written + qint64(rows->size())))
            break;
    }
    if (json)
        c.out() << (written == 0 ? "]" : "\n]");
    c.out() << Qt::endl;
    return Ok;
}

int validateCommand(CliContext &c, SalesRepository &sales, const QString &idOrNumber)
{
    auto date = dateOption(c, u"date"_s);
    if (!date)
        return c.failure(date.error());
    auto document = findDocument(sales, idOrNumber);
    if (!document)
        return c.failure(document.error());
    auto validated = sales.validate(document->id, *date);
    if (!validated) {
        // Every problem of the document, each at its field, rather than only the first.
        auto parties = sales.partiesFor(*document);
        const ValidationErrors problems =
            parties ? validateForIssue(*document, *parties) : ValidationErrors();
        if (problems.size() <= 1)
            return c.failure(validated.error());
        for (const Error &problem : problems)
            c.err() << Tr::tr("error: %1").arg(problem.toString()) << Qt::endl;
        return Failure;
    }
    c.out() << validated->number << Qt::endl;
    return Ok;
}

struct Rendered
{
    SalesDocument document;
    InvoiceRenderContext context;
};

Result<Rendered> prepare(SalesRepository &sales, const QString &idOrNumber)
{
    auto document = findDocument(sales, idOrNumber);
    if (!document)
        return fail(document.error());
    auto parties = sales.partiesFor(*document);
    if (!parties)
        return fail(parties.error());
    auto settlement = sales.settlement(document->id);
    if (!settlement)
        return fail(settlement.error());
    Rendered rendered;
    rendered.document = std::move(*document);
    rendered.context.parties = std::move(*parties);
    rendered.context.paid = settlement->paid;
    rendered.context.draft = rendered.document.status == DocumentStatus::Draft;
    return rendered;
}

int outputCommand(CliContext &c, SalesRepository &sales, const QString &action,
                  const QString &idOrNumber)
{
    auto out = c.requiredValue(u"out"_s);
    if (!out)
        return c.failure(out.error());
    auto rendered = prepare(sales, idOrNumber);
    if (!rendered)
        return c.failure(rendered.error());
    const bool draft = rendered->document.status == DocumentStatus::Draft;
    if (draft && action != "pdf"_L1)
        return c.failure(Error(ErrorCode::Constraint,
                               Tr::tr("A draft is not an invoice yet: validate it before making its "
                                      "e-invoice.")));
    Result<QByteArray> data;
    if (action == "pdf"_L1)
        data = renderInvoicePdf(rendered->document, rendered->context);
    else if (action == "facturx"_L1)
        data = renderFacturX(rendered->document, rendered->context);
    else
        data = buildCii(rendered->document, rendered->context.paid);
    if (!data)
        return c.failure(data.error());
    if (auto written = writeFile(*out, *data); !written)
        return c.failure(written.error());
    c.out() << Tr::tr("%1 written (%2 bytes).").arg(*out).arg(data->size()) << Qt::endl;
    return Ok;
}

int payCommand(CliContext &c, SalesRepository &sales, const QString &idOrNumber)
{
    auto amountText = c.requiredValue(u"amount"_s);
    if (!amountText)
        return c.failure(amountText.error());
    auto amount = Money::parse(*amountText);
    if (!amount)
        return c.failure(Error(ErrorCode::InvalidArgument,
                               Tr::tr("--amount: %1").arg(amount.error().message())));
    auto date = dateOption(c, u"date"_s);
    if (!date)
        return c.failure(date.error());
    PaymentMode mode = PaymentMode::Transfer;
    if (c.parser().isSet(u"mode"_s)) {
        auto parsed = paymentModeFromKey(c.parser().value(u"mode"_s));
        if (!parsed)
            return c.failure(Error(ErrorCode::InvalidArgument,
                                   Tr::tr("--mode takes transfer, cheque, card or cash, not "
                                          "\"%1\".")
                                       .arg(c.parser().value(u"mode"_s))));
        mode = *parsed;
    }
    auto document = findDocument(sales, idOrNumber);
    if (!document)
        return c.failure(document.error());
    auto payment = sales.recordPayment(document->id, *date, *amount, mode, QString(),
                                       c.parser().value(u"reference"_s));
    if (!payment)
        return c.failure(payment.error());
    auto settlement = sales.settlement(document->id);
    if (!settlement)
        return c.failure(settlement.error());
    c.out() << Tr::tr("Payment of %1 recorded on %2; %3 left to pay.")
                   .arg(payment->amount.toString(), document->number,
                        settlement->remaining.toString())
            << Qt::endl;
    return Ok;
}

int creditCommand(CliContext &c, SalesRepository &sales, const QString &idOrNumber)
{
    auto document = findDocument(sales, idOrNumber);
    if (!document)
        return c.failure(document.error());
    auto credit = sales.createCreditNote(document->id);
    if (!credit)
        return c.failure(credit.error());
    c.out() << credit->id << Qt::endl;
    return Ok;
}

} // namespace

bool needsGui(int argc, char *argv[])
{
    bool invoice = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "invoice") == 0)
            invoice = true;
        else if (invoice && (std::strcmp(argv[i], "pdf") == 0 || std::strcmp(argv[i], "facturx") == 0))
            return true;
    }
    return false;
}

int runInvoiceCommand(CliContext &c)
{
    const QStringList &words = c.words();
    if (words.isEmpty())
        return c.usage(Tr::tr("invoice takes an action: list, validate, pdf, facturx, cii, pay or "
                              "credit."));
    const QString action = words.first();
    static const QStringList withId = {u"validate"_s, u"pdf"_s, u"facturx"_s, u"cii"_s,
                                       u"pay"_s, u"credit"_s};
    if (action == "list"_L1) {
        if (words.size() != 1)
            return c.usage(Tr::tr("invoice list takes no other word."));
    } else if (withId.contains(action)) {
        if (words.size() != 2)
            return c.usage(Tr::tr("invoice %1 takes one invoice: its id or its number.").arg(action));
    } else {
        return c.usage(Tr::tr("unknown invoice action \"%1\".").arg(action));
    }

    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    SalesRepository sales(**store);
    if (action == "list"_L1)
        return listCommand(c, sales);
    const QString id = words.at(1);
    if (action == "validate"_L1)
        return validateCommand(c, sales, id);
    if (action == "pay"_L1)
        return payCommand(c, sales, id);
    if (action == "credit"_L1)
        return creditCommand(c, sales, id);
    return outputCommand(c, sales, action, id);
}

int runVerifyCommand(CliContext &c)
{
    if (!c.words().isEmpty())
        return c.usage(Tr::tr("verify takes no other word."));
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    SalesRepository sales(**store);
    auto report = sales.verify();
    if (!report)
        return c.failure(report.error());
    if (c.parser().isSet(u"json"_s)) {
        QJsonObject o;
        o.insert(u"ok"_s, report->ok());
        o.insert(u"documents"_s, report->documentsChecked);
        o.insert(u"payments"_s, report->paymentsChecked);
        o.insert(u"links"_s, report->linksChecked);
        QJsonArray problems;
        for (const VerifyProblem &problem : report->problems) {
            problems.append(QJsonObject{{u"kind"_s, verifyProblemKindKey(problem.kind)},
                                        {u"entity"_s, problem.entity},
                                        {u"id"_s, problem.entityId},
                                        {u"message"_s, problem.message}});
        }
        o.insert(u"problems"_s, problems);
        c.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        c.out().flush();
    } else if (report->ok()) {
        c.out() << Tr::tr("ok: %1 documents, %2 payments, %3 links of the chain checked.")
                       .arg(report->documentsChecked)
                       .arg(report->paymentsChecked)
                       .arg(report->linksChecked)
                << Qt::endl;
    } else {
        for (const VerifyProblem &problem : report->problems)
            c.out() << verifyProblemKindKey(problem.kind) << '\t' << problem.message << '\n';
        c.out() << Tr::tr("%n problem(s) found.", nullptr, int(report->problems.size()))
                << Qt::endl;
    }
    return report->ok() ? Ok : Failure;
}

} // namespace coop::cli
