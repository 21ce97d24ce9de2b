#include "salesarea.h"

#include "invoiceeditor.h"
#include "invoicelistpage.h"

#include <QAction>
#include <QEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

SalesArea::SalesArea(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"salesArea"_s);
    m_list = new InvoiceListPage(this);
    m_editor = new InvoiceEditor(this);
    // In a small window the pages scroll rather than widen it.
    const auto scrolled = [this](QWidget *page) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFocusPolicy(Qt::NoFocus);
        return scroll;
    };
    m_listPage = scrolled(m_list);
    m_editorPage = scrolled(m_editor);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_editorPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_stack);

    m_newAction = new QAction(this);
    m_newAction->setObjectName(u"newInvoiceAction"_s);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &SalesArea::newInvoice);
    addAction(m_newAction);
    m_searchAction = new QAction(this);
    m_searchAction->setObjectName(u"searchInvoicesAction"_s);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_searchAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        if (currentView() == View::Editor)
            m_editor->requestBack();
        if (currentView() == View::List)
            m_list->focusSearch();
    });
    addAction(m_searchAction);

    connect(m_list, &InvoiceListPage::openRequested, this, &SalesArea::openDocument);
    connect(m_list, &InvoiceListPage::newRequested, this, &SalesArea::newInvoice);
    connect(m_editor, &InvoiceEditor::documentChanged, m_list, &InvoiceListPage::invalidate);
    connect(m_editor, &InvoiceEditor::backRequested, this, &SalesArea::showList);
    retranslate();
}

SalesArea::~SalesArea() = default;

void SalesArea::setStore(Store *store)
{
    m_store = store;
    m_editor->setStore(store);
    m_list->setStore(store);
    m_stack->setCurrentWidget(m_listPage);
}

SalesArea::View SalesArea::currentView() const
{
    return m_stack->currentWidget() == m_editorPage ? View::Editor : View::List;
}

void SalesArea::showList()
{
    const QString id = m_editor->document().id;
    m_stack->setCurrentWidget(m_listPage);
    if (!id.isEmpty())
        m_list->selectDocument(id);
    m_list->view()->setFocus();
}

void SalesArea::newInvoice()
{
    if (!m_store)
        return;
    if (currentView() == View::Editor && m_editor->isModified())
        return; // the draft being edited is not dropped by a shortcut
    m_editor->newInvoice();
    m_stack->setCurrentWidget(m_editorPage);
}

void SalesArea::openDocument(const QString &id)
{
    if (m_editor->openDocument(id))
        m_stack->setCurrentWidget(m_editorPage);
}

void SalesArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SalesArea::retranslate()
{
    m_newAction->setText(tr("New &invoice…"));
    m_searchAction->setText(tr("F&ind an invoice"));
}

} // namespace coop::ui
