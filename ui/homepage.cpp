#include "homepage.h"

#include "feesaccountpage.h"
#include "portfoliopage.h"
#include "theme.h"

#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

HomePage::HomePage(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_details = new QWidget(m_stack);
    m_stack->addWidget(m_details);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

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

    auto *layout = new QVBoxLayout(m_details);
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
    if (!store) {
        if (m_account)
            m_account->setStore(nullptr);
        if (m_portfolio)
            m_portfolio->showPortfolio(nullptr, UserScope());
    }
    m_name->setText(store ? store->name() : QString());
    m_file->setText(store ? QDir::toNativeSeparators(store->path()) : QString());
    m_schemaVersion = store ? store->schemaVersion() : 0;
    m_id->setText(store ? store->storeId() : QString());
    retranslate();
}

namespace {

bool hasActivities(Store &store)
{
    const Result<QList<coop::Activity>> activities = PeopleRepository(store).activities();
    return activities && !activities->isEmpty();
}

} // namespace

void HomePage::showHome(Store *store, const UserScope &scope)
{
    switch (scope.role) {
    case UserScope::Role::Entrepreneur:
        if (!m_account) {
            m_account = new FeesAccountPage;
            m_account->setObjectName(u"homeAccount"_s);
            // The account scrolls in a small window rather than squeezing its charts.
            auto *scroll = new QScrollArea(m_stack);
            scroll->setWidget(m_account);
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            m_accountScroll = scroll;
            m_stack->addWidget(m_accountScroll);
        }
        m_account->setScope(scope);
        m_account->setStore(store);
        m_stack->setCurrentWidget(m_accountScroll);
        break;
    case UserScope::Role::Admin:
        // A store without any activity yet (a new cooperative) shows what it is and where to
        // begin; otherwise the admin, like an accountant, opens on the work waiting, for every
        // activity (the store's details stay under File).
        if (!store || !hasActivities(*store)) {
            m_stack->setCurrentWidget(m_details);
            break;
        }
        [[fallthrough]];
    case UserScope::Role::Accountant:
        if (!m_portfolio) {
            m_portfolio = new PortfolioPage(m_stack);
            m_stack->addWidget(m_portfolio);
        }
        m_portfolio->showPortfolio(store, scope);
        m_stack->setCurrentWidget(m_portfolio);
        break;
    }
}

HomePage::Kind HomePage::kind() const
{
    if (m_accountScroll && m_stack->currentWidget() == m_accountScroll)
        return Kind::Account;
    if (m_portfolio && m_stack->currentWidget() == m_portfolio)
        return Kind::Portfolio;
    return Kind::StoreDetails;
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
