#include "emptystatepage.h"

#include "theme.h"

#include <QLabel>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace coop::ui {

namespace {
constexpr int kTextWidth = 460;
} // namespace

EmptyStatePage::EmptyStatePage(QWidget *parent) : QWidget(parent)
{
    // A column of readable width, centred: the labels wrap inside it.
    auto *column = new QWidget(this);
    column->setMaximumWidth(kTextWidth);
    m_title = new QLabel(column);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    theme::markAsHeading(m_title, 1.6);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_description = new QLabel(column);
    m_description->setObjectName(QStringLiteral("emptyStateDescription"));
    theme::markAsHint(m_description);
    m_description->setAlignment(Qt::AlignCenter);

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(10);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_description);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyStatePage::setTexts(const QString &title, const QString &description)
{
    m_title->setText(title);
    m_description->setText(description);
    setAccessibleName(title);
    setAccessibleDescription(description);
}

QString EmptyStatePage::title() const
{
    return m_title->text();
}

QString EmptyStatePage::description() const
{
    return m_description->text();
}

} // namespace coop::ui
