// SalesRepository on real store files: customers, catalogue and quotes round-trip with version
// conflicts; drafts cache their totals; validation numbers per template, freezes the parties and
// keeps dates in order; issued documents are refused by the repository; the quote schedule, credit
// notes and payments add up; the list filters, sorts and pages in SQL; the demo's sales verify.
#include "salesfixture.h"

#include "core/storage/demo.h"
#include "core/storage/unitofwork.h"

#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using namespace coop::test;

Q_DECLARE_METATYPE(coop::DocumentFilter::State)
Q_DECLARE_METATYPE(coop::DocumentSort)

class tst_SalesRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void customersRoundTripWithConflicts();
    void invalidCustomerIsRefusedAtItsField();
    void catalogueRoundTripWithConflicts();
    void quotesAreNumberedAndCached();
    void draftSaveCachesTotals();
    void validateNumbersPerTemplate_data();
    void validateNumbersPerTemplate();
    void validateFreezesPartiesAndDueDate();
    void validateRefusesDateBeforeSeries();
    void validateRefusesAnIncompleteDraft();
    void issuedDocumentIsRefusedByTheRepository();
    void quoteScheduleAddsUpToTheQuote();
    void creditNotes();
    void payments();
    void listFiltersEachState_data();
    void listFiltersEachState();
    void listSortsAndPages_data();
    void listSortsAndPages();
    void listSearchesAndFilters();
    void overdueCountsDaysLate();
    void demoWithSales();

private:
    SalesStore fresh(const QString &name = u"sales.coopdesk"_s,
                     const CooperativeSettings &settings = salesCooperative());
    // Validated invoices in several payment states, one draft and one credit note.
    void fillList(SalesStore &s);

    QTemporaryDir m_dir;
};

void tst_SalesRepository::init()
{
    QVERIFY(m_dir.isValid());
}

SalesStore tst_SalesRepository::fresh(const QString &name, const CooperativeSettings &settings)
{
    QFile::remove(m_dir.filePath(name));
    QFile::remove(Store::keyFilePath(m_dir.filePath(name)));
    return createSalesStore(m_dir.filePath(name), settings);
}

void tst_SalesRepository::customersRoundTripWithConflicts()
{
    SalesStore s = fresh();
    QVERIFY(s.store);
    SalesRepository sales = s.sales();

    auto read = sales.customer(s.companyId);
    QVERIFY2(read.has_value(), why(read).constData());
    QVERIFY(read->has_value());
    Customer c = **read;
    QCOMPARE(c.version, qint64(1));
    Customer expected = companyCustomer(s.activityId);
    expected.id = c.id;
    expected.version = 1;
    QCOMPARE(c, expected);

    c.email = u"compta@martin.example"_s;
    c.deliveryAddress = {u"ZI Nord"_s, u"Quai 4"_s, u"69120"_s, u"Vaulx-en-Velin"_s, u"FR"_s};
    auto saved = sales.saveCustomer(c);
    QVERIFY2(saved.has_value(), why(saved).constData());
    QCOMPARE(saved->version, qint64(2));
    QCOMPARE(sales.customer(c.id)->value(), *saved);

    // A second editor still holding version 1.
    Customer stale = c;
    stale.contactName = u"M. Martin"_s;
    auto conflict = sales.saveCustomer(stale);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().code(), ErrorCode::Conflict);
    QCOMPARE(sales.customer(c.id)->value().contactName, QString());

    // Sorted by display name: "Boulangerie Martin" before "Zoé Arnaud".
    auto list = sales.customers(s.activityId);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, s.companyId);
    QCOMPARE(list->at(1).displayName(), u"Zoé Arnaud"_s);
    QCOMPARE(sales.customers(u"no-such-activity"_s)->size(), 0);
}

void tst_SalesRepository::invalidCustomerIsRefusedAtItsField()
{
    SalesStore s = fresh();
    QVERIFY(s.store);
    SalesRepository sales = s.sales();
    Customer c = companyCustomer(s.activityId);
    c.siren = u"123456789"_s; // wrong Luhn key
    auto r = sales.saveCustomer(c);
    QVERIFY(!r);
    QCOMPARE(r.error().where(), u"siren"_s);
    QCOMPARE(sales.customers()->size(), 2);
}

void tst_SalesRepository::catalogueRoundTripWithConflicts()
{
    SalesStore s = fresh();
    QVERIFY(s.store);
    SalesRepository sales = s.sales();
    CatalogItem item;
    item.activityId = s.activityId;
    item.designation = u"Journée de formation"_s;
    item.unit = u"DAY"_s;
    item.unitPrice = UnitPrice::fromUnits(65'012'345); // 650.12345 €
    item.vatRate = percent(20);
    auto saved = sales.saveCatalogItem(item);
    QVERIFY2(saved.has_value(), why(saved).constData());
    QCOMPARE(saved->version, qint64(1));
    auto list = sales.catalogItems(s.activityId);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0), *saved);

    CatalogItem changed = *saved;
    changed.unitPrice = euros(700);
    auto again = sales.saveCatalogItem(changed);
    QVERIFY2(again.has_value(), why(again).constData());
    QCOMPARE(again->version, qint64(2));
    changed.designation = u"Autre"_s; // still version 1
    auto conflict = sales.saveCatalogItem(changed);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().code(), ErrorCode::Conflict);
    QCOMPARE(sales.catalogItems()->at(0).unitPrice, euros(700));
}

void tst_SalesRepository::quotesAreNumberedAndCached()
{
    SalesStore s = fresh();
    QVERIFY(s.store);
    SalesRepository sales = s.sales();
    Quote q;
    q.activityId = s.activityId;
    q.customerId = s.companyId;
    q.date = kSalesToday;
    q.validUntil = kSalesToday.addDays(30);
    q.title = u"Site vitrine"_s;
    q.lines = {line(u"Maquettes"_s, 3, 400, 20)};
    auto first = sales.saveQuote(q);
    QVERIFY2(first.has_value(), why(first).constData());
    QCOMPARE(first->number, u"D2026-0001"_s);
    QCOMPARE(first->totalExcludingVat, Money::fromCents(120'000));
    QCOMPARE(first->totalIncludingVat, Money::fromCents(144'000));
    auto second = sales.saveQuote(q);
    QVERIFY2(second.has_value(), why(second).constData());
    QCOMPARE(second->number, u"D2026-0002"_s);

    Quote signedQuote = *first;
    signedQuote.status = QuoteStatus::Signed;
    signedQuote.signedDate = kSalesToday;
    auto updated = sales.saveQuote(signedQuote);
    QVERIFY2(updated.has_value(), why(updated).constData());
    QCOMPARE(updated->version, qint64(2));
    QCOMPARE(updated->number, u"D2026-0001"_s);
    QCOMPARE(sales.quote(first->id)->value(), *updated);

    auto conflict = sales.saveQuote(signedQuote); // version 1 again
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().code(), ErrorCode::Conflict);
    QCOMPARE(sales.quotes(s.activityId)->size(), 2);
}

void tst_SalesRepository::draftSaveCachesTotals()
{
    SalesStore s = fresh();
    QVERIFY(s.store);
    SalesRepository sales = s.sales();
    SalesDocument d = s.invoiceDraft();
    d.totalIncludingVat = Money::fromCents(1); // whatever the caller says, the core computes
    auto saved = sales.saveDraft(d);
    QVERIFY2(saved.has_value(), why(saved).constData());
    QCOMPARE(saved->totalExcludingVat, Money::fromCents(25'000));
    QCOMPARE(saved->totalVat, Money::fromCents(4'500));
    QCOMPARE(saved->totalIncludingVat, Money::fromCents(29'500));
    QCOMPARE(saved->status, DocumentStatus::Draft);
    QVERIFY(saved->number.isEmpty());
    auto read = sales.document(saved->id);
    QVERIFY(read && read->has_value());
    QCOMPARE(**read, *saved);

    QSqlQuery q(s.store->database());
    QVERIFY(q.exec(u"SELECT total_including_vat_cents, customer_name FROM sales_document"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(29'500));
    QCOMPARE(q.value(1).toString(), u"Boulangerie Martin"_s);

    // An edit saves, a stale edit conflicts.
    SalesDocument edited = *saved;
    edited.lines.append(line(u"Hébergement"_s, 12, 10, 20));
    auto second = sales.saveDraft(edited);
    QVERIFY2(second.has_value(), why(second).constData());
    QCOMPARE(second->version, qint64(2));
    QCOMPARE(second->totalIncludingVat, Money::fromCents(29'500 + 14'400));
    auto conflict = sales.saveDraft(edited);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().code(), ErrorCode::Conflict);

    // A customer renamed: its drafts' cached name follows.
    Customer c = sales.customer(s.companyId)->value();
    c.name = u"Boulangerie Martin & Fils"_s;
    QVERIFY(sales.saveCustomer(c));
    QVERIFY(q.exec(u"SELECT customer_name FROM sales_document"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"Boulangerie Martin & Fils"_s);

    // A draft can be deleted.
    QVERIFY2(sales.deleteDraft(second->id, second->version), "delete");
    QVERIFY(!sales.document(second->id)->has_value());
}

void tst_SalesRepository::validateNumbersPerTemplate_data()
{
    QTest::addColumn<QString>("invoiceTemplate");
    QTest::addColumn<QString>("creditTemplate");
    QTest::addColumn<QStringList>("invoiceNumbers");
    QTest::addColumn<QString>("creditNumber");

    QTest::newRow("default: year, analytic code, yearly sequence")
        << u"{YYYY}-{ANA}-{SEQYEAR}"_s << u"AV{YYYY}-{SEQYEAR}"_s
        << QStringList{u"2026-ANA1-1"_s, u"2026-ANA1-2"_s} << u"AV2026-1"_s;
    QTest::newRow("monthly sequence")
        << u"F{YY}{MM}-{SEQMONTH}"_s << u"A{YY}{MM}-{SEQMONTH}"_s
        << QStringList{u"F2603-1"_s, u"F2603-2"_s} << u"A2603-1"_s;
    QTest::newRow("monthly sequence per activity")
        << u"{YYYY}{MM}-{ANA}-{SEQMONTHANA}"_s << u"AV{YYYY}-{SEQYEAR}"_s
        << QStringList{u"202603-ANA1-1"_s, u"202603-ANA1-2"_s} << u"AV2026-1"_s;
    QTest::newRow("global sequence")
        << u"F{SEQGLOBAL}"_s << u"AV{SEQGLOBAL}"_s
        << QStringList{u"F1"_s, u"F2"_s} << u"AV1"_s;
    QTest::newRow("same template: credit notes share the invoice series")
        << u"{YYYY}-{SEQYEAR}"_s << u"{YYYY}-{SEQYEAR}"_s
        << QStringList{u"2026-1"_s, u"2026-2"_s} << u"2026-3"_s;
}

void tst_SalesRepository::validateNumbersPerTemplate()
{
    QFETCH(QString, invoiceTemplate);
    QFETCH(QString, creditTemplate);
    QFETCH(QStringList, invoiceNumbers);
    QFETCH(QString, creditNumber);
    CooperativeSettings settings = salesCooperative();
    settings.invoiceNumberTemplate = invoiceTemplate;
    settings.creditNoteNumberTemplate = creditTemplate;
    SalesStore s = fresh(u"numbers.coopdesk"_s, settings);
    QVERIFY(s.store);
    SalesRepository sales = s.sales();

    QString firstId;
    for (const QString &expected : invoiceNumbers) {
        auto draft = sales.saveDraft(s.invoiceDraft());
        QVERIFY2(draft.has_value(), why(draft).constData());
        auto issued = sales.validate(draft->id, kSalesToday);
        QVERIFY2(issued.has_value(), why(issued).constData());
        QCOMPARE(issued->number, expected);
        if (firstId.isEmpty())
            firstId = issued->id;
    }
    auto note = sales.createCreditNote(firstId);
    QVERIFY2(note.has_value(), why(note).constData());
    auto issuedNote = sales.validate(note->id, kSalesToday);
    QVERIFY2(issuedNote.has_value(), why(issuedNote).constData());
    QCOMPARE(issuedNote->number, creditNumber);
}

void tst_SalesRepository::validateFreezesPartiesAndDueDate()
{
    SalesStore s = fresh();
    QVERIFY(s.store);
    SalesRepository sales = s.sales();
    auto draft = sales.saveDraft(s.invoiceDraft());
    QVERIFY2(draft.has_value(), why(draft).constData());
    auto issued = sales.validate(draft->id, QDate(2026, 3, 10));
    QVERIFY2(issued.has_value(), why(issued).constData());
    QCOMPARE(issued->status, DocumentStatus::Validated);
    QCOMPARE(issued->date, QDate(2026, 3, 10));
    QCOMPARE(issued->dueDate, QDate(2026, 4, 9)); // 30 days, the customer's terms
    QVERIFY(issued->validatedAt.isValid());
    QVERIFY(issued->parties.has_value());
    QCOMPARE(issued->parties->customer.name, u"Boulangerie Martin"_s);
    QCOMPARE(issued->parties->activity.analyticCode, u"ANA1"_s);
    QCOMPARE(issued->parties->seller.siren, salesCooperative().siren);
    QCOMPARE(issued->totalIncludingVat, Money::fromCents(29'500));

    // A later change of the customer does not reach the issued invoice.
    Customer c = sales.customer(s.companyId)->value();
    c.name = u"Martin SAS"_s;
    c.billingAddress.city = u"Villeurbanne"_s;
    QVERIFY(sales.saveCustomer(c));
    auto reread = sales.document(issued->id);
    QVERIFY(reread && reread->has_value());
    QCOMPARE(**reread, *issued);
    auto parties = sales.partiesFor(**reread);
    QVERIFY(parties);
    QCOMPARE(parties->customer.name, u"Boulangerie Martin"_s);
    auto rows = sales.listDocuments({}, DocumentSort::Date, Qt::DescendingOrder, 0, 10);
    QVERIFY(rows);
    QCOMPARE(rows->at(0).customerName, u"Boulangerie Martin"_s);

    // A due date typed on the draft is kept when it is not before the date.
    SalesDocument withDue = s.invoiceDraft();
    withDue.dueDate = QDate(2026, 3, 31);
    auto second = sales.saveDraft(withDue);
    QVERIFY(second);
    auto secondIssued = sales.validate(second->id, QDate(2026, 3, 12));
    QVERIFY2(secondIssued.has_value(), why(secondIssued).constData());
    QCOMPARE(secondIssued->dueDate, QDate(2026, 3, 31));
}

void tst_SalesRepository::validateRefusesDateBeforeSeries()
{
    SalesStore s = fresh();
    QVERIFY(s.store);
    SalesRepository sales = s.sales();
    auto a = sales.saveDraft(s.invoiceDraft());
    auto b = sales.saveDraft(s.invoiceDraft());
    auto c = sales.saveDraft(s.invoiceDraft());
    QVERIFY(a && b && c);
    QVERIFY(sales.validate(a->id, QDate(2026, 3, 10)));
    auto backwards = sales.validate(b->id, QDate(2026, 3, 9));
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().code(), ErrorCode::Constraint);
    QCOMPARE(sales.document(b->id)->value().status, DocumentStatus::Draft);
    // The refused validation drew nothing: the next one gets 2, on the same day as the last.
    auto sameDay = sales.validate(c->id, QDate(2026, 3, 10));
    QVERIFY2(sameDay.has_value(), why(sameDay).constData());
    QCOMPARE(sameDay->number, u"2026-ANA1-2"_s);
}

void tst_SalesRepository::validateRefusesAnIncompleteDraft()
{
    SalesStore s = fresh();
    QVERIFY(s.store);
    SalesRepository sales = s.sales();
    SalesDocument empty = s.invoiceDraft();
    empty.lines.clear();
    auto draft = sales.saveDraft(empty);
    QVERIFY2(draft.has_value(), why(draft).constData());
    auto refused = sales.validate(draft->id, kSalesToday);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::InvalidArgument);
    QVERIFY2(refused.error().where().startsWith(u"lines"_s), qPrintable(refused.error().toString()));
    auto still = sales.document(draft->id);
    QVERIFY(still && still->has_value());
    QCOMPARE((*still)->status, DocumentStatus::Draft);
    QVERIFY((*still)->number.isEmpty());
    // Nothing was drawn: the next invoice is number 1.
    auto next = sales.saveDraft(s.invoiceDraft());
    QVERIFY(next);
    auto issued = sales.validate(next->id, kSalesToday);
    QVERIFY2(issued.has_value(), why(issued).constData());
    QCOMPARE(issued->number, u"2026-ANA1-1"_s);
}

void tst_SalesRepository::issuedDocumentIsRefusedByTheRepository()
{
    SalesStore s = fresh();
    QVERIFY(s.store);
    SalesRepository sales = s.sales();
    auto draft = sales.saveDraft(s.invoiceDraft());
    QVERIFY(draft);
    auto issued = sales.validate(draft->id);
    QVERIFY2(issued.has_value(), why(issued).constData());

    SalesDocument edited = *issued;
    edited.title = u"Autre objet"_s;
    auto save = sales.saveDraft(edited);
    QVERIFY(!save);
    QCOMPARE(save.error().code(), ErrorCode::Constraint);
    // Even dressed up as a draft again.
    edited.status = DocumentStatus::Draft;
    save = sales.saveDraft(edited);
    QVERIFY(!save);
    QCOMPARE(save.error().code(), ErrorCode::Constraint);

    auto removal = sales.deleteDraft(issued->id, issued->version);
    QVERIFY(!removal);
    QCOMPARE(removal.error().code(), ErrorCode::Constraint);
    auto twice = sales.validate(issued->id);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code(), ErrorCode::Constraint);
    QCOMPARE(sales.document(issued->id)->value(), *issued);
}

void tst_SalesRepository::quoteScheduleAddsUpToTheQuote()
{
    SalesStore s = fresh();
    QVERIFY(s.store);
    SalesRepository sales = s.sales();
    Quote q;
    q.activityId = s.activityId;
    q.customerId = s.companyId;
    q.date = QDate(2026, 1, 5);
    q.validUntil = QDate(2026, 2, 5);
    q.title = u"Aménagement"_s;
    // Amounts chosen so that 30 % rounds at each rate.
    DocumentLine a = line(u"Étude"_s, 1, 0, 20);
    a.unitPrice = UnitPrice::fromUnits(123'456'789); // 1234.56789 €
    DocumentLine b = line(u"Fournitures"_s, 3, 0, 10);
    b.unitPrice = UnitPrice::fromUnits(3'333'333);   // 33.33333 €
    q.lines = {a, b};
    q.depositPercent = percent(30);
    q.status = QuoteStatus::Signed;
    q.signedDate = QDate(2026, 1, 10);
    auto quote = sales.saveQuote(q);
    QVERIFY2(quote.has_value(), why(quote).constData());

    auto deposit = sales.createInvoiceFromQuote(quote->id, InvoiceRole::Deposit);
    QVERIFY2(deposit.has_value(), why(deposit).constData());
    QCOMPARE(deposit->role, InvoiceRole::Deposit);
    QCOMPARE(deposit->quoteId, quote->id);
    auto depositIssued = sales.validate(deposit->id, QDate(2026, 1, 12));
    QVERIFY2(depositIssued.has_value(), why(depositIssued).constData());

    auto intermediate = sales.createInvoiceFromQuote(quote->id, InvoiceRole::Intermediate,
                                                     percent(40));
    QVERIFY2(intermediate.has_value(), why(intermediate).constData());
    QVERIFY(sales.validate(intermediate->id, QDate(2026, 2, 1)));

    auto balance = sales.createInvoiceFromQuote(quote->id, InvoiceRole::Balance);
    QVERIFY2(balance.has_value(), why(balance).constData());
    auto balanceIssued = sales.validate(balance->id, QDate(2026, 3, 1));
    QVERIFY2(balanceIssued.has_value(), why(balanceIssued).constData());

    auto invoices = sales.invoicesOfQuote(quote->id);
    QVERIFY(invoices);
    QCOMPARE(invoices->size(), 3);
    Money ht, vat, ttc;
    QMap<qint64, std::pair<Money, Money>> perRate;
    for (const SalesDocument &d : std::as_const(*invoices)) {
        QCOMPARE(d.status, DocumentStatus::Validated);
        ht += d.totalExcludingVat;
        vat += d.totalVat;
        ttc += d.totalIncludingVat;
        const InvoiceTotals totals = d.totals().value();
        for (const VatBreakdown &r : totals.perRate) {
            perRate[r.rate.units()].first += r.base;
            perRate[r.rate.units()].second += r.vat;
        }
    }
    QCOMPARE(ht, quote->totalExcludingVat);
    QCOMPARE(vat, quote->totalVat);
    QCOMPARE(ttc, quote->totalIncludingVat);
    const InvoiceTotals quoteTotals = quote->totals().value();
    for (const VatBreakdown &r : quoteTotals.perRate) {
        QCOMPARE(perRate.value(r.rate.units()).first, r.base);
        QCOMPARE(perRate.value(r.rate.units()).second, r.vat);
    }
    // A second balance is refused.
    QVERIFY(!sales.createInvoiceFromQuote(quote->id, InvoiceRole::Balance));
}

void tst_SalesRepository::creditNotes()
{
    SalesStore s = fresh();
    QVERIFY(s.store);
    SalesRepository sales = s.sales();
    auto draft = sales.saveDraft(s.invoiceDraft());
    QVERIFY(draft);
    auto invoice = sales.validate(draft->id, QDate(2026, 3, 2));
    QVERIFY2(invoice.has_value(), why(invoice).constData());

    // Partial: one of the two books (25 € HT at 10 %).
    auto partial = sales.createPartialCreditNote(invoice->id, {line(u"Livre"_s, 1, 25, 10)});
    QVERIFY2(partial.has_value(), why(partial).constData());
    QCOMPARE(partial->kind, DocumentKind::CreditNote);
    QCOMPARE(partial->creditedInvoiceNumber, invoice->number);
    auto partialIssued = sales.validate(partial->id, QDate(2026, 3, 3));
    QVERIFY2(partialIssued.has_value(), why(partialIssued).constData());
    QCOMPARE(partialIssued->totalIncludingVat, Money::fromCents(2'750));
    auto settled = sales.settlement(invoice->id);
    QVERIFY(settled);
    QCOMPARE(settled->credited, Money::fromCents(2'750));
    QCOMPARE(settled->remaining, Money::fromCents(29'500 - 2'750));
    QCOMPARE(settled->status, PaymentStatus::Waiting);

    // Beyond what is left at 10 % (25 € HT remain): refused, and nothing is numbered.
    auto tooMuch = sales.createPartialCreditNote(invoice->id, {line(u"Livre"_s, 1, 30, 10)});
    QVERIFY2(tooMuch.has_value(), why(tooMuch).constData());
    auto refused = sales.validate(tooMuch->id, QDate(2026, 3, 3));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Constraint);
    QVERIFY(sales.deleteDraft(tooMuch->id, tooMuch->version));

    // A full credit note now exceeds the remainder too.
    auto full = sales.createCreditNote(invoice->id);
    QVERIFY2(full.has_value(), why(full).constData());
    QCOMPARE(full->totalIncludingVat, invoice->totalIncludingVat);
    QVERIFY(!sales.validate(full->id, QDate(2026, 3, 3)));

    // On another invoice, a full credit note cancels it exactly.
    auto other = sales.saveDraft(s.invoiceDraft());
    QVERIFY(other);
    auto otherIssued = sales.validate(other->id, QDate(2026, 3, 4));
    QVERIFY(otherIssued);
    auto cancel = sales.createCreditNote(otherIssued->id);
    QVERIFY(cancel);
    auto cancelIssued = sales.validate(cancel->id, QDate(2026, 3, 4));
    QVERIFY2(cancelIssued.has_value(), why(cancelIssued).constData());
    QCOMPARE(cancelIssued->number, u"AV2026-2"_s);
    QCOMPARE(cancelIssued->totalExcludingVat, otherIssued->totalExcludingVat);
    QCOMPARE(cancelIssued->totalVat, otherIssued->totalVat);
    auto otherSettled = sales.settlement(otherIssued->id);
    QVERIFY(otherSettled);
    QCOMPARE(otherSettled->credited, otherIssued->totalIncludingVat);
    QCOMPARE(otherSettled->remaining, Money());
    QCOMPARE(otherSettled->status, PaymentStatus::Paid);
    // The credit note was entirely absorbed by the unpaid invoice: nothing to refund.
    auto noteSettled = sales.settlement(cancelIssued->id);
    QVERIFY(noteSettled);
    QCOMPARE(noteSettled->remaining, Money());

    auto notes = sales.creditNotesOf(invoice->id);
    QVERIFY(notes);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->at(0).id, partialIssued->id);
}

void tst_SalesRepository::payments()
{
    SalesStore s = fresh();
    QVERIFY(s.store);
    SalesRepository sales = s.sales();
    auto draft = sales.saveDraft(s.invoiceDraft());
    QVERIFY(draft);
    auto refusedOnDraft = sales.recordPayment(draft->id, kSalesToday, Money::fromCents(100),
                                              PaymentMode::Transfer);
    QVERIFY(!refusedOnDraft);
    QCOMPARE(refusedOnDraft.error().code(), ErrorCode::Constraint);

    auto invoice = sales.validate(draft->id, QDate(2026, 3, 2));
    QVERIFY(invoice);
    QCOMPARE(sales.settlement(invoice->id)->status, PaymentStatus::Waiting);

    auto first = sales.recordPayment(invoice->id, QDate(2026, 3, 5), Money::fromCents(10'000),
                                     PaymentMode::Cheque, {}, u"CHQ 1234567"_s);
    QVERIFY2(first.has_value(), why(first).constData());
    QCOMPARE(first->shares.size(), 2);
    Money sum;
    for (const PaymentShare &share : first->shares)
        sum += share.amount;
    QCOMPARE(sum, Money::fromCents(10'000));
    auto settled = sales.settlement(invoice->id);
    QCOMPARE(settled->paid, Money::fromCents(10'000));
    QCOMPARE(settled->remaining, Money::fromCents(19'500));
    QCOMPARE(settled->status, PaymentStatus::PartlyPaid);

    // More than what is left: refused, nothing written.
    auto over = sales.recordPayment(invoice->id, QDate(2026, 3, 6), Money::fromCents(19'501),
                                    PaymentMode::Transfer);
    QVERIFY(!over);
    QCOMPARE(over.error().code(), ErrorCode::Constraint);
    QCOMPARE(sales.payments(invoice->id)->size(), 1);

    auto rest = sales.recordPayment(invoice->id, QDate(2026, 3, 6), Money::fromCents(19'500),
                                    PaymentMode::Transfer, u"512100"_s);
    QVERIFY2(rest.has_value(), why(rest).constData());
    settled = sales.settlement(invoice->id);
    QCOMPARE(settled->remaining, Money());
    QCOMPARE(settled->status, PaymentStatus::Paid);

    // Per rate, the payments settle each rate's TTC and VAT exactly.
    auto all = sales.payments(invoice->id);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0), *first);
    QCOMPARE(all->at(1).bankAccount, u"512100"_s);
    QMap<qint64, std::pair<Money, Money>> perRate;
    for (const Payment &p : std::as_const(*all)) {
        for (const PaymentShare &share : p.shares) {
            perRate[share.rate.units()].first += share.amount;
            perRate[share.rate.units()].second += share.vat;
        }
    }
    const InvoiceTotals invoiceTotals = invoice->totals().value();
    for (const VatBreakdown &r : invoiceTotals.perRate) {
        QCOMPARE(perRate.value(r.rate.units()).first, r.total);
        QCOMPARE(perRate.value(r.rate.units()).second, r.vat);
    }
    auto nothingLeft = sales.recordPayment(invoice->id, QDate(2026, 3, 7), Money::fromCents(1),
                                           PaymentMode::Cash);
    QVERIFY(!nothingLeft);
}

void tst_SalesRepository::fillList(SalesStore &s)
{
    SalesRepository sales = s.sales();
    // Validated in date order: waiting (due 2026-02-01), partly paid, paid, due later, credited.
    const auto issue = [&](const QString &title, QDate day, const QString &customerId, qint64 count) {
        SalesDocument d = s.invoiceDraft(title);
        d.customerId = customerId;
        d.lines = {line(u"Prestation"_s, count, 100, 20)};
        auto saved = sales.saveDraft(d);
        if (!saved) {
            qWarning("%s", why(saved).constData());
            return SalesDocument();
        }
        auto issued = sales.validate(saved->id, day);
        if (!issued)
            qWarning("%s", why(issued).constData());
        return issued.value_or(SalesDocument());
    };
    const SalesDocument waiting = issue(u"Attente"_s, QDate(2026, 1, 2), s.companyId, 1);     // 120 €
    const SalesDocument partly = issue(u"Acompte versé"_s, QDate(2026, 1, 10), s.individualId, 2);
    const SalesDocument paid = issue(u"Réglée"_s, QDate(2026, 2, 1), s.companyId, 3);
    const SalesDocument recent = issue(u"Récente"_s, QDate(2026, 3, 10), s.individualId, 4);
    const SalesDocument credited = issue(u"Annulée"_s, QDate(2026, 3, 11), s.companyId, 5);
    QVERIFY(sales.recordPayment(partly.id, QDate(2026, 2, 1), Money::fromCents(5'000),
                                PaymentMode::Card));
    QVERIFY(sales.recordPayment(paid.id, QDate(2026, 2, 20), paid.totalIncludingVat,
                                PaymentMode::Transfer));
    auto note = sales.createCreditNote(credited.id);
    QVERIFY(note);
    QVERIFY(sales.validate(note->id, QDate(2026, 3, 12)));
    SalesDocument d = s.invoiceDraft(u"Brouillon"_s);
    d.date = QDate(2026, 3, 14);
    QVERIFY(sales.saveDraft(d));
    QVERIFY(!waiting.id.isEmpty() && !recent.id.isEmpty());
}

void tst_SalesRepository::listFiltersEachState_data()
{
    QTest::addColumn<DocumentFilter::State>("state");
    QTest::addColumn<QStringList>("titles");
    // Today 2026-03-15: the company's invoices are due at 30 days, the individual's on receipt.
    QTest::newRow("all") << DocumentFilter::State::All
                         << QStringList{u"Attente"_s, u"Acompte versé"_s, u"Réglée"_s, u"Récente"_s,
                                        u"Annulée"_s, u"credit note"_s, u"Brouillon"_s};
    QTest::newRow("drafts") << DocumentFilter::State::Draft << QStringList{u"Brouillon"_s};
    QTest::newRow("waiting: nothing paid") << DocumentFilter::State::Waiting
                                           << QStringList{u"Attente"_s, u"Récente"_s};
    QTest::newRow("partly paid") << DocumentFilter::State::PartlyPaid
                                 << QStringList{u"Acompte versé"_s};
    QTest::newRow("paid, or cancelled by a credit note")
        << DocumentFilter::State::Paid << QStringList{u"Réglée"_s, u"Annulée"_s};
    QTest::newRow("unpaid") << DocumentFilter::State::Unpaid
                            << QStringList{u"Attente"_s, u"Acompte versé"_s, u"Récente"_s};
    QTest::newRow("overdue: unpaid and past due")
        << DocumentFilter::State::Overdue
        << QStringList{u"Attente"_s, u"Acompte versé"_s, u"Récente"_s};
}

void tst_SalesRepository::listFiltersEachState()
{
    QFETCH(DocumentFilter::State, state);
    QFETCH(QStringList, titles);
    SalesStore s = fresh();
    QVERIFY(s.store);
    fillList(s);
    QVERIFY(!QTest::currentTestFailed());
    SalesRepository sales = s.sales();
    DocumentFilter filter;
    filter.state = state;
    filter.today = kSalesToday;
    auto rows = sales.listDocuments(filter, DocumentSort::Date, Qt::AscendingOrder, 0, 100);
    QVERIFY2(rows.has_value(), why(rows).constData());
    QStringList got;
    for (const DocumentListRow &r : std::as_const(*rows))
        got.append(r.kind == DocumentKind::CreditNote ? u"credit note"_s : r.title);
    QCOMPARE(got, titles);
    QCOMPARE(sales.countDocuments(filter).value_or(-1), qint64(titles.size()));
}

void tst_SalesRepository::listSortsAndPages_data()
{
    QTest::addColumn<DocumentSort>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    const QList<std::pair<const char *, DocumentSort>> sorts = {
        {"date", DocumentSort::Date},         {"number", DocumentSort::Number},
        {"customer", DocumentSort::Customer}, {"total", DocumentSort::TotalIncludingVat},
        {"due date", DocumentSort::DueDate},  {"remaining", DocumentSort::Remaining},
    };
    for (const auto &[name, sort] : sorts) {
        QTest::addRow("%s ascending", name) << sort << Qt::AscendingOrder;
        QTest::addRow("%s descending", name) << sort << Qt::DescendingOrder;
    }
}

void tst_SalesRepository::listSortsAndPages()
{
    QFETCH(DocumentSort, sort);
    QFETCH(Qt::SortOrder, order);
    SalesStore s = fresh();
    QVERIFY(s.store);
    fillList(s);
    QVERIFY(!QTest::currentTestFailed());
    SalesRepository sales = s.sales();
    DocumentFilter filter;
    filter.today = kSalesToday;
    auto all = sales.listDocuments(filter, sort, order, 0, -1);
    QVERIFY2(all.has_value(), why(all).constData());
    QCOMPARE(all->size(), 7);

    // Numbers sort in the order they were drawn: series, counter, sequence value (…-9 before
    // …-10), read here from the columns the store keeps for that.
    QHash<QString, QString> drawOrder;
    {
        QSqlQuery q(s.store->database());
        QVERIFY(q.exec(u"SELECT id, number_series, counter_key, coalesce(sequence_value, 0) "
                       "FROM sales_document"_s));
        while (q.next())
            drawOrder.insert(q.value(0).toString(),
                             q.value(1).toString() + u'\x1f' + q.value(2).toString() + u'\x1f'
                                 + u"%1"_s.arg(q.value(3).toLongLong(), 12, 10, QChar(u'0')));
    }

    // The rows come in order of the column, ties by id, in the direction asked.
    const auto key = [sort, &drawOrder](const DocumentListRow &r) -> QVariant {
        switch (sort) {
        case DocumentSort::Date:
            return r.date.isValid() ? QVariant(r.date.toString(Qt::ISODate)) : QVariant();
        case DocumentSort::Number:
            return drawOrder.value(r.id);
        case DocumentSort::Customer:
            return r.customerName;
        case DocumentSort::TotalIncludingVat:
            return r.totalIncludingVat.cents();
        case DocumentSort::DueDate:
            return r.dueDate.isValid() ? QVariant(r.dueDate.toString(Qt::ISODate)) : QVariant();
        case DocumentSort::Remaining:
            return r.remaining.cents();
        }
        return {};
    };
    const auto before = [&](const DocumentListRow &a, const DocumentListRow &b) {
        const QVariant ka = key(a), kb = key(b);
        const QPartialOrdering c = QVariant::compare(ka, kb);
        if (ka.isNull() != kb.isNull())
            return ka.isNull(); // SQL puts NULL first
        if (c == QPartialOrdering::Equivalent || (ka.isNull() && kb.isNull()))
            return a.id < b.id;
        return c == QPartialOrdering::Less;
    };
    for (qsizetype i = 1; i < all->size(); ++i) {
        const DocumentListRow &prev = all->at(i - 1), &cur = all->at(i);
        if (order == Qt::AscendingOrder)
            QVERIFY2(before(prev, cur), qPrintable(prev.title + u" / "_s + cur.title));
        else
            QVERIFY2(before(cur, prev), qPrintable(prev.title + u" / "_s + cur.title));
    }

    // Pages of 3 put back together give the whole list.
    QList<DocumentListRow> pages;
    for (qint64 offset = 0; offset < 9; offset += 3) {
        auto page = sales.listDocuments(filter, sort, order, offset, 3);
        QVERIFY(page);
        QVERIFY(page->size() <= 3);
        pages.append(*page);
    }
    QCOMPARE(pages.size(), all->size());
    for (qsizetype i = 0; i < pages.size(); ++i)
        QCOMPARE(pages.at(i).id, all->at(i).id);
}

void tst_SalesRepository::listSearchesAndFilters()
{
    SalesStore s = fresh();
    QVERIFY(s.store);
    fillList(s);
    QVERIFY(!QTest::currentTestFailed());
    SalesRepository sales = s.sales();
    DocumentFilter filter;
    filter.today = kSalesToday;
    filter.search = u"arnaud"_s;
    QCOMPARE(sales.countDocuments(filter).value_or(-1), qint64(2));
    filter.search = u"2026-ana1-3"_s; // case-insensitive
    auto rows = sales.listDocuments(filter, DocumentSort::Date, Qt::AscendingOrder, 0, 10);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).title, u"Réglée"_s);
    QCOMPARE(rows->at(0).analyticCode, u"ANA1"_s);
    filter.search = u"50%"_s; // LIKE wildcards are literal
    QCOMPARE(sales.countDocuments(filter).value_or(-1), qint64(0));

    filter.search.clear();
    filter.kind = DocumentKind::CreditNote;
    QCOMPARE(sales.countDocuments(filter).value_or(-1), qint64(1));
    filter.kind.reset();
    filter.customerId = s.individualId;
    QCOMPARE(sales.countDocuments(filter).value_or(-1), qint64(2));
    filter.customerId.clear();
    filter.from = QDate(2026, 2, 1);
    filter.to = QDate(2026, 3, 10);
    QCOMPARE(sales.countDocuments(filter).value_or(-1), qint64(2));
    filter = {};
    filter.activityId = s.activityId;
    QCOMPARE(sales.countDocuments(filter).value_or(-1), qint64(7));
    filter.activityId = u"other"_s;
    QCOMPARE(sales.countDocuments(filter).value_or(-1), qint64(0));
}

void tst_SalesRepository::overdueCountsDaysLate()
{
    SalesStore s = fresh();
    QVERIFY(s.store);
    fillList(s);
    QVERIFY(!QTest::currentTestFailed());
    SalesRepository sales = s.sales();
    auto late = sales.overdue(kSalesToday);
    QVERIFY2(late.has_value(), why(late).constData());
    QCOMPARE(late->size(), 3);
    // "Attente" due 2026-02-01, "Acompte versé" due on receipt 2026-01-10, "Récente" 2026-03-10.
    QCOMPARE(late->at(0).title, u"Acompte versé"_s);
    QCOMPARE(late->at(0).daysLate, QDate(2026, 1, 10).daysTo(kSalesToday));
    QCOMPARE(late->at(0).paymentStatus, PaymentStatus::PartlyPaid);
    QCOMPARE(late->at(0).remaining, Money::fromCents(24'000 - 5'000));
    QCOMPARE(late->at(1).title, u"Attente"_s);
    QCOMPARE(late->at(1).daysLate, QDate(2026, 2, 1).daysTo(kSalesToday));
    QCOMPARE(late->at(2).title, u"Récente"_s);
    QCOMPARE(late->at(2).daysLate, qint64(5));
    QCOMPARE(sales.overdue(QDate(2026, 1, 31))->size(), 1);
}

void tst_SalesRepository::demoWithSales()
{
    const QString path = m_dir.filePath(u"demo.coopdesk"_s);
    auto store = createStore(path);
    QVERIFY(store);
    DemoOptions options;
    options.entrepreneurs = 8;
    options.years = 2;
    options.today = kSalesToday;
    auto report = generateDemo(*store, options);
    QVERIFY2(report.has_value(), why(report).constData());
    qInfo("demo: %lld activities, %lld invoices, %lld credit notes, %lld payments in %lld ms",
          report->activities, report->invoices, report->creditNotes, report->payments,
          report->writeMs);
    QVERIFY(report->customers >= 2 * report->activities);
    QVERIFY(report->catalogItems >= 3 * report->activities);
    QVERIFY(report->quotes > 0);
    QVERIFY(report->invoices > report->activities);
    QVERIFY(report->creditNotes > 0);
    QVERIFY(report->payments > 0);

    SalesRepository sales(*store);
    sales.setToday(kSalesToday);
    QCOMPARE(qint64(sales.customers()->size()), report->customers);
    QCOMPARE(qint64(sales.catalogItems()->size()), report->catalogItems);
    QCOMPARE(qint64(sales.quotes()->size()), report->quotes);
    DocumentFilter invoices;
    invoices.kind = DocumentKind::Invoice;
    QCOMPARE(sales.countDocuments(invoices).value_or(-1), report->invoices);
    DocumentFilter notes;
    notes.kind = DocumentKind::CreditNote;
    QCOMPARE(sales.countDocuments(notes).value_or(-1), report->creditNotes);
    DocumentFilter overdue;
    overdue.state = DocumentFilter::State::Overdue;
    overdue.today = kSalesToday;
    QVERIFY(sales.countDocuments(overdue).value_or(0) > 0);
    DocumentFilter paid;
    paid.state = DocumentFilter::State::Paid;
    QVERIFY(sales.countDocuments(paid).value_or(0) > 0);
    DocumentFilter partly;
    partly.state = DocumentFilter::State::PartlyPaid;
    QVERIFY(sales.countDocuments(partly).value_or(0) > 0);

    // Every document's cached totals are the core's, and every settlement adds up.
    auto rows = sales.listDocuments({}, DocumentSort::Date, Qt::AscendingOrder, 0, -1);
    QVERIFY(rows);
    qint64 payments = 0;
    for (const DocumentListRow &row : std::as_const(*rows)) {
        auto d = sales.document(row.id);
        QVERIFY(d && d->has_value());
        auto totals = (*d)->totals();
        QVERIFY(totals);
        QCOMPARE(totals->totalIncludingVat, (*d)->totalIncludingVat);
        QCOMPARE(totals->totalExcludingVat, (*d)->totalExcludingVat);
        QCOMPARE(row.totalIncludingVat, (*d)->totalIncludingVat);
        QVERIFY(row.remaining >= Money());
        auto paidList = sales.payments(row.id);
        QVERIFY(paidList);
        Money sum;
        for (const Payment &p : std::as_const(*paidList))
            sum += p.amount;
        QCOMPARE(sum, row.paid);
        payments += paidList->size();
    }
    QCOMPARE(payments, report->payments);

    auto verified = sales.verify();
    QVERIFY2(verified.has_value(), why(verified).constData());
    QStringList problems;
    for (const VerifyProblem &p : std::as_const(verified->problems))
        problems.append(p.message);
    QVERIFY2(verified->ok(), qPrintable(problems.join(u'\n')));
    QCOMPARE(verified->documentsChecked, report->invoices + report->creditNotes
                                             - report->draftDocuments);
    QCOMPARE(verified->paymentsChecked, report->payments);
    auto checked = store->check();
    QVERIFY(checked && checked->isEmpty());
}

QTEST_GUILESS_MAIN(tst_SalesRepository)
#include "tst_salesrepository.moc"
