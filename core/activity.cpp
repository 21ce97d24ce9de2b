#include "activity.h"

#include "rules_p.h"
#include "tr.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

using detail::invalid;

bool isAnalyticCode(const QString &code)
{
    if (code.size() < 2 || code.size() > 12)
        return false;
    for (const QChar c : code) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

} // namespace

ValidationErrors validate(const Activity &activity)
{
    ValidationErrors errors;
    // The code goes into accounting exports and invoice numbers ({ANA}), where accents, spaces
    // and lower case break other software.
    if (!isAnalyticCode(activity.analyticCode)) {
        errors.append(invalid(u"analyticCode"_s,
                              Tr::tr("The analytic code “%1” must have 2 to 12 upper-case letters "
                                     "(A-Z) or digits, such as ANA042.")
                                  .arg(activity.analyticCode)));
    }
    if (activity.name.trimmed().isEmpty())
        errors.append(invalid(u"name"_s, Tr::tr("The activity's name is required.")));

    QSet<QString> seen;
    qint64 total = 0;
    bool totalOverflows = false;
    for (qsizetype i = 0; i < activity.members.size(); ++i) {
        const ActivityMember &member = activity.members[i];
        const QString at = u"members[%1]"_s.arg(i);
        if (member.entrepreneurId.isEmpty()) {
            errors.append(invalid(at + u".entrepreneurId"_s,
                                  Tr::tr("Member %1 of the activity has no entrepreneur.")
                                      .arg(i + 1)));
        } else if (seen.contains(member.entrepreneurId)) {
            errors.append(invalid(at + u".entrepreneurId"_s,
                                  Tr::tr("The entrepreneur %1 is listed twice in the activity.")
                                      .arg(member.entrepreneurId)));
        }
        seen.insert(member.entrepreneurId);
        if (member.share.isNegative() || member.share.isZero()) {
            errors.append(invalid(at + u".share"_s,
                                  Tr::tr("Member %1's share of the result must be above 0 %, "
                                         "not %2 %.")
                                      .arg(QString::number(i + 1),
                                           member.share.toPercentString())));
        }
        totalOverflows = totalOverflows || qAddOverflow(total, member.share.units(), &total);
    }
    // Shares are exact rates, so "exactly 100 %" is a fair demand; anything else would leave part
    // of the result to nobody, or hand out more than there is.
    if (!activity.members.isEmpty()
        && (totalOverflows || total != Rate::UnitsPerOne)) {
        const QString sum = totalOverflows ? Tr::tr("more than 100")
                                           : Rate::fromUnits(total).toPercentString();
        errors.append(invalid(u"members"_s, Tr::tr("The members' shares add up to %1 %, not "
                                                   "100 %.")
                                                .arg(sum)));
    }
    return errors;
}

} // namespace coop
