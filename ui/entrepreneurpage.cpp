#include "entrepreneurpage.h"

#include "contractdialog.h"
#include "contractdocument.h"
#include "contracttimeline.h"
#include "entrepreneurdialog.h"
#include "format.h"
#include "interviewdialog.h"
#include "labels.h"
#include "personmodels.h"
#include "theme.h"
#include "timelinewidget.h"

#include "core/businessday.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QFormLayout *readOnlyForm()
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

void clearForm(QFormLayout *form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

// A read-only table inside the scrolling page: as tall as its rows, never scrolling itself.
QTableView *embeddedTable(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return view;
}

void fitHeight(QTableView *view)
{
    const int rows = view->model()->rowCount();
    int body = std::max(1, rows) * view->verticalHeader()->defaultSectionSize();
    const bool wraps =
        rows > 0 && view->verticalHeader()->sectionResizeMode(0) == QHeaderView::ResizeToContents;
    if (wraps) {
        view->resizeRowsToContents();
        body = view->verticalHeader()->length();
    }
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height() + body
                         + 2 * view->frameWidth() + 2);
    view->scrollToTop();
}

// Rows measured from their text (wrapped details) get the same air as fixed rows.
class PaddedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 6);
    }
};

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    theme::markAsHeading(label, 1.1);
    return label;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

EntrepreneurPage::EntrepreneurPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"entrepreneurPage"_s);
    m_events = new ContractEventsModel(this);
    m_interviews = new InterviewsModel(this);

    buildActions();

    m_name = new QLabel(this);
    m_name->setObjectName(u"personName"_s);
    theme::markAsHeading(m_name, 1.5);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusBadge = new QLabel(this);
    m_statusBadge->setObjectName(u"personStatus"_s);
    m_statusBadge->setContentsMargins(8, 2, 8, 2);
    m_statusBadge->setAutoFillBackground(true);
    m_activityLine = new QLabel(this);
    m_activityLine->setObjectName(u"personActivity"_s);
    theme::markAsHint(m_activityLine);
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"personNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *back = m_buttons.at(static_cast<int>(Action::Back));
    auto *title = new QHBoxLayout;
    title->addWidget(back);
    title->addSpacing(6);
    title->addWidget(m_name);
    title->addSpacing(8);
    title->addWidget(m_statusBadge, 0, Qt::AlignVCenter);
    title->addStretch();

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    for (int i = static_cast<int>(Action::Edit); i < m_buttons.size(); ++i) {
        if (i == static_cast<int>(Action::AddInterview))
            continue; // it lives with the interviews
        toolbar->addWidget(m_buttons.at(i));
    }
    toolbar->addStretch();

    // The scrolling body.
    auto *body = new QWidget;
    body->setObjectName(u"personBody"_s);
    m_identityTitle = sectionTitle(body);
    m_identity = readOnlyForm();
    m_termsTitle = sectionTitle(body);
    m_terms = readOnlyForm();
    m_noTerms = new QLabel(body);
    theme::markAsHint(m_noTerms);
    m_alertsTitle = sectionTitle(body);
    m_alertsText = new QLabel(body);
    m_alertsText->setObjectName(u"personAlerts"_s);
    m_alertsText->setWordWrap(true);
    m_alertsText->setTextFormat(Qt::PlainText);
    m_contractsTitle = sectionTitle(body);
    m_timeline = new TimelineWidget(body);
    m_eventsView = embeddedTable(body, m_events, u"contractEvents"_s);
    // An amendment's details can be long: they wrap, and the rows grow to show them.
    m_eventsView->setWordWrap(true);
    m_eventsView->setItemDelegate(new PaddedDelegate(m_eventsView));
    m_eventsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_eventsView->installEventFilter(this);
    m_interviewsTitle = sectionTitle(body);
    m_interviewsSummary = new QLabel(body);
    m_interviewsSummary->setObjectName(u"interviewsSummary"_s);
    theme::markAsHint(m_interviewsSummary);
    m_interviewsSummary->setWordWrap(false);
    m_addInterview = m_buttons.at(static_cast<int>(Action::AddInterview));
    m_interviewsView = embeddedTable(body, m_interviews, u"interviewsView"_s);

    const int c = fontMetrics().averageCharWidth();
    m_eventsView->horizontalHeader()->resizeSection(ContractEventsModel::Date, 13 * c);
    m_eventsView->horizontalHeader()->resizeSection(ContractEventsModel::Event, 26 * c);
    m_interviewsView->horizontalHeader()->resizeSection(InterviewsModel::Date, 13 * c);
    m_interviewsView->horizontalHeader()->resizeSection(InterviewsModel::Kind, 18 * c);
    m_interviewsView->horizontalHeader()->resizeSection(InterviewsModel::Adviser, 22 * c);

    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(m_identityTitle);
    left->addLayout(m_identity);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(m_termsTitle);
    right->addLayout(m_terms);
    right->addWidget(m_noTerms);
    right->addSpacing(12);
    right->addWidget(m_alertsTitle);
    right->addWidget(m_alertsText);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *interviewsHeader = new QHBoxLayout;
    interviewsHeader->addWidget(m_interviewsTitle);
    interviewsHeader->addSpacing(10);
    interviewsHeader->addWidget(m_interviewsSummary, 0, Qt::AlignBottom);
    interviewsHeader->addStretch();
    interviewsHeader->addWidget(m_addInterview);

    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(20, 8, 20, 16);
    bodyLayout->setSpacing(8);
    bodyLayout->addLayout(columns);
    bodyLayout->addSpacing(6);
    bodyLayout->addWidget(separator(body));
    bodyLayout->addWidget(m_contractsTitle);
    bodyLayout->addWidget(m_timeline);
    bodyLayout->addWidget(m_eventsView);
    bodyLayout->addSpacing(6);
    bodyLayout->addWidget(separator(body));
    bodyLayout->addLayout(interviewsHeader);
    bodyLayout->addWidget(m_interviewsView);
    bodyLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"personScroll"_s);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *head = new QVBoxLayout;
    head->setContentsMargins(20, 14, 20, 6);
    head->setSpacing(6);
    head->addLayout(title);
    head->addWidget(m_activityLine);
    head->addSpacing(4);
    head->addLayout(toolbar);
    head->addWidget(m_notice);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(head);
    layout->addWidget(separator(this));
    layout->addWidget(scroll, 1);

    retranslate();
    updateActions();
}

EntrepreneurPage::~EntrepreneurPage() = default;

void EntrepreneurPage::buildActions()
{
    const char *names[] = {"backAction", "editAction", "addInterviewAction", "newCapeAction",
                           "renewCapeAction", "signCesaAction", "amendmentAction",
                           "associateAction", "exitAction", "printContractAction"};
    for (int i = 0; i <= static_cast<int>(Action::PrintContract); ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1StringView(names[i]));
        const auto which = static_cast<Action>(i);
        connect(action, &QAction::triggered, this, [this, which] { run(which); });
        m_actions.append(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(QLatin1StringView(names[i]).chopped(6) + u"Button"_s);
        m_buttons.append(button);
        addAction(action);
    }
    action(Action::Back)->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left),
                                        QKeySequence(Qt::Key_Backspace)});
    action(Action::Edit)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    action(Action::AddInterview)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    action(Action::PrintContract)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    for (QAction *a : std::as_const(m_actions))
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

QAction *EntrepreneurPage::action(Action which) const
{
    return m_actions.at(static_cast<int>(which));
}

void EntrepreneurPage::retranslate()
{
    action(Action::Back)->setText(tr("← Entrepreneurs"));
    action(Action::Back)->setToolTip(tr("Back to the list (Alt+Left)"));
    action(Action::Edit)->setText(tr("&Edit"));
    action(Action::AddInterview)->setText(tr("Add an &interview"));
    action(Action::NewCape)->setText(tr("New &CAPE"));
    action(Action::RenewCape)->setText(tr("&Renew the CAPE"));
    action(Action::SignCesa)->setText(tr("&Sign a CESA"));
    action(Action::Amendment)->setText(tr("&Amendment"));
    action(Action::Associate)->setText(tr("Record as &associate"));
    action(Action::Exit)->setText(tr("E&xit"));
    action(Action::PrintContract)->setText(tr("&Print the contract"));
    m_identityTitle->setText(tr("Identity"));
    m_alertsTitle->setText(tr("Alerts"));
    m_contractsTitle->setText(tr("Contracts"));
    m_interviewsTitle->setText(tr("Interviews"));
    m_noTerms->setText(tr("No CESA in force today."));
    m_timeline->setAccessibleName(tr("Contract timeline"));
    m_eventsView->setAccessibleName(tr("Contract events"));
    m_interviewsView->setAccessibleName(tr("Interviews"));
    if (!m_entrepreneur.id.isEmpty())
        render();
}

bool EntrepreneurPage::eventFilter(QObject *watched, QEvent *event)
{
    // Wrapped rows change height with the width: measured once the columns have followed.
    if (watched == m_eventsView && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(
            this, [this] { fitHeight(m_eventsView); }, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void EntrepreneurPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EntrepreneurPage::setStore(Store *store)
{
    m_store = store;
    if (!store) {
        m_entrepreneur = Entrepreneur();
        m_contracts.clear();
        m_alerts.clear();
        m_activity.reset();
        m_events->setEvents({});
        m_interviews->setInterviews({});
    }
}

bool EntrepreneurPage::showEntrepreneur(const QString &id)
{
    if (!m_store)
        return false;
    m_today = businessToday();
    const PeopleRepository repository(*m_store);
    Result<std::optional<Entrepreneur>> person = repository.entrepreneur(id);
    if (!person || !*person) {
        setNotice(person ? tr("This entrepreneur no longer exists.")
                         : tr("The entrepreneur cannot be read: %1").arg(person.error().message()),
                  true);
        return false;
    }
    Result<QList<Contract>> contracts = repository.contractsOf(id);
    if (!contracts) {
        setNotice(tr("The contracts cannot be read: %1").arg(contracts.error().message()), true);
        return false;
    }
    m_entrepreneur = **person;
    m_contracts = *contracts;
    m_activity.reset();
    if (!m_entrepreneur.activityId.isEmpty()) {
        if (Result<std::optional<Activity>> activity = repository.activity(m_entrepreneur.activityId))
            m_activity = *activity;
    }
    m_status = statusAt(m_contracts, m_today);
    m_alerts = alertsFor(m_entrepreneur, m_contracts, m_today);
    m_notice->hide();
    render();
    return true;
}

void EntrepreneurPage::refresh()
{
    if (!m_entrepreneur.id.isEmpty())
        showEntrepreneur(m_entrepreneur.id);
}

void EntrepreneurPage::focusActions()
{
    for (QToolButton *button : std::as_const(m_buttons)) {
        if (button != m_buttons.constFirst() && button->isVisibleTo(this)) {
            button->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void EntrepreneurPage::setNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    if (error) {
        theme::markAsError(m_notice);
    } else {
        m_notice->setPalette(palette());
        theme::markAsHint(m_notice);
    }
    m_notice->setVisible(!text.isEmpty());
}

void EntrepreneurPage::render()
{
    const Entrepreneur &e = m_entrepreneur;
    m_name->setText(e.displayName());
    m_statusBadge->setText(Labels::contractStatus(m_status));
    QPalette badge = m_statusBadge->palette();
    QColor fill;
    switch (m_status) {
    case ContractStatus::Cape:
        fill = QColor(0xf2, 0xc1, 0x4e);
        break;
    case ContractStatus::Cesa:
        fill = QColor(0x1f, 0x6f, 0x8b);
        break;
    case ContractStatus::Associate:
        fill = QColor(0x2e, 0x7d, 0x32);
        break;
    case ContractStatus::None:
    case ContractStatus::Exited:
        fill = palette().color(QPalette::Mid);
        break;
    }
    badge.setColor(QPalette::Window, fill);
    badge.setColor(QPalette::WindowText,
                   fill.lightness() > 150 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    m_statusBadge->setPalette(badge);

    if (m_activity) {
        QString line = m_activity->analyticCode + u" — "_s + m_activity->name;
        if (!m_activity->trade.isEmpty())
            line += u" · "_s + m_activity->trade;
        if (m_activity->members.size() > 1)
            line += u" · "_s + tr("shared by %n entrepreneur(s)", nullptr,
                                   int(m_activity->members.size()));
        m_activityLine->setText(line);
    } else {
        m_activityLine->setText(tr("No activity"));
    }

    renderIdentity();
    renderTerms();

    QStringList alerts;
    for (const Alert &alert : std::as_const(m_alerts))
        alerts << u"⚠ "_s + Labels::alertDetails(alert, m_today);
    QStringList messages;
    for (const Alert &alert : std::as_const(m_alerts))
        messages << alert.message;
    m_alertsText->setToolTip(messages.join(u'\n'));
    if (alerts.isEmpty()) {
        m_alertsText->setText(tr("No alert."));
        theme::markAsHint(m_alertsText);
    } else {
        m_alertsText->setText(alerts.join(u'\n'));
        theme::markAsError(m_alertsText);
    }

    const ContractTimeline timeline = ContractTimelineBuilder::build(m_contracts, m_today);
    m_timeline->setTimeline(timeline, m_today);
    m_events->setEvents(timeline.events);
    m_eventsView->setVisible(!timeline.events.isEmpty());
    int widest = m_eventsView->fontMetrics().averageCharWidth() * 20;
    for (const ContractEvent &event : timeline.events)
        widest = std::max(widest, m_eventsView->fontMetrics().horizontalAdvance(event.title));
    m_eventsView->horizontalHeader()->resizeSection(ContractEventsModel::Event, widest + 16);
    fitHeight(m_eventsView);

    m_interviews->setInterviews(e.interviews);
    const QDate yearAgo = m_today.addMonths(-12);
    const auto recent = std::count_if(e.interviews.cbegin(), e.interviews.cend(),
                                      [&](const Interview &i) {
                                          return i.date > yearAgo && i.date <= m_today;
                                      });
    m_interviewsSummary->setText(
        e.interviews.isEmpty()
            ? tr("none yet")
            : tr("%n in the last 12 months", nullptr, int(recent)) + u", "_s
                  + tr("%n in all", nullptr, int(e.interviews.size())));
    m_interviewsView->setVisible(!e.interviews.isEmpty());
    fitHeight(m_interviewsView);

    updateActions();
}

void EntrepreneurPage::renderIdentity()
{
    clearForm(m_identity);
    const Entrepreneur &e = m_entrepreneur;
    const auto row = [this](const QString &label, const QString &value, const QString &name) {
        QLabel *field = valueLabel(this);
        field->setObjectName(name);
        field->setText(value.isEmpty() ? u"—"_s : value);
        m_identity->addRow(label, field);
    };
    //: NIR: the French social security number
    row(tr("NIR:"), formatNir(e.nir), u"personNir"_s);
    QString birth = formatDate(e.birthDate);
    if (e.birthDate.isValid()) {
        int age = m_today.year() - e.birthDate.year();
        if (m_today < e.birthDate.addYears(age))
            --age;
        birth += u" "_s + tr("(%n year(s) old)", nullptr, age);
    }
    row(tr("Born on:"), birth, u"personBirthDate"_s);
    row(tr("E-mail:"), e.email, u"personEmail"_s);
    row(tr("Phone:"), e.phone, u"personPhone"_s);
    QStringList address;
    for (const QString &part : {e.address.line1, e.address.line2})
        if (!part.isEmpty())
            address << part;
    const QString city = QString(e.address.postcode + u' ' + e.address.city).trimmed();
    if (!city.isEmpty())
        address << city;
    row(tr("Address:"), address.join(u'\n'), u"personAddress"_s);
    row(tr("Prior status:"), Labels::priorStatus(e.priorStatus), u"personPriorStatus"_s);
    row(tr("Referent adviser:"), e.referentAdviser, u"personReferent"_s);
}

void EntrepreneurPage::renderTerms()
{
    clearForm(m_terms);
    m_termsTitle->setText(tr("Terms in force on %1").arg(formatDate(m_today)));
    std::optional<ContractTerms> terms;
    std::optional<Contract> cesa;
    for (const Contract &contract : std::as_const(m_contracts)) {
        if (contract.type != ContractType::Cesa || !isInForce(contract, m_today))
            continue;
        if (std::optional<ContractTerms> found = termsAt(contract, m_today)) {
            terms = found;
            cesa = contract;
        }
    }
    m_noTerms->setVisible(!terms);
    if (!terms)
        return;
    const auto row = [this](const QString &label, const QString &value, const QString &name) {
        QLabel *field = valueLabel(this);
        field->setObjectName(name);
        field->setText(value.isEmpty() ? u"—"_s : value);
        m_terms->addRow(label, field);
    };
    const qsizetype version = cesa->terms.indexOf(*terms);
    row(tr("Since:"),
        version <= 0 ? tr("%1 (CESA start)").arg(formatDate(terms->effectiveFrom))
                     : tr("%1 (amendment %2)").arg(formatDate(terms->effectiveFrom)).arg(version),
        u"termsSince"_s);
    row(tr("Fixed monthly part:"), formatMoney(terms->fixedMonthlyPart), u"termsFixedPart"_s);
    row(tr("Variable part:"),
        tr("%1 of the available margin").arg(formatPercent(terms->variableRate)),
        u"termsVariableRate"_s);
    row(tr("Hours:"),
        terms->equivalentHours ? tr("%1 equivalent hours a month").arg(formatQuantity(terms->monthlyHours))
                               : tr("%1 hours a month").arg(formatQuantity(terms->monthlyHours)),
        u"termsHours"_s);
    row(tr("Category:"), terms->cadre ? tr("Executive (cadre)") : tr("Non-executive"),
        u"termsCategory"_s);
    row(tr("Contribution scale:"), terms->contributionScale, u"termsScale"_s);
    if (cesa->associateDate.isValid())
        row(tr("Associate since:"),
            formatDate(cesa->associateDate) + u", "_s
                + tr("%n share(s)", nullptr, cesa->associateShares),
            u"termsAssociate"_s);
}

std::optional<Contract> EntrepreneurPage::openCape() const
{
    std::optional<Contract> found;
    for (const Contract &contract : m_contracts) {
        if (contract.type != ContractType::Cape || contract.exitDate.isValid())
            continue;
        const std::optional<QDate> end = contractEnd(contract);
        if (end && *end < m_today)
            continue;
        if (!found || contract.start > found->start)
            found = contract;
    }
    return found;
}

std::optional<Contract> EntrepreneurPage::openCesa() const
{
    std::optional<Contract> found;
    for (const Contract &contract : m_contracts) {
        if (contract.type == ContractType::Cesa && !contract.exitDate.isValid()
            && (!found || contract.start > found->start))
            found = contract;
    }
    return found;
}

std::optional<Contract> EntrepreneurPage::lastCesa() const
{
    std::optional<Contract> found;
    for (const Contract &contract : m_contracts) {
        if (contract.type == ContractType::Cesa && (!found || contract.start > found->start))
            found = contract;
    }
    return found;
}

void EntrepreneurPage::updateActions()
{
    const std::optional<Contract> cape = openCape();
    const std::optional<Contract> cesa = openCesa();
    const bool loaded = m_store && !m_entrepreneur.id.isEmpty();
    const auto show = [this, loaded](Action which, bool visible) {
        action(which)->setVisible(loaded && visible);
        action(which)->setEnabled(loaded && visible);
        m_buttons.at(static_cast<int>(which))->setVisible(loaded && visible);
    };
    action(Action::Back)->setEnabled(true);
    show(Action::Edit, true);
    show(Action::AddInterview, true);
    show(Action::NewCape, !cape && !cesa);
    // Whether the CAPE can still be renewed is the core's call: even a one-day renewal must pass
    // its rules (at most two renewals, 36 months in all).
    bool renewable = false;
    if (cape && !cesa && !cape->capePeriods.isEmpty()) {
        Contract probe = *cape;
        const QDate next = probe.capePeriods.constLast().end.addDays(1);
        probe.capePeriods.append(CapePeriod{next, next});
        renewable = validate(probe).isEmpty();
    }
    show(Action::RenewCape, renewable);
    show(Action::SignCesa, !cesa);
    show(Action::Amendment, cesa.has_value());
    show(Action::Associate, cesa && !cesa->associateDate.isValid());
    show(Action::Exit, cape || cesa);
    show(Action::PrintContract, lastCesa().has_value());
}

void EntrepreneurPage::openDialog(FormDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT changed(m_entrepreneur.id);
    });
    dialog->open();
}

void EntrepreneurPage::run(Action which)
{
    if (which == Action::Back) {
        Q_EMIT backRequested();
        return;
    }
    if (!m_store || m_entrepreneur.id.isEmpty() || m_dialog)
        return;
    Store &store = *m_store;
    using Mode = ContractDialog::Mode;
    const auto contractStep = [&](Mode mode, const std::optional<Contract> &target) {
        openDialog(new ContractDialog(store, mode, m_entrepreneur, m_contracts, target, this));
    };
    switch (which) {
    case Action::Back:
        break;
    case Action::Edit:
        openDialog(new EntrepreneurDialog(store, m_entrepreneur, this));
        break;
    case Action::AddInterview:
        openDialog(new InterviewDialog(store, m_entrepreneur, this));
        break;
    case Action::NewCape:
        contractStep(Mode::NewCape, std::nullopt);
        break;
    case Action::RenewCape:
        if (const std::optional<Contract> cape = openCape())
            contractStep(Mode::RenewCape, cape);
        break;
    case Action::SignCesa:
        contractStep(Mode::SignCesa, std::nullopt);
        break;
    case Action::Amendment:
        if (const std::optional<Contract> cesa = openCesa())
            contractStep(Mode::Amendment, cesa);
        break;
    case Action::Associate:
        if (const std::optional<Contract> cesa = openCesa())
            contractStep(Mode::Associate, cesa);
        break;
    case Action::Exit:
        if (const std::optional<Contract> cesa = openCesa())
            contractStep(Mode::Exit, cesa);
        else if (const std::optional<Contract> cape = openCape())
            contractStep(Mode::Exit, cape);
        break;
    case Action::PrintContract:
        askAndPrint();
        break;
    }
}

Result<void> EntrepreneurPage::printContract(const QString &path)
{
    const std::optional<Contract> cesa = lastCesa();
    if (!m_store || !cesa)
        return fail(ErrorCode::NotFound, tr("This person has no CESA to print."));
    const PeopleRepository repository(*m_store);
    Result<CooperativeSettings> cooperative = repository.cooperative();
    if (!cooperative)
        return fail(cooperative.error());
    Activity activity = m_activity.value_or(Activity());
    if (cesa->activityId != activity.id && !cesa->activityId.isEmpty()) {
        if (Result<std::optional<Activity>> other = repository.activity(cesa->activityId);
            other && *other)
            activity = **other;
    }
    return writeCesaPdf(path, *cooperative, m_entrepreneur, activity, *cesa);
}

void EntrepreneurPage::askAndPrint()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: File name proposed for the contract's PDF; %1 is the person's name
    const QString proposed = tr("CESA %1.pdf").arg(m_entrepreneur.displayName());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the contract as PDF"), QDir(folder).filePath(proposed), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Result<void> written = printContract(path); !written) {
        setNotice(written.error().message(), true);
        return;
    }
    setNotice(tr("Contract saved in %1.").arg(QDir::toNativeSeparators(path)), false);
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace coop::ui
