#pragma once

#include "core/fixedpoint.h"
#include "core/money.h"
#include "core/rate.h"
#include "core/result.h"
#include "core/validation.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace coop::ui {

// A dialog that edits one record through a form. The record's rules are the core's: check()
// builds the record from the fields and returns what validate() says, and each Error is shown at
// the field its where() names ("nir", "capePeriods[1].end"), in red under it and in the field's
// accessible description; errors that name no field of the form are listed at its top, and so is
// a failure to save (a version conflict…). Never a message box.
//
// A field is checked when the person leaves it, then again as they edit it; after a first OK
// every field is checked at every edit, so errors go away as soon as they are fixed. OK (Enter)
// is refused while an error remains, and then moves the focus to the first field in error; Esc
// cancels. Texts are set when the dialog is built, in the language of the moment.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FormDialog(QWidget *parent = nullptr);
    ~FormDialog() override;

    // The message under the field named `key` (empty when none), and the field itself.
    QString errorAt(const QString &key) const;
    QWidget *field(const QString &key) const;
    // The keys of the fields that show an error, in form order.
    QStringList fieldsInError() const;
    // The errors listed at the top of the form.
    QString formError() const;
    QPushButton *okButton() const { return m_ok; }

    // Checks, shows the errors or saves, and closes only when saved.
    void accept() override;

protected:
    void setTitle(const QString &title, const QString &intro = {});
    void setOkText(const QString &text);
    // The box that subclasses fill with forms, tabs and sections.
    QVBoxLayout *content() const { return m_content; }
    // A form layout laid out like every form of CoopDesk.
    static QFormLayout *newForm();
    // An amount, rate or quantity field: right-aligned, as wide as "000 000 000,00".
    static QLineEdit *newNumberEdit(QWidget *parent);
    // `field` followed by its unit ("€", "%", "h a month") and an optional widget, in one row.
    static QWidget *withUnit(QWidget *field, const QString &unit, QWidget *extra = nullptr);

    // Adds "label: field" to `form`, with the error line under it. `key` is the record's field
    // name; `row` is what the form shows (the field itself when null, or a box around it).
    void addRow(QFormLayout *form, const QString &label, const QString &key, QWidget *field,
                QWidget *row = nullptr);
    // Errors at `where` are shown at the field `key` (e.g. "terms[0].effectiveFrom" at the start
    // date, which the person sets for both).
    void addAlias(const QString &where, const QString &key);
    // Connects the fields' edit signals; call once the fields hold their initial values.
    void startWatching();

    // The record built from the fields, checked: parse errors of the fields and the core's errors.
    virtual ValidationErrors check() = 0;
    // Writes the checked record; an error names a field (shown there) or not (shown at the top).
    virtual Result<void> save() = 0;

    // Reads a typed value; a parse error is appended to `errors` at `key`, and the value is zero.
    Money readMoney(const QLineEdit *edit, const QString &key, ValidationErrors &errors) const;
    Rate readPercent(const QLineEdit *edit, const QString &key, ValidationErrors &errors) const;
    Quantity readQuantity(const QLineEdit *edit, const QString &key,
                          ValidationErrors &errors) const;
    // `core` errors after `ui` errors, without the core's errors at fields the ui already
    // reported (a value that could not be read is not worth a second message).
    static ValidationErrors merged(ValidationErrors ui, const ValidationErrors &core);
    // `error` placed at the form's field `key`.
    static Error atField(const Error &error, const QString &key)
    {
        return Error(error.code(), error.message(), key);
    }

    // The key of the field an error at `where` belongs to; empty for the top of the form.
    QString keyFor(const QString &where) const;

    // Checks again and shows what is wrong (only at touched fields before the first OK).
    void revalidate();

private:
    struct Field
    {
        QString key;
        QWidget *widget = nullptr;
        QLabel *label = nullptr;
        QLabel *error = nullptr;
    };
    void showErrors(const ValidationErrors &errors, bool everywhere);
    void fitHeight();
    void setFieldError(Field &field, const QString &message);
    void touch(const QString &key);
    void focusField(const Field &field);
    Field *findField(const QString &key);
    const Field *findField(const QString &key) const;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_formError = nullptr;
    QVBoxLayout *m_content = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
    QList<Field> m_fields;
    QHash<QString, QString> m_aliases;
    QSet<QString> m_touched;
    bool m_attempted = false;
    bool m_saving = false;
};

// Date fields: a QDateEdit with its calendar popup, in the interface's locale and "dd/MM/yyyy".
// An optional date shows "—" for none, which dateOf() returns as a null QDate.
QDateEdit *newDateEdit(QWidget *parent, bool optional = false);
QDate dateOf(const QDateEdit *edit);
void setDateOf(QDateEdit *edit, QDate date);

} // namespace coop::ui
