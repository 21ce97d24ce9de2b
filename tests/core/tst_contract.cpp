#include "core/contract.h"

#include <QTest>

#include <functional>

using namespace coop;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(coop::Contract)
Q_DECLARE_METATYPE(coop::ContractStatus)
Q_DECLARE_METATYPE(coop::ContractType)
Q_DECLARE_METATYPE(coop::ExitReason)
Q_DECLARE_METATYPE(coop::ContractOverlap)

namespace {

QDate d(const char *iso)
{
    const QDate date = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(date.isValid());
    return date;
}

CapePeriod period(const char *start, const char *end)
{
    return CapePeriod{d(start), d(end)};
}

Contract cape(const QList<CapePeriod> &periods, const QString &id = u"cape-1"_s,
              const QString &entrepreneurId = u"ent-1"_s)
{
    Contract c;
    c.id = id;
    c.entrepreneurId = entrepreneurId;
    c.activityId = u"act-1"_s;
    c.type = ContractType::Cape;
    c.capePeriods = periods;
    c.start = periods.isEmpty() ? QDate() : periods.first().start;
    c.signedOn = c.start.addDays(-7);
    return c;
}

ContractTerms terms(const char *from, const char *fixed = "1500.00", const char *hours = "151.67",
                    bool equivalent = false)
{
    ContractTerms t;
    t.effectiveFrom = d(from);
    t.fixedMonthlyPart = *Money::parse(QString::fromLatin1(fixed));
    t.variableRate = *Rate::fromPercent(u"80"_s);
    t.monthlyHours = *Quantity::parse(QString::fromLatin1(hours));
    t.equivalentHours = equivalent;
    t.contributionScale = u"2026"_s;
    t.referent = u"Claire Dubois"_s;
    return t;
}

Contract cesa(const char *start, const QString &id = u"cesa-1"_s,
              const QString &entrepreneurId = u"ent-1"_s)
{
    Contract c;
    c.id = id;
    c.entrepreneurId = entrepreneurId;
    c.activityId = u"act-1"_s;
    c.type = ContractType::Cesa;
    c.start = d(start);
    c.signedOn = c.start.addDays(-3);
    c.terms = {terms(start)};
    return c;
}

Contract with(Contract c, const std::function<void(Contract &)> &change)
{
    change(c);
    return c;
}

Contract exited(Contract c, const char *on, ExitReason reason = ExitReason::Resignation)
{
    c.exitDate = d(on);
    c.exitReason = reason;
    return c;
}

// A whole path through the cooperative: a year of CAPE, then a CESA, associate after 17 months,
// leaving at the end of 2027.
QList<Contract> fullPath()
{
    Contract associate = cesa("2025-01-01");
    associate.associateDate = d("2026-06-01");
    associate.associateShares = 4;
    return {cape({period("2024-01-01", "2024-12-31")}),
            exited(associate, "2027-12-31", ExitReason::Retirement)};
}

QStringList fieldsOf(const ValidationErrors &errors)
{
    QStringList fields;
    for (const Error &error : errors)
        fields.append(error.where());
    return fields;
}

QByteArray describe(const ValidationErrors &errors)
{
    QStringList lines;
    for (const Error &error : errors)
        lines.append(error.toString());
    return lines.join(u"\n"_s).toUtf8();
}

} // namespace

class tst_Contract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateCape_data();
    void validateCape();
    void validateCesa_data();
    void validateCesa();
    void contractEnd_data();
    void contractEnd();
    void isInForce_data();
    void isInForce();
    void termsAt_data();
    void termsAt();
    void termsAtOfACapeIsNone();
    void associateDeadline_data();
    void associateDeadline();
    void associateDeadlineOfACapeIsNull();
    void overlaps_data();
    void overlaps();
    void statusAt_data();
    void statusAt();
    void contractTypeKeys_data();
    void contractTypeKeys();
    void exitReasonKeys_data();
    void exitReasonKeys();
    void contractStatusKeys_data();
    void contractStatusKeys();
    void unknownKeysAreRefused();
};

void tst_Contract::validateCape_data()
{
    QTest::addColumn<Contract>("contract");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("because"); // a piece of the first error's message

    const Contract year = cape({period("2024-01-01", "2024-12-31")});
    QTest::newRow("a 12-month CAPE is accepted") << year << QStringList() << QString();
    QTest::newRow("a 13-month CAPE is refused")
        << cape({period("2024-01-01", "2025-01-31")}) << QStringList{u"capePeriods[0].end"_s}
        << u"must end by 2024-12-31"_s;
    QTest::newRow("12 months and a day is refused")
        << cape({period("2024-01-01", "2025-01-01")}) << QStringList{u"capePeriods[0].end"_s}
        << u"more than 12 months"_s;
    QTest::newRow("12 months from mid-month end the day before the same date")
        << cape({period("2024-03-15", "2025-03-14")}) << QStringList() << QString();
    QTest::newRow("12 months from 29 February run to 28 February")
        << cape({period("2024-02-29", "2025-02-28")}) << QStringList() << QString();
    QTest::newRow("12 months from 29 February do not reach 1 March")
        << cape({period("2024-02-29", "2025-03-01")}) << QStringList{u"capePeriods[0].end"_s}
        << u"must end by 2025-02-28"_s;
    QTest::newRow("a one-day CAPE is accepted")
        << cape({period("2024-01-01", "2024-01-01")}) << QStringList() << QString();
    QTest::newRow("two renewals are allowed")
        << cape({period("2024-01-01", "2024-06-30"), period("2024-07-01", "2024-12-31"),
                 period("2025-01-01", "2025-06-30")})
        << QStringList() << QString();
    QTest::newRow("36 months in all is the limit: three periods of 12 months")
        << cape({period("2024-01-01", "2024-12-31"), period("2025-01-01", "2025-12-31"),
                 period("2026-01-01", "2026-12-31")})
        << QStringList() << QString();
    QTest::newRow("36 months and a day is refused at the last period")
        << cape({period("2024-01-01", "2024-12-31"), period("2025-01-01", "2025-12-31"),
                 period("2026-01-01", "2027-01-01")})
        << QStringList{u"capePeriods[2].end"_s} << u"must end by 2026-12-31"_s;
    QTest::newRow("a third renewal is refused, however short")
        << cape({period("2024-01-01", "2024-01-31"), period("2024-02-01", "2024-02-29"),
                 period("2024-03-01", "2024-03-31"), period("2024-04-01", "2024-04-30")})
        << QStringList{u"capePeriods"_s} << u"this one has 4"_s;
    QTest::newRow("a non-contiguous renewal is refused")
        << cape({period("2024-01-01", "2024-06-30"), period("2024-07-02", "2025-06-30")})
        << QStringList{u"capePeriods[1].start"_s} << u"on 2024-07-01"_s;
    QTest::newRow("an overlapping renewal is refused")
        << cape({period("2024-01-01", "2024-06-30"), period("2024-06-30", "2025-06-28")})
        << QStringList{u"capePeriods[1].start"_s} << u"starts on 2024-06-30"_s;
    QTest::newRow("more than 36 months in all is refused even when each period is valid")
        << cape({period("2024-01-01", "2024-12-31"), period("2025-02-01", "2026-01-31"),
                 period("2026-02-01", "2027-01-31")})
        << QStringList{u"capePeriods[1].start"_s, u"capePeriods[2].end"_s}
        << u"without a gap"_s;
    QTest::newRow("a period ending before it starts is refused")
        << cape({period("2024-06-01", "2024-05-31")}) << QStringList{u"capePeriods[0].end"_s}
        << u"before it starts"_s;
    QTest::newRow("a period without an end is refused")
        << with(year, [](auto &c) { c.capePeriods[0].end = QDate(); })
        << QStringList{u"capePeriods[0].end"_s} << u"no end date"_s;
    QTest::newRow("a CAPE without a period is refused")
        << with(year, [](auto &c) { c.capePeriods.clear(); }) << QStringList{u"capePeriods"_s}
        << u"at least one period"_s;
    QTest::newRow("the CAPE's start is its first period's start")
        << with(year, [](auto &c) { c.start = d("2024-01-02"); }) << QStringList{u"start"_s}
        << u"2024-01-02"_s;
    QTest::newRow("a CAPE has no pay terms")
        << with(year, [](auto &c) { c.terms = {terms("2024-01-01")}; })
        << QStringList{u"terms"_s} << u"no pay terms"_s;
    QTest::newRow("nobody becomes an associate under a CAPE")
        << with(year, [](auto &c) {
               c.associateDate = d("2024-06-01");
               c.associateShares = 1;
           })
        << QStringList{u"associateDate"_s, u"associateShares"_s} << u"2024-06-01"_s;
    QTest::newRow("an early exit with its reason is accepted")
        << exited(year, "2024-04-30", ExitReason::CapeEnded) << QStringList() << QString();
    QTest::newRow("an exit on the last day is accepted")
        << exited(year, "2024-12-31", ExitReason::CapeEnded) << QStringList() << QString();
    QTest::newRow("an exit after the CAPE's end is refused")
        << exited(year, "2025-01-01", ExitReason::CapeEnded) << QStringList{u"exitDate"_s}
        << u"after the CAPE's end, 2024-12-31"_s;
    QTest::newRow("an exit before the start is refused")
        << exited(year, "2023-12-31") << QStringList{u"exitDate"_s} << u"before the contract"_s;
    QTest::newRow("an exit needs a reason")
        << with(year, [](auto &c) { c.exitDate = d("2024-06-30"); })
        << QStringList{u"exitReason"_s} << u"2024-06-30 needs a reason"_s;
    QTest::newRow("a reason needs an exit date")
        << with(year, [](auto &c) { c.exitReason = ExitReason::Resignation; })
        << QStringList{u"exitDate"_s} << u"resignation"_s;
    QTest::newRow("a CAPE signed after its start is refused")
        << with(year, [](auto &c) { c.signedOn = d("2024-01-02"); }) << QStringList{u"signedOn"_s}
        << u"2024-01-02"_s;
    QTest::newRow("a CAPE signed on its first day is accepted")
        << with(year, [](auto &c) { c.signedOn = c.start; }) << QStringList() << QString();
    QTest::newRow("the entrepreneur is required")
        << with(year, [](auto &c) { c.entrepreneurId.clear(); })
        << QStringList{u"entrepreneurId"_s} << u"entrepreneur"_s;
}

void tst_Contract::validateCape()
{
    QFETCH(Contract, contract);
    QFETCH(QStringList, fields);
    QFETCH(QString, because);

    const ValidationErrors errors = validate(contract);
    QCOMPARE(fieldsOf(errors), fields);
    for (const Error &error : errors)
        QCOMPARE(error.code(), ErrorCode::InvalidArgument);
    if (!errors.isEmpty())
        QVERIFY2(errors.first().message().contains(because), describe(errors).constData());
}

void tst_Contract::validateCesa_data()
{
    QTest::addColumn<Contract>("contract");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("because");

    const Contract base = cesa("2025-01-01");
    QTest::newRow("a CESA with its initial terms is accepted") << base << QStringList()
                                                               << QString();
    QTest::newRow("a CESA with two amendments is accepted")
        << with(base, [](auto &c) {
               c.terms.append(terms("2025-07-01", "1800.00"));
               c.terms.append(terms("2026-01-01", "2000.00", "120"));
           })
        << QStringList() << QString();
    QTest::newRow("a CESA needs its initial terms")
        << with(base, [](auto &c) { c.terms.clear(); }) << QStringList{u"terms"_s}
        << u"initial terms"_s;
    QTest::newRow("the initial terms take effect on the start date")
        << with(base, [](auto &c) { c.terms[0].effectiveFrom = d("2025-01-02"); })
        << QStringList{u"terms[0].effectiveFrom"_s} << u"not on the CESA's start, 2025-01-01"_s;
    QTest::newRow("two versions on the same day are refused")
        << with(base, [](auto &c) {
               c.terms.append(terms("2025-07-01"));
               c.terms.append(terms("2025-07-01"));
           })
        << QStringList{u"terms[2].effectiveFrom"_s} << u"not after the previous terms"_s;
    QTest::newRow("amendments out of date order are refused")
        << with(base, [](auto &c) {
               c.terms.append(terms("2025-07-01"));
               c.terms.append(terms("2025-03-01"));
           })
        << QStringList{u"terms[2].effectiveFrom"_s} << u"2025-03-01"_s;
    QTest::newRow("an amendment without a date is refused")
        << with(base, [](auto &c) {
               c.terms.append(terms("2025-07-01"));
               c.terms[1].effectiveFrom = QDate();
           })
        << QStringList{u"terms[1].effectiveFrom"_s} << u"no effective date"_s;
    QTest::newRow("a negative fixed part is refused")
        << with(base, [](auto &c) { c.terms[0].fixedMonthlyPart = Money::fromCents(-1); })
        << QStringList{u"terms[0].fixedMonthlyPart"_s} << u"-0.01"_s;
    QTest::newRow("a zero fixed part is valid (it raises an alert instead)")
        << with(base, [](auto &c) { c.terms[0].fixedMonthlyPart = Money(); }) << QStringList()
        << QString();
    QTest::newRow("a variable rate above 100 % is refused")
        << with(base, [](auto &c) { c.terms[0].variableRate = *Rate::fromPercent(u"100.5"_s); })
        << QStringList{u"terms[0].variableRate"_s} << u"100.5 %"_s;
    QTest::newRow("a negative variable rate is refused")
        << with(base, [](auto &c) { c.terms[0].variableRate = *Rate::fromPercent(u"-1"_s); })
        << QStringList{u"terms[0].variableRate"_s} << u"-1 %"_s;
    QTest::newRow("variable rates of 0 % and 100 % are the bounds")
        << with(base, [](auto &c) {
               c.terms[0].variableRate = Rate();
               c.terms.append(terms("2025-07-01"));
               c.terms[1].variableRate = *Rate::fromPercent(u"100"_s);
           })
        << QStringList() << QString();
    QTest::newRow("zero hours are refused")
        << with(base, [](auto &c) { c.terms[0].monthlyHours = Quantity(); })
        << QStringList{u"terms[0].monthlyHours"_s} << u"above 0"_s;
    QTest::newRow("full time written 151.667 is accepted")
        << with(base, [](auto &c) { c.terms[0] = terms("2025-01-01", "1500", "151.667"); })
        << QStringList() << QString();
    QTest::newRow("208 real hours, 48 h a week, is the limit")
        << with(base, [](auto &c) { c.terms[0] = terms("2025-01-01", "1500", "208"); })
        << QStringList() << QString();
    QTest::newRow("more than 208 real hours is refused")
        << with(base, [](auto &c) { c.terms[0] = terms("2025-01-01", "1500", "208.001"); })
        << QStringList{u"terms[0].monthlyHours"_s} << u"208.001"_s;
    QTest::newRow("equivalent hours up to full time, 151.67, are accepted")
        << with(base, [](auto &c) { c.terms[0] = terms("2025-01-01", "1500", "151.67", true); })
        << QStringList() << QString();
    QTest::newRow("equivalent hours beyond full time are refused")
        << with(base, [](auto &c) { c.terms[0] = terms("2025-01-01", "1500", "151.671", true); })
        << QStringList{u"terms[0].monthlyHours"_s} << u"exceed full time"_s;
    QTest::newRow("an associate with shares is accepted")
        << with(base, [](auto &c) {
               c.associateDate = d("2026-06-01");
               c.associateShares = 1;
           })
        << QStringList() << QString();
    QTest::newRow("an associate holds at least one share")
        << with(base, [](auto &c) { c.associateDate = d("2026-06-01"); })
        << QStringList{u"associateShares"_s} << u"not 0"_s;
    QTest::newRow("shares need an associate date")
        << with(base, [](auto &c) { c.associateShares = 2; })
        << QStringList{u"associateShares"_s} << u"no associate date"_s;
    QTest::newRow("the associate date is not before the start")
        << with(base, [](auto &c) {
               c.associateDate = d("2024-12-31");
               c.associateShares = 1;
           })
        << QStringList{u"associateDate"_s} << u"2024-12-31"_s;
    QTest::newRow("the associate date is not after the exit")
        << with(exited(base, "2026-01-31"), [](auto &c) {
               c.associateDate = d("2026-02-01");
               c.associateShares = 1;
           })
        << QStringList{u"associateDate"_s} << u"after the exit on 2026-01-31"_s;
    QTest::newRow("an exit with its reason is accepted")
        << exited(base, "2026-01-31", ExitReason::NotAssociated) << QStringList() << QString();
    QTest::newRow("an exit before the start is refused")
        << exited(base, "2024-12-31") << QStringList{u"exitDate"_s} << u"2024-12-31"_s;
    QTest::newRow("an exit needs a reason")
        << with(base, [](auto &c) { c.exitDate = d("2026-01-31"); })
        << QStringList{u"exitReason"_s} << u"needs a reason"_s;
    QTest::newRow("an amendment after the exit is refused")
        << with(exited(base, "2026-01-31"), [](auto &c) { c.terms.append(terms("2026-02-01")); })
        << QStringList{u"terms[1].effectiveFrom"_s} << u"after the exit on 2026-01-31"_s;
    QTest::newRow("a CESA has no CAPE periods")
        << with(base, [](auto &c) { c.capePeriods = {period("2025-01-01", "2025-12-31")}; })
        << QStringList{u"capePeriods"_s} << u"CAPE as a contract of its own"_s;
    QTest::newRow("a CESA signed after its start is refused")
        << with(base, [](auto &c) { c.signedOn = d("2025-01-05"); })
        << QStringList{u"signedOn"_s} << u"2025-01-05"_s;
    QTest::newRow("a CESA needs a start date")
        << with(base, [](auto &c) { c.start = QDate(); }) << QStringList{u"start"_s}
        << u"no start date"_s;
    QTest::newRow("every problem is reported at once, in field order")
        << with(base, [](auto &c) {
               c.entrepreneurId.clear();
               c.terms[0].fixedMonthlyPart = Money::fromCents(-100);
               c.terms[0].monthlyHours = Quantity();
               c.associateShares = 3;
           })
        << QStringList{u"entrepreneurId"_s, u"terms[0].fixedMonthlyPart"_s,
                       u"terms[0].monthlyHours"_s, u"associateShares"_s}
        << u"entrepreneur"_s;
}

void tst_Contract::validateCesa()
{
    QFETCH(Contract, contract);
    QFETCH(QStringList, fields);
    QFETCH(QString, because);

    const ValidationErrors errors = validate(contract);
    QCOMPARE(fieldsOf(errors), fields);
    for (const Error &error : errors)
        QCOMPARE(error.code(), ErrorCode::InvalidArgument);
    if (!errors.isEmpty())
        QVERIFY2(errors.first().message().contains(because), describe(errors).constData());
}

void tst_Contract::contractEnd_data()
{
    QTest::addColumn<Contract>("contract");
    QTest::addColumn<QDate>("end"); // null: no end

    const Contract renewed =
        cape({period("2024-01-01", "2024-06-30"), period("2024-07-01", "2025-06-30")});
    QTest::newRow("a CAPE ends with its last period") << renewed << d("2025-06-30");
    QTest::newRow("an early exit ends a CAPE")
        << exited(renewed, "2024-09-30", ExitReason::CapeEnded) << d("2024-09-30");
    QTest::newRow("an open CESA has no end") << cesa("2025-01-01") << QDate();
    QTest::newRow("a CESA ends on its exit date")
        << exited(cesa("2025-01-01"), "2026-03-31") << d("2026-03-31");
    QTest::newRow("a CAPE without periods has no end")
        << with(renewed, [](auto &c) { c.capePeriods.clear(); }) << QDate();
}

void tst_Contract::contractEnd()
{
    QFETCH(Contract, contract);
    QFETCH(QDate, end);

    QCOMPARE(coop::contractEnd(contract).value_or(QDate()), end);
}

void tst_Contract::isInForce_data()
{
    QTest::addColumn<Contract>("contract");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("inForce");

    const Contract year = cape({period("2024-01-01", "2024-12-31")});
    QTest::newRow("not the day before a CAPE") << year << d("2023-12-31") << false;
    QTest::newRow("a CAPE's first day") << year << d("2024-01-01") << true;
    QTest::newRow("a CAPE's last day") << year << d("2024-12-31") << true;
    QTest::newRow("not the day after a CAPE") << year << d("2025-01-01") << false;
    QTest::newRow("not after an early exit")
        << exited(year, "2024-06-30", ExitReason::CapeEnded) << d("2024-07-01") << false;
    QTest::newRow("an open CESA years later") << cesa("2025-01-01") << d("2040-01-01") << true;
    QTest::newRow("a CESA on its exit day")
        << exited(cesa("2025-01-01"), "2026-03-31") << d("2026-03-31") << true;
    QTest::newRow("not a CESA the day after its exit")
        << exited(cesa("2025-01-01"), "2026-03-31") << d("2026-04-01") << false;
    QTest::newRow("a CAPE without periods never runs")
        << with(year, [](auto &c) { c.capePeriods.clear(); }) << d("2024-06-01") << false;
    QTest::newRow("not on a null date") << cesa("2025-01-01") << QDate() << false;
}

void tst_Contract::isInForce()
{
    QFETCH(Contract, contract);
    QFETCH(QDate, date);
    QFETCH(bool, inForce);

    QCOMPARE(coop::isInForce(contract, date), inForce);
}

void tst_Contract::termsAt_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("effectiveFrom"); // null: no terms
    QTest::addColumn<qint64>("fixedCents");

    QTest::newRow("before the start: no terms") << d("2024-12-31") << QDate() << 0LL;
    QTest::newRow("on the start day: the initial terms")
        << d("2025-01-01") << d("2025-01-01") << 120000LL;
    QTest::newRow("the day before an amendment: the previous terms")
        << d("2025-06-30") << d("2025-01-01") << 120000LL;
    QTest::newRow("on the amendment's day itself: the amendment")
        << d("2025-07-01") << d("2025-07-01") << 150000LL;
    QTest::newRow("between two amendments: the first amendment")
        << d("2025-10-15") << d("2025-07-01") << 150000LL;
    QTest::newRow("after the last amendment: the last one")
        << d("2026-08-01") << d("2026-01-01") << 180000LL;
    QTest::newRow("on the exit day: still the last one")
        << d("2027-06-30") << d("2026-01-01") << 180000LL;
    QTest::newRow("after the exit: no terms") << d("2027-07-01") << QDate() << 0LL;
}

void tst_Contract::termsAt()
{
    QFETCH(QDate, date);
    QFETCH(QDate, effectiveFrom);
    QFETCH(qint64, fixedCents);

    Contract contract = cesa("2025-01-01");
    contract.terms = {terms("2025-01-01", "1200.00"), terms("2025-07-01", "1500.00"),
                      terms("2026-01-01", "1800.00")};
    contract = exited(contract, "2027-06-30");
    QVERIFY2(validate(contract).isEmpty(), describe(validate(contract)).constData());

    const std::optional<ContractTerms> found = coop::termsAt(contract, date);
    QCOMPARE(found.has_value(), effectiveFrom.isValid());
    if (found) {
        QCOMPARE(found->effectiveFrom, effectiveFrom);
        QCOMPARE(found->fixedMonthlyPart, Money::fromCents(fixedCents));
    }
}

void tst_Contract::termsAtOfACapeIsNone()
{
    QVERIFY(!coop::termsAt(cape({period("2024-01-01", "2024-12-31")}), d("2024-06-01")));
}

void tst_Contract::associateDeadline_data()
{
    QTest::addColumn<Contract>("contract");
    QTest::addColumn<QList<Contract>>("others");
    QTest::addColumn<QDate>("deadline");

    const Contract cesa2025 = cesa("2025-01-01");
    QTest::newRow("straight into a CESA: three years, 2025-03-01 to 2028-03-01")
        << cesa("2025-03-01") << QList<Contract>() << d("2028-03-01");
    QTest::newRow("the associate deadline is shortened by the CAPE time: 2028-01-01 minus the "
                  "366 days of the 2024 CAPE (a leap year) is 2026-12-31")
        << cesa2025 << QList<Contract>{cape({period("2024-01-01", "2024-12-31")})}
        << d("2026-12-31");
    QTest::newRow("a CAPE of 184 days, 2024-07-01 to 2024-12-31, leaves until 2027-07-01")
        << cesa2025 << QList<Contract>{cape({period("2024-07-01", "2024-12-31")})}
        << d("2027-07-01");
    QTest::newRow("a CAPE renewed twice counts all its periods: 1096 days, the deadline is "
                  "clipped to the CESA start")
        << cesa2025
        << QList<Contract>{cape({period("2022-01-01", "2022-12-31"),
                                 period("2023-01-01", "2023-12-31"),
                                 period("2024-01-01", "2024-12-31")})}
        << d("2025-01-01");
    QTest::newRow("only the days under contract count, not a gap: 182 days give 2027-07-03")
        << cesa2025 << QList<Contract>{cape({period("2024-01-01", "2024-06-30")})}
        << d("2027-07-03");
    QTest::newRow("an early exit from the CAPE counts up to the exit: 91 days give 2027-10-02")
        << cesa2025
        << QList<Contract>{exited(cape({period("2024-01-01", "2024-12-31")}), "2024-03-31",
                                  ExitReason::CapeEnded)}
        << d("2027-10-02");
    QTest::newRow("an earlier CESA counts too: 365 days of 2023 give 2027-01-01")
        << cesa2025 << QList<Contract>{exited(cesa("2023-01-01", u"cesa-0"_s), "2023-12-31")}
        << d("2027-01-01");
    QTest::newRow("overlapping earlier contracts are counted once: 366 days give 2026-12-31")
        << cesa2025
        << QList<Contract>{cape({period("2024-01-01", "2024-12-31")}),
                           cape({period("2024-07-01", "2024-12-31")}, u"cape-2"_s)}
        << d("2026-12-31");
    QTest::newRow("an earlier contract still running counts up to the day before the CESA")
        << cesa2025 << QList<Contract>{cesa("2024-01-01", u"cesa-0"_s)} << d("2026-12-31");
    QTest::newRow("another entrepreneur's CAPE does not count")
        << cesa2025
        << QList<Contract>{cape({period("2024-01-01", "2024-12-31")}, u"cape-x"_s, u"ent-2"_s)}
        << d("2028-01-01");
    QTest::newRow("a contract starting on or after the CESA start does not count")
        << cesa2025 << QList<Contract>{cape({period("2025-01-01", "2025-12-31")})}
        << d("2028-01-01");
    QTest::newRow("the CESA itself among the others is not counted")
        << cesa2025 << QList<Contract>{cesa2025} << d("2028-01-01");
}

void tst_Contract::associateDeadline()
{
    QFETCH(Contract, contract);
    QFETCH(QList<Contract>, others);
    QFETCH(QDate, deadline);

    QCOMPARE(coop::associateDeadline(contract, others), deadline);
}

void tst_Contract::associateDeadlineOfACapeIsNull()
{
    QCOMPARE(coop::associateDeadline(cape({period("2024-01-01", "2024-12-31")}), {}), QDate());
}

void tst_Contract::overlaps_data()
{
    QTest::addColumn<QList<Contract>>("contracts");
    QTest::addColumn<QList<ContractOverlap>>("expected");

    const Contract year = cape({period("2024-01-01", "2024-12-31")});
    QTest::newRow("a CESA the day after the CAPE does not overlap")
        << QList<Contract>{year, cesa("2025-01-01")} << QList<ContractOverlap>();
    QTest::newRow("a CESA starting on the CAPE's last day overlaps on that day")
        << QList<Contract>{year, cesa("2024-12-31")}
        << QList<ContractOverlap>{{u"cape-1"_s, u"cesa-1"_s, d("2024-12-31"), d("2024-12-31")}};
    QTest::newRow("an open CESA runs forever and covers a later CAPE")
        << QList<Contract>{cesa("2020-01-01"), year}
        << QList<ContractOverlap>{{u"cesa-1"_s, u"cape-1"_s, d("2024-01-01"), d("2024-12-31")}};
    QTest::newRow("two open CESAs overlap from the later start, without end")
        << QList<Contract>{cesa("2020-01-01"), cesa("2023-05-01", u"cesa-2"_s)}
        << QList<ContractOverlap>{{u"cesa-1"_s, u"cesa-2"_s, d("2023-05-01"), QDate()}};
    QTest::newRow("a CESA left before the next one starts does not overlap")
        << QList<Contract>{exited(cesa("2020-01-01"), "2022-12-31"),
                           cesa("2023-01-01", u"cesa-2"_s)}
        << QList<ContractOverlap>();
    QTest::newRow("an early exit from the CAPE removes the overlap")
        << QList<Contract>{exited(year, "2024-06-30", ExitReason::CapeEnded), cesa("2024-07-01")}
        << QList<ContractOverlap>();
    QTest::newRow("different entrepreneurs' contracts never overlap")
        << QList<Contract>{year, cesa("2024-06-01", u"cesa-9"_s, u"ent-2"_s)}
        << QList<ContractOverlap>();
    QTest::newRow("three contracts on common days give each pair, in list order")
        << QList<Contract>{year, cesa("2024-06-01"),
                           exited(cesa("2024-09-01", u"cesa-2"_s), "2024-10-31")}
        << QList<ContractOverlap>{
               {u"cape-1"_s, u"cesa-1"_s, d("2024-06-01"), d("2024-12-31")},
               {u"cape-1"_s, u"cesa-2"_s, d("2024-09-01"), d("2024-10-31")},
               {u"cesa-1"_s, u"cesa-2"_s, d("2024-09-01"), d("2024-10-31")}};
    QTest::newRow("a contract without a start is ignored")
        << QList<Contract>{year, with(cesa("2024-06-01"), [](auto &c) { c.start = QDate(); })}
        << QList<ContractOverlap>();
}

void tst_Contract::overlaps()
{
    QFETCH(QList<Contract>, contracts);
    QFETCH(QList<ContractOverlap>, expected);

    const QList<ContractOverlap> found = coop::overlaps(contracts);
    QCOMPARE(found.size(), expected.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        QCOMPARE(found[i].firstId, expected[i].firstId);
        QCOMPARE(found[i].secondId, expected[i].secondId);
        QCOMPARE(found[i].from, expected[i].from);
        QCOMPARE(found[i].to, expected[i].to);
    }
    QCOMPARE(found, expected);
}

void tst_Contract::statusAt_data()
{
    QTest::addColumn<QList<Contract>>("contracts");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<ContractStatus>("status");

    const QList<Contract> path = fullPath();
    QTest::newRow("before any contract: none") << path << d("2023-12-31") << ContractStatus::None;
    QTest::newRow("the CAPE's first day") << path << d("2024-01-01") << ContractStatus::Cape;
    QTest::newRow("the CAPE's last day") << path << d("2024-12-31") << ContractStatus::Cape;
    QTest::newRow("the CESA's first day") << path << d("2025-01-01") << ContractStatus::Cesa;
    QTest::newRow("the day before becoming an associate")
        << path << d("2026-05-31") << ContractStatus::Cesa;
    QTest::newRow("the day they become an associate")
        << path << d("2026-06-01") << ContractStatus::Associate;
    QTest::newRow("an associate on the exit day") << path << d("2027-12-31")
                                                  << ContractStatus::Associate;
    QTest::newRow("the day after the exit: exited")
        << path << d("2028-01-01") << ContractStatus::Exited;
    QTest::newRow("a CAPE that ended without a CESA: exited")
        << QList<Contract>{path.first()} << d("2025-01-01") << ContractStatus::Exited;
    QTest::newRow("between a CAPE and a CESA starting later: none, not exited")
        << QList<Contract>{path.first(), cesa("2025-03-01")} << d("2025-02-01")
        << ContractStatus::None;
    QTest::newRow("without contracts: none") << QList<Contract>() << d("2025-01-01")
                                             << ContractStatus::None;
    QTest::newRow("a CESA running beside a CAPE wins")
        << QList<Contract>{path.first(), cesa("2024-06-01")} << d("2024-07-01")
        << ContractStatus::Cesa;
}

void tst_Contract::statusAt()
{
    QFETCH(QList<Contract>, contracts);
    QFETCH(QDate, date);
    QFETCH(ContractStatus, status);

    QCOMPARE(coop::statusAt(contracts, date), status);
}

void tst_Contract::contractTypeKeys_data()
{
    QTest::addColumn<ContractType>("type");
    QTest::addColumn<QString>("key");
    QTest::newRow("CAPE") << ContractType::Cape << u"cape"_s;
    QTest::newRow("CESA") << ContractType::Cesa << u"cesa"_s;
}

void tst_Contract::contractTypeKeys()
{
    QFETCH(ContractType, type);
    QFETCH(QString, key);
    QCOMPARE(contractTypeKey(type), key);
    QCOMPARE(contractTypeFromKey(key).value_or(ContractType(-1)), type);
}

void tst_Contract::exitReasonKeys_data()
{
    QTest::addColumn<ExitReason>("reason");
    QTest::addColumn<QString>("key");
    QTest::newRow("resignation") << ExitReason::Resignation << u"resignation"_s;
    QTest::newRow("end of CAPE") << ExitReason::CapeEnded << u"cape_ended"_s;
    QTest::newRow("not associated in time") << ExitReason::NotAssociated << u"not_associated"_s;
    QTest::newRow("dismissal") << ExitReason::Dismissal << u"dismissal"_s;
    QTest::newRow("retirement") << ExitReason::Retirement << u"retirement"_s;
    QTest::newRow("mutual agreement") << ExitReason::MutualAgreement << u"mutual_agreement"_s;
    QTest::newRow("other") << ExitReason::Other << u"other"_s;
}

void tst_Contract::exitReasonKeys()
{
    QFETCH(ExitReason, reason);
    QFETCH(QString, key);
    QCOMPARE(exitReasonKey(reason), key);
    QCOMPARE(exitReasonFromKey(key).value_or(ExitReason(-1)), reason);
}

void tst_Contract::contractStatusKeys_data()
{
    QTest::addColumn<ContractStatus>("status");
    QTest::addColumn<QString>("key");
    QTest::newRow("none") << ContractStatus::None << u"none"_s;
    QTest::newRow("CAPE") << ContractStatus::Cape << u"cape"_s;
    QTest::newRow("CESA") << ContractStatus::Cesa << u"cesa"_s;
    QTest::newRow("associate") << ContractStatus::Associate << u"associate"_s;
    QTest::newRow("exited") << ContractStatus::Exited << u"exited"_s;
}

void tst_Contract::contractStatusKeys()
{
    QFETCH(ContractStatus, status);
    QFETCH(QString, key);
    QCOMPARE(contractStatusKey(status), key);
    QCOMPARE(contractStatusFromKey(key).value_or(ContractStatus(-1)), status);
}

void tst_Contract::unknownKeysAreRefused()
{
    const Result<ContractType> type = contractTypeFromKey(u"CDI"_s);
    QVERIFY(!type);
    QCOMPARE(type.error().code(), ErrorCode::ParseError);
    QVERIFY(type.error().message().contains(u"“CDI”"_s));
    QVERIFY(type.error().message().contains(u"cape, cesa"_s));

    const Result<ExitReason> reason = exitReasonFromKey(u"Resignation"_s);
    QVERIFY(!reason);
    QCOMPARE(reason.error().code(), ErrorCode::ParseError);

    const Result<ContractStatus> status = contractStatusFromKey(QString());
    QVERIFY(!status);
    QCOMPARE(status.error().code(), ErrorCode::ParseError);
}

QTEST_APPLESS_MAIN(tst_Contract)
#include "tst_contract.moc"
