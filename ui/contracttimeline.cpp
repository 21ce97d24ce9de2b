#include "contracttimeline.h"

#include "format.h"
#include "labels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {


QString termsSummary(const ContractTerms &terms)
{
    QStringList parts;
    parts << ContractTimelineBuilder::tr("fixed part %1 a month").arg(formatMoney(terms.fixedMonthlyPart));
    if (!terms.variableRate.isZero())
        parts << ContractTimelineBuilder::tr("variable part %1").arg(formatPercent(terms.variableRate));
    parts << (terms.equivalentHours
                  ? ContractTimelineBuilder::tr("%1 equivalent hours").arg(formatQuantity(terms.monthlyHours))
                  : ContractTimelineBuilder::tr("%1 hours").arg(formatQuantity(terms.monthlyHours)));
    if (terms.cadre)
        parts << ContractTimelineBuilder::tr("executive (cadre)");
    return parts.join(u", "_s);
}

// What an amendment changes, "fixed part 1 800,00 € → 2 000,00 €", then its purpose.
QString amendmentSummary(const ContractTerms &before, const ContractTerms &after)
{
    QStringList parts;
    const QString arrow = u" → "_s;
    if (before.fixedMonthlyPart != after.fixedMonthlyPart)
        parts << ContractTimelineBuilder::tr("fixed part %1").arg(formatMoney(before.fixedMonthlyPart) + arrow
                                                  + formatMoney(after.fixedMonthlyPart));
    if (before.variableRate != after.variableRate)
        parts << ContractTimelineBuilder::tr("variable part %1").arg(formatPercent(before.variableRate) + arrow
                                                     + formatPercent(after.variableRate));
    if (before.monthlyHours != after.monthlyHours
        || before.equivalentHours != after.equivalentHours)
        parts << ContractTimelineBuilder::tr("hours %1").arg(formatQuantity(before.monthlyHours) + arrow
                                             + formatQuantity(after.monthlyHours));
    if (before.cadre != after.cadre)
        parts << (after.cadre ? ContractTimelineBuilder::tr("becomes executive (cadre)")
                              : ContractTimelineBuilder::tr("no longer executive (cadre)"));
    if (before.contributionScale != after.contributionScale)
        parts << ContractTimelineBuilder::tr("contribution scale %1").arg(after.contributionScale);
    if (before.referent != after.referent)
        parts << ContractTimelineBuilder::tr("referent %1").arg(after.referent);
    QString text = parts.join(u", "_s);
    if (!after.note.isEmpty())
        text = text.isEmpty() ? after.note : after.note + u" — "_s + text;
    return text;
}

QString exitDetails(const Contract &contract)
{
    QString text = contract.exitReason ? Labels::exitReason(*contract.exitReason) : QString();
    if (!contract.exitNote.isEmpty())
        text = text.isEmpty() ? contract.exitNote : text + u" — "_s + contract.exitNote;
    return text;
}

int eventOrder(ContractEvent::Kind kind)
{
    return static_cast<int>(kind);
}

} // namespace

ContractTimeline ContractTimelineBuilder::build(const QList<Contract> &contracts, QDate today)
{
    ContractTimeline timeline;
    QList<Contract> ordered = contracts;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Contract &a, const Contract &b) { return a.start < b.start; });

    const auto addEvent = [&](ContractEvent::Kind kind, QDate date, const QString &title,
                              const QString &details, const QString &contractId) {
        if (!date.isValid())
            return;
        timeline.events.append(
            ContractEvent{kind, date, title, details, contractId, date > today});
    };

    for (const Contract &contract : std::as_const(ordered)) {
        const QDate exit = contract.exitDate;
        if (contract.type == ContractType::Cape) {
            for (qsizetype i = 0; i < contract.capePeriods.size(); ++i) {
                const CapePeriod &period = contract.capePeriods.at(i);
                if (exit.isValid() && period.start > exit)
                    break;
                const QDate end = exit.isValid() ? std::min(period.end, exit) : period.end;
                timeline.segments.append(TimelineSegment{TimelineSegment::Kind::Cape, period.start,
                                                         end, int(i), contract.id});
                const QString until = tr("until %1").arg(formatDate(period.end));
                if (i == 0)
                    addEvent(ContractEvent::Kind::CapeStart, period.start, tr("CAPE start"),
                             contract.signedOn.isValid()
                                 ? tr("signed on %1, %2").arg(formatDate(contract.signedOn), until)
                                 : until,
                             contract.id);
                else
                    addEvent(ContractEvent::Kind::CapeRenewal, period.start,
                             tr("CAPE renewal %1").arg(i), until, contract.id);
            }
            if (!exit.isValid() && !contract.capePeriods.isEmpty())
                addEvent(ContractEvent::Kind::CapeEnd, contract.capePeriods.constLast().end,
                         tr("End of the CAPE"), QString(), contract.id);
        } else {
            const QDate associate = contract.associateDate;
            const bool associateInside = associate.isValid()
                                         && (!exit.isValid() || associate <= exit);
            const QDate cesaEnd = associateInside ? associate.addDays(-1) : exit;
            if (!associateInside || associate > contract.start)
                timeline.segments.append(TimelineSegment{TimelineSegment::Kind::Cesa,
                                                         contract.start, cesaEnd, 0, contract.id});
            if (associateInside)
                timeline.segments.append(TimelineSegment{TimelineSegment::Kind::Associate,
                                                         std::max(associate, contract.start), exit,
                                                         0, contract.id});
            QString startDetails = contract.terms.isEmpty()
                                       ? QString()
                                       : termsSummary(contract.terms.constFirst());
            if (contract.signedOn.isValid())
                startDetails = tr("signed on %1").arg(formatDate(contract.signedOn))
                               + (startDetails.isEmpty() ? QString() : u", "_s + startDetails);
            addEvent(ContractEvent::Kind::CesaStart, contract.start, tr("CESA start"),
                     startDetails, contract.id);
            for (qsizetype i = 1; i < contract.terms.size(); ++i) {
                const ContractTerms &terms = contract.terms.at(i);
                timeline.markers.append(TimelineMarker{TimelineMarker::Kind::Amendment,
                                                       terms.effectiveFrom, contract.id});
                addEvent(ContractEvent::Kind::Amendment, terms.effectiveFrom,
                         tr("Amendment %1").arg(i),
                         amendmentSummary(contract.terms.at(i - 1), terms), contract.id);
            }
            if (associate.isValid()) {
                addEvent(ContractEvent::Kind::Associate, associate, tr("Becomes an associate"),
                         tr("%n share(s)", nullptr, contract.associateShares), contract.id);
            } else if (!exit.isValid()) {
                QList<Contract> others;
                for (const Contract &other : std::as_const(ordered)) {
                    if (other.id != contract.id)
                        others.append(other);
                }
                const QDate deadline = associateDeadline(contract, others);
                if (deadline.isValid()) {
                    timeline.markers.append(TimelineMarker{
                        TimelineMarker::Kind::AssociateDeadline, deadline, contract.id});
                    const qint64 days = today.daysTo(deadline);
                    addEvent(ContractEvent::Kind::AssociateDeadline, deadline,
                             tr("Associate deadline"),
                             days >= 0 ? tr("in %n day(s)", nullptr, int(days))
                                       : tr("passed %n day(s) ago", nullptr, int(-days)),
                             contract.id);
                }
            }
        }
        if (exit.isValid()) {
            timeline.markers.append(
                TimelineMarker{TimelineMarker::Kind::Exit, exit, contract.id});
            addEvent(ContractEvent::Kind::Exit, exit,
                     tr("End of the %1").arg(Labels::contractType(contract.type)),
                     exitDetails(contract), contract.id);
        }
    }
    std::stable_sort(timeline.events.begin(), timeline.events.end(),
                     [](const ContractEvent &a, const ContractEvent &b) {
                         if (a.date != b.date)
                             return a.date < b.date;
                         return eventOrder(a.kind) < eventOrder(b.kind);
                     });
    return timeline;
}

} // namespace coop::ui
