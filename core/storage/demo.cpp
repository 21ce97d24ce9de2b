#include "demo.h"

#include "contributionrepository.h"
#include "costpoolrepository.h"
#include "expenserepository.h"
#include "peoplerepository.h"
#include "purchaserepository.h"
#include "salesrepository.h"
#include "store.h"
#include "unitofwork.h"

#include "core/businessday.h"
#include "core/contract.h"
#include "core/demodata.h"
#include "core/identifiers.h"
#include "core/tr.h"

#include <QElapsedTimer>
#include <QSet>
#include <QMap>
#include <QUuid>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

Result<bool> hasCooperative(const Store &store)
{
    QSqlQuery q(store.database());
    if (!q.exec(u"SELECT 1 FROM cooperative"_s))
        return fail(ErrorCode::Database, Tr::tr("Cannot read the store."));
    return q.next();
}

// SQLite's page cache (2 MiB by default) is smaller than what one transaction of a large demo
// touches; every page evicted from it is encrypted on the way out and decrypted on the way back,
// which doubled the time of `demo --entrepreneurs 2000`. 64 MiB for the transaction, then back.
class LargeCache
{
public:
    explicit LargeCache(Store &store) : m_store(store)
    {
        QSqlQuery q(m_store.database());
        if (q.exec(u"PRAGMA cache_size"_s) && q.next())
            m_previous = q.value(0).toLongLong();
        q.finish();
        q.exec(u"PRAGMA cache_size = -65536"_s);
    }
    ~LargeCache()
    {
        QSqlQuery q(m_store.database());
        q.exec(u"PRAGMA cache_size = %1"_s.arg(m_previous));
    }
    LargeCache(const LargeCache &) = delete;
    LargeCache &operator=(const LargeCache &) = delete;

private:
    Store &m_store;
    qint64 m_previous = -2000;
};


// ---- sales
//
// The demo's documents are data, in French as a cooperative near Lyon would write them (like the
// rest of core/demodata), not interface text.

// The demo's own seeded stream (QRandomGenerator is a Mersenne Twister: the same seed gives the
// same sales everywhere).
class Dice
{
public:
    explicit Dice(quint64 seed) : m_random(static_cast<quint32>(seed ^ (seed >> 32) ^ 0x5a1e5u)) {}
    int between(int low, int high)
    {
        return low + static_cast<int>(m_random.bounded(static_cast<quint32>(high - low + 1)));
    }
    bool percent(int chance) { return between(1, 100) <= chance; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(between(0, static_cast<int>(list.size()) - 1));
    }
    QDate dayBetween(QDate from, QDate to)
    {
        const qint64 span = std::max<qint64>(0, from.daysTo(to));
        return from.addDays(static_cast<qint64>(m_random.bounded(static_cast<quint32>(span + 1))));
    }

private:
    QRandomGenerator m_random;
};

struct DemoService
{
    QString designation;
    QString unit;
    qint64 priceCents;
    qint64 ratePercentTimes10; // 200 = 20 %, 55 = 5.5 %
};

const QList<DemoService> kServices{
    {u"Conseil et accompagnement"_s, u"HUR"_s, 7500, 200},
    {u"Journée de formation"_s, u"DAY"_s, 55000, 200},
    {u"Développement sur mesure"_s, u"DAY"_s, 45000, 200},
    {u"Maintenance mensuelle"_s, u"MON"_s, 9000, 200},
    {u"Frais de déplacement"_s, u"KMT"_s, 60, 200},
    {u"Forfait création graphique"_s, u"LS"_s, 120000, 200},
    {u"Fournitures"_s, u"C62"_s, 2490, 200},
    {u"Travaux de rénovation"_s, u"HUR"_s, 4500, 100},
    {u"Livre"_s, u"C62"_s, 1990, 55},
    {u"Buffet traiteur (par personne)"_s, u"C62"_s, 1850, 100},
    {u"Séance photo"_s, u"HUR"_s, 9000, 200},
    {u"Traduction (par page)"_s, u"C62"_s, 3500, 200},
    {u"Atelier collectif"_s, u"C62"_s, 3000, 200},
    {u"Menuiserie sur mesure"_s, u"LS"_s, 85000, 100},
};

const QList<QString> kCompanies{
    u"Boulangerie Perrin"_s, u"Garage des Brotteaux"_s, u"Librairie du Parc"_s,
    u"Cabinet Morel Architectes"_s, u"Transports Rhône Express"_s, u"Mairie de Caluire"_s,
    u"Association Les Pentes"_s, u"Hôtel des Célestins"_s, u"Pharmacie Bellecour"_s,
    u"Imprimerie Gutenberg"_s, u"Domaine du Beaujolais"_s, u"Clinique Saint-Just"_s,
    u"Agence Lumière"_s, u"Fromagerie Mercier"_s, u"Studio Confluence"_s, u"SCI Les Tilleuls"_s,
};
const QList<QString> kFirstNames{u"Claire"_s, u"Hugo"_s, u"Léa"_s, u"Mathieu"_s, u"Inès"_s,
                                 u"Paul"_s, u"Camille"_s, u"Yanis"_s, u"Sophie"_s, u"Karim"_s};
const QList<QString> kLastNamesSales{u"Bernard"_s, u"Roux"_s, u"Fontaine"_s, u"Garnier"_s,
                                     u"Chevalier"_s, u"Lambert"_s, u"Bonnet"_s, u"Faure"_s};
const QList<QString> kStreetsSales{u"rue Victor Hugo"_s, u"cours Lafayette"_s,
                                   u"avenue Jean Jaurès"_s, u"rue de la République"_s,
                                   u"quai Saint-Antoine"_s, u"montée de la Grande Côte"_s};

QString luhnCompleted(const QString &digits)
{
    for (int key = 0; key < 10; ++key) {
        const QString candidate = digits + QString::number(key);
        int sum = 0;
        for (qsizetype i = 0; i < candidate.size(); ++i) {
            int d = candidate.at(candidate.size() - 1 - i).digitValue();
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            sum += d;
        }
        if (sum % 10 == 0)
            return candidate;
    }
    return digits + u'0';
}

QString accountFor(const QString &name)
{
    QString letters;
    for (const QChar c : name) {
        if (letters.size() == 9)
            break;
        if (c.unicode() < 128 && c.isLetterOrNumber())
            letters.append(c.toUpper());
    }
    return u"411"_s + letters;
}

Customer demoCustomer(Dice &dice, const QString &activityId, const QString &id)
{
    Customer c;
    c.id = id;
    c.activityId = activityId;
    c.billingAddress = {u"%1 %2"_s.arg(dice.between(1, 120)).arg(dice.pick(kStreetsSales)),
                        QString(), u"6900%1"_s.arg(dice.between(1, 9)), u"Lyon"_s, u"FR"_s};
    if (dice.percent(70)) {
        c.kind = CustomerKind::Company;
        c.name = dice.pick(kCompanies);
        QString eight;
        for (int i = 0; i < 8; ++i)
            eight.append(QChar(u'0' + (i == 0 ? dice.between(1, 9) : dice.between(0, 9))));
        c.siren = luhnCompleted(eight);
        c.vatNumber = frenchVatNumberFor(c.siren);
        c.paymentTermDays = dice.pick(QList<int>{30, 30, 45, 60});
        c.contactName = dice.pick(kFirstNames) + u' ' + dice.pick(kLastNamesSales);
    } else {
        c.kind = CustomerKind::Individual;
        c.firstName = dice.pick(kFirstNames);
        c.lastName = dice.pick(kLastNamesSales);
        c.paymentTermDays = dice.pick(QList<int>{0, 15});
    }
    c.accountingAccount = accountFor(c.displayName());
    return c;
}

CatalogItem demoItem(const DemoService &service, const QString &activityId, const QString &id)
{
    CatalogItem item;
    item.id = id;
    item.activityId = activityId;
    item.designation = service.designation;
    item.unit = service.unit;
    item.unitPrice = UnitPrice::fromUnits(service.priceCents * UnitPrice::UnitsPerCent);
    item.vatRate = Rate::fromUnits(service.ratePercentTimes10 * Rate::UnitsPerPercent / 10);
    return item;
}

QList<DocumentLine> demoLines(Dice &dice, const QList<CatalogItem> &catalogue)
{
    QList<DocumentLine> lines;
    const int count = dice.between(1, 3);
    for (int i = 0; i < count; ++i) {
        const CatalogItem &item = dice.pick(catalogue);
        DocumentLine l;
        l.designation = item.designation;
        l.unit = item.unit;
        const int quantity = item.unit == "KMT"_L1 ? dice.between(20, 400)
                             : item.unit == "HUR"_L1 ? dice.between(2, 35)
                             : item.unit == "LS"_L1  ? 1
                                                      : dice.between(1, 12);
        l.quantity = Quantity::fromUnits(qint64(quantity) * Quantity::UnitsPerOne);
        l.unitPrice = item.unitPrice;
        l.vatRate = item.vatRate;
        l.revenueAccount = item.revenueAccount;
        l.catalogItemId = item.id;
        if (dice.percent(10))
            l.discount = Rate::fromUnits(10 * Rate::UnitsPerPercent);
        lines.append(std::move(l));
    }
    return lines;
}

// What happens to an issued invoice afterwards.
enum class Fate { Paid, PartlyPaid, Unpaid, Credited };

struct SalesEvent
{
    enum class Kind { Quote, Invoice, Deposit, Balance, CreditNote } kind = Kind::Invoice;
    QDate date;
    int activity = 0;
    int customer = 0;     // index in the activity's customers
    int quote = -1;       // Quote, Deposit, Balance: index in `quotes`
    int invoice = -1;     // CreditNote: the Invoice event it credits
    Fate fate = Fate::Paid;
};

struct DemoActivitySales
{
    QString activityId;
    QDate from;
    QDate to;
    QList<Customer> customers;
    QList<CatalogItem> catalogue;
};

struct DemoQuote
{
    Quote quote;
    QList<IssuedInvoiceOfQuote> issued;
};

Result<void> recordDemoPayments(SalesRepository &sales, UnitOfWork &unit, Dice &dice,
                                const SalesDocument &invoice, Fate fate, QDate today,
                                DemoReport &report)
{
    if (fate == Fate::Unpaid || fate == Fate::Credited)
        return {};
    const QDate latest = std::min(today, invoice.dueDate.addDays(20));
    if (latest < invoice.date)
        return {};
    Money amount = invoice.totalIncludingVat;
    if (fate == Fate::PartlyPaid) {
        amount = Money::fromCents(std::max<qint64>(1, amount.cents() * dice.between(20, 70) / 100));
    } else if (dice.percent(25) && amount.cents() > 1000) {
        // Paid in two instalments.
        const Money first = Money::fromCents(amount.cents() / 2);
        const QDate firstDate = dice.dayBetween(invoice.date, latest);
        auto p = sales.recordPayment(unit, invoice.id, firstDate, first, PaymentMode::Transfer,
                                     {}, u"VIR %1"_s.arg(invoice.number));
        if (!p)
            return fail(p.error());
        ++report.payments;
        amount -= first;
        const QDate secondDate = dice.dayBetween(firstDate, latest);
        auto q = sales.recordPayment(unit, invoice.id, secondDate, amount, PaymentMode::Transfer, {},
                                     u"VIR %1"_s.arg(invoice.number));
        if (!q)
            return fail(q.error());
        ++report.payments;
        return {};
    }
    const PaymentMode mode = dice.percent(70) ? PaymentMode::Transfer
                             : dice.percent(60) ? PaymentMode::Cheque
                                                : PaymentMode::Card;
    auto p = sales.recordPayment(unit, invoice.id, dice.dayBetween(invoice.date, latest), amount,
                                 mode, {}, u"%1 %2"_s.arg(paymentModeKey(mode), invoice.number));
    if (!p)
        return fail(p.error());
    ++report.payments;
    return {};
}

Result<void> generateSales(Store &store, UnitOfWork &unit, const DemoCooperative &demo,
                           const DemoOptions &options, DemoReport &report)
{
    if (options.invoicesPerActivityPerYear <= 0)
        return {};
    Dice dice(options.seed);
    SalesRepository sales(store);
    sales.setToday(options.today);
    const QDate windowStart = options.today.addYears(-options.years).addDays(1);

    // Each activity sells while one of its members is under contract, within the window.
    QHash<QString, QString> activityOfPerson;
    for (const Entrepreneur &e : demo.entrepreneurs)
        activityOfPerson.insert(e.id, e.activityId);
    QHash<QString, std::pair<QDate, QDate>> active;
    for (const Contract &c : demo.contracts) {
        const QString activityId = c.activityId.isEmpty() ? activityOfPerson.value(c.entrepreneurId)
                                                          : c.activityId;
        if (activityId.isEmpty() || !c.start.isValid())
            continue;
        const QDate end = c.exitDate.isValid() ? c.exitDate : options.today;
        auto it = active.find(activityId);
        if (it == active.end())
            active.insert(activityId, {c.start, end});
        else
            *it = {std::min(it->first, c.start), std::max(it->second, end)};
    }

    QList<DemoActivitySales> activities;
    int counter = 0;
    const auto demoId = [&](const char *kind) {
        return u"demo-%1-%2-%3"_s.arg(QLatin1StringView(kind)).arg(options.seed).arg(++counter);
    };
    for (const Activity &a : demo.activities) {
        const auto range = active.value(a.id);
        DemoActivitySales s;
        s.activityId = a.id;
        s.from = std::max(range.first, windowStart);
        s.to = std::min(range.second, options.today);
        const int customerCount = dice.between(2, 6);
        for (int i = 0; i < customerCount; ++i) {
            auto c = sales.saveCustomer(unit, demoCustomer(dice, a.id, demoId("customer")));
            if (!c)
                return fail(c.error().located(Tr::tr("demo customer of %1").arg(a.analyticCode)));
            s.customers.append(*c);
            ++report.customers;
        }
        QList<DemoService> services = kServices;
        const int itemCount = dice.between(3, 8);
        for (int i = 0; i < itemCount && !services.isEmpty(); ++i) {
            const DemoService service = services.takeAt(dice.between(0, int(services.size()) - 1));
            auto item = sales.saveCatalogItem(unit, demoItem(service, a.id, demoId("item")));
            if (!item)
                return fail(item.error().located(Tr::tr("demo catalogue of %1").arg(a.analyticCode)));
            s.catalogue.append(*item);
            ++report.catalogItems;
        }
        activities.append(std::move(s));
    }

    // The plan: every event of every activity, then played in date order.
    QList<SalesEvent> events;
    QList<DemoQuote> quotes;
    for (int ai = 0; ai < activities.size(); ++ai) {
        const DemoActivitySales &s = activities.at(ai);
        if (s.from > s.to)
            continue;
        // invoicesPerActivityPerYear × days / 365.25, rounded, in whole numbers.
        const qint64 days = s.from.daysTo(s.to) + 1;
        const int count = std::max(
            1, int((days * options.invoicesPerActivityPerYear * 100 + 36525 / 2) / 36525));
        for (int i = 0; i < count; ++i) {
            SalesEvent e;
            e.activity = ai;
            e.customer = dice.between(0, int(s.customers.size()) - 1);
            e.date = dice.dayBetween(s.from, s.to);
            const int roll = dice.between(1, 100);
            if (roll <= 12) {
                // A quote, signed with a deposit, then the balance (if its time has come).
                const QDate signedOn = e.date.addDays(dice.between(2, 12));
                DemoQuote q;
                q.quote.id = demoId("quote");
                q.quote.activityId = s.activityId;
                q.quote.customerId = s.customers.at(e.customer).id;
                q.quote.date = e.date;
                q.quote.validUntil = e.date.addDays(30);
                q.quote.title = u"Projet %1"_s.arg(i + 1);
                q.quote.lines = demoLines(dice, s.catalogue);
                q.quote.depositPercent = Rate::fromUnits(dice.pick(QList<qint64>{30, 40, 50})
                                                         * Rate::UnitsPerPercent);
                const bool signedQuote = signedOn <= options.today;
                q.quote.status = signedQuote ? QuoteStatus::Signed : QuoteStatus::Sent;
                if (signedQuote)
                    q.quote.signedDate = signedOn;
                quotes.append(q);
                e.kind = SalesEvent::Kind::Quote;
                e.quote = int(quotes.size()) - 1;
                events.append(e);
                if (!signedQuote)
                    continue;
                SalesEvent deposit = e;
                deposit.kind = SalesEvent::Kind::Deposit;
                deposit.date = signedOn;
                events.append(deposit);
                const QDate balanceDay = signedOn.addDays(dice.between(15, 75));
                if (balanceDay <= options.today) {
                    SalesEvent balance = e;
                    balance.kind = SalesEvent::Kind::Balance;
                    balance.date = balanceDay;
                    balance.fate = dice.percent(85) ? Fate::Paid : Fate::Unpaid;
                    events.append(balance);
                }
            } else if (roll <= 15) {
                // A quote that was refused or is still waiting.
                DemoQuote q;
                q.quote.id = demoId("quote");
                q.quote.activityId = s.activityId;
                q.quote.customerId = s.customers.at(e.customer).id;
                q.quote.date = e.date;
                q.quote.validUntil = e.date.addDays(30);
                q.quote.title = u"Proposition %1"_s.arg(i + 1);
                q.quote.lines = demoLines(dice, s.catalogue);
                q.quote.status = dice.percent(50) ? QuoteStatus::Refused : QuoteStatus::Sent;
                quotes.append(q);
                e.kind = SalesEvent::Kind::Quote;
                e.quote = int(quotes.size()) - 1;
                events.append(e);
            } else {
                e.kind = SalesEvent::Kind::Invoice;
                const int fate = dice.between(1, 100);
                e.fate = fate <= 3 ? Fate::Credited
                         : fate <= 10 ? Fate::PartlyPaid
                         : fate <= 18 ? Fate::Unpaid
                                      : Fate::Paid;
                events.append(e);
                if (e.fate == Fate::Credited) {
                    SalesEvent note = e;
                    note.kind = SalesEvent::Kind::CreditNote;
                    note.invoice = int(events.size()) - 1;
                    note.date = std::min(options.today, e.date.addDays(dice.between(1, 20)));
                    events.append(note);
                }
            }
        }
    }
    // Every demo shows at least one credit note: the first plain invoice is cancelled if the
    // dice gave none.
    const bool anyCreditNote = std::any_of(events.cbegin(), events.cend(), [](const SalesEvent &e) {
        return e.kind == SalesEvent::Kind::CreditNote;
    });
    for (qsizetype i = 0; !anyCreditNote && i < events.size(); ++i) {
        if (events.at(i).kind != SalesEvent::Kind::Invoice)
            continue;
        events[i].fate = Fate::Credited;
        SalesEvent note = events.at(i);
        note.kind = SalesEvent::Kind::CreditNote;
        note.invoice = int(i);
        note.date = std::min(options.today, note.date.addDays(3));
        events.append(note);
        break;
    }
    // Stable: an event planned after another on the same day (a credit note after its invoice,
    // a deposit after its quote) stays after it.
    QList<int> order(events.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return events.at(a).date < events.at(b).date; });

    QHash<int, SalesDocument> issuedByEvent;
    for (const int index : std::as_const(order)) {
        const SalesEvent &e = events.at(index);
        const DemoActivitySales &s = activities.at(e.activity);
        const Customer &customer = s.customers.at(e.customer);
        SalesDocument draft;
        switch (e.kind) {
        case SalesEvent::Kind::Quote: {
            auto q = sales.saveQuote(unit, quotes.at(e.quote).quote);
            if (!q)
                return fail(q.error().located(Tr::tr("demo quote")));
            quotes[e.quote].quote = *q;
            ++report.quotes;
            continue;
        }
        case SalesEvent::Kind::Deposit:
        case SalesEvent::Kind::Balance: {
            const DemoQuote &q = quotes.at(e.quote);
            auto made = e.kind == SalesEvent::Kind::Deposit
                ? makeDepositInvoice(q.quote, *q.quote.depositPercent, q.issued)
                : makeBalanceInvoice(q.quote, q.issued);
            if (!made)
                return fail(made.error().located(Tr::tr("demo quote %1").arg(q.quote.number)));
            draft = *made;
            draft.quoteId = q.quote.id;
            break;
        }
        case SalesEvent::Kind::Invoice:
            draft.title = u"Prestations de %1 %2"_s
                              .arg(QLocale(QLocale::French).monthName(e.date.month()))
                              .arg(e.date.year());
            draft.lines = demoLines(dice, s.catalogue);
            break;
        case SalesEvent::Kind::CreditNote: {
            auto made = makeFullCreditNote(issuedByEvent.value(e.invoice));
            if (!made)
                return fail(made.error().located(Tr::tr("demo credit note")));
            draft = *made;
            break;
        }
        }
        draft.id = demoId("document");
        draft.activityId = s.activityId;
        draft.customerId = customer.id;
        draft.date = e.date;
        if (draft.kind == DocumentKind::Invoice) {
            draft.dueDate = dueDateFor(e.date, customer);
            draft.paymentTerms = customer.paymentTermDays == 0
                ? u"Payable à réception"_s
                : u"%1 jours date de facture"_s.arg(customer.paymentTermDays);
        }
        const QString where = Tr::tr("demo document of %1").arg(e.date.toString(Qt::ISODate));
        auto saved = sales.saveDraft(unit, draft);
        if (!saved)
            return fail(saved.error().located(where));
        auto issued = sales.validate(unit, saved->id, e.date);
        if (!issued)
            return fail(issued.error().located(where));
        if (issued->kind == DocumentKind::CreditNote)
            ++report.creditNotes;
        else
            ++report.invoices;
        issuedByEvent.insert(index, *issued);
        if (e.kind == SalesEvent::Kind::Deposit || e.kind == SalesEvent::Kind::Balance) {
            auto totals = issued->totals();
            if (!totals)
                return fail(totals.error());
            quotes[e.quote].issued.append({issued->number, issued->date, issued->role, totals->perRate});
        }
        if (issued->kind == DocumentKind::Invoice) {
            // Invoices still within their terms are mostly not paid yet.
            Fate fate = e.fate;
            if (fate == Fate::Paid && issued->dueDate > options.today && dice.percent(60))
                fate = Fate::Unpaid;
            if (auto r = recordDemoPayments(sales, unit, dice, *issued, fate, options.today, report);
                !r)
                return fail(r.error().located(issued->number));
        }
    }

    // A few drafts in progress.
    for (const DemoActivitySales &s : std::as_const(activities)) {
        if (s.from > s.to || s.to < options.today.addDays(-30) || !dice.percent(30))
            continue;
        SalesDocument draft;
        draft.id = demoId("document");
        draft.activityId = s.activityId;
        draft.customerId = dice.pick(s.customers).id;
        draft.date = options.today;
        draft.title = u"Facture en préparation"_s;
        draft.lines = demoLines(dice, s.catalogue);
        auto saved = sales.saveDraft(unit, draft);
        if (!saved)
            return fail(saved.error().located(Tr::tr("demo draft")));
        ++report.invoices;
        ++report.draftDocuments;
    }
    return {};
}

} // namespace

namespace {

// The scales the demo's contracts name ("BAREME-<year>", one version voted each year) and the
// default scale of contracts that name none (CAPEs): the brackets of DOMAIN.md §5 on the year's
// invoiced HT, applied marginally, with floors and caps.
Result<void> generateScales(Store &store, UnitOfWork &unit, const DemoCooperative &demo,
                            quint64 seed, DemoReport &report)
{
    // Ids derived from the seed and the code, so that a demo is the same each time.
    const auto idFor = [seed](const QString &code) {
        static const QUuid space(u"6a1f0c52-8f0e-4a3b-9d2c-3f6b1e7a9c41"_s);
        return QUuid::createUuidV5(space, u"scale:%1:%2"_s.arg(seed).arg(code))
            .toString(QUuid::WithoutBraces);
    };
    ContributionRepository contributions(store);
    const auto euros = [](qint64 value) { return Money::fromCents(value * 100); };
    const auto percent = [](qint64 value) { return Rate::fromUnits(value * Rate::UnitsPerPercent); };
    // Every code the contracts name, from the first year it is used.
    QMap<QString, QDate> codes;
    QDate earliest = businessToday();
    for (const Contract &c : demo.contracts) {
        earliest = std::min(earliest, c.start);
        for (const ContractTerms &t : c.terms) {
            if (t.contributionScale.isEmpty())
                continue;
            const QDate from(t.effectiveFrom.year(), 1, 1);
            const auto known = codes.constFind(t.contributionScale);
            if (known == codes.constEnd() || from < *known)
                codes.insert(t.contributionScale, from);
        }
    }
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        const int year = it.value().year();
        StoredContributionScale stored;
        stored.id = idFor(it.key());
        ContributionScale &s = stored.scale;
        s.code = it.key();
        s.label = u"Barème de contribution %1"_s.arg(it.key());
        s.effectiveFrom = it.value();
        s.assemblyReference = u"AG du %1, résolution 3"_s.arg(QDate(year - 1, 6, 12).toString(u"dd/MM/yyyy"_s));
        s.base = ContributionBase::InvoicedHt;
        s.brackets = {{euros(0), percent(10)}, {euros(35'000), percent(8)}, {euros(45'000), percent(6)}};
        s.application = BracketApplication::Marginal;
        s.basis = BracketBasis::YearToDate;
        s.floors = {{0, std::nullopt, euros(80)}, {12, std::nullopt, euros(100)}};
        s.annualCap = euros(5'500);
        s.annualCapAssociate = euros(5'000);
        s.internalRate = percent(2);
        if (auto r = contributions.saveScale(unit, stored); !r)
            return fail(r.error().located(Tr::tr("demo contribution scale %1").arg(s.code)));
        ++report.scales;
    }
    StoredContributionScale cape;
    cape.id = idFor(u"CAPE"_s);
    cape.scale.code = u"CAPE"_s;
    cape.scale.label = u"Contribution pendant le CAPE"_s;
    cape.scale.effectiveFrom = QDate(earliest.year(), 1, 1);
    cape.scale.assemblyReference = u"AG constitutive"_s;
    cape.scale.brackets = {{Money(), Rate::fromUnits(10 * Rate::UnitsPerPercent)}};
    cape.scale.floors = {{0, std::nullopt, euros(50)}};
    cape.isDefault = true;
    if (auto r = contributions.saveScale(unit, cape); !r)
        return fail(r.error().located(Tr::tr("demo contribution scale %1").arg(cape.scale.code)));
    ++report.scales;
    return {};
}

// The shared costs of the last complete quarter before `today`, one pool per kind of key, left as
// drafts for the support team (or `coopdesk-cli allocate`) to split.
Result<void> generatePools(Store &store, UnitOfWork &unit, const DemoOptions &options,
                           DemoReport &report)
{
    CostPoolRepository pools(store);
    const QDate today = options.today;
    const int quarter = (today.month() - 1) / 3;  // the current one, 0-based
    QDate from = QDate(today.year(), quarter * 3 + 1, 1).addMonths(-3);
    const QDate to = from.addMonths(3).addDays(-1);
    const QString name = u"T%1 %2"_s.arg((from.month() - 1) / 3 + 1).arg(from.year());
    struct Spec
    {
        const char16_t *label;
        const char16_t *account;
        qint64 cents;
        AllocationKey key;
    };
    const Spec specs[] = {
        {u"Assurance responsabilité civile professionnelle", u"6161", 1'845'000, AllocationKey::Turnover},
        {u"Honoraires de l'expert-comptable", u"6226", 2'400'000, AllocationKey::Margin},
        {u"Logiciels et hébergement", u"6512", 360'000, AllocationKey::Headcount},
        {u"Frais bancaires", u"627", 54'000, AllocationKey::EqualShares},
    };
    for (const Spec &spec : specs) {
        StoredCostPool pool;
        pool.pool.id = QUuid::createUuidV5(QUuid(u"0b7c4a1e-5d2f-4e8a-b6c3-9a1d2e3f4a5b"_s),
                                           u"pool:%1:%2:%3"_s.arg(options.seed)
                                               .arg(QString::fromUtf16(spec.label), name))
                           .toString(QUuid::WithoutBraces);
        pool.pool.label = QString::fromUtf16(spec.label) + u", "_s + name;
        pool.pool.from = from;
        pool.pool.to = to;
        pool.pool.amount = Money::fromCents(spec.cents);
        pool.pool.account = QString::fromUtf16(spec.account);
        pool.pool.key = spec.key;
        if (auto r = pools.savePool(unit, pool); !r)
            return fail(r.error().located(Tr::tr("demo pool %1").arg(pool.pool.label)));
        ++report.pools;
    }
    return {};
}

// ---- expenses and purchases
//
// Their own stream of the dice, so that the sales above come out the same with or without them.

constexpr quint64 ExpenseSeedOffset = 0x6578'7065'6e73'6573ull;  // "expenses"

// CRC-32 (ISO 3309, as PNG chunks carry it).
quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFF'FFFFu;
    for (const char byte : bytes) {
        crc ^= static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1u) ? (crc >> 1) ^ 0xEDB8'8320u : crc >> 1;
    }
    return ~crc;
}

void appendBigEndian(QByteArray &into, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        into.append(static_cast<char>((value >> shift) & 0xFFu));
}

void appendChunk(QByteArray &png, const char *type, const QByteArray &data)
{
    appendBigEndian(png, static_cast<quint32>(data.size()));
    QByteArray typed(type);
    typed.append(data);
    png.append(typed);
    appendBigEndian(png, crc32(typed));
}

// A small grey "scanned ticket" (a PNG with a few dark lines of "text"), different for each
// variant, so that the demo's receipts are real images and few.
QByteArray demoReceiptPng(int variant)
{
    constexpr int Width = 48;
    constexpr int Height = 64;
    QByteArray raw;
    raw.reserve((Width + 1) * Height);
    for (int y = 0; y < Height; ++y) {
        raw.append('\0');  // no filter
        const bool textRow = y >= 6 && y < Height - 6 && (y % 5 == 0 || y % 5 == 1);
        const int length = 10 + (variant * 5 + y * 3) % 29;  // 29 is prime: every variant differs
        for (int x = 0; x < Width; ++x) {
            const bool ink = textRow && x >= 5 && x < 5 + length;
            raw.append(static_cast<char>(ink ? 70 : 246));
        }
    }
    QByteArray header;
    appendBigEndian(header, Width);
    appendBigEndian(header, Height);
    header.append(QByteArray::fromHex("0800000000"));  // 8-bit grey, deflate, no interlace
    QByteArray png = QByteArray::fromHex("89504E470D0A1A0A");
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", qCompress(raw, 9).mid(4));  // qCompress: length, then zlib
    appendChunk(png, "IEND", {});
    return png;
}

// The VAT inside an amount paid at a rate (percent): TTC × r / (100 + r), rounded half up.
Money vatInside(qint64 ttcCents, qint64 ratePercent)
{
    return Money::fromCents((ttcCents * ratePercent * 2 + (100 + ratePercent)) / (2 * (100 + ratePercent)));
}

QDateTime demoStamp(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

struct DemoSupplier
{
    const char16_t *name;
    const char16_t *description;
    const char16_t *account;
    int ratePercent;
    int minEuros;
    int maxEuros;
};

const DemoSupplier kSuppliers[] = {
    {u"Grossiste Rhône Distribution", u"Marchandises revendues", u"607", 20, 80, 2'400},
    {u"Matériaux Dauphiné", u"Fournitures de chantier refacturées", u"607", 20, 150, 3'000},
    {u"Atelier Sous-traitance Croix-Rousse", u"Prestation sous-traitée", u"604", 20, 300, 4'000},
    {u"Studio Graphique Presqu'île", u"Illustrations sous-traitées", u"604", 20, 200, 1'800},
    {u"Bureau Vallée Part-Dieu", u"Fournitures de bureau", u"6064", 20, 20, 180},
    {u"Outillage Lyonnais", u"Petit outillage", u"6063", 20, 40, 450},
    {u"SCI Les Canuts", u"Location d'atelier", u"613", 20, 250, 700},
    {u"Imprimerie Gutenberg", u"Cartes de visite et flyers", u"623", 20, 60, 600},
    {u"Opérateur Télécom", u"Abonnement téléphone et internet", u"626", 20, 30, 90},
    {u"Cabinet Juridique Bellecour", u"Honoraires de conseil", u"622", 20, 150, 900},
};

Result<void> generateExpensesAndPurchases(Store &store, UnitOfWork &unit,
                                          const DemoCooperative &demo,
                                          const DemoOptions &options, DemoReport &report)
{
    if (!options.expenses || options.invoicesPerActivityPerYear <= 0)
        return {};
    Dice dice(options.seed + ExpenseSeedOffset);
    ExpenseRepository expenses(store);
    expenses.setToday(options.today);
    PurchaseRepository purchases(store);
    const QDate windowStart = options.today.addYears(-options.years).addDays(1);
    const QDate thisMonth(options.today.year(), options.today.month(), 1);
    int counter = 0;
    const auto demoId = [&](const char *kind) {
        return u"demo-%1-%2-%3"_s.arg(QLatin1StringView(kind)).arg(options.seed).arg(++counter);
    };

    // A few receipts, shared: the store keeps each file once.
    QStringList receipts;
    for (int i = 0; i < 6; ++i) {
        auto r = expenses.addReceipt(demoReceiptPng(i), u"justificatif-%1.png"_s.arg(i + 1));
        if (!r)
            return fail(r.error().located(Tr::tr("demo receipt")));
        receipts.append(r->sha256);
        ++report.receipts;
    }

    // Who is under contract when, by person (a CAPE then a CESA are one stretch of months).
    QHash<QString, QString> activityOfPerson;
    for (const Entrepreneur &e : demo.entrepreneurs)
        activityOfPerson.insert(e.id, e.activityId);
    struct Stretch
    {
        QString entrepreneurId;
        QString activityId;
        QDate from;
        QDate to;
    };
    QList<Stretch> stretches;
    QHash<QString, std::pair<QDate, QDate>> activeActivity;
    for (const Contract &c : demo.contracts) {
        const QString activityId = c.activityId.isEmpty() ? activityOfPerson.value(c.entrepreneurId)
                                                          : c.activityId;
        if (activityId.isEmpty() || !c.start.isValid())
            continue;
        const QDate from = std::max(c.start, windowStart);
        const QDate to = std::min(contractEnd(c).value_or(options.today), options.today);
        if (from > to)
            continue;
        stretches.append({c.entrepreneurId, activityId, from, to});
        auto it = activeActivity.find(activityId);
        if (it == activeActivity.end())
            activeActivity.insert(activityId, {from, to});
        else
            *it = {std::min(it->first, from), std::max(it->second, to)};
    }

    // Expense reports: about half the people, most months they are under contract.
    QHash<QString, bool> files;        // person → whether they file expense reports
    QHash<QString, MileageVehicle> cars;
    QSet<QString> filed;               // person|month
    int rejected = 0;
    for (const Stretch &stretch : std::as_const(stretches)) {
        auto decided = files.constFind(stretch.entrepreneurId);
        if (decided == files.constEnd()) {
            decided = files.insert(stretch.entrepreneurId, dice.percent(50));
            cars.insert(stretch.entrepreneurId,
                        MileageVehicle{VehicleKind::Car, dice.between(3, 7), dice.percent(15)});
        }
        if (!*decided)
            continue;
        for (QDate month(stretch.from.year(), stretch.from.month(), 1); month <= stretch.to;
             month = month.addMonths(1)) {
            const QString key = stretch.entrepreneurId + u'|' + month.toString(Qt::ISODate);
            if (filed.contains(key) || !dice.percent(70))
                continue;
            filed.insert(key);
            const QDate first = std::max(month, stretch.from);
            const QDate last = std::min(month.addDays(month.daysInMonth() - 1), stretch.to);
            ExpenseReport r;
            r.id = demoId("expense");
            r.activityId = stretch.activityId;
            r.entrepreneurId = stretch.entrepreneurId;
            r.month = month;
            const int lineCount = dice.between(1, 4);
            for (int i = 0; i < lineCount; ++i) {
                ExpenseLine l;
                l.date = dice.dayBetween(first, last);
                switch (dice.between(1, 4)) {
                case 1: {
                    l.category = ExpenseCategory::Travel;
                    l.description = dice.percent(60) ? u"Billet de train Lyon – Paris"_s
                                                     : u"Péage et stationnement"_s;
                    const qint64 ttc = qint64(dice.between(15, 130)) * 100 + dice.between(0, 99);
                    l.amountIncludingVat = Money::fromCents(ttc);
                    l.vat = vatInside(ttc, 10);
                    l.receiptId = dice.pick(receipts);
                    break;
                }
                case 2: {
                    l.category = ExpenseCategory::Meals;
                    l.description = u"Repas en déplacement"_s;
                    const qint64 ttc = qint64(dice.between(12, 35)) * 100 + dice.between(0, 99);
                    l.amountIncludingVat = Money::fromCents(ttc);
                    l.vat = vatInside(ttc, 10);
                    l.receiptId = dice.pick(receipts);
                    break;
                }
                case 3:
                    l.category = ExpenseCategory::Mileage;
                    l.description = u"Rendez-vous client"_s;
                    l.kilometres = dice.between(12, 260);
                    l.vehicle = cars.value(stretch.entrepreneurId);
                    l.journey = dice.pick(QList<QString>{
                        u"Lyon – Villeurbanne, rendez-vous client"_s,
                        u"Lyon – Villefranche-sur-Saône, chantier"_s,
                        u"Lyon – Vienne, livraison"_s, u"Lyon – Bourg-en-Bresse, salon"_s});
                    break;
                default: {
                    l.category = ExpenseCategory::Supplies;
                    l.description = u"Fournitures de bureau"_s;
                    const qint64 ttc = qint64(dice.between(5, 90)) * 100 + dice.between(0, 99);
                    l.amountIncludingVat = Money::fromCents(ttc);
                    l.vat = vatInside(ttc, 20);
                    l.receiptId = dice.pick(receipts);
                    break;
                }
                }
                r.lines.append(std::move(l));
            }
            std::stable_sort(r.lines.begin(), r.lines.end(),
                             [](const ExpenseLine &a, const ExpenseLine &b) { return a.date < b.date; });

            // How far it went: the current month's are in progress, the last month's waiting
            // or just paid, older ones mostly reimbursed.
            enum class Stage { Draft, Submitted, Rejected, Validated, Paid } stage = Stage::Paid;
            const int roll = dice.between(1, 100);
            if (month == thisMonth)
                stage = roll <= 50 ? Stage::Draft : Stage::Submitted;
            else if (month == thisMonth.addMonths(-1))
                stage = roll <= 35 ? Stage::Submitted : roll <= 65 ? Stage::Validated : Stage::Paid;
            else if (rejected < 2 && roll <= 2)
                stage = Stage::Rejected;
            else
                stage = roll <= 4 ? Stage::Draft : roll <= 7 ? Stage::Submitted
                        : roll <= 10 ? Stage::Validated : Stage::Paid;
            const QString where = Tr::tr("demo expense report of %1").arg(month.toString(u"yyyy-MM"_s));
            auto saved = expenses.saveDraft(unit, r);
            if (!saved)
                return fail(saved.error().located(where));
            ++report.expenseReports;
            if (stage == Stage::Draft)
                continue;
            const QDate submittedOn = std::min(options.today, last.addDays(1));
            auto submitted = expenses.submit(unit, saved->id, saved->version,
                                             demoStamp(submittedOn, 18));
            if (!submitted)
                return fail(submitted.error().located(where));
            if (stage == Stage::Submitted)
                continue;
            const QDate decidedOn = std::min(options.today, submittedOn.addDays(dice.between(1, 6)));
            const bool approve = stage != Stage::Rejected;
            auto decided2 = expenses.decide(
                unit, submitted->id, submitted->version, approve,
                approve ? QString() : u"Justificatif illisible : merci de le numériser à nouveau."_s,
                u"Service comptable"_s, demoStamp(decidedOn, 10));
            if (!decided2)
                return fail(decided2.error().located(where));
            if (!approve) {
                ++rejected;
                continue;
            }
            if (stage == Stage::Validated)
                continue;
            const QDate paidOn = std::min(options.today, decidedOn.addDays(dice.between(2, 12)));
            if (auto p = expenses.markPaid(unit, decided2->id, decided2->version, paidOn); !p)
                return fail(p.error().located(where));
        }
    }

    // Supplier invoices: a few a year for each activity, from the suppliers its trade would use.
    for (const Activity &a : demo.activities) {
        const auto range = activeActivity.constFind(a.id);
        if (range == activeActivity.constEnd())
            continue;
        const qint64 days = range->first.daysTo(range->second) + 1;
        const int count = std::max(1, int((days * 3 + 182) / 365));
        for (int i = 0; i < count; ++i) {
            const DemoSupplier &supplier =
                kSuppliers[dice.between(0, int(std::size(kSuppliers)) - 1)];
            SupplierInvoice inv;
            inv.id = demoId("purchase");
            inv.activityId = a.id;
            inv.supplierName = QString::fromUtf16(supplier.name);
            QString eight;
            for (const char16_t c : std::u16string_view(supplier.name).substr(0, 8))
                eight.append(QChar(u'1' + c % 9));
            inv.supplierSiren = luhnCompleted(eight);
            inv.date = dice.dayBetween(range->first, range->second);
            inv.dueDate = inv.date.addDays(30);
            inv.supplierReference = u"F%1-%2"_s.arg(inv.date.toString(u"yyMM"_s))
                                        .arg(dice.between(100, 9999), 4, 10, QChar(u'0'));
            const int lineCount = dice.between(1, 3);
            for (int j = 0; j < lineCount; ++j) {
                SupplierInvoiceLine line;
                line.description = QString::fromUtf16(supplier.description);
                line.account = QString::fromUtf16(supplier.account);
                line.amountExcludingVat = Money::fromCents(
                    qint64(dice.between(supplier.minEuros, supplier.maxEuros)) * 100
                    + dice.between(0, 99));
                line.vatRate = Rate::fromUnits(supplier.ratePercent * Rate::UnitsPerPercent);
                inv.lines.append(line);
            }
            inv.receiptId = dice.pick(receipts);
            const bool recent = inv.date > options.today.addDays(-30);
            const int roll = dice.between(1, 100);
            const bool draft = recent ? roll <= 25 : roll <= 2;
            const bool unpaid = recent ? roll <= 70 : roll <= 8;
            const QString where = Tr::tr("demo supplier invoice %1").arg(inv.supplierReference);
            auto saved = purchases.saveDraft(unit, inv);
            if (!saved)
                return fail(saved.error().located(where));
            ++report.supplierInvoices;
            if (draft)
                continue;
            const QDate validatedOn = std::min(options.today, inv.date.addDays(dice.between(1, 5)));
            auto validated = purchases.validate(unit, saved->id, saved->version,
                                                u"Service comptable"_s, demoStamp(validatedOn, 9));
            if (!validated)
                return fail(validated.error().located(where));
            if (unpaid)
                continue;
            const QDate paidOn = std::min(options.today, inv.date.addDays(dice.between(5, 40)));
            if (auto p = purchases.markPaid(unit, validated->id, validated->version, paidOn); !p)
                return fail(p.error().located(where));
        }
    }
    return {};
}

} // namespace

Result<DemoReport> generateDemo(Store &store, const DemoOptions &options)
{
    if (options.entrepreneurs < 1 || options.years < 1 || !options.today.isValid())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A demo needs at least one entrepreneur, one year and a valid date."));
    PeopleRepository people(store);
    people.setToday(options.today);
    auto count = people.entrepreneurCount();
    if (!count)
        return fail(count.error());
    if (*count > 0)
        return fail(ErrorCode::AlreadyExists,
                    Tr::tr("The store already has %n entrepreneur(s); demo data goes into an empty "
                           "store only.",
                           nullptr, int(*count)),
                    store.path());
    auto withSettings = hasCooperative(store);
    if (!withSettings)
        return fail(withSettings.error());

    DemoReport report;
    QElapsedTimer timer;
    timer.start();
    DemoDataOptions dataOptions;
    dataOptions.entrepreneurs = options.entrepreneurs;
    dataOptions.years = options.years;
    dataOptions.seed = options.seed;
    dataOptions.today = options.today;
    const DemoCooperative demo = generateDemoCooperative(dataOptions);
    report.generateMs = timer.restart();

    const LargeCache cache(store);
    UnitOfWork unit(store);
    if (auto r = unit.begin(); !r)
        return fail(r.error());
    if (!*withSettings) {
        if (auto r = people.saveCooperative(unit, demo.settings); !r)
            return fail(r.error().located(Tr::tr("demo cooperative")));
    }
    for (const Activity &a : demo.activities) {
        if (auto r = people.saveActivity(unit, a); !r)
            return fail(r.error().located(Tr::tr("demo activity %1").arg(a.analyticCode)));
        ++report.activities;
    }
    for (const Entrepreneur &e : demo.entrepreneurs) {
        Entrepreneur identity = e;
        identity.interviews.clear();
        if (auto r = people.saveEntrepreneur(unit, identity); !r)
            return fail(r.error().located(Tr::tr("demo entrepreneur %1").arg(e.displayName())));
        ++report.entrepreneurs;
        for (const Interview &i : e.interviews) {
            if (auto r = people.addInterview(unit, e.id, i); !r)
                return fail(r.error().located(Tr::tr("demo entrepreneur %1").arg(e.displayName())));
            ++report.interviews;
        }
    }
    for (const Contract &c : demo.contracts) {
        if (auto r = people.saveContract(unit, c); !r)
            return fail(r.error().located(Tr::tr("demo contract %1").arg(c.id)));
        ++report.contracts;
    }
    if (auto r = generateSales(store, unit, demo, options, report); !r)
        return fail(r.error());
    if (auto r = generateScales(store, unit, demo, options.seed, report); !r)
        return fail(r.error());
    if (auto r = generatePools(store, unit, options, report); !r)
        return fail(r.error());
    if (auto r = generateExpensesAndPurchases(store, unit, demo, options, report); !r)
        return fail(r.error());
    if (auto r = unit.commit(); !r)
        return fail(r.error());
    report.writeMs = timer.elapsed();
    return report;
}

} // namespace coop
