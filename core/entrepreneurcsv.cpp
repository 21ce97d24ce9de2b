#include "entrepreneurcsv.h"

#include "csv.h"
#include "identifiers.h"
#include "tr.h"

#include <QCollator>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <vector>
#include <optional>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

namespace col {
const QString lastName = u"last_name"_s;
const QString firstName = u"first_name"_s;
const QString birthDate = u"birth_date"_s;
const QString nir = u"nir"_s;
const QString email = u"email"_s;
const QString phone = u"phone"_s;
const QString line1 = u"address_line1"_s;
const QString line2 = u"address_line2"_s;
const QString postcode = u"postcode"_s;
const QString city = u"city"_s;
const QString country = u"country"_s;
const QString priorStatus = u"prior_status"_s;
const QString referent = u"referent"_s;
const QString analyticCode = u"analytic_code"_s;
const QString contractType = u"contract_type"_s;
const QString capeSignedOn = u"cape_signed_on"_s;
const QString capeStart = u"cape_start"_s;
const QString capeEnd = u"cape_end"_s;
const QString capeRenewal1End = u"cape_renewal_1_end"_s;
const QString capeRenewal2End = u"cape_renewal_2_end"_s;
const QString cesaSignedOn = u"cesa_signed_on"_s;
const QString cesaStart = u"cesa_start"_s;
const QString fixedMonthlyPart = u"fixed_monthly_part"_s;
const QString variableRate = u"variable_rate"_s;
const QString monthlyHours = u"monthly_hours"_s;
const QString equivalentHours = u"equivalent_hours"_s;
const QString cadre = u"cadre"_s;
const QString contributionScale = u"contribution_scale"_s;
const QString associateDate = u"associate_date"_s;
const QString associateShares = u"associate_shares"_s;
const QString exitDate = u"exit_date"_s;
const QString exitReason = u"exit_reason"_s;
const QString exitNote = u"exit_note"_s;
} // namespace col

// The columns that describe a CESA and nothing else.
const QStringList &cesaOnlyColumns()
{
    static const QStringList columns{col::cesaSignedOn,    col::cesaStart,  col::fixedMonthlyPart,
                                     col::variableRate,    col::monthlyHours, col::equivalentHours,
                                     col::cadre,           col::contributionScale,
                                     col::associateDate,   col::associateShares};
    return columns;
}

const QStringList &contractColumns()
{
    static const QStringList columns = [] {
        QStringList c{col::capeSignedOn, col::capeStart, col::capeEnd, col::capeRenewal1End,
                      col::capeRenewal2End, col::exitDate, col::exitReason, col::exitNote};
        c.append(cesaOnlyColumns());
        return c;
    }();
    return columns;
}

QString decimalComma(QString text)
{
    return text.replace(u'.', u',');
}

// What spreadsheets add around numbers: spaces (also non-breaking) as thousands separators and a
// unit sign.
QString withoutDecorations(QString text, QStringView unit)
{
    text.remove(u' ');
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    if (!unit.isEmpty() && text.endsWith(unit, Qt::CaseInsensitive))
        text.chop(unit.size());
    return text;
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    static const QRegularExpression french(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"_s);
    QRegularExpressionMatch m = iso.match(text);
    QDate date;
    if (m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (m = french.match(text); m.hasMatch()) {
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    }
    if (!date.isValid())
        return std::nullopt;
    return date;
}

template<typename Enum, typename KeyFn>
QString keyList(std::initializer_list<Enum> values, KeyFn key)
{
    QStringList keys;
    for (Enum v : values)
        keys.append(key(v));
    return keys.join(u", "_s);
}

// A key that finds the same person typed twice: case, accents and extra spaces do not count.
QString personKey(const QString &lastName, const QString &firstName, QDate birthDate)
{
    const auto fold = [](const QString &text) {
        QString decomposed = text.normalized(QString::NormalizationForm_D);
        QString folded;
        folded.reserve(decomposed.size());
        for (const QChar c : std::as_const(decomposed)) {
            if (c.category() == QChar::Mark_NonSpacing)
                continue;
            folded.append(c.isLetterOrNumber() ? c.toCaseFolded() : u' ');
        }
        return folded.simplified();
    };
    return fold(lastName) + u'|' + fold(firstName) + u'|' + birthDate.toString(Qt::ISODate);
}

// The CSV column that a field of the core records names (Error::where of validate()).
// `role` tells which contract of the line the error is about.
enum class ContractRole { Cape, PriorCape, Cesa };

QString camelToSnake(const QString &name)
{
    QString snake;
    for (const QChar c : name) {
        if (c.isUpper()) {
            snake.append(u'_');
            snake.append(c.toLower());
        } else {
            snake.append(c);
        }
    }
    return snake;
}

QString entrepreneurColumn(const QString &where)
{
    static const QHash<QString, QString> columns{
        {u"firstName"_s, col::firstName},       {u"lastName"_s, col::lastName},
        {u"birthDate"_s, col::birthDate},       {u"nir"_s, col::nir},
        {u"email"_s, col::email},               {u"phone"_s, col::phone},
        {u"address.line1"_s, col::line1},       {u"address.line2"_s, col::line2},
        {u"address.postcode"_s, col::postcode}, {u"address.city"_s, col::city},
        {u"address.country"_s, col::country},   {u"address"_s, col::line1},
        {u"priorStatus"_s, col::priorStatus},   {u"referentAdviser"_s, col::referent},
        {u"activityId"_s, col::analyticCode},
    };
    const auto it = columns.constFind(where);
    if (it != columns.cend())
        return *it;
    return camelToSnake(where.section(u'.', -1));
}

QString contractColumn(const QString &where, ContractRole role)
{
    static const QRegularExpression pattern(u"^([A-Za-z]+)(?:\\[(\\d+)\\])?(?:\\.([A-Za-z]+))?"_s);
    const QRegularExpressionMatch m = pattern.match(where);
    const QString field = m.hasMatch() ? m.captured(1) : where;
    const int index = m.captured(2).isEmpty() ? -1 : m.captured(2).toInt();
    const QString sub = m.captured(3);
    const bool cape = role != ContractRole::Cesa;

    if (field == "capePeriods"_L1) {
        if (index <= 0)
            return index == 0 && sub == "start"_L1 ? col::capeStart : col::capeEnd;
        return index == 1 ? col::capeRenewal1End : col::capeRenewal2End;
    }
    if (field == "terms"_L1) {
        static const QHash<QString, QString> terms{
            {u"fixedMonthlyPart"_s, col::fixedMonthlyPart},
            {u"variableRate"_s, col::variableRate},
            {u"monthlyHours"_s, col::monthlyHours},
            {u"equivalentHours"_s, col::equivalentHours},
            {u"cadre"_s, col::cadre},
            {u"contributionScale"_s, col::contributionScale},
            {u"referent"_s, col::referent},
        };
        return terms.value(sub, col::cesaStart);
    }
    if (field == "signedOn"_L1)
        return cape ? col::capeSignedOn : col::cesaSignedOn;
    if (field == "start"_L1)
        return cape ? col::capeStart : col::cesaStart;
    if (field == "type"_L1)
        return col::contractType;
    if (field == "activityId"_L1)
        return col::analyticCode;
    if (field == "associateDate"_L1)
        return col::associateDate;
    if (field == "associateShares"_L1)
        return col::associateShares;
    if (field == "exitDate"_L1)
        return role == ContractRole::PriorCape ? col::capeEnd : col::exitDate;
    if (field == "exitReason"_L1)
        return col::exitReason;
    if (field == "exitNote"_L1)
        return col::exitNote;
    return camelToSnake(field);
}

// Reads the fields of one line and collects its problems, one per column at most from parsing.
class LineReader
{
public:
    LineReader(const QHash<QString, qsizetype> &columns, const CsvRecord &record,
               QList<CsvLineError> &errors)
        : m_columns(columns), m_record(record), m_errors(errors) {}

    qsizetype line() const { return m_record.line; }

    QString text(const QString &column) const
    {
        const qsizetype at = m_columns.value(column, -1);
        if (at < 0 || at >= m_record.fields.size())
            return {};
        return m_record.fields.at(at).trimmed();
    }
    bool isEmpty(const QString &column) const { return text(column).isEmpty(); }

    void error(const QString &column, const QString &message)
    {
        m_errors.append({m_record.line, column, message});
        m_bad.insert(column);
    }
    bool hasError(const QString &column) const { return m_bad.contains(column); }
    bool hasErrors() const { return !m_bad.isEmpty(); }

    QString required(const QString &column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            error(column, Tr::tr("required."));
        return value;
    }

    QDate date(const QString &column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            return {};
        const std::optional<QDate> date = parseDate(value);
        if (!date) {
            error(column, Tr::tr("“%1” is not a date: write it YYYY-MM-DD or DD/MM/YYYY.")
                              .arg(value));
            return {};
        }
        return *date;
    }

    QDate requiredDate(const QString &column)
    {
        if (isEmpty(column)) {
            error(column, Tr::tr("required."));
            return {};
        }
        return date(column);
    }

    Money money(const QString &column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            return {};
        auto amount = Money::parse(withoutDecorations(value, u"€"));
        if (!amount) {
            error(column, Tr::tr("“%1” is not an amount in euros: write it 1234,56 or 1234.56.")
                              .arg(value));
            return {};
        }
        return *amount;
    }

    Rate percent(const QString &column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            return {};
        auto rate = Rate::fromPercent(withoutDecorations(value, u"%"));
        if (!rate) {
            error(column, Tr::tr("“%1” is not a percentage: write it 5,5 or 5.5.").arg(value));
            return {};
        }
        return *rate;
    }

    Quantity quantity(const QString &column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            return {};
        auto quantity = Quantity::parse(withoutDecorations(value, u"h"));
        if (!quantity) {
            error(column, Tr::tr("“%1” is not a number of hours: write it 151,67 or 151.67 "
                                 "(3 decimals at most).")
                              .arg(value));
            return {};
        }
        return *quantity;
    }

    bool flag(const QString &column)
    {
        const QString value = text(column).toLower();
        if (value.isEmpty() || value == "no"_L1 || value == "non"_L1 || value == "false"_L1
            || value == "0"_L1)
            return false;
        if (value == "yes"_L1 || value == "oui"_L1 || value == "true"_L1 || value == "1"_L1)
            return true;
        error(column, Tr::tr("“%1” is not yes or no.").arg(text(column)));
        return false;
    }

    int count(const QString &column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            return 0;
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0) {
            error(column, Tr::tr("“%1” is not a whole number.").arg(value));
            return 0;
        }
        return n;
    }

private:
    const QHash<QString, qsizetype> &m_columns;
    const CsvRecord &m_record;
    QList<CsvLineError> &m_errors;
    QSet<QString> m_bad;
};

struct KnownPeople
{
    QHash<QString, qsizetype> nirLines;    // NIR → the first line of the file that has it
    QHash<QString, qsizetype> personLines; // personKey → line
    QHash<QString, QString> storeNirs;     // NIR → display name of the person in the store
    QHash<QString, QString> storePeople;   // personKey → display name
};

std::optional<EntrepreneurCsvRecord> readLine(LineReader &r, const EntrepreneurCsvContext &context,
                                              const QHash<QString, QString> &activityIds,
                                              KnownPeople &known)
{
    Entrepreneur e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.lastName = r.required(col::lastName);
    e.firstName = r.required(col::firstName);
    e.birthDate = r.date(col::birthDate);
    if (const QString nir = r.text(col::nir); !nir.isEmpty()) {
        if (auto canonical = normalizeNir(nir))
            e.nir = *canonical;
        else
            r.error(col::nir, canonical.error().message());
    }
    e.email = r.text(col::email);
    e.phone = r.text(col::phone);
    e.address.line1 = r.text(col::line1);
    e.address.line2 = r.text(col::line2);
    e.address.postcode = r.text(col::postcode);
    e.address.city = r.text(col::city);
    if (const QString country = r.text(col::country); !country.isEmpty())
        e.address.country = country.toUpper();
    if (const QString status = r.text(col::priorStatus); status.isEmpty()) {
        e.priorStatus = PriorStatus::Other;
    } else if (auto s = priorStatusFromKey(status.toLower())) {
        e.priorStatus = *s;
    } else {
        r.error(col::priorStatus,
                Tr::tr("“%1” is not a prior status: use one of %2.")
                    .arg(status,
                         keyList({PriorStatus::JobSeeker, PriorStatus::Employee,
                                  PriorStatus::SelfEmployed, PriorStatus::Student,
                                  PriorStatus::Inactive, PriorStatus::Other},
                                 priorStatusKey)));
    }
    e.referentAdviser = r.text(col::referent);
    if (const QString code = r.required(col::analyticCode); !code.isEmpty()) {
        e.activityId = activityIds.value(code.toUpper());
        if (e.activityId.isEmpty())
            r.error(col::analyticCode,
                    Tr::tr("no activity has the analytic code “%1” in the store (create it "
                           "first).")
                        .arg(code));
    }

    // The contract described by the line.
    std::optional<ContractType> type;
    if (const QString t = r.text(col::contractType); !t.isEmpty()) {
        if (auto parsed = contractTypeFromKey(t.toLower()))
            type = *parsed;
        else
            r.error(col::contractType,
                    Tr::tr("“%1” is not a contract type: use %2, or leave it empty for a person "
                           "without a contract yet.")
                        .arg(t, keyList({ContractType::Cape, ContractType::Cesa}, contractTypeKey)));
    } else {
        for (const QString &c : contractColumns()) {
            if (!r.isEmpty(c)) {
                r.error(col::contractType,
                        Tr::tr("give the contract type (cape or cesa): the line describes a "
                               "contract (%1).")
                            .arg(c));
                break;
            }
        }
    }

    const auto capeContract = [&] {
        Contract cape;
        cape.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        cape.entrepreneurId = e.id;
        cape.activityId = e.activityId;
        cape.type = ContractType::Cape;
        cape.signedOn = r.date(col::capeSignedOn);
        const QDate start = r.requiredDate(col::capeStart);
        const QDate end = r.requiredDate(col::capeEnd);
        const QDate renewal1 = r.date(col::capeRenewal1End);
        const QDate renewal2 = r.date(col::capeRenewal2End);
        cape.start = start;
        cape.capePeriods.append({start, end});
        if (renewal1.isValid())
            cape.capePeriods.append({end.addDays(1), renewal1});
        if (renewal2.isValid()) {
            if (!renewal1.isValid() && !r.hasError(col::capeRenewal1End))
                r.error(col::capeRenewal2End,
                        Tr::tr("a second renewal needs a first one (cape_renewal_1_end)."));
            else
                cape.capePeriods.append({renewal1.addDays(1), renewal2});
        }
        return cape;
    };
    const auto readExit = [&](Contract &c) {
        c.exitDate = r.date(col::exitDate);
        if (const QString reason = r.text(col::exitReason); !reason.isEmpty()) {
            if (auto parsed = exitReasonFromKey(reason.toLower()))
                c.exitReason = *parsed;
            else
                r.error(col::exitReason,
                        Tr::tr("“%1” is not an exit reason: use one of %2.")
                            .arg(reason, keyList({ExitReason::Resignation, ExitReason::CapeEnded,
                                                  ExitReason::NotAssociated, ExitReason::Dismissal,
                                                  ExitReason::Retirement,
                                                  ExitReason::MutualAgreement, ExitReason::Other},
                                                 exitReasonKey)));
        }
        c.exitNote = r.text(col::exitNote);
    };

    QList<std::pair<Contract, ContractRole>> contracts;
    if (type == ContractType::Cape) {
        for (const QString &c : cesaOnlyColumns()) {
            if (!r.isEmpty(c) && r.text(c).toLower() != "no"_L1 && r.text(c).toLower() != "non"_L1
                && r.text(c) != "0"_L1)
                r.error(c, Tr::tr("only a CESA has this; the line's contract is a CAPE."));
        }
        Contract cape = capeContract();
        readExit(cape);
        contracts.append({cape, ContractRole::Cape});
    } else if (type == ContractType::Cesa) {
        Contract cesa;
        cesa.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        cesa.entrepreneurId = e.id;
        cesa.activityId = e.activityId;
        cesa.type = ContractType::Cesa;
        cesa.signedOn = r.date(col::cesaSignedOn);
        cesa.start = r.requiredDate(col::cesaStart);
        ContractTerms terms;
        terms.effectiveFrom = cesa.start;
        terms.fixedMonthlyPart = r.money(col::fixedMonthlyPart);
        terms.variableRate = r.percent(col::variableRate);
        terms.monthlyHours = r.quantity(col::monthlyHours);
        terms.equivalentHours = r.flag(col::equivalentHours);
        terms.cadre = r.flag(col::cadre);
        terms.contributionScale = r.text(col::contributionScale);
        terms.referent = e.referentAdviser;
        cesa.terms.append(terms);
        cesa.associateDate = r.date(col::associateDate);
        cesa.associateShares = r.count(col::associateShares);
        readExit(cesa);

        const bool hasPriorCape = !r.isEmpty(col::capeStart) || !r.isEmpty(col::capeEnd)
            || !r.isEmpty(col::capeRenewal1End) || !r.isEmpty(col::capeRenewal2End)
            || !r.isEmpty(col::capeSignedOn);
        if (hasPriorCape) {
            const Contract cape = capeContract();
            const QDate capeEnd = cape.capePeriods.constLast().end;
            if (capeEnd.isValid() && cesa.start.isValid() && capeEnd >= cesa.start
                && !r.hasError(col::cesaStart))
                r.error(col::cesaStart,
                        Tr::tr("the CESA starts on %1, while the CAPE before it runs until %2.")
                            .arg(cesa.start.toString(Qt::ISODate), capeEnd.toString(Qt::ISODate)));
            contracts.append({cape, ContractRole::PriorCape});
        }
        contracts.append({cesa, ContractRole::Cesa});
    }

    // The core rules, on what parsed. A column that did not parse already has its message.
    for (const Error &error : validate(e, context.today)) {
        const QString column = entrepreneurColumn(error.where());
        if (!r.hasError(column))
            r.error(column, error.message());
    }
    for (const auto &[contract, role] : std::as_const(contracts)) {
        for (const Error &error : validate(contract)) {
            const QString column = contractColumn(error.where(), role);
            if (!r.hasError(column))
                r.error(column, error.message());
        }
    }

    // The same person twice, in the file or already in the store.
    if (!e.nir.isEmpty()) {
        if (const auto it = known.nirLines.constFind(e.nir); it != known.nirLines.cend())
            r.error(col::nir, Tr::tr("the same NIR as line %1.").arg(*it));
        else if (const auto s = known.storeNirs.constFind(e.nir); s != known.storeNirs.cend())
            r.error(col::nir, Tr::tr("%1 already has this NIR in the store.").arg(*s));
        else
            known.nirLines.insert(e.nir, r.line());
    }
    if (e.birthDate.isValid() && !e.lastName.isEmpty() && !e.firstName.isEmpty()) {
        const QString key = personKey(e.lastName, e.firstName, e.birthDate);
        if (const auto it = known.personLines.constFind(key); it != known.personLines.cend())
            r.error(col::lastName,
                    Tr::tr("the same person (name and birth date) as line %1.").arg(*it));
        else if (const auto s = known.storePeople.constFind(key); s != known.storePeople.cend())
            r.error(col::lastName,
                    Tr::tr("%1, born on %2, is already in the store.")
                        .arg(*s, e.birthDate.toString(Qt::ISODate)));
        else
            known.personLines.insert(key, r.line());
    }

    if (r.hasErrors())
        return std::nullopt;
    EntrepreneurCsvRecord record;
    record.line = r.line();
    record.entrepreneur = e;
    for (const auto &entry : std::as_const(contracts))
        record.contracts.append(entry.first);
    return record;
}

QString contractDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

const QStringList &entrepreneurCsvColumns()
{
    static const QStringList columns{
        col::lastName,         col::firstName,       col::birthDate,     col::nir,
        col::email,            col::phone,           col::line1,         col::line2,
        col::postcode,         col::city,            col::country,       col::priorStatus,
        col::referent,         col::analyticCode,    col::contractType,  col::capeSignedOn,
        col::capeStart,        col::capeEnd,         col::capeRenewal1End, col::capeRenewal2End,
        col::cesaSignedOn,     col::cesaStart,       col::fixedMonthlyPart, col::variableRate,
        col::monthlyHours,     col::equivalentHours, col::cadre,         col::contributionScale,
        col::associateDate,    col::associateShares, col::exitDate,      col::exitReason,
        col::exitNote,
    };
    return columns;
}

const QStringList &entrepreneurCsvRequiredColumns()
{
    static const QStringList columns{col::lastName, col::firstName, col::analyticCode};
    return columns;
}

QString CsvLineError::toString(const QString &fileName) const
{
    QString where = fileName;
    if (line > 0)
        where += u':' + QString::number(line);
    if (!column.isEmpty())
        where += u": "_s + column;
    return where + u": "_s + message;
}

qsizetype EntrepreneurCsvImport::badLineCount() const
{
    QSet<qsizetype> lines;
    for (const CsvLineError &e : errors)
        lines.insert(e.line);
    return lines.size();
}

EntrepreneurCsvImport parseEntrepreneurCsv(const QByteArray &data,
                                           const EntrepreneurCsvContext &context)
{
    EntrepreneurCsvImport result;
    qsizetype errorLine = 0;
    auto table = readCsv(data, &errorLine);
    if (!table) {
        result.errors.append({errorLine, QString(), table.error().message()});
        return result;
    }

    // The header: known columns, each once, the required ones present.
    QHash<QString, qsizetype> columns;
    const QStringList &known = entrepreneurCsvColumns();
    for (qsizetype i = 0; i < table->header.size(); ++i) {
        const QString name = table->header.at(i).trimmed().toLower();
        if (name.isEmpty() && i == table->header.size() - 1)
            continue; // a separator at the end of the header, as some spreadsheets write it
        if (!known.contains(name)) {
            result.errors.append({table->headerLine, name,
                                  Tr::tr("unknown column (the columns are described in "
                                         "docs/csv-format.md).")});
        } else if (columns.contains(name)) {
            result.errors.append({table->headerLine, name, Tr::tr("this column appears twice.")});
        } else {
            columns.insert(name, i);
        }
    }
    for (const QString &required : entrepreneurCsvRequiredColumns()) {
        if (!columns.contains(required))
            result.errors.append({table->headerLine, required, Tr::tr("this column is required.")});
    }
    if (!result.errors.isEmpty())
        return result;

    QHash<QString, QString> activityIds;
    for (const Activity &a : context.activities)
        activityIds.insert(a.analyticCode.toUpper(), a.id);
    KnownPeople people;
    for (const Entrepreneur &e : context.existing) {
        if (!e.nir.isEmpty())
            people.storeNirs.insert(e.nir, e.displayName());
        if (e.birthDate.isValid())
            people.storePeople.insert(personKey(e.lastName, e.firstName, e.birthDate),
                                      e.displayName());
    }

    const qsizetype width = table->header.size();
    result.lineCount = table->records.size();
    for (const CsvRecord &record : std::as_const(table->records)) {
        if (record.fields.size() != width) {
            result.errors.append(
                {record.line, QString(),
                 Tr::tr("the line has %1 fields where the header has %2 (a separator too many or "
                        "missing, or a quote not closed?).")
                     .arg(record.fields.size())
                     .arg(width)});
            continue;
        }
        QList<CsvLineError> lineErrors;
        LineReader reader(columns, record, lineErrors);
        std::optional<EntrepreneurCsvRecord> parsed = readLine(reader, context, activityIds, people);
        // Each line's problems in the order of the documented columns.
        std::stable_sort(lineErrors.begin(), lineErrors.end(),
                         [&](const CsvLineError &a, const CsvLineError &b) {
                             return known.indexOf(a.column) < known.indexOf(b.column);
                         });
        result.errors.append(lineErrors);
        if (parsed)
            result.records.append(std::move(*parsed));
    }
    return result;
}

QByteArray writeEntrepreneurCsv(const QList<Entrepreneur> &entrepreneurs,
                                const QList<Contract> &contracts,
                                const QList<Activity> &activities, QDate at)
{
    QHash<QString, QString> codes;
    for (const Activity &a : activities)
        codes.insert(a.id, a.analyticCode);
    QHash<QString, QList<Contract>> byPerson;
    for (const Contract &c : contracts)
        byPerson[c.entrepreneurId].append(c);

    // By name as a French reader looks for it (accents and case aside), then birth date: the
    // order does not depend on ids, so two stores with the same people write the same file.
    QCollator collator{QLocale(QLocale::French, QLocale::France)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    struct Keyed
    {
        QCollatorSortKey last;
        QCollatorSortKey first;
        const Entrepreneur *entrepreneur;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(size_t(entrepreneurs.size()));
    for (const Entrepreneur &e : entrepreneurs)
        keyed.push_back({collator.sortKey(e.lastName), collator.sortKey(e.firstName), &e});
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (const int c = a.last.compare(b.last))
            return c < 0;
        if (const int c = a.first.compare(b.first))
            return c < 0;
        if (a.entrepreneur->birthDate != b.entrepreneur->birthDate)
            return a.entrepreneur->birthDate < b.entrepreneur->birthDate;
        return a.entrepreneur->id < b.entrepreneur->id;
    });
    QList<const Entrepreneur *> sorted;
    for (const Keyed &k : keyed)
        sorted.append(k.entrepreneur);

    CsvWriter writer(u';', true);
    writer.addRecord(entrepreneurCsvColumns());
    for (const Entrepreneur *e : std::as_const(sorted)) {
        QHash<QString, QString> v;
        v.insert(col::lastName, e->lastName);
        v.insert(col::firstName, e->firstName);
        v.insert(col::birthDate, contractDate(e->birthDate));
        v.insert(col::nir, e->nir);
        v.insert(col::email, e->email);
        v.insert(col::phone, e->phone);
        v.insert(col::line1, e->address.line1);
        v.insert(col::line2, e->address.line2);
        v.insert(col::postcode, e->address.postcode);
        v.insert(col::city, e->address.city);
        v.insert(col::country, e->address.country);
        v.insert(col::priorStatus, priorStatusKey(e->priorStatus));
        v.insert(col::referent, e->referentAdviser);

        QList<Contract> own = byPerson.value(e->id);
        std::stable_sort(own.begin(), own.end(),
                         [](const Contract &a, const Contract &b) { return a.start < b.start; });
        const Contract *current = nullptr;
        for (const Contract &c : std::as_const(own)) {
            if (isInForce(c, at))
                current = &c;
        }
        if (!current) {
            for (const Contract &c : std::as_const(own)) {
                if (c.start <= at)
                    current = &c;
            }
        }
        if (!current && !own.isEmpty())
            current = &own.constFirst();

        QString activityId = e->activityId;
        if (activityId.isEmpty() && current)
            activityId = current->activityId;
        v.insert(col::analyticCode, codes.value(activityId));

        const auto writeCape = [&](const Contract &cape) {
            v.insert(col::capeSignedOn, contractDate(cape.signedOn));
            if (!cape.capePeriods.isEmpty()) {
                v.insert(col::capeStart, contractDate(cape.capePeriods.at(0).start));
                v.insert(col::capeEnd, contractDate(cape.capePeriods.at(0).end));
            } else {
                v.insert(col::capeStart, contractDate(cape.start));
            }
            if (cape.capePeriods.size() > 1)
                v.insert(col::capeRenewal1End, contractDate(cape.capePeriods.at(1).end));
            if (cape.capePeriods.size() > 2)
                v.insert(col::capeRenewal2End, contractDate(cape.capePeriods.at(2).end));
        };
        const auto writeExit = [&](const Contract &c) {
            v.insert(col::exitDate, contractDate(c.exitDate));
            if (c.exitReason)
                v.insert(col::exitReason, exitReasonKey(*c.exitReason));
            v.insert(col::exitNote, c.exitNote);
        };

        if (current && current->type == ContractType::Cape) {
            v.insert(col::contractType, contractTypeKey(ContractType::Cape));
            writeCape(*current);
            writeExit(*current);
        } else if (current) {
            v.insert(col::contractType, contractTypeKey(ContractType::Cesa));
            const Contract *prior = nullptr;
            for (const Contract &c : std::as_const(own)) {
                if (c.type != ContractType::Cape || c.start >= current->start)
                    continue;
                const std::optional<QDate> end = contractEnd(c);
                if (end && *end < current->start)
                    prior = &c;
            }
            if (prior)
                writeCape(*prior);
            v.insert(col::cesaSignedOn, contractDate(current->signedOn));
            v.insert(col::cesaStart, contractDate(current->start));
            QDate termsDate = at;
            if (const std::optional<QDate> end = contractEnd(*current); end && *end < termsDate)
                termsDate = *end;
            std::optional<ContractTerms> terms = termsAt(*current, termsDate);
            if (!terms && !current->terms.isEmpty())
                terms = current->terms.constFirst();
            if (terms) {
                v.insert(col::fixedMonthlyPart, decimalComma(terms->fixedMonthlyPart.toString()));
                v.insert(col::variableRate, decimalComma(terms->variableRate.toPercentString()));
                v.insert(col::monthlyHours, decimalComma(terms->monthlyHours.toString()));
                v.insert(col::equivalentHours, terms->equivalentHours ? u"yes"_s : u"no"_s);
                v.insert(col::cadre, terms->cadre ? u"yes"_s : u"no"_s);
                v.insert(col::contributionScale, terms->contributionScale);
            }
            v.insert(col::associateDate, contractDate(current->associateDate));
            if (current->associateShares > 0)
                v.insert(col::associateShares, QString::number(current->associateShares));
            writeExit(*current);
        }

        QStringList fields;
        for (const QString &c : entrepreneurCsvColumns())
            fields.append(v.value(c));
        writer.addRecord(fields);
    }
    return writer.data();
}

} // namespace coop
