#include "documentsamples.h"

using namespace Qt::StringLiterals;

namespace coop::test {

namespace {

Rate percent(const QString &text)
{
    return Rate::fromPercent(text).value();
}

Money money(const QString &text)
{
    return Money::parse(text).value();
}

const QString kTraining = u"Exonération de TVA, article 261-4-4° du CGI (formation professionnelle)"_s;
const QString kReverseCharge = u"Autoliquidation (article 283-2 du CGI)"_s;

void cacheTotals(SalesDocument &document)
{
    const InvoiceTotals totals = document.totals().value();
    document.totalExcludingVat = totals.totalExcludingVat;
    document.totalVat = totals.totalVat;
    document.totalIncludingVat = totals.totalIncludingVat;
}

} // namespace

DocumentParties sampleParties(CustomerKind kind, bool foreign)
{
    DocumentParties parties;
    CooperativeSettings &seller = parties.seller;
    seller.name = u"Coopérative Rhône Entreprendre"_s;
    seller.legalForm = u"SCOP SARL"_s;
    seller.capital = money(u"37500.00"_s);
    seller.siren = u"123456782"_s;
    seller.siret = u"12345678200014"_s;
    seller.vatNumber = u"FR11123456782"_s;
    seller.address = {u"12 rue de la République"_s, u"Bâtiment B"_s, u"69002"_s, u"Lyon"_s, u"FR"_s};
    seller.rcsCity = u"RCS Lyon"_s;
    seller.nafCode = u"78.30Z"_s;
    seller.iban = u"FR7630006000011234567890189"_s;
    seller.bic = u"AGRIFRPPXXX"_s;
    seller.bankName = u"Crédit Agricole Centre-Est"_s;

    parties.activity.id = u"6f1c2a8e-5d1b-4c7e-9a51-0d6b1f2e3a40"_s;
    parties.activity.analyticCode = u"ANA042"_s;
    parties.activity.name = u"Atelier Graphique Martin"_s;
    parties.activity.trade = u"Graphisme"_s;

    Customer &customer = parties.customer;
    customer.id = u"a3d9e1f0-7b6c-4d2e-8f10-112233445566"_s;
    customer.activityId = parties.activity.id;
    customer.kind = kind;
    if (kind == CustomerKind::Individual) {
        customer.firstName = u"Claire"_s;
        customer.lastName = u"Dubois"_s;
        customer.name = u"Claire Dubois"_s;
        customer.billingAddress = {u"5 impasse des Lilas"_s, {}, u"38000"_s, u"Grenoble"_s, u"FR"_s};
    } else if (foreign) {
        customer.name = u"Brasserie Van Damme SRL"_s;
        customer.vatNumber = u"BE0123456749"_s;
        customer.billingAddress = {u"Rue Haute 140"_s, {}, u"1000"_s, u"Bruxelles"_s, u"BE"_s};
        customer.deliveryAddress = {u"Chaussée de Wavre 210"_s, {}, u"1050"_s, u"Ixelles"_s, u"BE"_s};
        customer.contactName = u"Pieter Van Damme"_s;
    } else {
        customer.name = u"Imprimerie Delorme SAS"_s;
        customer.siren = u"987654324"_s;
        customer.siret = u"98765432400018"_s;
        customer.vatNumber = u"FR14987654324"_s;
        customer.billingAddress = {u"48 avenue Jean Jaurès"_s, {}, u"69007"_s, u"Lyon"_s, u"FR"_s};
        customer.email = u"compta@delorme.example"_s;
    }
    customer.accountingAccount = u"411DELORME"_s;
    return parties;
}

DocumentLine sampleLine(const QString &designation, const QString &quantity, const QString &price,
                        const QString &vatPercent, const QString &discountPercent,
                        const QString &unit, const QString &mention)
{
    DocumentLine line;
    line.designation = designation;
    line.unit = unit;
    line.quantity = Quantity::parse(quantity).value();
    line.unitPrice = UnitPrice::parse(price).value();
    line.vatRate = percent(vatPercent);
    if (!discountPercent.isEmpty())
        line.discount = percent(discountPercent);
    line.exemptionMention = mention;
    return line;
}

SalesDocument sampleInvoice(const QString &number, const QList<DocumentLine> &lines,
                            const DocumentParties &parties)
{
    SalesDocument document;
    document.id = u"0b7d5c1e-2f3a-4b5c-8d9e-%1"_s.arg(qHash(number) % 1000000000000ULL, 12, 10,
                                                       QChar(u'0'));
    document.kind = DocumentKind::Invoice;
    document.status = DocumentStatus::Validated;
    document.activityId = parties.activity.id;
    document.customerId = parties.customer.id;
    document.number = number;
    document.date = QDate(2026, 3, 12);
    document.dueDate = QDate(2026, 4, 11);
    document.serviceDate = QDate(2026, 3, 2);
    document.title = u"Identité visuelle et supports imprimés"_s;
    document.paymentTerms = u"30 jours date de facture"_s;
    document.lines = lines;
    document.parties = parties;
    document.validatedAt = QDateTime(document.date, QTime(10, 30), Qt::UTC);
    cacheTotals(document);
    return document;
}

QList<SampleDocument> sampleDocuments()
{
    QList<SampleDocument> samples;
    const DocumentParties company = sampleParties();

    // Every French rate, 0 % with its mention, a 5-decimal price, line and document discounts,
    // a negative line, a service period and a purchase order.
    {
        SalesDocument invoice = sampleInvoice(
            u"2026-ANA042-0007"_s,
            {sampleLine(u"Création du logo et de la charte graphique"_s, u"12.5"_s, u"65"_s, u"20"_s,
                        u"10"_s),
             sampleLine(u"Impression de flyers A5 recto verso"_s, u"2500"_s, u"0.12345"_s, u"20"_s,
                        {}, u"H87"_s),
             sampleLine(u"Repas de l'atelier de lancement"_s, u"3"_s, u"18.33"_s, u"10"_s, {},
                        u"C62"_s),
             sampleLine(u"Livres de référence"_s, u"3"_s, u"24.99"_s, u"5.5"_s, {}, u"H87"_s),
             sampleLine(u"Abonnement presse professionnelle"_s, u"1"_s, u"49.90"_s, u"2.1"_s, {},
                        u"MON"_s),
             sampleLine(u"Formation à la charte (organisme de formation)"_s, u"7"_s, u"85.71429"_s,
                        u"0"_s, {}, u"HUR"_s, kTraining),
             sampleLine(u"Geste commercial"_s, u"1"_s, u"-50"_s, u"20"_s, {}, u"LS"_s),
             sampleLine(u"Reprise de papier non utilisé"_s, u"-2.5"_s, u"15.333"_s, u"20"_s, u"10"_s,
                        u"KGM"_s)},
            company);
        invoice.documentDiscount = percent(u"3.5"_s);
        invoice.serviceDate = QDate(2026, 2, 2);
        invoice.serviceEndDate = QDate(2026, 2, 27);
        invoice.purchaseOrder = u"BC-2026-0413"_s;
        invoice.notes = u"Merci de votre confiance."_s;
        cacheTotals(invoice);
        samples.append({u"multi_rate_discounts"_s, invoice, {}});

        SampleDocument paid{u"partly_paid"_s, invoice, money(u"500.00"_s)};
        paid.document.number = u"2026-ANA042-0008"_s;
        samples.append(paid);
    }

    // Prices typed with VAT, for a consumer: BT-131 is each line's HT, rounded per line.
    {
        SalesDocument invoice = sampleInvoice(
            u"2026-ANA042-0009"_s,
            {sampleLine(u"Carte cadeau atelier calligraphie"_s, u"3"_s, u"19.99"_s, u"20"_s, {},
                        u"H87"_s),
             sampleLine(u"Cours particulier"_s, u"1.5"_s, u"45.50"_s, u"20"_s, u"5"_s),
             sampleLine(u"Carnet illustré"_s, u"7"_s, u"12.95"_s, u"5.5"_s, {}, u"H87"_s),
             sampleLine(u"Coffret de thés"_s, u"2"_s, u"17.77"_s, u"5.5"_s, u"12.5"_s, u"H87"_s)},
            sampleParties(CustomerKind::Individual));
        invoice.priceEntry = PriceEntry::IncludingVat;
        invoice.documentDiscount = percent(u"2"_s);
        invoice.nature = OperationNature::Both;
        invoice.paymentTerms = u"Paiement à réception"_s;
        invoice.dueDate = invoice.date;
        cacheTotals(invoice);
        samples.append({u"ttc_entry_individual"_s, invoice, {}});
    }

    // A credit note: positive amounts, TypeCode 381, the credited invoice's number and date.
    {
        SalesDocument note = sampleInvoice(
            u"AV2026-0003"_s,
            {sampleLine(u"Impression de flyers A5 recto verso (lot défectueux)"_s, u"500"_s,
                        u"0.12345"_s, u"20"_s, {}, u"H87"_s),
             sampleLine(u"Livres de référence (retour)"_s, u"1"_s, u"24.99"_s, u"5.5"_s, {},
                        u"H87"_s)},
            company);
        note.kind = DocumentKind::CreditNote;
        note.creditedInvoiceId = u"0b7d5c1e-2f3a-4b5c-8d9e-000000000007"_s;
        note.creditedInvoiceNumber = u"2026-ANA042-0007"_s;
        note.creditedInvoiceDate = QDate(2026, 3, 12);
        note.date = QDate(2026, 3, 20);
        note.dueDate = QDate();
        note.paymentTerms.clear();
        cacheTotals(note);
        samples.append({u"credit_note"_s, note, {}});
    }

    // A deposit invoice (TypeCode 386), then the balance that deducts it per rate.
    {
        SalesDocument deposit = sampleInvoice(
            u"2026-ANA042-0010"_s,
            {sampleLine(u"Acompte de 30 % sur le devis D2026-0012 (TVA 20 %)"_s, u"1"_s,
                        u"1053.75"_s, u"20"_s, {}, u"C62"_s),
             sampleLine(u"Acompte de 30 % sur le devis D2026-0012 (TVA 5,5 %)"_s, u"1"_s,
                        u"89.97"_s, u"5.5"_s, {}, u"C62"_s)},
            company);
        deposit.role = InvoiceRole::Deposit;
        deposit.quoteId = u"5e2b7c90-1a2b-4c3d-8e9f-abcdefabcdef"_s;
        samples.append({u"deposit_invoice"_s, deposit, {}});

        const InvoiceTotals depositTotals = deposit.totals().value();
        SalesDocument balance = sampleInvoice(
            u"2026-ANA042-0015"_s,
            {sampleLine(u"Refonte du site vitrine"_s, u"1"_s, u"2450"_s, u"20"_s, {}, u"LS"_s),
             sampleLine(u"Journées de développement"_s, u"3.5"_s, u"310"_s, u"20"_s, {}, u"DAY"_s),
             sampleLine(u"Guides imprimés"_s, u"12"_s, u"24.99"_s, u"5.5"_s, {}, u"H87"_s)},
            company);
        balance.role = InvoiceRole::Balance;
        balance.quoteId = deposit.quoteId;
        for (const VatBreakdown &rate : depositTotals.perRate)
            balance.deductions.append({rate.rate, rate.exemptionMention, rate.base, rate.vat,
                                       u"Facture d'acompte 2026-ANA042-0010 du 12/03/2026"_s});
        cacheTotals(balance);
        samples.append({u"balance_with_deductions"_s, balance, {}});
    }

    // A company in another EU country: reverse charge at 0 %, delivery address, no SIREN.
    {
        SalesDocument invoice = sampleInvoice(
            u"2026-ANA042-0011"_s,
            {sampleLine(u"Conception d'étiquettes de bière"_s, u"4"_s, u"420"_s, u"0"_s, {},
                        u"LS"_s, kReverseCharge),
             sampleLine(u"Déplacement à Bruxelles"_s, u"640"_s, u"0.603"_s, u"0"_s, {}, u"KMT"_s,
                        kReverseCharge)},
            sampleParties(CustomerKind::Company, true));
        samples.append({u"foreign_company_reverse_charge"_s, invoice, {}});
    }

    // One rounding per rate against one per line: 3 × 0.33333 is 1.00 for the rate but 3 × 0.33
    // for the lines (a charge of 0.01), 3 × 0.66667 is 2.00 against 3 × 0.67 (an allowance).
    {
        SalesDocument invoice = sampleInvoice(
            u"2026-ANA042-0012"_s,
            {sampleLine(u"Marque-page (lot de 1)"_s, u"1"_s, u"0.33333"_s, u"20"_s, {}, u"H87"_s),
             sampleLine(u"Marque-page (lot de 1)"_s, u"1"_s, u"0.33333"_s, u"20"_s, {}, u"H87"_s),
             sampleLine(u"Marque-page (lot de 1)"_s, u"1"_s, u"0.33333"_s, u"20"_s, {}, u"H87"_s),
             sampleLine(u"Carte postale"_s, u"1"_s, u"0.66667"_s, u"10"_s, {}, u"H87"_s),
             sampleLine(u"Carte postale"_s, u"1"_s, u"0.66667"_s, u"10"_s, {}, u"H87"_s),
             sampleLine(u"Carte postale"_s, u"1"_s, u"0.66667"_s, u"10"_s, {}, u"H87"_s)},
            company);
        invoice.nature = OperationNature::Goods;
        invoice.vatOnDebits = true;
        samples.append({u"rounding_per_rate"_s, invoice, {}});
    }

    samples.append({u"sixty_lines"_s, manyLinesInvoice(60), {}});
    return samples;
}

SalesDocument manyLinesInvoice(int count)
{
    static const char16_t *const rates[] = {u"20", u"10", u"5.5", u"20", u"2.1"};
    QList<DocumentLine> lines;
    for (int i = 0; i < count; ++i) {
        // Prices with 3 to 5 decimals, so that per-line rounding drifts from per-rate rounding.
        const QString price = u"%1.%2"_s.arg(3 + (i * 7) % 90).arg(10007 + i * 379, 5, 10, QChar(u'0'));
        const QString quantity = u"%1.%2"_s.arg(1 + i % 6).arg((i * 37) % 1000, 3, 10, QChar(u'0'));
        const QString discount = i % 4 == 0 ? u"7.5"_s : QString();
        lines.append(sampleLine(u"Prestation de mise en page n° %1 — brochure, chapitre %2, "
                                "corrections et export"_s.arg(i + 1).arg(i % 12 + 1),
                                quantity, price.left(price.indexOf(u'.') + 6),
                                QString::fromUtf16(rates[i % 5]), discount));
    }
    return sampleInvoice(u"2026-ANA042-0100"_s, lines, sampleParties());
}

} // namespace coop::test
