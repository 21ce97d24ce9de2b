#include "format.h"

#include "language.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

struct Format
{
    Q_DECLARE_TR_FUNCTIONS(coop::ui::Format)
};

// "12345" → "12 345" in the locale's grouping, without going through a floating-point number.
QString groupedDigits(quint64 value)
{
    return displayLocale().toString(value);
}

// The decimal text of a canonical core string ("-1234.5") in the display locale.
QString localisedDecimal(const QString &canonical)
{
    const QLocale locale = displayLocale();
    QString text = canonical;
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(u'.');
    const QString integral = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    bool ok = false;
    const quint64 whole = integral.toULongLong(&ok);
    QString result = ok ? groupedDigits(whole) : integral;
    if (!fraction.isEmpty())
        result += locale.decimalPoint() + fraction;
    return negative ? locale.negativeSign() + result : result;
}

// What a person typed, reduced to what the core parsers read: no spaces of any kind, no group
// separator, no unit; the decimal separator is left for the parser, which takes '.' and ','.
QString canonicalNumberText(QString text, QStringView unit)
{
    const QLocale locale = displayLocale();
    text = text.trimmed();
    if (!unit.isEmpty() && text.endsWith(unit))
        text.chop(unit.size());
    QString cleaned;
    cleaned.reserve(text.size());
    const QString group = locale.groupSeparator();
    const QString decimal = locale.decimalPoint();
    for (const QChar c : std::as_const(text)) {
        if (c.isSpace())
            continue;
        // The group separator of English (",") is dropped; in French it is a space, and the comma
        // is the decimal separator the core reads as such.
        if (group.size() == 1 && c == group.at(0) && group != decimal)
            continue;
        if (c == u'\u2212') // the minus sign some keyboards and locales produce
            cleaned += u'-';
        else
            cleaned += c;
    }
    return cleaned;
}

} // namespace

QLocale displayLocale()
{
    return currentLanguage() == u"en"_s ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                        : QLocale(QLocale::French, QLocale::France);
}

QString formatDate(QDate date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QString formatLongDate(QDate date)
{
    return date.isValid() ? displayLocale().toString(date, u"d MMMM yyyy"_s) : QString();
}

QString formatAmount(Money amount)
{
    const QLocale locale = displayLocale();
    const qint64 cents = amount.cents();
    // The magnitude as unsigned, so that the smallest qint64 has one too.
    const quint64 magnitude = cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
    QString text = groupedDigits(magnitude / 100) + locale.decimalPoint()
                   + u"%1"_s.arg(magnitude % 100, 2, 10, QChar(u'0'));
    return cents < 0 ? locale.negativeSign() + text : text;
}

QString formatMoney(Money amount)
{
    return formatAmount(amount) + u"\u00a0€"_s;
}

QString formatRate(Rate rate)
{
    return localisedDecimal(rate.toPercentString());
}

QString formatPercent(Rate rate)
{
    return formatRate(rate) + u"\u00a0%"_s;
}

QString formatQuantity(Quantity quantity)
{
    return localisedDecimal(quantity.toString());
}

QString formatCount(qint64 count)
{
    return displayLocale().toString(count);
}

QString formatNir(const QString &nir)
{
    if (nir.size() != 15)
        return nir;
    // sex, year, month, department, commune, order, key
    return QStringList{nir.left(1), nir.mid(1, 2), nir.mid(3, 2), nir.mid(5, 2), nir.mid(7, 3),
                       nir.mid(10, 3), nir.mid(13, 2)}
        .join(u' ');
}

Result<Money> parseMoney(const QString &text)
{
    const QString canonical = canonicalNumberText(text, u"€");
    Result<Money> amount = Money::parse(canonical);
    if (!amount && amount.error().code() == ErrorCode::ParseError)
        return fail(ErrorCode::ParseError,
                    Format::tr("Enter an amount in euros, such as %1.")
                        .arg(formatAmount(Money::fromCents(123456))));
    return amount;
}

Result<Rate> parsePercent(const QString &text)
{
    const QString canonical = canonicalNumberText(text, u"%");
    Result<Rate> rate = Rate::fromPercent(canonical);
    if (!rate && rate.error().code() == ErrorCode::ParseError)
        return fail(ErrorCode::ParseError,
                    Format::tr("Enter a percentage, such as %1.")
                        .arg(localisedDecimal(u"12.5"_s)));
    return rate;
}

Result<Quantity> parseQuantity(const QString &text)
{
    const QString canonical = canonicalNumberText(text, u"h");
    Result<Quantity> quantity = Quantity::parse(canonical);
    if (!quantity && quantity.error().code() == ErrorCode::ParseError)
        return fail(ErrorCode::ParseError,
                    Format::tr("Enter a number with at most three decimals, such as %1.")
                        .arg(localisedDecimal(u"151.667"_s)));
    return quantity;
}

QString foldedForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded += c.toCaseFolded();
    }
    return folded;
}

void fitColumns(QTableView *view, const QList<std::pair<int, int>> &charactersByColumn)
{
    const int c = view->fontMetrics().averageCharWidth();
    QHeaderView *header = view->horizontalHeader();
    header->setMinimumSectionSize(6 * c);
    const QFontMetrics headerMetrics(header->font());
    for (const auto &[column, characters] : charactersByColumn) {
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(characters * c,
                                               headerMetrics.horizontalAdvance(title) + 32));
    }
}

} // namespace coop::ui
