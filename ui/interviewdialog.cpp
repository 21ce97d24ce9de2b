#include "interviewdialog.h"

#include "labels.h"

#include "core/businessday.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

InterviewDialog::InterviewDialog(Store &store, const Entrepreneur &entrepreneur, QWidget *parent)
    : FormDialog(parent), m_repository(store), m_entrepreneur(entrepreneur),
      m_index(int(entrepreneur.interviews.size()))
{
    setObjectName(u"interviewDialog"_s);
    setTitle(tr("Interview with %1").arg(entrepreneur.displayName()));
    setOkText(tr("Add the interview"));

    m_date = newDateEdit(this);
    m_kind = new QComboBox(this);
    for (const InterviewKind kind : kInterviewKinds)
        m_kind->addItem(Labels::interviewKind(kind), static_cast<int>(kind));
    const InterviewKind usual =
        entrepreneur.interviews.isEmpty() ? InterviewKind::Reception : InterviewKind::FollowUp;
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(usual)));
    m_adviser = new QLineEdit(entrepreneur.referentAdviser, this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 6 + 12);

    auto *form = newForm();
    addRow(form, tr("&Date:"), key("date"), m_date);
    addRow(form, tr("&Kind:"), key("kind"), m_kind);
    addRow(form, tr("&Adviser:"), key("adviser"), m_adviser);
    addRow(form, tr("&Notes:"), key("notes"), m_notes);
    content()->addLayout(form);
    startWatching();
}

QString InterviewDialog::key(const char *field) const
{
    return u"interviews[%1].%2"_s.arg(m_index).arg(QLatin1StringView(field));
}

ValidationErrors InterviewDialog::check()
{
    Interview interview;
    interview.id = m_built.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                        : m_built.id;
    interview.date = dateOf(m_date);
    interview.kind = static_cast<InterviewKind>(m_kind->currentData().toInt());
    interview.adviser = m_adviser->text().trimmed();
    interview.notes = m_notes->toPlainText().trimmed();
    m_built = interview;

    // The interview is checked as part of the person; problems of the person's other data are
    // not this form's business.
    Entrepreneur person = m_entrepreneur;
    person.interviews.append(interview);
    ValidationErrors errors;
    const QString prefix = u"interviews[%1]"_s.arg(m_index);
    for (const Error &error : validate(person, businessToday())) {
        if (error.where().startsWith(prefix))
            errors.append(error);
    }
    return errors;
}

Result<void> InterviewDialog::save()
{
    Result<Interview> saved = m_repository.addInterview(m_entrepreneur.id, m_built);
    if (!saved) {
        const Error &error = saved.error();
        // The repository names the interview's own fields ("date"); the form prefixes them.
        if (!error.where().isEmpty() && !error.where().startsWith(u"interviews"_s))
            return fail(Error(error.code(), error.message(), key("") + error.where()));
        return fail(error);
    }
    m_saved = *saved;
    return {};
}

} // namespace coop::ui
