#pragma once

#include "core/alerts.h"
#include "core/contract.h"
#include "core/entrepreneur.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace coop::ui {

// The names people read for the domain's enumerations, in the interface language. The core keeps
// stable keys for files (contractStatusKey…); these are for screens only.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(coop::ui::Labels)
public:
    static QString contractStatus(ContractStatus status);
    static QString contractType(ContractType type);
    static QString priorStatus(PriorStatus status);
    static QString interviewKind(InterviewKind kind);
    static QString exitReason(ExitReason reason);
    // A short name for lists and filters ("CAPE ending soon").
    static QString alertKind(AlertKind kind);
    // What the alert is about, for a line that already names the person: "The CAPE ends on
    // 10/12/2026, in 14 days." `today` is the day the alerts were computed on. Without the date
    // for a list whose own column shows it ("Ends in 14 days…").
    enum class WithDate { No, Yes };
    static QString alertDetails(const Alert &alert, QDate today,
                                WithDate withDate = WithDate::Yes);
};

inline constexpr ContractStatus kContractStatuses[] = {
    ContractStatus::None, ContractStatus::Cape, ContractStatus::Cesa, ContractStatus::Associate,
    ContractStatus::Exited};
inline constexpr PriorStatus kPriorStatuses[] = {
    PriorStatus::JobSeeker, PriorStatus::Employee, PriorStatus::SelfEmployed, PriorStatus::Student,
    PriorStatus::Inactive, PriorStatus::Other};
inline constexpr InterviewKind kInterviewKinds[] = {
    InterviewKind::Reception, InterviewKind::FollowUp, InterviewKind::Annual, InterviewKind::Exit,
    InterviewKind::Other};
inline constexpr ExitReason kExitReasons[] = {
    ExitReason::Resignation, ExitReason::CapeEnded, ExitReason::NotAssociated,
    ExitReason::Dismissal, ExitReason::Retirement, ExitReason::MutualAgreement, ExitReason::Other};
inline constexpr AlertKind kAlertKinds[] = {
    AlertKind::CapeEndingSoon, AlertKind::AssociateDeadlineSoon,
    AlertKind::AssociateDeadlinePassed, AlertKind::TooFewInterviews,
    AlertKind::CesaWithoutFixedPart, AlertKind::OverlappingContracts};

} // namespace coop::ui
