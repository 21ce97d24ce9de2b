#pragma once

#include "formdialog.h"

#include "core/entrepreneur.h"
#include "core/storage/peoplerepository.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace coop {
class Store;
}

namespace coop::ui {

// Records a follow-up interview of an entrepreneur (date, kind, adviser, notes): décret 2015-1363
// asks for at least two a year. Checked as part of the person by validate(Entrepreneur).
class InterviewDialog : public FormDialog
{
    Q_OBJECT
public:
    InterviewDialog(Store &store, const Entrepreneur &entrepreneur, QWidget *parent = nullptr);

    const Interview &interview() const { return m_saved; }

protected:
    ValidationErrors check() override;
    Result<void> save() override;

private:
    QString key(const char *field) const;

    PeopleRepository m_repository;
    Entrepreneur m_entrepreneur;
    Interview m_built;
    Interview m_saved;
    int m_index = 0;

    QDateEdit *m_date = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_adviser = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace coop::ui
