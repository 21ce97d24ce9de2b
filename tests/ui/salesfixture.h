#pragma once

// A cooperative able to issue invoices (its identity complete), activities, customers and
// documents written through PeopleRepository and SalesRepository for the sales widget tests.

#include "peoplefixture.h"

#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"

#include <QDate>
#include <QString>

namespace coop::test {

// The identity validateForIssue asks of the seller.
inline void setUpCooperative(PeopleRepository &people)
{
    CooperativeSettings settings = require(people.cooperative());
    settings.name = QStringLiteral("Coopérative Horizon");
    settings.legalForm = QStringLiteral("SCOP SARL");
    settings.capital = Money::fromCents(1'500'000);
    settings.siren = QStringLiteral("123456782");
    settings.siret = QStringLiteral("12345678200002");
    settings.vatNumber = QStringLiteral("FR11123456782");
    settings.rcsCity = QStringLiteral("RCS Lyon");
    settings.nafCode = QStringLiteral("78.30Z");
    settings.address.line1 = QStringLiteral("12 rue de la Coopération");
    settings.address.postcode = QStringLiteral("69001");
    settings.address.city = QStringLiteral("Lyon");
    settings.iban = QStringLiteral("FR7630006000011234567890189");
    settings.bic = QStringLiteral("AGRIFRPP");
    settings.bankName = QStringLiteral("Banque Coopérative");
    if (const Result<void> saved = people.saveCooperative(settings); !saved)
        qFatal("fixture: %s", qPrintable(saved.error().toString()));
}

// A French company customer of an activity.
inline Customer addCustomer(SalesRepository &sales, const QString &activityId,
                            const QString &name, const QString &siren, int termDays = 30)
{
    Customer customer;
    customer.activityId = activityId;
    customer.kind = CustomerKind::Company;
    customer.name = name;
    customer.siren = siren;
    customer.billingAddress.line1 = QStringLiteral("3 place Bellecour");
    customer.billingAddress.postcode = QStringLiteral("69002");
    customer.billingAddress.city = QStringLiteral("Lyon");
    customer.paymentTermDays = termDays;
    return require(sales.saveCustomer(customer));
}

// A line from the texts a person types ("2.5", "120.00", "20").
inline DocumentLine line(const QString &designation, const QString &quantity,
                         const QString &unitPrice, const QString &vatPercent,
                         const QString &mention = {})
{
    DocumentLine line;
    line.designation = designation;
    line.quantity = require(Quantity::parse(quantity));
    line.unitPrice = require(UnitPrice::parse(unitPrice));
    line.vatRate = require(Rate::fromPercent(vatPercent));
    line.exemptionMention = mention;
    return line;
}

inline SalesDocument addDraft(SalesRepository &sales, const Customer &customer, QDate date,
                              const QString &title, const QList<DocumentLine> &lines)
{
    SalesDocument document;
    document.activityId = customer.activityId;
    document.customerId = customer.id;
    document.date = date;
    document.dueDate = dueDateFor(date, customer);
    document.title = title;
    document.lines = lines;
    document.paymentTerms = QStringLiteral("30 jours date de facture");
    return require(sales.saveDraft(document));
}

} // namespace coop::test
