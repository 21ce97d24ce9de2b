#include "labels.h"

#include "format.h"

namespace coop::ui {

QString Labels::contractStatus(ContractStatus status)
{
    switch (status) {
    case ContractStatus::None:
        return tr("No contract");
    case ContractStatus::Cape:
        //: Status of a person under a CAPE (contrat d'appui au projet d'entreprise)
        return tr("CAPE");
    case ContractStatus::Cesa:
        //: Status of an employee under a CESA who is not an associate yet
        return tr("CESA");
    case ContractStatus::Associate:
        return tr("Associate");
    case ContractStatus::Exited:
        return tr("Left");
    }
    return {};
}

QString Labels::contractType(ContractType type)
{
    switch (type) {
    case ContractType::Cape:
        return tr("CAPE");
    case ContractType::Cesa:
        return tr("CESA");
    }
    return {};
}

QString Labels::priorStatus(PriorStatus status)
{
    switch (status) {
    case PriorStatus::JobSeeker:
        return tr("Job seeker");
    case PriorStatus::Employee:
        return tr("Employee");
    case PriorStatus::SelfEmployed:
        return tr("Self-employed");
    case PriorStatus::Student:
        return tr("Student");
    case PriorStatus::Inactive:
        return tr("Inactive");
    case PriorStatus::Other:
        return tr("Other");
    }
    return {};
}

QString Labels::interviewKind(InterviewKind kind)
{
    switch (kind) {
    case InterviewKind::Reception:
        return tr("Reception");
    case InterviewKind::FollowUp:
        return tr("Follow-up");
    case InterviewKind::Annual:
        return tr("Annual review");
    case InterviewKind::Exit:
        return tr("Exit interview");
    case InterviewKind::Other:
        return tr("Other");
    }
    return {};
}

QString Labels::exitReason(ExitReason reason)
{
    switch (reason) {
    case ExitReason::Resignation:
        return tr("Resignation");
    case ExitReason::CapeEnded:
        return tr("End of the CAPE");
    case ExitReason::NotAssociated:
        return tr("Not associate within the time limit");
    case ExitReason::Dismissal:
        return tr("Dismissal");
    case ExitReason::Retirement:
        return tr("Retirement");
    case ExitReason::MutualAgreement:
        return tr("Mutual agreement");
    case ExitReason::Other:
        return tr("Other");
    }
    return {};
}

QString Labels::alertKind(AlertKind kind)
{
    switch (kind) {
    case AlertKind::CapeEndingSoon:
        return tr("CAPE ending soon");
    case AlertKind::AssociateDeadlineSoon:
        return tr("Associate deadline near");
    case AlertKind::AssociateDeadlinePassed:
        return tr("Associate deadline passed");
    case AlertKind::TooFewInterviews:
        return tr("Too few interviews");
    case AlertKind::CesaWithoutFixedPart:
        return tr("CESA without fixed part");
    case AlertKind::OverlappingContracts:
        return tr("Overlapping contracts");
    }
    return {};
}

QString Labels::alertDetails(const Alert &alert, QDate today, WithDate withDate)
{
    const QString date = formatDate(alert.dueDate);
    const int days = today.isValid() && alert.dueDate.isValid()
                         ? int(today.daysTo(alert.dueDate))
                         : 0;
    const bool dated = withDate == WithDate::Yes;
    switch (alert.kind) {
    case AlertKind::CapeEndingSoon:
        if (days <= 0)
            return tr("The CAPE ends today: renew it or sign a CESA.");
        return dated ? tr("The CAPE ends on %1, in %n day(s): renew it or sign a CESA.",
                          nullptr, days)
                           .arg(date)
                     : tr("The CAPE ends in %n day(s): renew it or sign a CESA.", nullptr,
                          days);
    case AlertKind::AssociateDeadlineSoon:
        return dated ? tr("Must become an associate by %1, in %n day(s) (L7331-3).", nullptr,
                          days)
                           .arg(date)
                     : tr("Must become an associate within %n day(s) (L7331-3).", nullptr, days);
    case AlertKind::AssociateDeadlinePassed:
        return dated ? tr("Had to become an associate by %1, %n day(s) ago (L7331-3).", nullptr,
                          -days)
                           .arg(date)
                     : tr("Had to become an associate %n day(s) ago (L7331-3).", nullptr, -days);
    case AlertKind::TooFewInterviews:
        return tr("Fewer than two interviews in the last 12 months (décret 2015-1363).");
    case AlertKind::CesaWithoutFixedPart:
        return dated ? tr("The CESA has no fixed part since %1 (L7331-2).").arg(date)
                     : tr("The CESA has no fixed part (L7331-2).");
    case AlertKind::OverlappingContracts:
        return dated ? tr("Two contracts run at the same time from %1.").arg(date)
                     : tr("Two contracts run at the same time.");
    }
    return alert.message;
}

} // namespace coop::ui
