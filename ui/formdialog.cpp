#include "formdialog.h"

#include "format.h"
#include "theme.h"

#include "core/businessday.h"

#include <QAccessible>
#include <QAbstractButton>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

const QDate kNoDate(1900, 1, 1);
const QDate kLastDate(2199, 12, 31);
constexpr char kOptionalProperty[] = "coopOptionalDate";

} // namespace

FormDialog::FormDialog(QWidget *parent) : QDialog(parent)
{
    setWindowIcon(theme::appIcon());
    setMinimumWidth(460);

    m_title = new QLabel(this);
    m_title->setObjectName(u"formTitle"_s);
    theme::markAsHeading(m_title, 1.25);
    m_title->setWordWrap(true);
    m_intro = new QLabel(this);
    theme::markAsHint(m_intro);
    m_intro->hide();
    m_formError = new QLabel(this);
    m_formError->setObjectName(u"formError"_s);
    theme::markAsError(m_formError);
    m_formError->hide();

    m_content = new QVBoxLayout;
    m_content->setContentsMargins(0, 0, 0, 0);
    m_content->setSpacing(12);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"okButton"_s);
    m_ok->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ok->setText(tr("OK"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_formError);
    layout->addSpacing(4);
    layout->addLayout(m_content, 1);
    layout->addSpacing(8);
    layout->addWidget(m_buttons);
}

FormDialog::~FormDialog()
{
    // QDialog's destructor hides the dialog, and the field that loses the focus would report an
    // edit to a form that is half destroyed: its fields stop talking to it first.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
}

void FormDialog::setTitle(const QString &title, const QString &intro)
{
    setWindowTitle(title);
    m_title->setText(title);
    m_intro->setText(intro);
    m_intro->setVisible(!intro.isEmpty());
}

void FormDialog::setOkText(const QString &text)
{
    m_ok->setText(text);
}

QFormLayout *FormDialog::newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // In a box taller than the form (beside a longer one), the rows stay together at the top.
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(6);
    return form;
}

QLineEdit *FormDialog::newNumberEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setAlignment(Qt::AlignRight);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(u"000 000 000,00"_s) + 24);
    return edit;
}

QWidget *FormDialog::withUnit(QWidget *field, const QString &unit, QWidget *extra)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(field);
    row->addWidget(new QLabel(unit, box));
    if (extra) {
        row->addSpacing(12);
        row->addWidget(extra);
    }
    row->addStretch();
    return box;
}

void FormDialog::addRow(QFormLayout *form, const QString &label, const QString &key,
                        QWidget *field, QWidget *row)
{
    Field entry;
    entry.key = key;
    entry.widget = field;
    entry.label = new QLabel(label);
    entry.label->setBuddy(field);
    entry.error = new QLabel;
    entry.error->setObjectName(key + u"Error"_s);
    theme::markAsError(entry.error);
    // A wrapped line may be given more height than its text: the text stays under the field.
    entry.error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    entry.error->hide();
    field->setObjectName(field->objectName().isEmpty() ? key : field->objectName());
    // The label without its mnemonic marker is the field's name for screen readers.
    QString name = label;
    name.remove(u'&');
    if (name.endsWith(u':'))
        name.chop(1);
    field->setAccessibleName(name.trimmed());
    // The field and its error line in one cell, so the error stays right under its field
    // whatever height the wrapped message takes.
    auto *cell = new QWidget;
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(row ? row : field);
    cellLayout->addWidget(entry.error);
    form->addRow(entry.label, cell);
    m_fields.append(entry);
}

void FormDialog::addAlias(const QString &where, const QString &key)
{
    m_aliases.insert(where, key);
}

void FormDialog::startWatching()
{
    for (const Field &field : std::as_const(m_fields)) {
        const QString key = field.key;
        QWidget *widget = field.widget;
        const auto edited = [this, key] {
            if (m_attempted || m_touched.contains(key))
                revalidate();
        };
        const auto changed = [this, key] {
            touch(key);
            revalidate();
        };
        if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            connect(edit, &QLineEdit::textEdited, this, edited);
            connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] {
                // Leaving an untouched empty field is not an edit: tabbing through says nothing.
                if (!edit->isModified() && !m_touched.contains(key))
                    return;
                touch(key);
                revalidate();
            });
        } else if (auto *date = qobject_cast<QDateEdit *>(widget)) {
            connect(date, &QDateEdit::dateChanged, this, changed);
        } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            connect(spin, &QSpinBox::valueChanged, this, changed);
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            connect(combo, &QComboBox::currentIndexChanged, this, changed);
            if (combo->isEditable())
                connect(combo, &QComboBox::editTextChanged, this, changed);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            connect(button, &QAbstractButton::toggled, this, changed);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
            connect(text, &QPlainTextEdit::textChanged, this, changed);
        }
    }
}

void FormDialog::touch(const QString &key)
{
    m_touched.insert(key);
}

Money FormDialog::readMoney(const QLineEdit *edit, const QString &key,
                            ValidationErrors &errors) const
{
    Result<Money> amount = parseMoney(edit->text());
    if (amount)
        return *amount;
    errors.append(atField(amount.error(), key));
    return {};
}

Rate FormDialog::readPercent(const QLineEdit *edit, const QString &key,
                             ValidationErrors &errors) const
{
    Result<Rate> rate = parsePercent(edit->text());
    if (rate)
        return *rate;
    errors.append(atField(rate.error(), key));
    return {};
}

Quantity FormDialog::readQuantity(const QLineEdit *edit, const QString &key,
                                  ValidationErrors &errors) const
{
    Result<Quantity> quantity = parseQuantity(edit->text());
    if (quantity)
        return *quantity;
    errors.append(atField(quantity.error(), key));
    return {};
}

ValidationErrors FormDialog::merged(ValidationErrors ui, const ValidationErrors &core)
{
    QSet<QString> reported;
    for (const Error &error : std::as_const(ui))
        reported.insert(error.where());
    for (const Error &error : core) {
        if (!reported.contains(error.where()))
            ui.append(error);
    }
    return ui;
}

FormDialog::Field *FormDialog::findField(const QString &key)
{
    for (Field &field : m_fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

const FormDialog::Field *FormDialog::findField(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

QString FormDialog::keyFor(const QString &where) const
{
    if (where.isEmpty())
        return {};
    if (const auto alias = m_aliases.constFind(where); alias != m_aliases.cend())
        return *alias;
    if (findField(where))
        return where;
    // "address.postcode" belongs to a field "address" when the form has no finer one.
    QString prefix = where;
    while (true) {
        const qsizetype cut = std::max(prefix.lastIndexOf(u'.'), prefix.lastIndexOf(u'['));
        if (cut <= 0)
            return {};
        prefix.truncate(cut);
        if (const auto alias = m_aliases.constFind(prefix); alias != m_aliases.cend())
            return *alias;
        if (findField(prefix))
            return prefix;
    }
}

void FormDialog::setFieldError(Field &field, const QString &message)
{
    if (field.error->text() == message && field.error->isVisible() == !message.isEmpty())
        return;
    field.error->setText(message);
    field.error->setVisible(!message.isEmpty());
    field.widget->setAccessibleDescription(message);
    if (!message.isEmpty()) {
        QAccessibleEvent alert(field.error, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void FormDialog::showErrors(const ValidationErrors &errors, bool everywhere)
{
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const Error &error : errors) {
        const QString key = keyFor(error.where());
        QStringList &messages = key.isEmpty() ? general : byField[key];
        if (!messages.contains(error.message()))
            messages << error.message();
    }
    for (Field &field : m_fields) {
        if (!everywhere && !m_touched.contains(field.key))
            continue;
        setFieldError(field, byField.value(field.key).join(u'\n'));
    }
    if (everywhere) {
        m_formError->setText(general.join(u'\n'));
        m_formError->setVisible(!general.isEmpty());
    }
    fitHeight();
}

void FormDialog::fitHeight()
{
    if (!isVisible() || !layout())
        return;
    // Error lines wrap: the height they need at the dialog's width, which a plain layout
    // minimum does not tell. The dialog grows; it never shrinks under the person's hands.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void FormDialog::revalidate()
{
    if (m_saving)
        return;
    showErrors(check(), m_attempted);
}

void FormDialog::focusField(const Field &field)
{
    // A field on another tab is brought into view first.
    for (QWidget *parent = field.widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(parent)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i)->isAncestorOf(field.widget))
                    tabs->setCurrentIndex(i);
            }
        }
    }
    field.widget->setFocus(Qt::OtherFocusReason);
}

QString FormDialog::errorAt(const QString &key) const
{
    const Field *field = findField(key);
    return field && field->error->isVisible() ? field->error->text() : QString();
}

QWidget *FormDialog::field(const QString &key) const
{
    const Field *found = findField(key);
    return found ? found->widget : nullptr;
}

QStringList FormDialog::fieldsInError() const
{
    QStringList keys;
    for (const Field &field : m_fields) {
        if (!field.error->text().isEmpty())
            keys << field.key;
    }
    return keys;
}

QString FormDialog::formError() const
{
    return m_formError->isVisible() ? m_formError->text() : QString();
}

void FormDialog::accept()
{
    if (m_saving)
        return;
    m_attempted = true;
    const ValidationErrors errors = check();
    showErrors(errors, true);
    if (!errors.isEmpty()) {
        for (const Field &field : std::as_const(m_fields)) {
            if (!field.error->text().isEmpty()) {
                focusField(field);
                break;
            }
        }
        return;
    }
    m_saving = true;
    const Result<void> saved = save();
    m_saving = false;
    if (!saved) {
        const Error &error = saved.error();
        const QString key = keyFor(error.where());
        if (Field *field = key.isEmpty() ? nullptr : findField(key)) {
            setFieldError(*field, error.message());
            focusField(*field);
        } else {
            QString message = error.message();
            if (error.code() == ErrorCode::Conflict)
                message += u'\n'
                           + tr("Someone changed this record meanwhile: cancel, open it again and "
                                "redo your change.");
            m_formError->setText(message);
            m_formError->show();
        }
        fitHeight();
        return;
    }
    QDialog::accept();
}

QDateEdit *newDateEdit(QWidget *parent, bool optional)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    edit->setLocale(displayLocale());
    edit->calendarWidget()->setLocale(displayLocale());
    edit->calendarWidget()->setFirstDayOfWeek(Qt::Monday);
    edit->setDateRange(kNoDate, kLastDate);
    edit->setProperty(kOptionalProperty, optional);
    if (optional) {
        edit->setSpecialValueText(QStringLiteral("—"));
        edit->setDate(kNoDate);
    } else {
        edit->setDate(businessToday());
    }
    // Wide enough for "00/00/0000" and the popup button in any style.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"00/00/00000"_s) + 40);
    edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    const QDate date = edit->date();
    if (edit->property(kOptionalProperty).toBool() && date == kNoDate)
        return {};
    return date;
}

void setDateOf(QDateEdit *edit, QDate date)
{
    if (!date.isValid() && edit->property(kOptionalProperty).toBool())
        edit->setDate(kNoDate);
    else if (date.isValid())
        edit->setDate(date);
}

} // namespace coop::ui
