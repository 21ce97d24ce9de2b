// A store ready for sales: the cooperative's identity (complete enough to issue invoices), one
// activity "ANA1", a company customer and an individual. Shared by the sales tests.
#pragma once

#include "testsupport.h"

#include "core/demodata.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"

#include <QTest>

namespace coop::test {

inline const QDate kSalesToday(2026, 3, 15);

inline Rate percent(qint64 value)
{
    return Rate::fromUnits(value * Rate::UnitsPerPercent);
}

inline UnitPrice euros(qint64 value)
{
    return UnitPrice::fromUnits(value * UnitPrice::UnitsPerEuro);
}

inline Quantity quantity(qint64 units)
{
    return Quantity::fromUnits(units * Quantity::UnitsPerOne);
}

// A 9-digit SIREN with its Luhn key from 8 digits.
inline QString sirenFrom(const QString &eight)
{
    for (int key = 0; key < 10; ++key) {
        const QString candidate = eight + QString::number(key);
        int sum = 0;
        for (qsizetype i = 0; i < candidate.size(); ++i) {
            int digit = candidate.at(candidate.size() - 1 - i).digitValue();
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9)
                    digit -= 9;
            }
            sum += digit;
        }
        if (sum % 10 == 0)
            return candidate;
    }
    return {};
}

inline DocumentLine line(const QString &designation, qint64 count, qint64 unitEuros, qint64 ratePercent)
{
    DocumentLine l;
    l.designation = designation;
    l.quantity = quantity(count);
    l.unitPrice = euros(unitEuros);
    l.vatRate = percent(ratePercent);
    return l;
}

struct SalesStore
{
    std::unique_ptr<Store> store;
    QString activityId;
    QString companyId;
    QString individualId;

    SalesRepository sales() const
    {
        SalesRepository repo(*store);
        repo.setToday(kSalesToday);
        return repo;
    }

    // A draft invoice of the company: 2 × 100 € at 20 % and 1 × 50 € at 10 % (295 € TTC).
    SalesDocument invoiceDraft(const QString &title = QStringLiteral("Refonte du site")) const
    {
        SalesDocument d;
        d.activityId = activityId;
        d.customerId = companyId;
        d.title = title;
        d.date = kSalesToday;
        d.paymentTerms = QStringLiteral("30 jours date de facture");
        d.lines = {line(QStringLiteral("Développement"), 2, 100, 20),
                   line(QStringLiteral("Livre"), 1, 50, 10)};
        return d;
    }
};

inline CooperativeSettings salesCooperative()
{
    DemoDataOptions options;
    options.entrepreneurs = 1;
    options.today = kSalesToday;
    CooperativeSettings s = generateDemoCooperative(options).settings;
    s.invoiceNumberTemplate = QStringLiteral("{YYYY}-{ANA}-{SEQYEAR}");
    s.creditNoteNumberTemplate = QStringLiteral("AV{YYYY}-{SEQYEAR}");
    return s;
}

inline Customer companyCustomer(const QString &activityId)
{
    Customer c;
    c.activityId = activityId;
    c.kind = CustomerKind::Company;
    c.name = QStringLiteral("Boulangerie Martin");
    c.siren = sirenFrom(QStringLiteral("41234567"));
    c.billingAddress = {QStringLiteral("3 rue de la Paix"), QString(), QStringLiteral("69002"),
                        QStringLiteral("Lyon"), QStringLiteral("FR")};
    c.paymentTermDays = 30;
    c.accountingAccount = QStringLiteral("411MARTIN");
    return c;
}

inline Customer individualCustomer(const QString &activityId)
{
    Customer c;
    c.activityId = activityId;
    c.kind = CustomerKind::Individual;
    c.firstName = QStringLiteral("Zoé");
    c.lastName = QStringLiteral("Arnaud");
    c.billingAddress = {QStringLiteral("12 chemin des Vignes"), QString(), QStringLiteral("69300"),
                        QStringLiteral("Caluire"), QStringLiteral("FR")};
    c.paymentTermDays = 0;
    return c;
}

// Fills a new store at `path`; fails the calling test (empty store pointer) on error.
inline SalesStore createSalesStore(const QString &path,
                                   const CooperativeSettings &settings = salesCooperative())
{
    SalesStore s;
    s.store = createStore(path);
    if (!s.store)
        return s;
    PeopleRepository people(*s.store);
    people.setToday(kSalesToday);
    if (auto r = people.saveCooperative(settings); !r) {
        qWarning("%s", why(r).constData());
        s.store.reset();
        return s;
    }
    Activity a;
    a.analyticCode = QStringLiteral("ANA1");
    a.name = QStringLiteral("Atelier web");
    a.trade = QStringLiteral("Développement web");
    auto activity = people.saveActivity(a);
    if (!activity) {
        qWarning("%s", why(activity).constData());
        s.store.reset();
        return s;
    }
    s.activityId = activity->id;
    SalesRepository sales = s.sales();
    auto company = sales.saveCustomer(companyCustomer(s.activityId));
    auto individual = sales.saveCustomer(individualCustomer(s.activityId));
    if (!company || !individual) {
        qWarning("%s%s", why(company).constData(), why(individual).constData());
        s.store.reset();
        return s;
    }
    s.companyId = company->id;
    s.individualId = individual->id;
    return s;
}

// An entrepreneur of `activityId` (born in 1985), saved; the id, or empty on failure.
inline QString addPerson(Store &store, const QString &lastName, const QString &firstName,
                         const QString &activityId)
{
    PeopleRepository people(store);
    people.setToday(kSalesToday);
    Entrepreneur e;
    e.lastName = lastName;
    e.firstName = firstName;
    e.birthDate = QDate(1985, 4, 12);
    e.activityId = activityId;
    const auto saved = people.saveEntrepreneur(e);
    if (!saved)
        qWarning("%s", why(saved).constData());
    return saved ? saved->id : QString();
}

// A CESA of one set of terms (full-time hours), signed ten days before it starts, saved.
inline bool addCesa(Store &store, const QString &entrepreneurId, const QString &activityId,
                    QDate start, qint64 fixedCents, const QString &scale = {},
                    qint64 variablePercent = 0)
{
    Contract c;
    c.entrepreneurId = entrepreneurId;
    c.activityId = activityId;
    c.type = ContractType::Cesa;
    c.signedOn = start.addDays(-10);
    c.start = start;
    ContractTerms t;
    t.effectiveFrom = start;
    t.fixedMonthlyPart = Money::fromCents(fixedCents);
    t.variableRate = Rate::fromUnits(variablePercent * Rate::UnitsPerPercent);
    t.monthlyHours = Quantity::fromUnits(151'667);
    t.contributionScale = scale;
    c.terms = {t};
    PeopleRepository people(store);
    people.setToday(kSalesToday);
    const auto saved = people.saveContract(c);
    if (!saved)
        qWarning("%s", why(saved).constData());
    return bool(saved);
}

} // namespace coop::test
