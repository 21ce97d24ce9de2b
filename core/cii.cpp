#include "cii.h"

#include "businessday.h"
#include "int128_p.h"
#include "tr.h"

#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

using detail::Int128;

const QString kRsm = u"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"_s;
const QString kRam = u"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"_s;
const QString kUdt = u"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"_s;
const QString kQdt = u"urn:un:unece:uncefact:data:standard:QualifiedDataType:100"_s;

// 1e-16 € (a line after its discount) per cent.
constexpr Int128 Units16PerCent = static_cast<Int128>(ExactAmount::UnitsPerCent) * Rate::UnitsPerOne;

// The VAT category of EN 16931 (UNTDID 5305) a line falls in: S for any positive rate; at 0 %,
// AE (reverse charge) when the mention says so and the buyer has a VAT number, else E (exempt).
enum class Category { Standard, Exempt, ReverseCharge };

QString categoryCode(Category category)
{
    switch (category) {
    case Category::Standard:
        return u"S"_s;
    case Category::Exempt:
        return u"E"_s;
    case Category::ReverseCharge:
        return u"AE"_s;
    }
    return u"S"_s;
}

Category categoryOf(Rate rate, const QString &mention, const Customer &customer)
{
    if (!rate.isZero())
        return Category::Standard;
    const bool reverseCharge = mention.contains(u"autoliquidation"_s, Qt::CaseInsensitive)
                               || mention.contains(u"due par le preneur"_s, Qt::CaseInsensitive);
    if (reverseCharge && !customer.vatNumber.trimmed().isEmpty())
        return Category::ReverseCharge;
    return Category::Exempt;
}

// One VAT breakdown of the CII (BG-23). EN 16931 wants one group per category and rate, so every
// 0 % mention of a category shares one group whose exemption text lists them.
struct CiiGroup
{
    Category category = Category::Standard;
    Rate rate;
    QStringList mentions;
    Money base;        // the engine's bases, summed
    Money vat;         // the engine's VAT, summed
    Money linesSum;    // Σ BT-131 of the lines of this group (deduction lines included)
};

// One invoice line of the CII.
struct CiiLine
{
    QString name;
    QString unit;
    Quantity quantity;
    QString netPrice;     // BT-146, never negative
    Money lineTotal;      // BT-131
    Money allowance;      // its line discount, if any (BG-27)
    bool hasAllowance = false;
    qsizetype group = 0;
};

QString dateText(QDate date)
{
    return date.toString(u"yyyyMMdd"_s);
}

QString frenchDate(QDate date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

QString frenchPercent(Rate rate)
{
    return rate.toPercentString().replace(u'.', u',') + u"\u00a0%"_s;
}

// The document's text as XML; element order follows the Factur-X EN16931 schema.
class Writer
{
public:
    explicit Writer(QByteArray *out) : m_xml(out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    QXmlStreamWriter &xml() { return m_xml; }
    void start(const QString &name) { m_xml.writeStartElement(name); }
    void end() { m_xml.writeEndElement(); }
    void text(const QString &name, const QString &value) { m_xml.writeTextElement(name, value); }
    void text(const QString &name, const QString &value, const QString &attribute,
              const QString &attributeValue)
    {
        m_xml.writeStartElement(name);
        m_xml.writeAttribute(attribute, attributeValue);
        m_xml.writeCharacters(value);
        m_xml.writeEndElement();
    }
    void date(const QString &name, QDate value)
    {
        start(name);
        text(u"udt:DateTimeString"_s, dateText(value), u"format"_s, u"102"_s);
        end();
    }
    void address(const Address &address)
    {
        start(u"ram:PostalTradeAddress"_s);
        if (!address.postcode.trimmed().isEmpty())
            text(u"ram:PostcodeCode"_s, address.postcode.trimmed());
        if (!address.line1.trimmed().isEmpty())
            text(u"ram:LineOne"_s, address.line1.trimmed());
        if (!address.line2.trimmed().isEmpty())
            text(u"ram:LineTwo"_s, address.line2.trimmed());
        if (!address.city.trimmed().isEmpty())
            text(u"ram:CityName"_s, address.city.trimmed());
        text(u"ram:CountryID"_s, address.country.isEmpty() ? u"FR"_s : address.country.toUpper());
        end();
    }
    void tax(const CiiGroup &group)
    {
        text(u"ram:TypeCode"_s, u"VAT"_s);
        text(u"ram:CategoryCode"_s, categoryCode(group.category));
        text(u"ram:RateApplicablePercent"_s, group.rate.toPercentString());
    }
    void note(const QString &content, const QString &subject)
    {
        if (content.trimmed().isEmpty())
            return;
        start(u"ram:IncludedNote"_s);
        text(u"ram:Content"_s, content.trimmed());
        text(u"ram:SubjectCode"_s, subject);
        end();
    }

private:
    QXmlStreamWriter m_xml;
};

std::unexpected<Error> tooLarge()
{
    return fail(ErrorCode::Overflow, Tr::tr("The invoice amounts are too large."), u"totals"_s);
}

} // namespace

Result<QByteArray> buildCii(const SalesDocument &document, Money paid,
                            const DocumentParties *partiesOverride)
{
    const DocumentParties *partiesPointer =
        partiesOverride ? partiesOverride : (document.parties ? &*document.parties : nullptr);
    if (!partiesPointer) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Only a validated document can be exported as an e-invoice."),
                    u"parties"_s);
    }
    const DocumentParties &parties = *partiesPointer;
    const Result<InvoiceTotals> totalsResult = document.totals();
    if (!totalsResult)
        return fail(totalsResult.error());
    const InvoiceTotals &totals = *totalsResult;
    const bool includingVat = document.priceEntry == PriceEntry::IncludingVat;

    // The VAT groups, from the engine's per-rate totals.
    QList<CiiGroup> groups;
    auto groupOf = [&](Rate rate, const QString &mention) -> qsizetype {
        const Category category = categoryOf(rate, mention, parties.customer);
        for (qsizetype i = 0; i < groups.size(); ++i)
            if (groups.at(i).category == category && groups.at(i).rate == rate)
                return i;
        CiiGroup group;
        group.category = category;
        group.rate = rate;
        groups.append(group);
        return groups.size() - 1;
    };
    for (const VatBreakdown &breakdown : totals.perRate) {
        CiiGroup &group = groups[groupOf(breakdown.rate, breakdown.exemptionMention)];
        if (!breakdown.exemptionMention.isEmpty()
            && !group.mentions.contains(breakdown.exemptionMention))
            group.mentions.append(breakdown.exemptionMention);
        group.base += breakdown.base;
        group.vat += breakdown.vat;
    }

    // The lines: BT-131 is each line's amount excluding VAT rounded on its own.
    QList<CiiLine> lines;
    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        const DocumentLine &line = document.lines.at(i);
        const InvoiceLineAmounts &amounts = totals.lines.at(i);
        const QString mention = line.vatRate.isZero() ? line.exemptionMention.trimmed() : QString();
        CiiLine out;
        out.name = line.designation.trimmed().isEmpty() ? u"-"_s : line.designation.trimmed();
        out.unit = line.unit.isEmpty() ? u"C62"_s : line.unit;
        out.group = groupOf(line.vatRate, mention);
        const qint64 kept = Rate::UnitsPerOne - (line.discount ? line.discount->units() : 0);
        const Int128 net16 = detail::product(amounts.gross.units(), kept);
        qint64 priceUnits = line.unitPrice.units();
        Money grossRounded;
        if (includingVat) {
            // Prices typed with VAT: the line and its price without VAT, each rounded once.
            const Int128 divisor = static_cast<Int128>(Rate::UnitsPerOne + line.vatRate.units());
            const std::optional<qint64> cents = detail::divideRounded128(
                net16 * Rate::UnitsPerOne, divisor * Units16PerCent, Rounding::HalfUp);
            const std::optional<qint64> grossCents = detail::divideRounded128(
                static_cast<Int128>(amounts.gross.units()) * Rate::UnitsPerOne,
                divisor * ExactAmount::UnitsPerCent, Rounding::HalfUp);
            const std::optional<qint64> price = detail::divideRounded128(
                static_cast<Int128>(priceUnits) * Rate::UnitsPerOne, divisor, Rounding::HalfUp);
            if (!cents || !grossCents || !price)
                return tooLarge();
            out.lineTotal = Money::fromCents(*cents);
            grossRounded = Money::fromCents(*grossCents);
            priceUnits = *price;
        } else {
            out.lineTotal = amounts.displayed;
            grossRounded = amounts.gross.rounded(Rounding::HalfUp);
        }
        // BR-27: the net price is never negative; the quantity carries the sign instead.
        Quantity quantity = line.quantity;
        if (priceUnits < 0) {
            priceUnits = -priceUnits;
            quantity = Quantity::fromUnits(-quantity.units());
        }
        out.quantity = quantity;
        out.netPrice = UnitPrice::fromUnits(priceUnits).toString();
        if (line.discount && !line.discount->isZero() && grossRounded != out.lineTotal) {
            out.hasAllowance = true;
            out.allowance = grossRounded - out.lineTotal;
        }
        groups[out.group].linesSum += out.lineTotal;
        lines.append(out);
    }
    // A balance invoice deducts the earlier invoices as negative lines of their rate.
    for (const VatDeduction &deduction : document.deductions) {
        const QString mention = deduction.rate.isZero() ? deduction.exemptionMention.trimmed()
                                                        : QString();
        CiiLine out;
        out.name = deduction.reference.trimmed().isEmpty()
                       ? u"Déduction d'une facture antérieure"_s
                       : u"Déduction : "_s + deduction.reference.trimmed();
        out.unit = u"C62"_s;
        Money base = deduction.base;
        out.quantity = Quantity::fromUnits(-Quantity::UnitsPerOne);
        if (base.isNegative()) {
            base = -base;
            out.quantity = Quantity::fromUnits(Quantity::UnitsPerOne);
        }
        const Result<UnitPrice> price = UnitPrice::fromMoney(base);
        if (!price)
            return tooLarge();
        out.netPrice = price->toString();
        out.lineTotal = -deduction.base;
        out.group = groupOf(deduction.rate, mention);
        groups[out.group].linesSum += out.lineTotal;
        lines.append(out);
    }

    Money lineTotal;
    Money allowances;
    Money charges;
    for (const CiiLine &line : std::as_const(lines))
        lineTotal += line.lineTotal;
    for (const CiiGroup &group : std::as_const(groups)) {
        const Money difference = group.base - group.linesSum;
        if (difference.isNegative())
            allowances -= difference;
        else
            charges += difference;
    }

    const Customer &customer = parties.customer;
    const CooperativeSettings &seller = parties.seller;
    const bool creditNote = document.kind == DocumentKind::CreditNote;
    const QDate issueDate = document.date.isValid() ? document.date : businessToday();

    QByteArray output;
    Writer w(&output);
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartDocument();
    w.start(u"rsm:CrossIndustryInvoice"_s);
    xml.writeAttribute(u"xmlns:rsm"_s, kRsm);
    xml.writeAttribute(u"xmlns:ram"_s, kRam);
    xml.writeAttribute(u"xmlns:qdt"_s, kQdt);
    xml.writeAttribute(u"xmlns:udt"_s, kUdt);

    w.start(u"rsm:ExchangedDocumentContext"_s);
    w.start(u"ram:GuidelineSpecifiedDocumentContextParameter"_s);
    w.text(u"ram:ID"_s, u"urn:cen.eu:en16931:2017"_s);
    w.end();
    w.end();

    // BG-1 notes: object, free notes, and the legal mentions of payment.
    w.start(u"rsm:ExchangedDocument"_s);
    w.text(u"ram:ID"_s, document.number.isEmpty() ? u"BROUILLON"_s : document.number);
    const QString typeCode = creditNote ? u"381"_s
                             : document.role == InvoiceRole::Deposit ? u"386"_s
                                                                     : u"380"_s;
    w.text(u"ram:TypeCode"_s, typeCode);
    w.date(u"ram:IssueDateTime"_s, issueDate);
    if (!document.title.trimmed().isEmpty())
        w.note(u"Objet : "_s + document.title.trimmed(), u"AAI"_s);
    w.note(document.notes, u"AAI"_s);
    if (document.vatOnDebits)
        w.note(u"Option pour le paiement de la taxe d'après les débits."_s, u"TXD"_s);
    w.note(document.earlyPaymentDiscount, u"AAB"_s);
    w.note(u"En cas de retard de paiement, pénalités au taux annuel de "_s
               + frenchPercent(document.latePenaltyRate) + u'.',
           u"PMD"_s);
    if (document.isB2B(customer))
        w.note(u"Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : "
               "40 € (art. L441-10 et D441-5 du Code de commerce)."_s,
               u"PMT"_s);
    w.end();

    w.start(u"rsm:SupplyChainTradeTransaction"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const CiiLine &line = lines.at(i);
        const CiiGroup &group = groups.at(line.group);
        w.start(u"ram:IncludedSupplyChainTradeLineItem"_s);
        w.start(u"ram:AssociatedDocumentLineDocument"_s);
        w.text(u"ram:LineID"_s, QString::number(i + 1));
        w.end();
        w.start(u"ram:SpecifiedTradeProduct"_s);
        w.text(u"ram:Name"_s, line.name);
        w.end();
        w.start(u"ram:SpecifiedLineTradeAgreement"_s);
        w.start(u"ram:NetPriceProductTradePrice"_s);
        w.text(u"ram:ChargeAmount"_s, line.netPrice);
        w.end();
        w.end();
        w.start(u"ram:SpecifiedLineTradeDelivery"_s);
        w.text(u"ram:BilledQuantity"_s, line.quantity.toString(), u"unitCode"_s, line.unit);
        w.end();
        w.start(u"ram:SpecifiedLineTradeSettlement"_s);
        w.start(u"ram:ApplicableTradeTax"_s);
        w.tax(group);
        w.end();
        if (line.hasAllowance) {
            w.start(u"ram:SpecifiedTradeAllowanceCharge"_s);
            w.start(u"ram:ChargeIndicator"_s);
            w.text(u"udt:Indicator"_s, u"false"_s);
            w.end();
            w.text(u"ram:ActualAmount"_s, line.allowance.toString());
            w.text(u"ram:Reason"_s, u"Remise"_s);
            w.end();
        }
        w.start(u"ram:SpecifiedTradeSettlementLineMonetarySummation"_s);
        w.text(u"ram:LineTotalAmount"_s, line.lineTotal.toString());
        w.end();
        w.end();
        w.end();
    }

    // BG-4 seller (the cooperative), BG-7 buyer (the customer), BT-13 order.
    w.start(u"ram:ApplicableHeaderTradeAgreement"_s);
    w.start(u"ram:SellerTradeParty"_s);
    if (!seller.siret.isEmpty())
        w.text(u"ram:GlobalID"_s, seller.siret, u"schemeID"_s, u"0009"_s);
    w.text(u"ram:Name"_s, seller.name);
    QString legalInfo = seller.legalForm;
    if (!seller.capital.isZero())
        legalInfo += u" au capital de "_s + seller.capital.toString().replace(u'.', u',') + u" €"_s;
    if (!seller.rcsCity.isEmpty())
        legalInfo += u" - "_s + seller.rcsCity;
    if (!legalInfo.trimmed().isEmpty())
        w.text(u"ram:Description"_s, legalInfo.trimmed());
    w.start(u"ram:SpecifiedLegalOrganization"_s);
    if (!seller.siren.isEmpty())
        w.text(u"ram:ID"_s, seller.siren, u"schemeID"_s, u"0002"_s);
    if (!parties.activity.name.isEmpty())
        w.text(u"ram:TradingBusinessName"_s, parties.activity.name);
    w.end();
    w.address(seller.address);
    if (!seller.vatNumber.isEmpty()) {
        w.start(u"ram:SpecifiedTaxRegistration"_s);
        w.text(u"ram:ID"_s, seller.vatNumber, u"schemeID"_s, u"VA"_s);
        w.end();
    }
    w.end();

    w.start(u"ram:BuyerTradeParty"_s);
    const bool company = customer.kind == CustomerKind::Company;
    if (company && !customer.siret.isEmpty() && customer.billingAddress.country == u"FR"_s)
        w.text(u"ram:GlobalID"_s, customer.siret, u"schemeID"_s, u"0009"_s);
    w.text(u"ram:Name"_s, customer.displayName());
    if (company && !customer.siren.isEmpty()) {
        w.start(u"ram:SpecifiedLegalOrganization"_s);
        w.text(u"ram:ID"_s, customer.siren, u"schemeID"_s, u"0002"_s);
        w.end();
    }
    if (!customer.contactName.trimmed().isEmpty()) {
        w.start(u"ram:DefinedTradeContact"_s);
        w.text(u"ram:PersonName"_s, customer.contactName.trimmed());
        w.end();
    }
    w.address(customer.billingAddress);
    if (!customer.email.trimmed().isEmpty()) {
        w.start(u"ram:URIUniversalCommunication"_s);
        w.text(u"ram:URIID"_s, customer.email.trimmed(), u"schemeID"_s, u"EM"_s);
        w.end();
    }
    if (!customer.vatNumber.trimmed().isEmpty()) {
        w.start(u"ram:SpecifiedTaxRegistration"_s);
        w.text(u"ram:ID"_s, customer.vatNumber.trimmed(), u"schemeID"_s, u"VA"_s);
        w.end();
    }
    w.end();
    if (!document.purchaseOrder.trimmed().isEmpty()) {
        w.start(u"ram:BuyerOrderReferencedDocument"_s);
        w.text(u"ram:IssuerAssignedID"_s, document.purchaseOrder.trimmed());
        w.end();
    }
    w.end();

    // BG-13 delivery: the delivery address when it differs, BT-72 the date of the service.
    w.start(u"ram:ApplicableHeaderTradeDelivery"_s);
    if (!customer.deliveryAddress.isEmpty() && customer.deliveryAddress != customer.billingAddress) {
        w.start(u"ram:ShipToTradeParty"_s);
        w.text(u"ram:Name"_s, customer.displayName());
        w.address(customer.deliveryAddress);
        w.end();
    }
    if (document.serviceDate.isValid() && !document.serviceEndDate.isValid()) {
        w.start(u"ram:ActualDeliverySupplyChainEvent"_s);
        w.date(u"ram:OccurrenceDateTime"_s, document.serviceDate);
        w.end();
    }
    w.end();

    w.start(u"ram:ApplicableHeaderTradeSettlement"_s);
    if (!document.number.isEmpty())
        w.text(u"ram:PaymentReference"_s, document.number);
    w.text(u"ram:InvoiceCurrencyCode"_s, u"EUR"_s);
    w.start(u"ram:SpecifiedTradeSettlementPaymentMeans"_s);
    const QString iban = QString(seller.iban).remove(u' ');
    if (!iban.isEmpty()) {
        w.text(u"ram:TypeCode"_s, u"30"_s);
        w.text(u"ram:Information"_s, u"Virement"_s);
        w.start(u"ram:PayeePartyCreditorFinancialAccount"_s);
        w.text(u"ram:IBANID"_s, iban);
        w.end();
        if (!seller.bic.trimmed().isEmpty()) {
            w.start(u"ram:PayeeSpecifiedCreditorFinancialInstitution"_s);
            w.text(u"ram:BICID"_s, seller.bic.trimmed());
            w.end();
        }
    } else {
        w.text(u"ram:TypeCode"_s, u"1"_s);
    }
    w.end();

    // BT-8: VAT due at invoicing (option for debits) or at payment (services).
    QString dueDateTypeCode;
    if (document.vatOnDebits)
        dueDateTypeCode = u"5"_s;
    else if (document.nature == OperationNature::Services)
        dueDateTypeCode = u"72"_s;
    for (const CiiGroup &group : std::as_const(groups)) {
        w.start(u"ram:ApplicableTradeTax"_s);
        w.text(u"ram:CalculatedAmount"_s, group.vat.toString());
        w.text(u"ram:TypeCode"_s, u"VAT"_s);
        if (group.category != Category::Standard) {
            QString reason = group.mentions.join(u" ; "_s);
            if (reason.isEmpty())
                reason = group.category == Category::ReverseCharge ? u"Autoliquidation"_s
                                                                    : u"Exonération de TVA"_s;
            w.text(u"ram:ExemptionReason"_s, reason);
        }
        w.text(u"ram:BasisAmount"_s, group.base.toString());
        w.text(u"ram:CategoryCode"_s, categoryCode(group.category));
        if (group.category == Category::ReverseCharge)
            w.text(u"ram:ExemptionReasonCode"_s, u"VATEX-EU-AE"_s);
        if (!dueDateTypeCode.isEmpty())
            w.text(u"ram:DueDateTypeCode"_s, dueDateTypeCode);
        w.text(u"ram:RateApplicablePercent"_s, group.rate.toPercentString());
        w.end();
    }
    if (document.serviceDate.isValid() && document.serviceEndDate.isValid()) {
        w.start(u"ram:BillingSpecifiedPeriod"_s);
        w.date(u"ram:StartDateTime"_s, document.serviceDate);
        w.date(u"ram:EndDateTime"_s, document.serviceEndDate);
        w.end();
    }
    // Per group, what separates Σ BT-131 from the engine's base: the document discount and the
    // rounding once per rate (instead of once per line).
    for (const CiiGroup &group : std::as_const(groups)) {
        const Money difference = group.base - group.linesSum;
        if (difference.isZero())
            continue;
        const bool charge = !difference.isNegative();
        w.start(u"ram:SpecifiedTradeAllowanceCharge"_s);
        w.start(u"ram:ChargeIndicator"_s);
        w.text(u"udt:Indicator"_s, charge ? u"true"_s : u"false"_s);
        w.end();
        w.text(u"ram:ActualAmount"_s, difference.abs().toString());
        QString reason = u"Arrondi"_s;
        if (!charge && document.documentDiscount && !document.documentDiscount->isZero())
            reason = u"Remise"_s;
        w.text(u"ram:Reason"_s, reason);
        w.start(u"ram:CategoryTradeTax"_s);
        w.tax(group);
        w.end();
        w.end();
    }

    w.start(u"ram:SpecifiedTradePaymentTerms"_s);
    QString terms = document.paymentTerms.trimmed();
    if (terms.isEmpty()) {
        if (document.dueDate.isValid() && document.dueDate > issueDate)
            terms = u"Paiement au plus tard le "_s + frenchDate(document.dueDate) + u'.';
        else
            terms = u"Paiement à réception de facture."_s;
    }
    if (!terms.endsWith(u'.'))
        terms += u'.';
    if (!creditNote) {
        terms += u" Pénalités de retard au taux annuel de "_s + frenchPercent(document.latePenaltyRate)
                 + u'.';
        if (document.isB2B(customer))
            terms += u" Indemnité forfaitaire pour frais de recouvrement : 40 €."_s;
    }
    w.text(u"ram:Description"_s, terms);
    if (document.dueDate.isValid())
        w.date(u"ram:DueDateDateTime"_s, document.dueDate);
    w.end();

    const Money due = totals.totalIncludingVat - paid;
    w.start(u"ram:SpecifiedTradeSettlementHeaderMonetarySummation"_s);
    w.text(u"ram:LineTotalAmount"_s, lineTotal.toString());
    w.text(u"ram:ChargeTotalAmount"_s, charges.toString());
    w.text(u"ram:AllowanceTotalAmount"_s, allowances.toString());
    w.text(u"ram:TaxBasisTotalAmount"_s, totals.totalExcludingVat.toString());
    w.text(u"ram:TaxTotalAmount"_s, totals.totalVat.toString(), u"currencyID"_s, u"EUR"_s);
    w.text(u"ram:GrandTotalAmount"_s, totals.totalIncludingVat.toString());
    w.text(u"ram:TotalPrepaidAmount"_s, paid.toString());
    w.text(u"ram:DuePayableAmount"_s, due.toString());
    w.end();

    if (creditNote && !document.creditedInvoiceNumber.isEmpty()) {
        w.start(u"ram:InvoiceReferencedDocument"_s);
        w.text(u"ram:IssuerAssignedID"_s, document.creditedInvoiceNumber);
        if (document.creditedInvoiceDate.isValid()) {
            w.start(u"ram:FormattedIssueDateTime"_s);
            w.text(u"qdt:DateTimeString"_s, dateText(document.creditedInvoiceDate), u"format"_s,
                   u"102"_s);
            w.end();
        }
        w.end();
    }
    w.end(); // ApplicableHeaderTradeSettlement
    w.end(); // SupplyChainTradeTransaction
    w.end(); // CrossIndustryInvoice
    xml.writeEndDocument();
    if (xml.hasError())
        return fail(ErrorCode::Internal, Tr::tr("The e-invoice could not be written."));
    return output;
}

} // namespace coop
