#include "payrollrules.h"

#include "tr.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

struct BaseName
{
    PayrollBase base;
    QStringView key;
};

constexpr BaseName BaseNames[] = {
    {PayrollBase::Assiette, u"assiette"},
    {PayrollBase::Tranche1, u"tranche1"},
    {PayrollBase::Tranche2, u"tranche2"},
    {PayrollBase::AssietteMax4Pss, u"assiette_max_4pss"},
    {PayrollBase::AssietteMax8Pss, u"assiette_max_8pss"},
    {PayrollBase::CsgBase, u"csg_base"},
    {PayrollBase::Mutuelle, u"mutuelle"},
    {PayrollBase::EmployerHealthShare, u"employer_health_share"},
};

struct SituationRateName
{
    PayrollRateSource source;
    QStringView key;
};

constexpr SituationRateName SituationRates[] = {
    {PayrollRateSource::SituationAtmp, u"situation.atmp"},
    {PayrollRateSource::SituationVm, u"situation.vm"},
    {PayrollRateSource::MutuelleEmployeeShare, u"situation.mutuelle_employee_share"},
    {PayrollRateSource::MutuelleEmployerShare, u"situation.mutuelle_employer_share"},
};

enum class ParamKind { Money, Percent, Fraction, Integer };

struct ParamSpec
{
    QStringView key;
    ParamKind kind;
    Money PayrollParameters::*money = nullptr;
    Rate PayrollParameters::*rate = nullptr;
    int PayrollParameters::*integer = nullptr;
};

const ParamSpec ParamSpecs[] = {
    {u"pss", ParamKind::Money, &PayrollParameters::pss},
    {u"smic_hourly", ParamKind::Money, &PayrollParameters::smicHourly},
    {u"weekly_hours", ParamKind::Fraction, nullptr, &PayrollParameters::weeklyHours},
    {u"csg_base_rate", ParamKind::Percent, nullptr, &PayrollParameters::csgBaseRate},
    {u"csg_abatement_cap_pss", ParamKind::Integer, nullptr, nullptr,
     &PayrollParameters::csgAbatementCapPss},
    {u"rgdu_tmin", ParamKind::Fraction, nullptr, &PayrollParameters::rgduTmin},
    {u"rgdu_tdelta_under_50", ParamKind::Fraction, nullptr, &PayrollParameters::rgduTdeltaUnder50},
    {u"rgdu_tdelta_from_50", ParamKind::Fraction, nullptr, &PayrollParameters::rgduTdeltaFrom50},
    {u"rgdu_cutoff_smic", ParamKind::Integer, nullptr, nullptr, &PayrollParameters::rgduCutoffSmic},
    {u"rgdu_exponent", ParamKind::Fraction, nullptr, &PayrollParameters::rgduExponent},
    {u"rgdu_coefficient_decimals", ParamKind::Integer, nullptr, nullptr,
     &PayrollParameters::rgduCoefficientDecimals},
    {u"default_headcount", ParamKind::Integer, nullptr, nullptr,
     &PayrollParameters::defaultHeadcount},
    {u"default_atmp", ParamKind::Percent, nullptr, &PayrollParameters::defaultAtmp},
    {u"default_vm", ParamKind::Percent, nullptr, &PayrollParameters::defaultVm},
    {u"default_mutuelle", ParamKind::Money, &PayrollParameters::defaultMutuelle},
    {u"default_mutuelle_employer_share", ParamKind::Percent, nullptr,
     &PayrollParameters::defaultMutuelleEmployerShare},
};

const ParamSpec *paramSpec(QStringView key)
{
    for (const ParamSpec &spec : ParamSpecs) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Splits a statement into fields: blanks separate them, double quotes keep blanks inside one
// (key="two words" is one field, quotes removed), a '#' opening a field ends the statement.
// Returns false on an unterminated quote.
bool splitFields(QStringView text, QStringList *fields)
{
    QString current;
    bool inField = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"')
                inQuotes = false;
            else
                current.append(c);
            continue;
        }
        if (c == u' ' || c == u'\t' || c == u'\r') {
            if (inField) {
                fields->append(current);
                current.clear();
                inField = false;
            }
            continue;
        }
        if (c == u'#' && !inField)
            break;
        inField = true;
        if (c == u'"')
            inQuotes = true;
        else
            current.append(c);
    }
    if (inField)
        fields->append(current);
    return !inQuotes;
}

bool isValidCode(QStringView code)
{
    if (code.isEmpty())
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

std::optional<int> parseCount(QStringView text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || text.startsWith(u'+'))
        return std::nullopt;
    return value;
}

std::optional<QDate> parseIsoDate(QStringView text)
{
    if (text.size() != 10)
        return std::nullopt;
    const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

class Loader
{
public:
    explicit Loader(QString fileName) : m_fileName(std::move(fileName)) {}

    void statement(int lineNumber, const QStringList &fields);
    void finish(int lastLine);

    PayrollRuleTable table;
    ValidationErrors errors;

private:
    QString where(int lineNumber) const { return u"%1:%2"_s.arg(m_fileName).arg(lineNumber); }
    void error(ErrorCode code, int lineNumber, const QString &message)
    {
        errors.append(Error(code, message, where(lineNumber)));
    }
    void header(int lineNumber, const QStringList &fields);
    void parameter(int lineNumber, const ParamSpec &spec, const QStringList &fields);
    void contributionLine(int lineNumber, const QStringList &fields);
    std::optional<PayrollRate> rate(int lineNumber, const QString &code, bool employer,
                                    const QString &text);

    QString m_fileName;
    bool m_headerSeen = false;
    bool m_reportedMissingHeader = false;
    QHash<QString, int> m_keyLines;   // parameter or header key → line
    QHash<QString, int> m_codeLines;  // contribution code → line
};

void Loader::statement(int lineNumber, const QStringList &fields)
{
    const QString &key = fields.first();
    if (key == u"valid_from") {
        header(lineNumber, fields);
        return;
    }
    const ParamSpec *spec = paramSpec(key);
    const bool known = spec || key == u"valid_until" || key == u"source" || key == u"line";
    if (!known) {
        error(ErrorCode::ParseError, lineNumber,
              Tr::tr("Unknown key “%1”: a statement starts with valid_from, valid_until, source, "
                     "line or a parameter name such as pss or smic_hourly.")
                  .arg(key));
        return;
    }
    if (!m_headerSeen) {
        if (!m_reportedMissingHeader) {
            error(ErrorCode::ParseError, lineNumber,
                  Tr::tr("“%1” comes before the header: a payroll table starts with "
                         "“valid_from YYYY-MM-DD”.")
                      .arg(key));
            m_reportedMissingHeader = true;
        }
        return;
    }
    if (key == u"line") {
        contributionLine(lineNumber, fields);
        return;
    }
    if (key == u"source") {
        if (fields.size() < 2) {
            error(ErrorCode::ParseError, lineNumber,
                  Tr::tr("“source” needs a text: the rules' origin, with its version or URL."));
            return;
        }
        table.sources.append(fields.mid(1).join(u' '));
        return;
    }
    if (const auto previous = m_keyLines.constFind(key); previous != m_keyLines.constEnd()) {
        error(ErrorCode::Constraint, lineNumber,
              Tr::tr("“%1” is given twice (first on line %2).").arg(key).arg(previous.value()));
        return;
    }
    m_keyLines.insert(key, lineNumber);
    if (fields.size() != 2) {
        error(ErrorCode::ParseError, lineNumber,
              Tr::tr("“%1” takes exactly one value.").arg(key));
        return;
    }
    if (key == u"valid_until") {
        const auto date = parseIsoDate(fields.at(1));
        if (!date) {
            error(ErrorCode::ParseError, lineNumber,
                  Tr::tr("“%1” is not a date: expected YYYY-MM-DD.").arg(fields.at(1)));
            return;
        }
        table.validUntil = *date;
        return;
    }
    parameter(lineNumber, *spec, fields);
}

void Loader::header(int lineNumber, const QStringList &fields)
{
    if (m_headerSeen) {
        error(ErrorCode::Constraint, lineNumber,
              Tr::tr("“valid_from” is given twice (first on line %1): one file holds one period.")
                  .arg(table.headerLine));
        return;
    }
    m_headerSeen = true;
    table.headerLine = lineNumber;
    if (fields.size() != 2) {
        error(ErrorCode::ParseError, lineNumber,
              Tr::tr("“valid_from” takes exactly one date, YYYY-MM-DD."));
        return;
    }
    const auto date = parseIsoDate(fields.at(1));
    if (!date) {
        error(ErrorCode::ParseError, lineNumber,
              Tr::tr("“%1” is not a date: expected YYYY-MM-DD.").arg(fields.at(1)));
        return;
    }
    table.validFrom = *date;
}

void Loader::parameter(int lineNumber, const ParamSpec &spec, const QStringList &fields)
{
    const QString &value = fields.at(1);
    switch (spec.kind) {
    case ParamKind::Money: {
        const auto money = Money::parse(value);
        if (!money || money->isNegative()) {
            error(ErrorCode::ParseError, lineNumber,
                  Tr::tr("“%1” is not an amount for “%2”: expected euros with at most two "
                         "decimals, such as 4005.00.")
                      .arg(value, spec.key.toString()));
            return;
        }
        table.parameters.*spec.money = *money;
        return;
    }
    case ParamKind::Percent: {
        const auto rate = Rate::fromPercent(value);
        if (!rate || rate->isNegative() || rate->units() > 100 * Rate::UnitsPerPercent) {
            error(ErrorCode::ParseError, lineNumber,
                  Tr::tr("“%1” is not a percentage between 0 and 100 for “%2” (write 98.25 for "
                         "98.25 %, without the sign).")
                      .arg(value, spec.key.toString()));
            return;
        }
        table.parameters.*spec.rate = *rate;
        return;
    }
    case ParamKind::Fraction: {
        const auto rate = Rate::fromFraction(value);
        if (!rate || rate->isNegative()) {
            error(ErrorCode::ParseError, lineNumber,
                  Tr::tr("“%1” is not a positive number for “%2”: expected digits with at most "
                         "eight decimals, such as 0.3781.")
                      .arg(value, spec.key.toString()));
            return;
        }
        table.parameters.*spec.rate = *rate;
        return;
    }
    case ParamKind::Integer: {
        const auto count = parseCount(value);
        if (!count) {
            error(ErrorCode::ParseError, lineNumber,
                  Tr::tr("“%1” is not a whole number for “%2”.").arg(value, spec.key.toString()));
            return;
        }
        table.parameters.*spec.integer = *count;
        return;
    }
    }
}

std::optional<PayrollRate> Loader::rate(int lineNumber, const QString &code, bool employer,
                                        const QString &text)
{
    if (text == u"-")
        return PayrollRate{};
    if (text.startsWith(u"situation.")) {
        for (const SituationRateName &name : SituationRates) {
            if (name.key == text)
                return PayrollRate{name.source, Rate()};
        }
        error(ErrorCode::ParseError, lineNumber,
              Tr::tr("Line “%1”: unknown situation rate “%2”: expected situation.atmp, "
                     "situation.vm, situation.mutuelle_employee_share or "
                     "situation.mutuelle_employer_share.")
                  .arg(code, text));
        return std::nullopt;
    }
    const auto parsed = Rate::fromPercent(text);
    if (!parsed) {
        error(ErrorCode::ParseError, lineNumber,
              (employer ? Tr::tr("Line “%1”, employer rate: %2")
                        : Tr::tr("Line “%1”, employee rate: %2"))
                  .arg(code, parsed.error().message()));
        return std::nullopt;
    }
    if (parsed->isNegative() || parsed->units() > 100 * Rate::UnitsPerPercent) {
        error(ErrorCode::ParseError, lineNumber,
              (employer ? Tr::tr("Line “%1”: the employer rate “%2” is not a percentage between "
                                 "0 and 100.")
                        : Tr::tr("Line “%1”: the employee rate “%2” is not a percentage between "
                                 "0 and 100."))
                  .arg(code, text));
        return std::nullopt;
    }
    return PayrollRate{PayrollRateSource::Fixed, *parsed};
}

void Loader::contributionLine(int lineNumber, const QStringList &fields)
{
    if (fields.size() < 2 || fields.at(1).contains(u'=')) {
        error(ErrorCode::ParseError, lineNumber,
              Tr::tr("“line” must be followed by the line's code, such as maladie."));
        return;
    }
    PayrollRuleLine line;
    line.code = fields.at(1);
    line.sourceLine = lineNumber;
    const qsizetype errorsBefore = errors.size();
    if (!isValidCode(line.code)) {
        error(ErrorCode::ParseError, lineNumber,
              Tr::tr("“%1” is not a line code: use lower-case letters, digits and '_'.")
                  .arg(line.code));
    } else if (const auto previous = m_codeLines.constFind(line.code);
               previous != m_codeLines.constEnd()) {
        error(ErrorCode::Constraint, lineNumber,
              Tr::tr("Duplicate line code “%1” (first on line %2).")
                  .arg(line.code)
                  .arg(previous.value()));
    } else {
        m_codeLines.insert(line.code, lineNumber);
    }

    bool hasBase = false;
    bool hasEmployee = false;
    bool hasEmployer = false;
    bool hasLabel = false;
    for (qsizetype i = 2; i < fields.size(); ++i) {
        const QString &field = fields.at(i);
        const qsizetype equals = field.indexOf(u'=');
        const QString name = equals < 0 ? field : field.left(equals);
        const QString value = equals < 0 ? QString() : field.mid(equals + 1);
        if (equals < 0) {
            if (name == u"cadre")
                line.cadreOnly = true;
            else if (name == u"above_pss")
                line.onlyAbovePss = true;
            else if (name == u"not_deductible")
                line.notDeductible = true;
            else if (name == u"health_share")
                line.healthShare = true;
            else
                error(ErrorCode::ParseError, lineNumber,
                      Tr::tr("Line “%1”: unknown field “%2”.").arg(line.code, field));
            continue;
        }
        if (name == u"base") {
            hasBase = true;
            const auto base = payrollBaseFromKey(value);
            if (!base) {
                QStringList known;
                for (const BaseName &baseName : BaseNames)
                    known.append(baseName.key.toString());
                error(ErrorCode::ParseError, lineNumber,
                      Tr::tr("Line “%1”: unknown base “%2”; the bases are %3.")
                          .arg(line.code, value, known.join(u", "_s)));
            } else {
                line.base = *base;
            }
        } else if (name == u"employee") {
            hasEmployee = true;
            if (const auto parsed = rate(lineNumber, line.code, false, value))
                line.employee = *parsed;
        } else if (name == u"employer") {
            hasEmployer = true;
            if (const auto parsed = rate(lineNumber, line.code, true, value))
                line.employer = *parsed;
        } else if (name == u"label") {
            hasLabel = true;
            line.label = value.trimmed();
            if (line.label.isEmpty())
                error(ErrorCode::ParseError, lineNumber,
                      Tr::tr("Line “%1”: the label is empty.").arg(line.code));
        } else if (name == u"organism") {
            if (const auto organism = payrollOrganismFromKey(value)) {
                line.organism = *organism;
            } else {
                error(ErrorCode::ParseError, lineNumber,
                      Tr::tr("Line “%1”: unknown organism “%2”; the organisms are urssaf, "
                             "retirement and health.")
                          .arg(line.code, value));
            }
        } else if (name == u"headcount_from" || name == u"headcount_below") {
            const auto count = parseCount(value);
            if (!count || *count == 0) {
                error(ErrorCode::ParseError, lineNumber,
                      Tr::tr("Line “%1”: “%2” is not a headcount for %3 (a whole number "
                             "from 1).")
                          .arg(line.code, value, name));
            } else if (name == u"headcount_from") {
                line.headcountFrom = *count;
            } else {
                line.headcountBelow = *count;
            }
        } else {
            error(ErrorCode::ParseError, lineNumber,
                  Tr::tr("Line “%1”: unknown field “%2”.").arg(line.code, name));
        }
    }
    if (!hasBase)
        error(ErrorCode::Constraint, lineNumber,
              Tr::tr("Line “%1” has no base: add base=assiette, tranche1…").arg(line.code));
    if (!hasEmployee)
        error(ErrorCode::Constraint, lineNumber,
              Tr::tr("Line “%1” is missing the employee rate: add employee=<percentage>, or "
                     "employee=- when the employee pays nothing.")
                  .arg(line.code));
    if (!hasEmployer)
        error(ErrorCode::Constraint, lineNumber,
              Tr::tr("Line “%1” is missing the employer rate: add employer=<percentage>, or "
                     "employer=- when the employer pays nothing.")
                  .arg(line.code));
    if (!hasLabel)
        error(ErrorCode::Constraint, lineNumber,
              Tr::tr("Line “%1” has no label: add label=\"…\".").arg(line.code));
    if (line.headcountFrom && line.headcountBelow && *line.headcountFrom >= *line.headcountBelow)
        error(ErrorCode::Constraint, lineNumber,
              Tr::tr("Line “%1” can never apply: headcount_from %2 is not below "
                     "headcount_below %3.")
                  .arg(line.code)
                  .arg(*line.headcountFrom)
                  .arg(*line.headcountBelow));
    if (errors.size() == errorsBefore)
        table.lines.append(line);
}

void Loader::finish(int lastLine)
{
    if (!m_headerSeen) {
        if (!m_reportedMissingHeader)
            error(ErrorCode::ParseError, std::max(lastLine, 1),
                  Tr::tr("The table has no header: it must start with “valid_from YYYY-MM-DD”."));
        return;
    }
    const int at = table.headerLine;
    if (table.sources.isEmpty())
        error(ErrorCode::Constraint, at,
              Tr::tr("The table names no source: add at least one “source” line saying where its "
                     "figures come from."));
    for (const ParamSpec &spec : ParamSpecs) {
        if (!m_keyLines.contains(spec.key.toString()))
            error(ErrorCode::Constraint, at,
                  Tr::tr("The parameter “%1” is missing.").arg(spec.key.toString()));
    }
    if (m_codeLines.isEmpty())
        error(ErrorCode::Constraint, at, Tr::tr("The table has no contribution line."));
    if (table.validUntil && table.validFrom.isValid() && *table.validUntil < table.validFrom)
        error(ErrorCode::Constraint, m_keyLines.value(u"valid_until"_s, at),
              Tr::tr("valid_until %1 is before valid_from %2.")
                  .arg(isoDate(*table.validUntil), isoDate(table.validFrom)));
}

} // namespace

QString payrollBaseKey(PayrollBase base)
{
    for (const BaseName &name : BaseNames) {
        if (name.base == base)
            return name.key.toString();
    }
    return {};
}

std::optional<PayrollBase> payrollBaseFromKey(QStringView key)
{
    for (const BaseName &name : BaseNames) {
        if (name.key == key)
            return name.base;
    }
    return std::nullopt;
}

bool PayrollRuleLine::appliesTo(bool cadre, int headcount, Money assiette, Money pss) const
{
    if (cadreOnly && !cadre)
        return false;
    if (onlyAbovePss && !(assiette > pss))
        return false;
    if (headcountFrom && headcount < *headcountFrom)
        return false;
    if (headcountBelow && headcount >= *headcountBelow)
        return false;
    return true;
}

Money PayrollRuleTable::monthlySmic() const
{
    // smic_hourly × weekly_hours × 52 / 12, rounded once to the cent. Both factors come from a
    // table that loaded, so the product fits.
    const auto cents = multiplyDivideRounded(parameters.smicHourly.cents(),
                                             parameters.weeklyHours.units() * 52,
                                             Rate::UnitsPerOne * 12, Rounding::HalfUp);
    return Money::fromCents(cents.value_or(0));
}

QString payrollOrganismKey(PayrollOrganism organism)
{
    switch (organism) {
    case PayrollOrganism::Urssaf:
        return u"urssaf"_s;
    case PayrollOrganism::Retirement:
        return u"retirement"_s;
    case PayrollOrganism::Health:
        return u"health"_s;
    }
    return {};
}

std::optional<PayrollOrganism> payrollOrganismFromKey(QStringView key)
{
    for (const PayrollOrganism organism :
         {PayrollOrganism::Urssaf, PayrollOrganism::Retirement, PayrollOrganism::Health}) {
        if (payrollOrganismKey(organism) == key)
            return organism;
    }
    return std::nullopt;
}

const PayrollRuleLine *PayrollRuleTable::line(const QString &code) const
{
    for (const PayrollRuleLine &candidate : lines) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

QString PayrollRuleTable::location() const
{
    return u"%1:%2"_s.arg(fileName).arg(headerLine);
}

Result<PayrollRuleTable> loadPayrollRuleTable(const QByteArray &text, const QString &fileName,
                                              ValidationErrors *allErrors)
{
    if (allErrors)
        allErrors->clear();
    Loader loader(fileName);
    loader.table.fileName = fileName;
    const QString content = QString::fromUtf8(text);
    const QStringList rows = content.split(u'\n');
    int lineNumber = 0;
    for (const QString &row : rows) {
        ++lineNumber;
        QStringList fields;
        if (!splitFields(row, &fields)) {
            loader.errors.append(Error(ErrorCode::ParseError,
                                       Tr::tr("A double quote is not closed on this line."),
                                       u"%1:%2"_s.arg(fileName).arg(lineNumber)));
            continue;
        }
        if (!fields.isEmpty())
            loader.statement(lineNumber, fields);
    }
    loader.finish(lineNumber);
    if (!loader.errors.isEmpty()) {
        if (allErrors)
            *allErrors = loader.errors;
        return fail(loader.errors.first());
    }
    return loader.table;
}

Result<PayrollRuleSet> PayrollRuleSet::fromTables(QList<PayrollRuleTable> tables)
{
    if (tables.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("There is no payroll rule table."));
    std::stable_sort(tables.begin(), tables.end(),
                     [](const PayrollRuleTable &a, const PayrollRuleTable &b) {
                         return a.validFrom < b.validFrom;
                     });
    for (qsizetype i = 1; i < tables.size(); ++i) {
        const PayrollRuleTable &before = tables.at(i - 1);
        const PayrollRuleTable &after = tables.at(i);
        if (before.validFrom == after.validFrom) {
            return fail(ErrorCode::Conflict,
                        Tr::tr("Two payroll tables start on %1: %2 and %3.")
                            .arg(isoDate(after.validFrom), before.fileName, after.fileName),
                        after.location());
        }
        if (before.validUntil && *before.validUntil >= after.validFrom) {
            return fail(ErrorCode::Conflict,
                        Tr::tr("The payroll periods overlap: %1 starts on %2 while %3 runs until "
                               "%4.")
                            .arg(after.fileName, isoDate(after.validFrom), before.fileName,
                                 isoDate(*before.validUntil)),
                        after.location());
        }
    }
    PayrollRuleSet set;
    set.m_tables = std::move(tables);
    return set;
}

std::optional<QDate> PayrollRuleSet::effectiveUntil(qsizetype index) const
{
    const PayrollRuleTable &table = m_tables.at(index);
    if (table.validUntil)
        return table.validUntil;
    if (index + 1 < m_tables.size())
        return m_tables.at(index + 1).validFrom.addDays(-1);
    return std::nullopt;
}

Result<const PayrollRuleTable *> PayrollRuleSet::tableFor(QDate date) const
{
    if (m_tables.isEmpty() || !date.isValid())
        return fail(ErrorCode::InvalidArgument, Tr::tr("No payroll rules for an invalid date."));
    const PayrollRuleTable &first = m_tables.first();
    if (date < first.validFrom) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("No payroll rules apply on %1: the first table, %2, starts on %3.")
                        .arg(isoDate(date), first.fileName, isoDate(first.validFrom)),
                    first.location());
    }
    for (qsizetype i = m_tables.size() - 1; i >= 0; --i) {
        const PayrollRuleTable &table = m_tables.at(i);
        if (date < table.validFrom)
            continue;
        const auto until = effectiveUntil(i);
        if (until && date > *until) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("No payroll rules apply on %1: the table %2 ends on %3 and no "
                               "later table covers that date.")
                            .arg(isoDate(date), table.fileName, isoDate(*until)),
                        table.location());
        }
        return &table;
    }
    return fail(ErrorCode::Internal, u"PayrollRuleSet::tableFor: unsorted tables"_s);
}

Result<PayrollRuleSet> loadBuiltInPayrollRules(ValidationErrors *allErrors)
{
    if (allErrors)
        allErrors->clear();
    const QDir dir(u":/payroll"_s);
    const QStringList names = dir.entryList({u"*.rules"_s}, QDir::Files, QDir::Name);
    QList<PayrollRuleTable> tables;
    ValidationErrors errors;
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            errors.append(Error(ErrorCode::Io, Tr::tr("Cannot read the built-in payroll table."),
                                name));
            continue;
        }
        ValidationErrors fileErrors;
        auto table = loadPayrollRuleTable(file.readAll(), name, &fileErrors);
        if (table)
            tables.append(std::move(*table));
        else
            errors.append(fileErrors);
    }
    if (!errors.isEmpty()) {
        if (allErrors)
            *allErrors = errors;
        return fail(errors.first());
    }
    auto set = PayrollRuleSet::fromTables(std::move(tables));
    if (!set && allErrors)
        allErrors->append(set.error());
    return set;
}

} // namespace coop
