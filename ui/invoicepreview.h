#pragma once

#include <QDialog>
#include <QImage>
#include <QList>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace coop::ui {

// The pages of an invoice or credit note as the PDF prints them (renderInvoicePages), one under
// the other in a scroll area. Page Up / Page Down and the arrows scroll; Esc closes.
class InvoicePreview : public QDialog
{
    Q_OBJECT
public:
    explicit InvoicePreview(QWidget *parent = nullptr);

    void setPages(const QList<QImage> &pages);
    qsizetype pageCount() const { return m_pages.size(); }
    const QList<QImage> &pages() const { return m_pages; }
    QScrollArea *scrollArea() const { return m_scroll; }

private:
    QList<QImage> m_pages;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_column = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace coop::ui
