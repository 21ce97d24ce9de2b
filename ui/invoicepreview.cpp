#include "invoicepreview.h"

#include "theme.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPalette>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

InvoicePreview::InvoicePreview(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"invoicePreview"_s);
    setWindowTitle(tr("Preview"));
    setWindowIcon(theme::appIcon());

    auto *pages = new QWidget;
    pages->setObjectName(u"previewPages"_s);
    pages->setBackgroundRole(QPalette::Dark);
    pages->setAutoFillBackground(true);
    m_column = new QVBoxLayout(pages);
    m_column->setSpacing(16);
    m_column->setContentsMargins(16, 16, 16, 16);
    m_column->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"previewScroll"_s);
    m_scroll->setWidget(pages);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setFocusPolicy(Qt::StrongFocus);

    m_count = new QLabel(this);
    theme::markAsHint(m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch();
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(900, 900);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(900, std::min(1000, screen->availableGeometry().height() - 80));
}

void InvoicePreview::setPages(const QList<QImage> &pages)
{
    m_pages = pages;
    while (QLayoutItem *item = m_column->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < pages.size(); ++i) {
        auto *page = new QLabel;
        page->setObjectName(u"previewPage%1"_s.arg(i + 1));
        page->setPixmap(QPixmap::fromImage(pages.at(i)));
        page->setFrameShape(QFrame::Box);
        //: Accessible name of one page of the preview: "Page 1 of 2"
        page->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(pages.size()));
        m_column->addWidget(page, 0, Qt::AlignHCenter);
    }
    m_count->setText(tr("%n page(s)", nullptr, int(pages.size())));
    m_scroll->setFocus();
}

} // namespace coop::ui
