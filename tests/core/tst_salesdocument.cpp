#include "core/salesdocument.h"

#include <QJsonDocument>
#include <QTest>

using namespace coop;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(coop::PaymentStatus)

namespace {

// The error of a failed Result for QVERIFY2 messages (evaluated even when the check passes).
template<typename T>
QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

const QString Exempt = u"Exonération de TVA, article 261-4-4° du CGI"_s;

Money money(const QString &text)
{
    return Money::parse(text).value();
}

Rate percent(const QString &text)
{
    return Rate::fromPercent(text).value();
}

// "quantity|unit price|VAT %[|line discount %[|exemption mention]]"
DocumentLine line(const QString &spec)
{
    const QStringList parts = spec.split(u'|');
    Q_ASSERT(parts.size() >= 3);
    DocumentLine result;
    result.designation = u"Prestation"_s;
    result.unit = u"HUR"_s;
    result.quantity = Quantity::parse(parts.at(0)).value();
    result.unitPrice = UnitPrice::parse(parts.at(1)).value();
    result.vatRate = percent(parts.at(2));
    if (parts.size() > 3 && !parts.at(3).isEmpty())
        result.discount = percent(parts.at(3));
    if (parts.size() > 4)
        result.exemptionMention = parts.at(4);
    return result;
}

QList<DocumentLine> lines(const QStringList &specs)
{
    QList<DocumentLine> result;
    for (const QString &spec : specs)
        result.append(line(spec));
    return result;
}

QStringList fieldsOf(const ValidationErrors &errors)
{
    QStringList fields;
    for (const Error &error : errors) {
        fields.append(error.where());
        if (error.message().isEmpty())
            fields.append(u"(no message)"_s);
    }
    return fields;
}

// "rate|base|vat|ttc" per rate.
QStringList describe(const QList<VatBreakdown> &perRate)
{
    QStringList rows;
    for (const VatBreakdown &row : perRate) {
        rows.append(u"%1|%2|%3|%4"_s.arg(row.rate.toPercentString(), row.base.toString(),
                                         row.vat.toString(), row.total.toString()));
    }
    return rows;
}

SalesDocument draftInvoice()
{
    SalesDocument document;
    document.id = u"doc-1"_s;
    document.activityId = u"act-1"_s;
    document.customerId = u"cus-1"_s;
    document.date = QDate(2026, 3, 2);
    document.dueDate = QDate(2026, 4, 1);
    document.title = u"Refonte du site"_s;
    document.lines = lines({u"12|65|20"_s, u"1|400|0||"_s + Exempt});
    return document;
}

CooperativeSettings seller()
{
    CooperativeSettings settings;
    settings.name = u"Coopérative Exemple"_s;
    settings.legalForm = u"SCOP SARL"_s;
    settings.capital = money(u"15000"_s);
    settings.siren = u"380129866"_s;
    settings.siret = u"38012986600000"_s;
    settings.vatNumber = u"FR89380129866"_s;
    settings.address = {u"3 rue de la République"_s, u"Bâtiment B"_s, u"69001"_s, u"Lyon"_s,
                        u"FR"_s};
    settings.rcsCity = u"RCS Lyon"_s;
    settings.nafCode = u"78.30Z"_s;
    settings.headcount = 42;
    settings.atMpRate = percent(u"2.08"_s);
    settings.mobilityRate = percent(u"2"_s);
    settings.mutuelleMonthlyAmount = money(u"48.50"_s);
    settings.mutuelleEmployerShare = percent(u"50"_s);
    settings.fiscalYearStartMonth = 7;
    settings.invoiceNumberTemplate = u"{YYYY}-{ANA}-{SEQYEAR}"_s;
    settings.creditNoteNumberTemplate = u"AV{YYYY}-{SEQYEAR}"_s;
    settings.iban = u"FR7630006000011234567890189"_s;
    settings.bic = u"BNPAFRPPXXX"_s;
    settings.bankName = u"Banque Exemple"_s;
    return settings;
}

DocumentParties parties()
{
    DocumentParties result;
    result.seller = seller();
    result.activity.id = u"act-1"_s;
    result.activity.analyticCode = u"ANA042"_s;
    result.activity.name = u"Studio Graphique"_s;
    result.activity.trade = u"Graphisme"_s;
    result.activity.members = {{u"ent-1"_s, percent(u"60"_s)}, {u"ent-2"_s, percent(u"40"_s)}};
    result.activity.version = 3;
    Customer &customer = result.customer;
    customer.id = u"cus-1"_s;
    customer.activityId = u"act-1"_s;
    customer.kind = CustomerKind::Company;
    customer.name = u"Danone"_s;
    customer.siren = u"552032534"_s;
    customer.siret = u"55203253400646"_s;
    customer.vatNumber = u"FR27552032534"_s;
    customer.billingAddress = {u"17 boulevard Haussmann"_s, QString(), u"75009"_s, u"Paris"_s,
                               u"FR"_s};
    customer.deliveryAddress = {u"Quai 4"_s, u"Entrepôt"_s, u"93200"_s, u"Saint-Denis"_s,
                                u"FR"_s};
    customer.paymentTermDays = 45;
    customer.accountingAccount = u"411DANONE"_s;
    customer.email = u"compta@example.fr"_s;
    customer.contactName = u"M. Dupont"_s;
    customer.archived = true;
    customer.version = 7;
    return result;
}

Quote signedQuote(const QStringList &specs)
{
    Quote quote;
    quote.id = u"quote-1"_s;
    quote.activityId = u"act-1"_s;
    quote.customerId = u"cus-1"_s;
    quote.number = u"D2026-0001"_s;
    quote.date = QDate(2026, 1, 10);
    quote.validUntil = QDate(2026, 2, 10);
    quote.title = u"Aménagement"_s;
    quote.lines = lines(specs);
    quote.status = QuoteStatus::Signed;
    quote.signedDate = QDate(2026, 1, 20);
    return quote;
}

IssuedInvoiceOfQuote issuedFrom(const SalesDocument &document, const QString &number, QDate date)
{
    IssuedInvoiceOfQuote issued;
    issued.number = number;
    issued.date = date;
    issued.role = document.role;
    issued.perRate = document.totals().value().perRate;
    return issued;
}

SalesDocument validatedInvoice(const QStringList &specs)
{
    SalesDocument invoice = draftInvoice();
    invoice.lines = lines(specs);
    invoice.status = DocumentStatus::Validated;
    invoice.number = u"2026-ANA042-0007"_s;
    const InvoiceTotals totals = invoice.totals().value();
    invoice.totalExcludingVat = totals.totalExcludingVat;
    invoice.totalVat = totals.totalVat;
    invoice.totalIncludingVat = totals.totalIncludingVat;
    return invoice;
}

InvoiceTotals totalsOf(const QStringList &specs)
{
    InvoiceInput input;
    for (const DocumentLine &l : lines(specs))
        input.lines.append({l.designation, l.quantity, l.unitPrice, l.discount, l.vatRate,
                            l.exemptionMention});
    return computeInvoiceTotals(input).value();
}

Payment payment(const InvoiceTotals &invoice, const QList<Payment> &previous, Money credited,
                const QString &amount)
{
    Payment p;
    p.amount = money(amount);
    p.shares = splitPayment(invoice, previous, credited, p.amount).value();
    return p;
}

} // namespace

class tst_SalesDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enumKeys();
    void validateDraft_data();
    void validateDraft();
    void validateForIssue_data();
    void validateForIssue();
    void validateQuote_data();
    void validateQuote();
    void dueDate();
    void depositInvoice();
    void intermediateAndBalanceAddUpToTheQuote();
    void scheduleRefused_data();
    void scheduleRefused();
    void fullCreditNote();
    void partialCreditNote();
    void creditNoteChecked_data();
    void creditNoteChecked();
    void creditableRemainder();
    void splitPaymentPerRate();
    void splitPaymentRefused_data();
    void splitPaymentRefused();
    void paymentStatus_data();
    void paymentStatus();
    void daysLate_data();
    void daysLate();
    void linesJsonRoundTrip();
    void partiesJsonRoundTrip();
    void deductionsAndSharesJsonRoundTrip();
    void jsonRefused_data();
    void jsonRefused();
};

void tst_SalesDocument::enumKeys()
{
    for (const DocumentKind v : {DocumentKind::Invoice, DocumentKind::CreditNote})
        QCOMPARE(documentKindFromKey(documentKindKey(v)).value(), v);
    for (const InvoiceRole v : {InvoiceRole::Standard, InvoiceRole::Deposit,
                                InvoiceRole::Intermediate, InvoiceRole::Balance})
        QCOMPARE(invoiceRoleFromKey(invoiceRoleKey(v)).value(), v);
    for (const DocumentStatus v : {DocumentStatus::Draft, DocumentStatus::Validated})
        QCOMPARE(documentStatusFromKey(documentStatusKey(v)).value(), v);
    for (const OperationNature v :
         {OperationNature::Services, OperationNature::Goods, OperationNature::Both})
        QCOMPARE(operationNatureFromKey(operationNatureKey(v)).value(), v);
    for (const PaymentMode v :
         {PaymentMode::Transfer, PaymentMode::Cheque, PaymentMode::Card, PaymentMode::Cash})
        QCOMPARE(paymentModeFromKey(paymentModeKey(v)).value(), v);
    for (const QuoteStatus v :
         {QuoteStatus::Draft, QuoteStatus::Sent, QuoteStatus::Signed, QuoteStatus::Refused})
        QCOMPARE(quoteStatusFromKey(quoteStatusKey(v)).value(), v);
    QCOMPARE(documentKindKey(DocumentKind::CreditNote), u"credit_note"_s);
    QCOMPARE(paymentStatusKey(PaymentStatus::PartlyPaid), u"partly_paid"_s);
    QCOMPARE(documentKindFromKey(u"avoir").error().code(), ErrorCode::ParseError);
}

void tst_SalesDocument::validateDraft_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("a consistent draft") << QString() << QStringList();
    QTest::newRow("an empty draft may be saved") << u"no lines"_s << QStringList();
    QTest::newRow("line without designation")
        << u"designation"_s << QStringList{u"lines[1].designation"_s};
    QTest::newRow("line in an unknown unit") << u"unit"_s << QStringList{u"lines[0].unit"_s};
    QTest::newRow("19.6 % is not a French VAT rate")
        << u"rate"_s << QStringList{u"lines[0].vatRate"_s};
    QTest::newRow("0 % line without its exemption mention")
        << u"mention"_s << QStringList{u"lines[1].exemptionMention"_s};
    QTest::newRow("line discount above 100 %")
        << u"line discount"_s << QStringList{u"lines[0].discount"_s};
    QTest::newRow("negative document discount")
        << u"document discount"_s << QStringList{u"documentDiscount"_s};
    QTest::newRow("service ends before it starts")
        << u"service period"_s << QStringList{u"serviceEndDate"_s};
    QTest::newRow("due date before the document's date")
        << u"due date"_s << QStringList{u"dueDate"_s};
    QTest::newRow("deduction at a rate the lines do not have")
        << u"deduction"_s << QStringList{u"deductions[0]"_s};
    QTest::newRow("every problem at once")
        << u"all"_s
        << QStringList{u"lines[0].unit"_s, u"lines[1].exemptionMention"_s,
                       u"serviceEndDate"_s, u"dueDate"_s};
}

void tst_SalesDocument::validateDraft()
{
    QFETCH(QString, change);
    QFETCH(QStringList, errors);

    SalesDocument document = draftInvoice();
    const bool all = change == u"all";
    if (change == u"no lines")
        document.lines.clear();
    if (change == u"designation")
        document.lines[1].designation = u"  "_s;
    if (change == u"unit" || all)
        document.lines[0].unit = u"HEURE"_s;
    if (change == u"rate")
        document.lines[0].vatRate = percent(u"19.6"_s);
    if (change == u"mention" || all)
        document.lines[1].exemptionMention.clear();
    if (change == u"line discount")
        document.lines[0].discount = percent(u"120"_s);
    if (change == u"document discount")
        document.documentDiscount = percent(u"-5"_s);
    if (change == u"service period" || all) {
        document.serviceDate = QDate(2026, 2, 1);
        document.serviceEndDate = QDate(2026, 1, 31);
    }
    if (change == u"due date" || all)
        document.dueDate = QDate(2026, 3, 1);
    if (change == u"deduction")
        document.deductions = {{percent(u"10"_s), QString(), money(u"10"_s), money(u"1"_s), {}}};
    QCOMPARE(fieldsOf(coop::validateDraft(document)), errors);
}

void tst_SalesDocument::validateForIssue_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("a complete invoice with complete parties") << QString() << QStringList();
    QTest::newRow("at least one line") << u"no lines"_s << QStringList{u"lines"_s};
    QTest::newRow("an invoice of zero is not issued") << u"zero"_s << QStringList{u"lines"_s};
    QTest::newRow("an invoice needs its due date") << u"no due date"_s << QStringList{u"dueDate"_s};
    QTest::newRow("the draft's own rules are validateDraft's, not repeated here")
        << u"bad rate"_s << QStringList();
    QTest::newRow("seller without a name") << u"seller.name"_s << QStringList{u"seller.name"_s};
    QTest::newRow("seller without an address")
        << u"seller.address"_s << QStringList{u"seller.address"_s};
    QTest::newRow("seller without a SIREN") << u"seller.siren"_s << QStringList{u"seller.siren"_s};
    QTest::newRow("seller with an invalid SIREN")
        << u"seller.siren invalid"_s << QStringList{u"seller.siren"_s};
    QTest::newRow("seller without a VAT number")
        << u"seller.vatNumber"_s << QStringList{u"seller.vatNumber"_s};
    QTest::newRow("seller without a legal form")
        << u"seller.legalForm"_s << QStringList{u"seller.legalForm"_s};
    QTest::newRow("seller without its RCS")
        << u"seller.rcsCity"_s << QStringList{u"seller.rcsCity"_s};
    QTest::newRow("customer without a billing address")
        << u"customer.billingAddress"_s << QStringList{u"customer.billingAddress"_s};
    QTest::newRow("French company customer without a SIREN")
        << u"customer.siren"_s << QStringList{u"customer.siren"_s};
    QTest::newRow("foreign company customer without a SIREN") << u"foreign"_s << QStringList();
    QTest::newRow("individual customer without a SIREN") << u"individual"_s << QStringList();
    QTest::newRow("a credit note needs no due date") << u"credit note"_s << QStringList();
    QTest::newRow("a credit note prints its invoice's number")
        << u"credit note without number"_s << QStringList{u"creditedInvoiceNumber"_s};
    QTest::newRow("a credit note prints its invoice's date")
        << u"credit note without date"_s << QStringList{u"creditedInvoiceDate"_s};
    QTest::newRow("a credit note refers to its invoice")
        << u"credit note without invoice"_s << QStringList{u"creditedInvoiceId"_s};
}

void tst_SalesDocument::validateForIssue()
{
    QFETCH(QString, change);
    QFETCH(QStringList, errors);

    SalesDocument document = draftInvoice();
    DocumentParties who = parties();
    if (change == u"no lines")
        document.lines.clear();
    if (change == u"zero")
        document.lines = lines({u"1|100|20"_s, u"-1|100|20"_s});
    if (change == u"no due date")
        document.dueDate = QDate();
    if (change == u"bad rate")
        document.lines[0].vatRate = percent(u"7"_s);
    if (change == u"seller.name")
        who.seller.name.clear();
    if (change == u"seller.address")
        who.seller.address.city.clear();
    if (change == u"seller.siren")
        who.seller.siren.clear();
    if (change == u"seller.siren invalid")
        who.seller.siren = u"380129867"_s;
    if (change == u"seller.vatNumber")
        who.seller.vatNumber.clear();
    if (change == u"seller.legalForm")
        who.seller.legalForm.clear();
    if (change == u"seller.rcsCity")
        who.seller.rcsCity.clear();
    if (change == u"customer.billingAddress")
        who.customer.billingAddress = Address();
    if (change == u"customer.siren")
        who.customer.siren.clear();
    if (change == u"foreign") {
        who.customer.siren.clear();
        who.customer.billingAddress.country = u"DE"_s;
    }
    if (change == u"individual") {
        who.customer.kind = CustomerKind::Individual;
        who.customer.siren.clear();
    }
    if (change.startsWith(u"credit note")) {
        document.kind = DocumentKind::CreditNote;
        document.dueDate = QDate();
        document.creditedInvoiceId = u"doc-0"_s;
        document.creditedInvoiceNumber = u"2026-ANA042-0001"_s;
        document.creditedInvoiceDate = QDate(2026, 2, 1);
        if (change.endsWith(u"without number"))
            document.creditedInvoiceNumber.clear();
        if (change.endsWith(u"without date"))
            document.creditedInvoiceDate = QDate();
        if (change.endsWith(u"without invoice"))
            document.creditedInvoiceId.clear();
    }
    QCOMPARE(fieldsOf(coop::validateForIssue(document, who)), errors);
}

void tst_SalesDocument::validateQuote_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("a signed quote with its date of signature") << QString() << QStringList();
    QTest::newRow("a draft quote without signature date") << u"draft"_s << QStringList();
    QTest::newRow("valid until before its date")
        << u"validUntil"_s << QStringList{u"validUntil"_s};
    QTest::newRow("deposit above 100 %") << u"deposit"_s << QStringList{u"depositPercent"_s};
    QTest::newRow("signed without a date of signature")
        << u"signed without date"_s << QStringList{u"signedDate"_s};
    QTest::newRow("a date of signature on an unsigned quote")
        << u"draft with date"_s << QStringList{u"signedDate"_s};
    QTest::newRow("line rules as for documents")
        << u"line"_s << QStringList{u"lines[0].vatRate"_s};
}

void tst_SalesDocument::validateQuote()
{
    QFETCH(QString, change);
    QFETCH(QStringList, errors);

    Quote quote = signedQuote({u"3|500|20"_s});
    quote.depositPercent = percent(u"30"_s);
    if (change == u"draft") {
        quote.status = QuoteStatus::Draft;
        quote.signedDate = QDate();
    }
    if (change == u"validUntil")
        quote.validUntil = QDate(2026, 1, 9);
    if (change == u"deposit")
        quote.depositPercent = percent(u"101"_s);
    if (change == u"signed without date")
        quote.signedDate = QDate();
    if (change == u"draft with date")
        quote.status = QuoteStatus::Sent;
    if (change == u"line")
        quote.lines[0].vatRate = percent(u"21"_s);
    QCOMPARE(fieldsOf(validate(quote)), errors);
}

void tst_SalesDocument::dueDate()
{
    Customer customer;
    customer.paymentTermDays = 45;
    QCOMPARE(dueDateFor(QDate(2026, 1, 31), customer), QDate(2026, 3, 17));
    customer.paymentTermDays = 0;
    QCOMPARE(dueDateFor(QDate(2026, 1, 31), customer), QDate(2026, 1, 31));
}

// One line per rate, for the percent of the rate's base rounded half up to the cent.
void tst_SalesDocument::depositInvoice()
{
    const Quote quote = signedQuote({u"3|333.335|20"_s, u"1|1000|5.5"_s});
    const Result<SalesDocument> deposit = makeDepositInvoice(quote, percent(u"30"_s), {});
    QVERIFY2(deposit, why(deposit).constData());
    QCOMPARE(deposit->role, InvoiceRole::Deposit);
    QCOMPARE(deposit->kind, DocumentKind::Invoice);
    QCOMPARE(deposit->status, DocumentStatus::Draft);
    QCOMPARE(deposit->quoteId, quote.id);
    QCOMPARE(deposit->customerId, quote.customerId);
    QCOMPARE(deposit->priceEntry, PriceEntry::ExcludingVat);
    QCOMPARE(deposit->lines.size(), 2);
    QCOMPARE(deposit->lines.at(0).designation,
             u"Acompte de 30 % sur le devis D2026-0001 — TVA 20 %"_s);
    QCOMPARE(deposit->lines.at(1).designation,
             u"Acompte de 30 % sur le devis D2026-0001 — TVA 5,5 %"_s);
    // 1000.005 rounds to a base of 1000.01; 30 % is 300.003, so 300.00.
    QCOMPARE(deposit->lines.at(0).unitPrice.toString(), u"300.00"_s);
    QCOMPARE(deposit->lines.at(0).quantity, Quantity::fromUnits(Quantity::UnitsPerOne));
    QCOMPARE(deposit->lines.at(1).unitPrice.toString(), u"300.00"_s);
    QCOMPARE(deposit->totalExcludingVat.toString(), u"600.00"_s);
    QCOMPARE(deposit->totalIncludingVat, deposit->totals().value().totalIncludingVat);

    const Quote single = signedQuote({u"1|0.05|20"_s});
    const Result<SalesDocument> half = makeDepositInvoice(single, percent(u"50"_s), {});
    QVERIFY2(half, why(half).constData());
    QCOMPARE(half->lines.size(), 1);
    QCOMPARE(half->lines.at(0).designation, u"Acompte de 50 % sur le devis D2026-0001"_s);
    QCOMPARE(half->lines.at(0).unitPrice.toString(), u"0.03"_s); // 0.025 half up
}

void tst_SalesDocument::intermediateAndBalanceAddUpToTheQuote()
{
    const Quote quote =
        signedQuote({u"7|123.457|20"_s, u"1|99.99|10"_s, u"1|250|0||"_s + Exempt});
    const InvoiceTotals quoteTotals = quote.totals().value();

    const SalesDocument deposit = makeDepositInvoice(quote, percent(u"33.3"_s), {}).value();
    QList<IssuedInvoiceOfQuote> issued{
        issuedFrom(deposit, u"2026-ANA042-0003"_s, QDate(2026, 2, 3))};
    const Result<SalesDocument> intermediate =
        makeIntermediateInvoice(quote, percent(u"41.7"_s), issued);
    QVERIFY2(intermediate, why(intermediate).constData());
    QCOMPARE(intermediate->role, InvoiceRole::Intermediate);
    QCOMPARE(intermediate->lines.at(0).designation,
             u"Facture intermédiaire : 41,7 % du devis D2026-0001 — TVA 20 %"_s);
    QCOMPARE(intermediate->lines.at(2).exemptionMention, Exempt);
    issued.append(issuedFrom(*intermediate, u"2026-ANA042-0009"_s, QDate(2026, 3, 4)));

    const Result<SalesDocument> balance = makeBalanceInvoice(quote, issued);
    QVERIFY2(balance, why(balance).constData());
    QCOMPARE(balance->role, InvoiceRole::Balance);
    QCOMPARE(balance->lines, quote.lines);
    QCOMPARE(balance->deductions.size(), 6);
    QCOMPARE(balance->deductions.at(0).reference,
             u"Facture d'acompte 2026-ANA042-0003 du 03/02/2026"_s);
    QCOMPARE(balance->deductions.at(3).reference,
             u"Facture intermédiaire 2026-ANA042-0009 du 04/03/2026"_s);

    const InvoiceTotals balanceTotals = balance->totals().value();
    QCOMPARE(balanceTotals.perRate.size(), quoteTotals.perRate.size());
    for (qsizetype i = 0; i < quoteTotals.perRate.size(); ++i) {
        Money base = balanceTotals.perRate.at(i).base;
        Money vat = balanceTotals.perRate.at(i).vat;
        for (const IssuedInvoiceOfQuote &invoice : std::as_const(issued)) {
            base += invoice.perRate.at(i).base;
            vat += invoice.perRate.at(i).vat;
        }
        QCOMPARE(base, quoteTotals.perRate.at(i).base);
        QCOMPARE(vat, quoteTotals.perRate.at(i).vat);
    }
}

void tst_SalesDocument::scheduleRefused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("where");

    QTest::newRow("deposit on an unsigned quote") << u"unsigned deposit"_s << u"status"_s;
    QTest::newRow("balance of an unsigned quote") << u"unsigned balance"_s << u"status"_s;
    QTest::newRow("deposit of 0 %") << u"0 %"_s << u"percent"_s;
    QTest::newRow("deposit of 100 %") << u"100 %"_s << u"percent"_s;
    QTest::newRow("deposit above 100 %") << u"120 %"_s << u"percent"_s;
    QTest::newRow("invoices above 100 % of the quote") << u"beyond"_s << u"percent"_s;
    QTest::newRow("a second balance") << u"second balance"_s << u"issued"_s;
    QTest::newRow("an intermediate invoice after the balance")
        << u"after balance"_s << u"issued"_s;
}

void tst_SalesDocument::scheduleRefused()
{
    QFETCH(QString, what);
    QFETCH(QString, where);

    Quote quote = signedQuote({u"1|1000|20"_s, u"2|50|10"_s});
    if (what.startsWith(u"unsigned")) {
        quote.status = QuoteStatus::Sent;
        quote.signedDate = QDate();
    }
    const SalesDocument deposit = makeDepositInvoice(signedQuote({u"1|1000|20"_s, u"2|50|10"_s}),
                                                     percent(u"80"_s), {})
                                      .value();
    const IssuedInvoiceOfQuote issuedDeposit =
        issuedFrom(deposit, u"2026-ANA042-0001"_s, QDate(2026, 2, 1));
    SalesDocument balance = makeBalanceInvoice(quote.status == QuoteStatus::Signed
                                                   ? quote
                                                   : signedQuote({u"1|1000|20"_s, u"2|50|10"_s}),
                                               {issuedDeposit})
                                .value();
    const IssuedInvoiceOfQuote issuedBalance =
        issuedFrom(balance, u"2026-ANA042-0002"_s, QDate(2026, 3, 1));

    Result<SalesDocument> made;
    if (what == u"unsigned deposit")
        made = makeDepositInvoice(quote, percent(u"30"_s), {});
    else if (what == u"unsigned balance")
        made = makeBalanceInvoice(quote, {});
    else if (what == u"0 %")
        made = makeDepositInvoice(quote, Rate(), {});
    else if (what == u"100 %")
        made = makeDepositInvoice(quote, percent(u"100"_s), {});
    else if (what == u"120 %")
        made = makeIntermediateInvoice(quote, percent(u"120"_s), {});
    else if (what == u"beyond")
        made = makeIntermediateInvoice(quote, percent(u"30"_s), {issuedDeposit});
    else if (what == u"second balance")
        made = makeBalanceInvoice(quote, {issuedDeposit, issuedBalance});
    else if (what == u"after balance")
        made = makeIntermediateInvoice(quote, percent(u"5"_s), {issuedDeposit, issuedBalance});
    QVERIFY(!made);
    QCOMPARE(made.error().code(), ErrorCode::Constraint);
    QCOMPARE(made.error().where(), where);
    QVERIFY(!made.error().message().isEmpty());
}

void tst_SalesDocument::fullCreditNote()
{
    SalesDocument invoice = validatedInvoice({u"3|19.99|20|10"_s, u"1|12.345|5.5"_s});
    invoice.documentDiscount = percent(u"2.5"_s);
    invoice.nature = OperationNature::Both;
    invoice.customerId = u"cus-9"_s;
    invoice.totalIncludingVat = invoice.totals().value().totalIncludingVat;

    const Result<SalesDocument> note = makeFullCreditNote(invoice);
    QVERIFY2(note, why(note).constData());
    QCOMPARE(note->kind, DocumentKind::CreditNote);
    QCOMPARE(note->status, DocumentStatus::Draft);
    QCOMPARE(note->role, InvoiceRole::Standard);
    QVERIFY(note->id.isEmpty());
    QVERIFY(note->number.isEmpty());
    QCOMPARE(note->lines, invoice.lines);
    QCOMPARE(note->documentDiscount, invoice.documentDiscount);
    QCOMPARE(note->customerId, u"cus-9"_s);
    QCOMPARE(note->activityId, invoice.activityId);
    QCOMPARE(note->nature, OperationNature::Both);
    QCOMPARE(note->title, u"Avoir sur facture 2026-ANA042-0007"_s);
    QCOMPARE(note->creditedInvoiceId, invoice.id);
    QCOMPARE(note->creditedInvoiceNumber, invoice.number);
    QCOMPARE(note->creditedInvoiceDate, invoice.date);
    QCOMPARE(describe(note->totals().value().perRate),
             describe(invoice.totals().value().perRate));
    QCOMPARE(note->totalIncludingVat, invoice.totalIncludingVat);

    SalesDocument draft = invoice;
    draft.status = DocumentStatus::Draft;
    const Result<SalesDocument> refused = makeFullCreditNote(draft);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Constraint);
}

void tst_SalesDocument::partialCreditNote()
{
    const SalesDocument invoice = validatedInvoice({u"10|80|20"_s, u"1|400|0||"_s + Exempt});
    const Result<SalesDocument> note = makePartialCreditNote(invoice, lines({u"2|80|20"_s}));
    QVERIFY2(note, why(note).constData());
    QCOMPARE(note->kind, DocumentKind::CreditNote);
    QCOMPARE(note->totalExcludingVat.toString(), u"160.00"_s);
    QCOMPARE(note->creditedInvoiceNumber, invoice.number);

    const Result<SalesDocument> otherRate = makePartialCreditNote(
        invoice, lines({u"1|80|20"_s, u"1|10|10"_s}));
    QVERIFY(!otherRate);
    QCOMPARE(otherRate.error().code(), ErrorCode::Constraint);
    QCOMPARE(otherRate.error().where(), u"lines[1].vatRate"_s);

    const Result<SalesDocument> otherMention = makePartialCreditNote(
        invoice, lines({u"1|10|0||Autoliquidation"_s}));
    QVERIFY(!otherMention);
    QCOMPARE(otherMention.error().where(), u"lines[0].vatRate"_s);
}

void tst_SalesDocument::creditNoteChecked_data()
{
    QTest::addColumn<QStringList>("invoice");
    QTest::addColumn<QList<QStringList>>("previous");
    QTest::addColumn<QStringList>("creditNote");
    QTest::addColumn<QString>("where"); // empty when accepted

    const QStringList invoice{u"10|100|20"_s, u"4|50|10"_s};
    QTest::newRow("partial credit within what is left")
        << invoice << QList<QStringList>() << QStringList{u"2|100|20"_s} << QString();
    QTest::newRow("the whole invoice once")
        << invoice << QList<QStringList>() << invoice << QString();
    QTest::newRow("what is left after an earlier credit note")
        << invoice << QList<QStringList>{{u"6|100|20"_s}}
        << QStringList{u"4|100|20"_s, u"4|50|10"_s}
        << QString();
    QTest::newRow("beyond the invoice at one rate")
        << invoice << QList<QStringList>() << QStringList{u"1|100|20"_s, u"5|50|10"_s}
        << u"perRate[1]"_s;
    QTest::newRow("beyond what earlier credit notes left at one rate")
        << invoice << QList<QStringList>{{u"8|100|20"_s}} << QStringList{u"3|100|20"_s}
        << u"perRate[0]"_s;
    QTest::newRow("a second full credit note")
        << invoice << QList<QStringList>{invoice} << invoice << u"perRate[0]"_s;
    QTest::newRow("a rate the invoice does not have")
        << invoice << QList<QStringList>() << QStringList{u"1|10|5.5"_s} << u"lines"_s;
    QTest::newRow("beyond the total, with a negative rate on the invoice")
        << QStringList{u"10|100|20"_s, u"-1|100|10"_s} << QList<QStringList>()
        << QStringList{u"10|100|20"_s} << u"lines"_s;
}

void tst_SalesDocument::creditNoteChecked()
{
    QFETCH(QStringList, invoice);
    QFETCH(QList<QStringList>, previous);
    QFETCH(QStringList, creditNote);
    QFETCH(QString, where);

    QList<InvoiceTotals> earlier;
    for (const QStringList &specs : std::as_const(previous))
        earlier.append(totalsOf(specs));
    const Result<void> checked = checkCreditNote(totalsOf(invoice), earlier, totalsOf(creditNote));
    if (where.isEmpty()) {
        QVERIFY2(checked, why(checked).constData());
    } else {
        QVERIFY(!checked);
        QCOMPARE(checked.error().code(), ErrorCode::Constraint);
        QCOMPARE(checked.error().where(), where);
    }
}

void tst_SalesDocument::creditableRemainder()
{
    const InvoiceTotals invoice = totalsOf({u"10|100|20"_s, u"4|50|10"_s});
    const QList<VatBreakdown> left = coop::creditableRemainder(
        invoice, {totalsOf({u"3|100|20"_s}), totalsOf({u"1|100|20"_s, u"1|50|10"_s})});
    QCOMPARE(describe(left),
             (QStringList{u"20|600.00|120.00|720.00"_s, u"10|150.00|15.00|165.00"_s}));
}

// Two payments of an invoice at two rates: each payment is split in proportion to what each rate
// still owes, and the last one takes exactly what is left, so that the VAT collected per rate is
// the invoice's.
void tst_SalesDocument::splitPaymentPerRate()
{
    const InvoiceTotals invoice = totalsOf({u"1|1000|20"_s, u"1|500|5.5"_s});
    // 1200.00 TTC at 20 % (200.00 VAT), 527.50 at 5.5 % (27.50 VAT): 1727.50 in all.
    const Payment first = payment(invoice, {}, Money(), u"1000.00"_s);
    QCOMPARE(first.shares.size(), 2);
    QCOMPARE(first.shares.at(0).amount + first.shares.at(1).amount, money(u"1000.00"_s));
    QCOMPARE(first.shares.at(0).amount.toString(), u"694.65"_s); // 1000 × 1200 / 1727.5
    QCOMPARE(first.shares.at(0).vat.toString(), u"115.78"_s);    // 694.65 / 6
    QCOMPARE(first.shares.at(1).amount.toString(), u"305.35"_s);
    QCOMPARE(first.shares.at(1).vat.toString(), u"15.92"_s);     // 305.35 × 27.5 / 527.5

    const Payment last = payment(invoice, {first}, Money(), u"727.50"_s);
    QCOMPARE(last.shares.at(0).amount.toString(), u"505.35"_s);
    QCOMPARE(last.shares.at(0).vat, money(u"200.00"_s) - first.shares.at(0).vat);
    QCOMPARE(last.shares.at(1).amount.toString(), u"222.15"_s);
    QCOMPARE(last.shares.at(1).vat, money(u"27.50"_s) - first.shares.at(1).vat);

    // A credit note of 727.50 leaves 1000.00 to pay: paying it settles the invoice.
    const Result<QList<PaymentShare>> settled =
        splitPayment(invoice, {}, money(u"727.50"_s), money(u"1000.00"_s));
    QVERIFY2(settled, why(settled).constData());
}

void tst_SalesDocument::splitPaymentRefused_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QStringList>("previous");
    QTest::addColumn<QString>("credited");

    QTest::newRow("a zero payment") << u"0"_s << QStringList() << u"0"_s;
    QTest::newRow("a negative payment") << u"-10"_s << QStringList() << u"0"_s;
    QTest::newRow("more than the invoice") << u"1727.51"_s << QStringList() << u"0"_s;
    QTest::newRow("more than the earlier payments left")
        << u"727.51"_s << QStringList{u"1000.00"_s} << u"0"_s;
    QTest::newRow("more than a credit note left") << u"1500.00"_s << QStringList() << u"300.00"_s;
    QTest::newRow("anything once paid") << u"0.01"_s << QStringList{u"1727.50"_s} << u"0"_s;
}

void tst_SalesDocument::splitPaymentRefused()
{
    QFETCH(QString, amount);
    QFETCH(QStringList, previous);
    QFETCH(QString, credited);

    const InvoiceTotals invoice = totalsOf({u"1|1000|20"_s, u"1|500|5.5"_s});
    QList<Payment> earlier;
    for (const QString &paid : std::as_const(previous))
        earlier.append(payment(invoice, earlier, Money(), paid));
    const Result<QList<PaymentShare>> shares =
        splitPayment(invoice, earlier, money(credited), money(amount));
    QVERIFY(!shares);
    QCOMPARE(shares.error().code(), ErrorCode::Constraint);
    QCOMPARE(shares.error().where(), u"amount"_s);
}

void tst_SalesDocument::paymentStatus_data()
{
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("paid");
    QTest::addColumn<QString>("credited");
    QTest::addColumn<PaymentStatus>("status");

    QTest::newRow("nothing paid") << u"120"_s << u"0"_s << u"0"_s << PaymentStatus::Waiting;
    QTest::newRow("partly paid") << u"120"_s << u"20"_s << u"0"_s << PaymentStatus::PartlyPaid;
    QTest::newRow("paid in full") << u"120"_s << u"120"_s << u"0"_s << PaymentStatus::Paid;
    QTest::newRow("paid and credited") << u"120"_s << u"100"_s << u"20"_s << PaymentStatus::Paid;
    QTest::newRow("fully credited, nothing paid")
        << u"120"_s << u"0"_s << u"120"_s << PaymentStatus::Paid;
    QTest::newRow("partly credited, nothing paid")
        << u"120"_s << u"0"_s << u"20"_s << PaymentStatus::Waiting;
    QTest::newRow("a cent missing") << u"120"_s << u"119.99"_s << u"0"_s
                                    << PaymentStatus::PartlyPaid;
}

void tst_SalesDocument::paymentStatus()
{
    QFETCH(QString, total);
    QFETCH(QString, paid);
    QFETCH(QString, credited);
    QFETCH(PaymentStatus, status);
    QCOMPARE(paymentStatusFor(money(total), money(paid), money(credited)), status);
}

void tst_SalesDocument::daysLate_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<qint64>("days");

    QTest::newRow("not yet due") << QDate(2026, 3, 31) << QDate(2026, 3, 1) << qint64(0);
    QTest::newRow("due today") << QDate(2026, 3, 31) << QDate(2026, 3, 31) << qint64(0);
    QTest::newRow("a day late") << QDate(2026, 3, 31) << QDate(2026, 4, 1) << qint64(1);
    QTest::newRow("over a year end") << QDate(2025, 12, 15) << QDate(2026, 1, 14) << qint64(30);
    QTest::newRow("no due date") << QDate() << QDate(2026, 1, 14) << qint64(0);
}

void tst_SalesDocument::daysLate()
{
    QFETCH(QDate, due);
    QFETCH(QDate, today);
    QFETCH(qint64, days);
    QCOMPARE(coop::daysLate(due, today), days);
}

void tst_SalesDocument::linesJsonRoundTrip()
{
    QList<DocumentLine> original =
        lines({u"2.375|1234.56789|20|12.5"_s, u"-1|15|10"_s, u"1|99.99|0||"_s + Exempt});
    original[0].unit = u"DAY"_s;
    original[0].revenueAccount = u"706100"_s;
    original[0].catalogItemId = u"item-3"_s;
    original[1].designation = u"Remise « fidélité »"_s;

    // Through text, as the store and sync carry it.
    const QByteArray text = QJsonDocument(linesToJson(original)).toJson(QJsonDocument::Compact);
    const Result<QList<DocumentLine>> read = linesFromJson(QJsonDocument::fromJson(text).array());
    QVERIFY2(read, why(read).constData());
    QCOMPARE(*read, original);
    QVERIFY(!read->at(1).discount.has_value());
    QVERIFY(text.contains("\"quantity_units\":2375"));
    QVERIFY(text.contains("\"unit_price_units\":123456789"));
}

void tst_SalesDocument::partiesJsonRoundTrip()
{
    const DocumentParties original = parties();
    const QByteArray text = QJsonDocument(original.toJson()).toJson(QJsonDocument::Compact);
    const Result<DocumentParties> read =
        DocumentParties::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(read, why(read).constData());
    QCOMPARE(read->seller, original.seller);
    QCOMPARE(read->activity, original.activity);
    QCOMPARE(read->customer, original.customer);
    QCOMPARE(*read, original);

    // Individual customer, defaults elsewhere.
    DocumentParties individual;
    individual.customer.kind = CustomerKind::Individual;
    individual.customer.firstName = u"Jeanne"_s;
    individual.customer.lastName = u"Martin"_s;
    const Result<DocumentParties> readIndividual =
        DocumentParties::fromJson(individual.toJson());
    QVERIFY2(readIndividual, why(readIndividual).constData());
    QCOMPARE(*readIndividual, individual);
}

void tst_SalesDocument::deductionsAndSharesJsonRoundTrip()
{
    const QList<VatDeduction> deductions{
        {percent(u"20"_s), QString(), money(u"300.00"_s), money(u"60.00"_s),
         u"Facture d'acompte 2026-ANA042-0003 du 03/02/2026"_s},
        {Rate(), Exempt, money(u"-0.01"_s), Money(), u"x"_s}};
    const Result<QList<VatDeduction>> readDeductions = deductionsFromJson(
        QJsonDocument::fromJson(QJsonDocument(deductionsToJson(deductions)).toJson()).array());
    QVERIFY2(readDeductions, why(readDeductions).constData());
    QCOMPARE(*readDeductions, deductions);

    const QList<PaymentShare> shares{{percent(u"5.5"_s), QString(), money(u"105.50"_s),
                                      money(u"5.50"_s)},
                                     {Rate(), Exempt, money(u"12.00"_s), Money()}};
    const Result<QList<PaymentShare>> readShares = sharesFromJson(
        QJsonDocument::fromJson(QJsonDocument(sharesToJson(shares)).toJson()).array());
    QVERIFY2(readShares, why(readShares).constData());
    QCOMPARE(*readShares, shares);
}

void tst_SalesDocument::jsonRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");

    QTest::newRow("a quantity as text")
        << u"lines"_s << QByteArray(R"([{"designation":"a"},{"quantity_units":"3"}])")
        << u"lines[1].quantity_units"_s;
    QTest::newRow("a price with decimals (never a double)")
        << u"lines"_s << QByteArray(R"([{"unit_price_units":12.5}])")
        << u"lines[0].unit_price_units"_s;
    QTest::newRow("a line that is not an object")
        << u"lines"_s << QByteArray(R"([{}, 3])") << u"lines[1]"_s;
    QTest::newRow("a deduction's base as text")
        << u"deductions"_s << QByteArray(R"([{"base_cents":"300.00"}])")
        << u"deductions[0].base_cents"_s;
    QTest::newRow("a share's VAT with decimals")
        << u"shares"_s << QByteArray(R"([{"vat_cents":0.5}])") << u"shares[0].vat_cents"_s;
    QTest::newRow("seller's capital as text")
        << u"parties"_s << QByteArray(R"({"seller":{"capital_cents":"15000"}})")
        << u"seller.capital_cents"_s;
    QTest::newRow("an unknown customer kind")
        << u"parties"_s << QByteArray(R"({"customer":{"kind":"person"}})")
        << u"customer.kind"_s;
    QTest::newRow("a member's share as text")
        << u"parties"_s << QByteArray(R"({"activity":{"members":[{"share_units":"1"}]}})")
        << u"activity.members[0].share_units"_s;
    QTest::newRow("a billing address that is not an object")
        << u"parties"_s << QByteArray(R"({"customer":{"billing_address":"Paris"}})")
        << u"customer.billing_address"_s;
}

void tst_SalesDocument::jsonRefused()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(QString, where);

    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(!document.isNull());
    std::optional<Error> error;
    if (kind == u"lines") {
        const auto read = linesFromJson(document.array());
        QVERIFY(!read);
        error = read.error();
    } else if (kind == u"deductions") {
        const auto read = deductionsFromJson(document.array());
        QVERIFY(!read);
        error = read.error();
    } else if (kind == u"shares") {
        const auto read = sharesFromJson(document.array());
        QVERIFY(!read);
        error = read.error();
    } else {
        const auto read = DocumentParties::fromJson(document.object());
        QVERIFY(!read);
        error = read.error();
    }
    QCOMPARE(error->code(), ErrorCode::ParseError);
    QCOMPARE(error->where(), where);
    QVERIFY(!error->message().isEmpty());
}

QTEST_APPLESS_MAIN(tst_SalesDocument)

#include "tst_salesdocument.moc"
