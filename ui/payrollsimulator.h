#pragma once

#include "core/contract.h"
#include "core/payroll.h"
#include "core/payrollrules.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace coop {
class Store;
}

namespace coop::ui {

class PayslipView;

// The salary simulator (issue 5 §5): a date picks the rule table (its period, SMIC and PSS are
// shown); a situation, the cooperative's or an entrepreneur's (their CESA's cadre status and fixed
// part as the starting gross), every figure of it editable; and one of three amounts typed by the
// person: a gross, a net before income tax or an employer cost (the envelope). Typing one
// recomputes the two others at once (PayrollEngine::compute, fromNet, fromEmployerCost) with every
// line of the payslip and its summary; for an envelope, what is left over when no gross uses it
// exactly, and why when it falls in the 3-SMIC cliff. A value that does not read, or a situation the
// engine refuses, is shown at its field and nothing is recomputed.
class PayrollSimulator : public QWidget
{
    Q_OBJECT
public:
    // What the person typed last, which the others are computed from.
    enum class Target { Gross, Net, EmployerCost };

    explicit PayrollSimulator(QWidget *parent = nullptr);
    ~PayrollSimulator() override;

    void setStore(Store *store);

    void setDate(QDate date);
    QDate date() const;
    // Picks an entrepreneur (empty: the cooperative's situation); fills the situation and the gross.
    void selectEntrepreneur(const QString &entrepreneurId);
    // Types `text` in the field of `target` (as a person would) and recomputes.
    void enter(Target target, const QString &text);

    // The payslip shown, none before a first amount or after a refusal of the first one.
    const std::optional<Payslip> &payslip() const { return m_payslip; }
    // The situation the fields give, when they read and validate.
    std::optional<PayrollSituation> situation() const;
    // The table in force on the date, nullptr when there is none.
    const PayrollRuleTable *table() const;

    // Fields by key: "date", "entrepreneur", "cadre", "headcount", "atmp", "vm", "mutuelle",
    // "mutuelleEmployerShare", "gross", "net", "employerCost"; their errors by the same key.
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    QString errorAt(const QString &key) const;
    QStringList fieldsInError() const;
    QString rulesText() const;
    QString remainderText() const;
    QString cliffText() const;
    PayslipView *payslipView() const { return m_payslipView; }

Q_SIGNALS:
    void recomputed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void retranslate();
    QLabel *addField(QFormLayout *form, const QString &key, QWidget *widget,
                     QWidget *row = nullptr);
    void loadEntrepreneurs();
    void entrepreneurChosen();
    void fillSituation(const PayrollSituation &situation);
    void showRules();
    void recompute();
    void setError(const QString &key, const QString &message);
    void clearErrors();
    void showResult(const Payslip &payslip);

    Store *m_store = nullptr;
    std::optional<PayrollRuleSet> m_rules;
    QString m_rulesError;
    Target m_target = Target::Gross;
    std::optional<Payslip> m_payslip;
    // What the last computation read, to write the fields again in another language's format.
    std::optional<PayrollSituation> m_lastSituation;
    std::optional<Money> m_lastAmount;
    bool m_filling = false;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_rulesLabel = nullptr;
    QLabel *m_situationTitle = nullptr;
    QLabel *m_amountsTitle = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_errors;
    QDateEdit *m_date = nullptr;
    QComboBox *m_entrepreneur = nullptr;
    QCheckBox *m_cadre = nullptr;
    QLineEdit *m_headcount = nullptr;
    QLineEdit *m_atmp = nullptr;
    QLineEdit *m_vm = nullptr;
    QLineEdit *m_mutuelle = nullptr;
    QLineEdit *m_mutuelleShare = nullptr;
    QLineEdit *m_gross = nullptr;
    QLineEdit *m_net = nullptr;
    QLineEdit *m_cost = nullptr;
    QLabel *m_remainder = nullptr;
    QLabel *m_cliff = nullptr;
    PayslipView *m_payslipView = nullptr;

    // An entrepreneur of the picker, with their CESAs (the terms depend on the date).
    struct Choice
    {
        QString id;
        QString name;
        QList<Contract> cesas;
    };
    QList<Choice> m_choices;
};

} // namespace coop::ui
