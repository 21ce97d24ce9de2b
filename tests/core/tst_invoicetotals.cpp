#include "core/invoicetotals.h"

#include <QTest>

using namespace coop;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(coop::PriceEntry)
Q_DECLARE_METATYPE(coop::ErrorCode)

namespace {

template<typename T>
QByteArray errorText(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

// "quantity|unit price|VAT %[|line discount %[|exemption mention]]"
InvoiceLineInput line(const QString &spec)
{
    const QStringList parts = spec.split(u'|');
    Q_ASSERT(parts.size() >= 3);
    InvoiceLineInput result;
    result.designation = u"Prestation"_s;
    result.quantity = Quantity::parse(parts.at(0)).value();
    result.unitPrice = UnitPrice::parse(parts.at(1)).value();
    result.vatRate = Rate::fromPercent(parts.at(2)).value();
    if (parts.size() > 3 && !parts.at(3).isEmpty())
        result.discount = Rate::fromPercent(parts.at(3)).value();
    if (parts.size() > 4)
        result.exemptionMention = parts.at(4);
    return result;
}

InvoiceInput invoice(const QStringList &lines, const QString &documentDiscount,
                     PriceEntry entry = PriceEntry::ExcludingVat)
{
    InvoiceInput input;
    for (const QString &spec : lines)
        input.lines.append(line(spec));
    if (!documentDiscount.isEmpty())
        input.documentDiscount = Rate::fromPercent(documentDiscount).value();
    input.priceEntry = entry;
    return input;
}

// "rate|base|vat[|exemption mention]": what an earlier invoice of the quote billed at a rate.
QList<VatDeduction> deductionsFrom(const QStringList &specs)
{
    QList<VatDeduction> deductions;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(u'|');
        Q_ASSERT(parts.size() >= 3);
        VatDeduction deduction;
        deduction.rate = Rate::fromPercent(parts.at(0)).value();
        deduction.base = Money::parse(parts.at(1)).value();
        deduction.vat = Money::parse(parts.at(2)).value();
        if (parts.size() > 3)
            deduction.exemptionMention = parts.at(3);
        deduction.reference = u"Facture d'acompte 2026-ANA-0001 du 02/02/2026"_s;
        deductions.append(deduction);
    }
    return deductions;
}

// "rate|base|vat|ttc", the way a reader checks the invoice's VAT table.
QStringList describe(const QList<VatBreakdown> &perRate)
{
    QStringList rows;
    for (const VatBreakdown &row : perRate) {
        rows.append(u"%1|%2|%3|%4"_s.arg(row.rate.toPercentString(), row.base.toString(),
                                         row.vat.toString(), row.total.toString()));
    }
    return rows;
}

QString negated(const QString &amount)
{
    return amount.startsWith(u'-') ? amount.mid(1) : (amount == u"0.00" ? amount : u'-' + amount);
}

const QString Exempt = u"Exonération de TVA, article 261 C du CGI"_s;

} // namespace

class tst_InvoiceTotals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totals_data();
    void totals();
    void creditNoteMirrorsInvoice_data();
    void creditNoteMirrorsInvoice();
    void vatRoundedOncePerRateNotPerLine();
    void exemptionMentionAndOrder();
    void typedTtcIsWhatTheCustomerPays();
    void refused_data();
    void refused();
    void deductions_data();
    void deductions();
    void deductionRefused_data();
    void deductionRefused();
};

void tst_InvoiceTotals::totals_data()
{
    QTest::addColumn<PriceEntry>("entry");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("documentDiscount");
    QTest::addColumn<QStringList>("perRate");
    QTest::addColumn<QString>("ht");
    QTest::addColumn<QString>("vat");
    QTest::addColumn<QString>("ttc");

    const auto ht = PriceEntry::ExcludingVat;
    const auto ttc = PriceEntry::IncludingVat;

    QTest::newRow("VAT rounded once per rate: 3 × 0.333 at 20 %")
        << ht << QStringList{u"1|0.333|20"_s, u"1|0.333|20"_s, u"1|0.333|20"_s} << QString()
        << QStringList{u"20|1.00|0.20|1.20"_s} << u"1.00"_s << u"0.20"_s << u"1.20"_s;
    QTest::newRow("VAT rounded once per rate: two lines at 20 % (per line 2.47 + 2.47)")
        << ht << QStringList{u"1|12.37|20"_s, u"1|12.37|20"_s} << QString()
        << QStringList{u"20|24.74|4.95|29.69"_s} << u"24.74"_s << u"4.95"_s << u"29.69"_s;
    QTest::newRow("HT rounded once: 3 × 0.335 is 1.01, not 3 × 0.34")
        << ht << QStringList{u"1|0.335|20"_s, u"1|0.335|20"_s, u"1|0.335|20"_s} << QString()
        << QStringList{u"20|1.01|0.20|1.21"_s} << u"1.01"_s << u"0.20"_s << u"1.21"_s;
    QTest::newRow("mixed rates 20/10/5.5/2.1/0, highest rate first")
        << ht
        << QStringList{u"1|10|5.5"_s, u"1|200|0||"_s + Exempt, u"1|100|20"_s, u"1|9.99|2.1"_s,
                       u"2|50.5|10"_s}
        << QString()
        << QStringList{u"20|100.00|20.00|120.00"_s, u"10|101.00|10.10|111.10"_s,
                       u"5.5|10.00|0.55|10.55"_s, u"2.1|9.99|0.21|10.20"_s,
                       u"0|200.00|0.00|200.00"_s}
        << u"420.99"_s << u"30.86"_s << u"451.85"_s;
    QTest::newRow("5-decimal unit price kept exact until the rate's total")
        << ht << QStringList{u"3|1.23456|20"_s, u"1000|0.00001|20"_s} << QString()
        << QStringList{u"20|3.71|0.74|4.45"_s} << u"3.71"_s << u"0.74"_s << u"4.45"_s;
    QTest::newRow("3-decimal quantities")
        << ht << QStringList{u"2.375|47.50|20"_s, u"0.125|8|20"_s} << QString()
        << QStringList{u"20|113.81|22.76|136.57"_s} << u"113.81"_s << u"22.76"_s << u"136.57"_s;
    QTest::newRow("line discount applied before the rounding")
        << ht << QStringList{u"3|99.99|20|15"_s} << QString()
        << QStringList{u"20|254.97|50.99|305.96"_s} << u"254.97"_s << u"50.99"_s << u"305.96"_s;
    QTest::newRow("document discount applied to each rate's exact sum")
        << ht << QStringList{u"1|100|20"_s, u"1|33.33|10"_s} << u"5"_s
        << QStringList{u"20|95.00|19.00|114.00"_s, u"10|31.66|3.17|34.83"_s} << u"126.66"_s
        << u"22.17"_s << u"148.83"_s;
    QTest::newRow("line and document discounts combine exactly")
        << ht << QStringList{u"1|200|20|10"_s} << u"2.5"_s
        << QStringList{u"20|175.50|35.10|210.60"_s} << u"175.50"_s << u"35.10"_s << u"210.60"_s;
    QTest::newRow("half a cent of base rounds half up")
        << ht << QStringList{u"1|10.125|20"_s} << QString()
        << QStringList{u"20|10.13|2.03|12.16"_s} << u"10.13"_s << u"2.03"_s << u"12.16"_s;
    QTest::newRow("half a cent of VAT rounds half up")
        << ht << QStringList{u"1|0.25|10"_s} << QString()
        << QStringList{u"10|0.25|0.03|0.28"_s} << u"0.25"_s << u"0.03"_s << u"0.28"_s;
    QTest::newRow("negative half cents round away from zero")
        << ht << QStringList{u"-1|10.125|20"_s, u"-1|0.25|10"_s} << QString()
        << QStringList{u"20|-10.13|-2.03|-12.16"_s, u"10|-0.25|-0.03|-0.28"_s} << u"-10.38"_s
        << u"-2.06"_s << u"-12.44"_s;
    QTest::newRow("a negative line on its own rate gives a negative rate total")
        << ht << QStringList{u"1|100|20"_s, u"-2|12.5|10"_s} << QString()
        << QStringList{u"20|100.00|20.00|120.00"_s, u"10|-25.00|-2.50|-27.50"_s} << u"75.00"_s
        << u"17.50"_s << u"92.50"_s;
    QTest::newRow("a negative discount line nets within its rate")
        << ht << QStringList{u"1|500|20"_s, u"1|-50.005|20"_s} << QString()
        << QStringList{u"20|450.00|90.00|540.00"_s} << u"450.00"_s << u"90.00"_s << u"540.00"_s;
    QTest::newRow("TTC entry: HT = TTC / 1.2 half up, VAT = TTC - HT")
        << ttc << QStringList{u"3|19.99|20"_s} << QString()
        << QStringList{u"20|49.98|9.99|59.97"_s} << u"49.98"_s << u"9.99"_s << u"59.97"_s;
    QTest::newRow("TTC entry with several rates and a discount")
        << ttc << QStringList{u"1|10|5.5"_s, u"2|12.345|20|10"_s} << u"3"_s
        << QStringList{u"20|17.96|3.59|21.55"_s, u"5.5|9.19|0.51|9.70"_s} << u"27.15"_s
        << u"4.10"_s << u"31.25"_s;
    QTest::newRow("empty invoice")
        << ht << QStringList() << QString() << QStringList() << u"0.00"_s << u"0.00"_s
        << u"0.00"_s;
}

void tst_InvoiceTotals::totals()
{
    QFETCH(PriceEntry, entry);
    QFETCH(QStringList, lines);
    QFETCH(QString, documentDiscount);
    QFETCH(QStringList, perRate);
    QFETCH(QString, ht);
    QFETCH(QString, vat);
    QFETCH(QString, ttc);

    const Result<InvoiceTotals> totals = computeInvoiceTotals(invoice(lines, documentDiscount, entry));
    QVERIFY2(totals, errorText(totals).constData());
    QCOMPARE(describe(totals->perRate), perRate);
    QCOMPARE(totals->totalExcludingVat.toString(), ht);
    QCOMPARE(totals->totalVat.toString(), vat);
    QCOMPARE(totals->totalIncludingVat.toString(), ttc);
    QCOMPARE(totals->totalIncludingVat, totals->totalExcludingVat + totals->totalVat);
    QCOMPARE(totals->lines.size(), lines.size());
    for (const VatBreakdown &row : totals->perRate) {
        QCOMPARE(row.total, row.base + row.vat);
        // Without deductions the lines' amounts are the rate's amounts.
        QCOMPARE(row.linesBase, row.base);
        QCOMPARE(row.linesVat, row.vat);
    }
}

void tst_InvoiceTotals::creditNoteMirrorsInvoice_data()
{
    totals_data();
}

// The credit note (avoir) repeats the invoice's lines with negative quantities: every amount is
// the exact opposite, because half up rounds half away from zero on both sides.
void tst_InvoiceTotals::creditNoteMirrorsInvoice()
{
    QFETCH(PriceEntry, entry);
    QFETCH(QStringList, lines);
    QFETCH(QString, documentDiscount);
    QFETCH(QStringList, perRate);
    QFETCH(QString, ht);
    QFETCH(QString, vat);
    QFETCH(QString, ttc);

    InvoiceInput creditNote = invoice(lines, documentDiscount, entry);
    for (InvoiceLineInput &creditLine : creditNote.lines)
        creditLine.quantity = Quantity::fromUnits(-creditLine.quantity.units());
    const Result<InvoiceTotals> totals = computeInvoiceTotals(creditNote);
    QVERIFY2(totals, errorText(totals).constData());

    QStringList mirrored;
    for (const QString &row : perRate) {
        QStringList fields = row.split(u'|');
        for (qsizetype i = 1; i < fields.size(); ++i)
            fields[i] = negated(fields.at(i));
        mirrored.append(fields.join(u'|'));
    }
    QCOMPARE(describe(totals->perRate), mirrored);
    QCOMPARE(totals->totalExcludingVat.toString(), negated(ht));
    QCOMPARE(totals->totalVat.toString(), negated(vat));
    QCOMPARE(totals->totalIncludingVat.toString(), negated(ttc));
}

// Rounding each line first would invoice 0.99 HT and 0.21 VAT for what is 0.999 € at 20 %.
void tst_InvoiceTotals::vatRoundedOncePerRateNotPerLine()
{
    const InvoiceInput input =
        invoice({u"1|0.333|20"_s, u"1|0.333|20"_s, u"1|0.333|20"_s}, QString());
    const Result<InvoiceTotals> totals = computeInvoiceTotals(input);
    QVERIFY2(totals, errorText(totals).constData());

    Money perLineHt;
    Money perLineVat;
    for (const InvoiceLineAmounts &amounts : totals->lines) {
        QCOMPARE(amounts.gross.toString(), u"0.333"_s);
        QCOMPARE(amounts.displayed.toString(), u"0.33"_s);
        perLineHt += amounts.displayed;
        perLineVat += amounts.displayed.times(Rate::fromPercent(u"20").value(), Rounding::HalfUp)
                          .value();
    }
    QCOMPARE(perLineHt.toString(), u"0.99"_s);
    QCOMPARE(perLineVat.toString(), u"0.21"_s);

    QCOMPARE(totals->totalExcludingVat.toString(), u"1.00"_s);
    QCOMPARE(totals->totalVat.toString(), u"0.20"_s);
    QVERIFY(totals->totalExcludingVat != perLineHt);
    QVERIFY(totals->totalVat != perLineVat);
}

void tst_InvoiceTotals::exemptionMentionAndOrder()
{
    const QString reverseCharge = u"Autoliquidation"_s;
    const InvoiceInput input = invoice({u"1|10|0||"_s + Exempt, u"1|5|0||"_s + reverseCharge,
                                        u"1|7|0||  "_s + Exempt + u"  "_s, u"1|3|20||ignored"_s},
                                       QString());
    const Result<InvoiceTotals> totals = computeInvoiceTotals(input);
    QVERIFY2(totals, errorText(totals).constData());
    QCOMPARE(totals->perRate.size(), 3);
    QCOMPARE(totals->perRate.at(0).rate, Rate::fromPercent(u"20").value());
    QCOMPARE(totals->perRate.at(0).exemptionMention, QString());
    QCOMPARE(totals->perRate.at(1).exemptionMention, reverseCharge);
    QCOMPARE(totals->perRate.at(1).base.toString(), u"5.00"_s);
    QCOMPARE(totals->perRate.at(2).exemptionMention, Exempt);
    QCOMPARE(totals->perRate.at(2).base.toString(), u"17.00"_s);
    QCOMPARE(totals->perRate.at(2).vat, Money());
}

// Prices typed with VAT: whatever the lines, each rate's TTC is the exact sum the customer saw.
void tst_InvoiceTotals::typedTtcIsWhatTheCustomerPays()
{
    const QStringList rates{u"20"_s, u"10"_s, u"5.5"_s, u"2.1"_s};
    for (qint64 cents = 1; cents <= 2000; cents += 7) {
        for (const QString &rate : rates) {
            InvoiceInput input;
            input.priceEntry = PriceEntry::IncludingVat;
            InvoiceLineInput typed = line(u"1|0|"_s + rate);
            typed.unitPrice = UnitPrice::fromUnits(cents * UnitPrice::UnitsPerCent);
            input.lines = {typed, typed};
            const Result<InvoiceTotals> totals = computeInvoiceTotals(input);
            QVERIFY2(totals, errorText(totals).constData());
            QCOMPARE(totals->totalIncludingVat.cents(), 2 * cents);
            QCOMPARE(totals->perRate.at(0).total.cents(), 2 * cents);
            QCOMPARE(totals->totalExcludingVat + totals->totalVat, totals->totalIncludingVat);
        }
    }
}

void tst_InvoiceTotals::refused_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("documentDiscount");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("where");

    QTest::newRow("0 % without an exemption mention, at its line")
        << QStringList{u"1|1|20"_s, u"1|1|10"_s, u"1|1|0||"_s + Exempt, u"1|1|0"_s} << QString()
        << ErrorCode::InvalidArgument << u"lines[3].vatRate"_s;
    QTest::newRow("0 % with a blank mention")
        << QStringList{u"1|1|0||   "_s} << QString() << ErrorCode::InvalidArgument
        << u"lines[0].vatRate"_s;
    QTest::newRow("VAT rate above 100 %")
        << QStringList{u"1|1|20"_s, u"1|1|100.000001"_s} << QString()
        << ErrorCode::InvalidArgument << u"lines[1].vatRate"_s;
    QTest::newRow("negative VAT rate")
        << QStringList{u"1|1|-5.5"_s} << QString() << ErrorCode::InvalidArgument
        << u"lines[0].vatRate"_s;
    QTest::newRow("line discount above 100 %")
        << QStringList{u"1|1|20|101"_s} << QString() << ErrorCode::InvalidArgument
        << u"lines[0].discount"_s;
    QTest::newRow("negative document discount")
        << QStringList{u"1|1|20"_s} << u"-1"_s << ErrorCode::InvalidArgument
        << u"documentDiscount"_s;
    QTest::newRow("overflow of a line's quantity × unit price")
        << QStringList{u"1|1|20"_s, u"1000000|92233720|20"_s} << QString() << ErrorCode::Overflow
        << u"lines[1]"_s;
}

void tst_InvoiceTotals::refused()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, documentDiscount);
    QFETCH(ErrorCode, code);
    QFETCH(QString, where);

    const Result<InvoiceTotals> totals = computeInvoiceTotals(invoice(lines, documentDiscount));
    QVERIFY(!totals);
    QCOMPARE(totals.error().code(), code);
    QCOMPARE(totals.error().where(), where);
    QVERIFY(!totals.error().message().isEmpty());
}

// A balance invoice (facture de solde) bills the quote's lines and deducts, per rate, the base and
// VAT its deposit and intermediate invoices billed, as they were issued: the per-rate amounts
// are the lines' rounded amounts less the deductions, with no second rounding.
void tst_InvoiceTotals::deductions_data()
{
    QTest::addColumn<PriceEntry>("entry");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("deducted");
    QTest::addColumn<QStringList>("perRate");     // after the deductions
    QTest::addColumn<QStringList>("linesPerRate"); // "rate|linesBase|linesVat"
    QTest::addColumn<QString>("ttc");

    const auto ht = PriceEntry::ExcludingVat;
    const auto ttc = PriceEntry::IncludingVat;

    QTest::newRow("balance after a 30 % deposit")
        << ht << QStringList{u"1|1000|20"_s} << QStringList{u"20|300.00|60.00"_s}
        << QStringList{u"20|700.00|140.00|840.00"_s} << QStringList{u"20|1000.00|200.00"_s}
        << u"840.00"_s;
    QTest::newRow("balance absorbs the deposit's VAT rounding (0.02, not 0.07 × 20 %)")
        << ht << QStringList{u"1|0.14|20"_s} << QStringList{u"20|0.07|0.01"_s}
        << QStringList{u"20|0.07|0.02|0.09"_s} << QStringList{u"20|0.14|0.03"_s} << u"0.09"_s;
    QTest::newRow("deposit and intermediate invoices over two rates")
        << ht << QStringList{u"2|450|20"_s, u"1|333.33|5.5"_s}
        << QStringList{u"20|270.00|54.00"_s, u"5.5|100.00|5.50"_s, u"20|360.00|72.00"_s,
                       u"5.5|133.33|7.33"_s}
        << QStringList{u"20|270.00|54.00|324.00"_s, u"5.5|100.00|5.50|105.50"_s}
        << QStringList{u"20|900.00|180.00"_s, u"5.5|333.33|18.33"_s} << u"429.50"_s;
    QTest::newRow("TTC entry: the deduction is still HT base and VAT")
        << ttc << QStringList{u"1|120|20"_s} << QStringList{u"20|30.00|6.00"_s}
        << QStringList{u"20|70.00|14.00|84.00"_s} << QStringList{u"20|100.00|20.00"_s}
        << u"84.00"_s;
    QTest::newRow("0 % deduction matches the lines of the same mention")
        << ht << QStringList{u"1|500|0||"_s + Exempt, u"1|100|20"_s}
        << QStringList{u"0|250.00|0.00|"_s + Exempt}
        << QStringList{u"20|100.00|20.00|120.00"_s, u"0|250.00|0.00|250.00"_s}
        << QStringList{u"20|100.00|20.00"_s, u"0|500.00|0.00"_s} << u"370.00"_s;
    QTest::newRow("deductions may take a rate to zero")
        << ht << QStringList{u"1|100|20"_s, u"1|50|10"_s} << QStringList{u"10|50.00|5.00"_s}
        << QStringList{u"20|100.00|20.00|120.00"_s, u"10|0.00|0.00|0.00"_s}
        << QStringList{u"20|100.00|20.00"_s, u"10|50.00|5.00"_s} << u"120.00"_s;
}

void tst_InvoiceTotals::deductions()
{
    QFETCH(PriceEntry, entry);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, deducted);
    QFETCH(QStringList, perRate);
    QFETCH(QStringList, linesPerRate);
    QFETCH(QString, ttc);

    InvoiceInput input = invoice(lines, QString(), entry);
    input.deductions = deductionsFrom(deducted);
    const Result<InvoiceTotals> totals = computeInvoiceTotals(input);
    QVERIFY2(totals, errorText(totals).constData());
    QCOMPARE(describe(totals->perRate), perRate);

    QStringList before;
    Money base;
    Money vat;
    for (const VatBreakdown &row : totals->perRate) {
        before.append(u"%1|%2|%3"_s.arg(row.rate.toPercentString(), row.linesBase.toString(),
                                        row.linesVat.toString()));
        QCOMPARE(row.total, row.base + row.vat);
        base += row.base;
        vat += row.vat;
    }
    QCOMPARE(before, linesPerRate);
    QCOMPARE(totals->totalExcludingVat, base);
    QCOMPARE(totals->totalVat, vat);
    QCOMPARE(totals->totalIncludingVat.toString(), ttc);
    QCOMPARE(totals->totalIncludingVat, totals->totalExcludingVat + totals->totalVat);

    // Without its deductions the same input gives the lines' amounts.
    input.deductions.clear();
    const Result<InvoiceTotals> plain = computeInvoiceTotals(input);
    QVERIFY2(plain, errorText(plain).constData());
    for (qsizetype i = 0; i < plain->perRate.size(); ++i) {
        QCOMPARE(plain->perRate.at(i).base, totals->perRate.at(i).linesBase);
        QCOMPARE(plain->perRate.at(i).vat, totals->perRate.at(i).linesVat);
    }
}

void tst_InvoiceTotals::deductionRefused_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("deducted");
    QTest::addColumn<QString>("where");

    QTest::newRow("deduction at a rate without lines")
        << QStringList{u"1|100|20"_s} << QStringList{u"10|10.00|1.00"_s} << u"deductions[0]"_s;
    QTest::newRow("the second deduction has no matching rate")
        << QStringList{u"1|100|20"_s, u"1|100|10"_s}
        << QStringList{u"20|10.00|2.00"_s, u"5.5|10.00|0.55"_s} << u"deductions[1]"_s;
    QTest::newRow("0 % deduction with another exemption mention")
        << QStringList{u"1|100|0||"_s + Exempt} << QStringList{u"0|10.00|0.00|Autoliquidation"_s}
        << u"deductions[0]"_s;
    QTest::newRow("deduction on an invoice without lines")
        << QStringList() << QStringList{u"20|10.00|2.00"_s} << u"deductions[0]"_s;
}

void tst_InvoiceTotals::deductionRefused()
{
    QFETCH(QStringList, lines);
    QFETCH(QStringList, deducted);
    QFETCH(QString, where);

    InvoiceInput input = invoice(lines, QString());
    input.deductions = deductionsFrom(deducted);
    const Result<InvoiceTotals> totals = computeInvoiceTotals(input);
    QVERIFY(!totals);
    QCOMPARE(totals.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(totals.error().where(), where);
    QVERIFY(!totals.error().message().isEmpty());
}

QTEST_APPLESS_MAIN(tst_InvoiceTotals)

#include "tst_invoicetotals.moc"
