#pragma once

#include "formdialog.h"

#include "core/activity.h"
#include "core/entrepreneur.h"
#include "core/storage/peoplerepository.h"

#include <optional>

class QComboBox;
class QGroupBox;
class QLineEdit;

namespace coop {
class Store;
}

namespace coop::ui {

// Creates or edits an entrepreneur: identity, NIR, contact, prior status, referent adviser and
// the activity they work in (an existing one, or a new activity created with them in the same
// transaction). Checked by validate(Entrepreneur) and validate(Activity).
class EntrepreneurDialog : public FormDialog
{
    Q_OBJECT
public:
    // Edits `existing`, or creates a new entrepreneur when it is empty.
    explicit EntrepreneurDialog(Store &store, const std::optional<Entrepreneur> &existing = {},
                                QWidget *parent = nullptr);

    // The entrepreneur as saved (with their id and version), once the dialog is accepted.
    const Entrepreneur &entrepreneur() const { return m_saved; }

protected:
    ValidationErrors check() override;
    Result<void> save() override;

private:
    void buildFields();
    void loadChoices();
    void fill(const Entrepreneur &entrepreneur);
    bool createsActivity() const;
    QString suggestedAnalyticCode() const;

    Store &m_store;
    PeopleRepository m_repository;
    Entrepreneur m_original;
    Entrepreneur m_built;
    Activity m_builtActivity;
    Entrepreneur m_saved;
    QList<Activity> m_activities;
    QStringList m_advisers;

    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QDateEdit *m_birthDate = nullptr;
    QLineEdit *m_nir = nullptr;
    QComboBox *m_priorStatus = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_line1 = nullptr;
    QLineEdit *m_line2 = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_referent = nullptr;
    QComboBox *m_activity = nullptr;
    QGroupBox *m_newActivity = nullptr;
    QLineEdit *m_analyticCode = nullptr;
    QLineEdit *m_activityName = nullptr;
    QLineEdit *m_trade = nullptr;
};

} // namespace coop::ui
