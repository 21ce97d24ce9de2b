#include "homepage.h"

#include "theme.h"

#include "core/storage/store.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace coop::ui {

HomePage::HomePage(QWidget *parent) : QWidget(parent)
{
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("homeStoreName"));
    theme::markAsHeading(m_name, 1.8);
    m_name->setWordWrap(true);
    m_intro = new QLabel(this);
    theme::markAsHint(m_intro);

    const auto selectable = [this](const QString &objectName) {
        auto *label = new QLabel(this);
        label->setObjectName(objectName);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setTextFormat(Qt::PlainText);
        return label;
    };
    m_fileLabel = new QLabel(this);
    m_file = selectable(QStringLiteral("homeStoreFile"));
    m_file->setWordWrap(true);
    m_schemaLabel = new QLabel(this);
    m_schema = selectable(QStringLiteral("homeSchemaVersion"));
    m_idLabel = new QLabel(this);
    m_id = selectable(QStringLiteral("homeStoreId"));

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(8);
    form->addRow(m_fileLabel, m_file);
    form->addRow(m_schemaLabel, m_schema);
    form->addRow(m_idLabel, m_id);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->addWidget(m_name);
    layout->addSpacing(4);
    layout->addWidget(m_intro);
    layout->addSpacing(20);
    layout->addLayout(form);
    layout->addStretch();

    retranslate();
}

void HomePage::showStore(const Store *store)
{
    m_name->setText(store ? store->name() : QString());
    m_file->setText(store ? QDir::toNativeSeparators(store->path()) : QString());
    m_schemaVersion = store ? store->schemaVersion() : 0;
    m_id->setText(store ? store->storeId() : QString());
    retranslate();
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HomePage::retranslate()
{
    m_intro->setText(tr("Encrypted store, open on this computer. Choose an area on the left "
                        "(Ctrl+1 to Ctrl+7)."));
    m_fileLabel->setText(tr("File:"));
    m_schemaLabel->setText(tr("Schema version:"));
    m_idLabel->setText(tr("Store identifier:"));
    m_schema->setText(m_schemaVersion > 0 ? QString::number(m_schemaVersion) : QString());
}

} // namespace coop::ui
