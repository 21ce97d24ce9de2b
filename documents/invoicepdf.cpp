#include "invoicepdf.h"

#include "core/tr.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

// Everything printed here is French whatever the interface language (ADR 005): the law requires
// invoices in French, so these are literals and not tr().

const QChar kNbsp(0x00a0);

// "1 234 567" with no-break spaces.
QString groupedDigits(quint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, kNbsp);
    return digits;
}

// A canonical decimal text ("-1234.5") in French: grouped thousands, decimal comma.
QString frenchDecimal(const QString &canonical)
{
    QString text = canonical;
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(u'.');
    const QString integral = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    QString result = groupedDigits(integral.toULongLong());
    if (!fraction.isEmpty())
        result += u',' + fraction;
    return negative ? u'-' + result : result;
}

QString frenchAmount(Money amount)
{
    return frenchDecimal(amount.toString());
}

QString frenchMoney(Money amount)
{
    return frenchAmount(amount) + kNbsp + u'€';
}

QString frenchPercent(Rate rate)
{
    return frenchDecimal(rate.toPercentString()) + kNbsp + u'%';
}

QString frenchDate(QDate date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QString natureText(OperationNature nature)
{
    switch (nature) {
    case OperationNature::Services:
        return u"prestation de services"_s;
    case OperationNature::Goods:
        return u"livraison de biens"_s;
    case OperationNature::Both:
        return u"livraison de biens et prestation de services"_s;
    }
    return {};
}

QStringList addressLines(const Address &address)
{
    QStringList lines;
    for (const QString &line : {address.line1, address.line2})
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    const QString city = QString(address.postcode + u' ' + address.city).trimmed();
    if (!city.isEmpty())
        lines << city;
    if (!address.country.isEmpty() && address.country != u"FR"_s)
        lines << address.country;
    return lines;
}

QString documentTitle(const SalesDocument &document, bool draft)
{
    QString kind;
    if (document.kind == DocumentKind::CreditNote)
        kind = u"AVOIR"_s;
    else if (document.role == InvoiceRole::Deposit)
        kind = u"FACTURE D'ACOMPTE"_s;
    else if (document.role == InvoiceRole::Intermediate)
        kind = u"FACTURE INTERMÉDIAIRE"_s;
    else if (document.role == InvoiceRole::Balance)
        kind = u"FACTURE DE SOLDE"_s;
    else
        kind = u"FACTURE"_s;
    if (draft || document.number.isEmpty())
        return kind + u" (BROUILLON)"_s;
    return kind + u" N° "_s + document.number;
}

// ---- Layout ---------------------------------------------------------------------------------
// Pages are laid out once in points (1/72 in, A4 = 595 × 842) as a list of drawing operations,
// then painted on the PDF writer or on preview images.

constexpr qreal kPageWidth = 595.28;
constexpr qreal kPageHeight = 841.89;
constexpr qreal kLeft = 40;
constexpr qreal kRight = kPageWidth - 40;
constexpr qreal kTop = 36;
constexpr qreal kContentBottom = kPageHeight - 62; // the footer is below
constexpr qreal kPad = 3;

enum FontId { Regular, Bold, Small, SmallBold, Title, Heading, FontCount };

struct Op
{
    enum Kind { Text, Line, Fill, Frame };
    Kind kind = Text;
    QRectF rect;
    QString text;
    FontId font = Regular;
    int flags = 0;
    QColor color = Qt::black;
};

using Page = QList<Op>;

struct Column
{
    QString title;
    qreal width;
    int align;
};

class Layout
{
public:
    Layout() : m_device(8, 8, QImage::Format_RGB32)
    {
        // 72 dots per inch: one pixel of the metrics device is one point.
        m_device.setDotsPerMeterX(2835);
        m_device.setDotsPerMeterY(2835);
        const QString family = u"DejaVu Sans"_s;
        const qreal sizes[FontCount] = {8.5, 8.5, 7, 7, 15, 12};
        const bool bolds[FontCount] = {false, true, false, true, true, true};
        for (int i = 0; i < FontCount; ++i) {
            QFont font(family);
            font.setPointSizeF(sizes[i]);
            font.setBold(bolds[i]);
            font.setHintingPreference(QFont::PreferNoHinting);
            font.setKerning(false);
            m_fonts[i] = font;
        }
        m_pages.append(Page());
    }

    const QFont &font(FontId id) const { return m_fonts[id]; }
    QList<Page> pages() const { return m_pages; }
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    Page &page() { return m_pages.last(); }

    qreal lineHeight(FontId id) const { return QFontMetricsF(m_fonts[id], &m_device).height(); }

    qreal textHeight(const QString &text, FontId id, qreal width) const
    {
        if (text.isEmpty())
            return 0;
        const QFontMetricsF metrics(m_fonts[id], &m_device);
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }

    // Draws `text` wrapped in [x, x + width] from y; returns its height.
    qreal text(qreal x, qreal y, qreal width, const QString &text, FontId id,
               int align = Qt::AlignLeft, QColor color = Qt::black)
    {
        const qreal height = textHeight(text, id, width);
        if (height > 0)
            page().append({Op::Text, QRectF(x, y, width, height), text, id,
                           align | Qt::TextWordWrap | Qt::AlignTop, color});
        return height;
    }

    void line(qreal x1, qreal y1, qreal x2, qreal y2, QColor color = QColor(0x88, 0x88, 0x88))
    {
        page().append({Op::Line, QRectF(QPointF(x1, y1), QPointF(x2, y2)), {}, Regular, 0, color});
    }

    void fill(const QRectF &rect, QColor color)
    {
        page().append({Op::Fill, rect, {}, Regular, 0, color});
    }

    void frame(const QRectF &rect, QColor color = QColor(0x88, 0x88, 0x88))
    {
        page().append({Op::Frame, rect, {}, Regular, 0, color});
    }

    // A new page; the caller draws what repeats at its top.
    void newPage()
    {
        m_pages.append(Page());
        m_y = kTop;
    }

    bool fits(qreal height) const { return m_y + height <= kContentBottom; }

private:
    QImage m_device;
    QFont m_fonts[FontCount];
    QList<Page> m_pages;
    qreal m_y = kTop;
};

struct TableRow
{
    QStringList cells;
    FontId font = Regular;
};

class InvoiceLayout
{
public:
    InvoiceLayout(const SalesDocument &document, const InvoiceRenderContext &context,
                  const InvoiceTotals &totals)
        : m_doc(document), m_ctx(context), m_totals(totals),
          m_title(documentTitle(document, context.draft))
    {
        const bool ttc = document.priceEntry == PriceEntry::IncludingVat;
        m_columns = {
            {u"Désignation"_s, 201, Qt::AlignLeft},
            {u"Qté"_s, 44, Qt::AlignRight},
            {u"Unité"_s, 46, Qt::AlignLeft},
            {ttc ? u"PU TTC"_s : u"PU HT"_s, 66, Qt::AlignRight},
            {u"Remise"_s, 38, Qt::AlignRight},
            {u"TVA"_s, 40, Qt::AlignRight},
            {ttc ? u"Montant TTC"_s : u"Montant HT"_s, 80.28, Qt::AlignRight},
        };
    }

    QList<Page> build()
    {
        parties();
        information();
        linesTable();
        vatAndTotals();
        mentions();
        return m_layout.pages();
    }

    QString footerIdentity() const
    {
        const CooperativeSettings &seller = m_ctx.parties.seller;
        QStringList first;
        first << seller.name;
        QString form = seller.legalForm;
        if (!seller.capital.isZero())
            form += u" au capital de "_s + frenchMoney(seller.capital);
        if (!form.trimmed().isEmpty())
            first << form.trimmed();
        const QStringList address = addressLines(seller.address);
        if (!address.isEmpty())
            first << u"siège : "_s + address.join(u", "_s);
        QStringList second;
        if (!seller.siren.isEmpty())
            second << u"SIREN "_s + seller.siren;
        if (!seller.siret.isEmpty())
            second << u"SIRET "_s + seller.siret;
        if (!seller.rcsCity.isEmpty())
            second << seller.rcsCity;
        if (!seller.vatNumber.isEmpty())
            second << u"TVA intracommunautaire "_s + seller.vatNumber;
        if (!seller.nafCode.isEmpty())
            second << u"NAF "_s + seller.nafCode;
        return first.join(u" — "_s) + u'\n' + second.join(u" — "_s);
    }

    const QString &title() const { return m_title; }
    const Layout &layout() const { return m_layout; }

private:
    void parties()
    {
        Layout &l = m_layout;
        const CooperativeSettings &seller = m_ctx.parties.seller;
        const Activity &activity = m_ctx.parties.activity;
        const Customer &customer = m_ctx.parties.customer;
        const qreal width = 250;
        qreal y = kTop;
        y += l.text(kLeft, y, width, seller.name, Heading) + 2;
        QString form = seller.legalForm;
        if (!seller.capital.isZero())
            form += u" au capital de "_s + frenchMoney(seller.capital);
        y += l.text(kLeft, y, width, form.trimmed(), Small);
        if (!activity.name.isEmpty()) {
            QString text = u"Activité : "_s + activity.name;
            if (!activity.analyticCode.isEmpty())
                text += u" (code analytique "_s + activity.analyticCode + u')';
            y += l.text(kLeft, y, width, text, Regular);
        }
        for (const QString &line : addressLines(seller.address))
            y += l.text(kLeft, y, width, line, Regular);
        QString registration = u"SIREN : "_s + seller.siren;
        if (!seller.rcsCity.isEmpty())
            registration += u" — "_s + seller.rcsCity;
        y += l.text(kLeft, y, width, registration, Regular);
        if (!seller.siret.isEmpty())
            y += l.text(kLeft, y, width, u"SIRET : "_s + seller.siret, Regular);
        if (!seller.vatNumber.isEmpty())
            y += l.text(kLeft, y, width, u"N° TVA intracommunautaire : "_s + seller.vatNumber, Regular);

        // The customer, framed on the right.
        const qreal cx = 320;
        const qreal cw = kRight - cx;
        qreal cy = kTop + 4;
        const qreal top = cy;
        cy += kPad + l.text(cx + 8, cy + kPad, cw - 16, u"Client"_s, Small, Qt::AlignLeft,
                            QColor(0x55, 0x55, 0x55));
        cy += l.text(cx + 8, cy, cw - 16, customer.displayName(), Bold);
        if (!customer.contactName.trimmed().isEmpty())
            cy += l.text(cx + 8, cy, cw - 16, u"À l'attention de "_s + customer.contactName.trimmed(),
                         Regular);
        for (const QString &line : addressLines(customer.billingAddress))
            cy += l.text(cx + 8, cy, cw - 16, line, Regular);
        if (customer.kind == CustomerKind::Company && !customer.siren.isEmpty())
            cy += l.text(cx + 8, cy, cw - 16, u"SIREN : "_s + customer.siren, Regular);
        if (!customer.vatNumber.isEmpty())
            cy += l.text(cx + 8, cy, cw - 16, u"N° TVA intracommunautaire : "_s + customer.vatNumber,
                         Regular);
        if (!customer.deliveryAddress.isEmpty()
            && customer.deliveryAddress != customer.billingAddress) {
            cy += 4;
            cy += l.text(cx + 8, cy, cw - 16, u"Adresse de livraison :"_s, SmallBold);
            for (const QString &line : addressLines(customer.deliveryAddress))
                cy += l.text(cx + 8, cy, cw - 16, line, Regular);
        }
        cy += kPad + 2;
        l.frame(QRectF(cx, top, cw, cy - top));
        l.setY(std::max(y, cy) + 18);
    }

    void information()
    {
        Layout &l = m_layout;
        l.setY(l.y() + l.text(kLeft, l.y(), kRight - kLeft, m_title, Title) + 6);
        QList<QPair<QString, QString>> rows;
        rows.append({m_ctx.draft ? u"Date"_s : u"Date d'émission"_s, frenchDate(m_doc.date)});
        if (m_doc.serviceDate.isValid() && m_doc.serviceEndDate.isValid())
            rows.append({u"Période de la prestation"_s, u"du "_s + frenchDate(m_doc.serviceDate)
                                                          + u" au "_s
                                                          + frenchDate(m_doc.serviceEndDate)});
        else if (m_doc.serviceDate.isValid())
            rows.append({u"Date de la vente ou de la prestation"_s, frenchDate(m_doc.serviceDate)});
        rows.append({u"Nature de l'opération"_s, natureText(m_doc.nature)});
        if (m_doc.kind == DocumentKind::CreditNote)
            rows.append({u"Avoir sur la facture"_s,
                         u"N° "_s + m_doc.creditedInvoiceNumber
                             + (m_doc.creditedInvoiceDate.isValid()
                                    ? u" du "_s + frenchDate(m_doc.creditedInvoiceDate)
                                    : QString())});
        else if (m_doc.dueDate.isValid())
            rows.append({u"Date d'échéance"_s, frenchDate(m_doc.dueDate)});
        if (!m_doc.purchaseOrder.trimmed().isEmpty())
            rows.append({u"Bon de commande"_s, m_doc.purchaseOrder.trimmed()});
        if (!m_doc.title.trimmed().isEmpty())
            rows.append({u"Objet"_s, m_doc.title.trimmed()});
        if (m_doc.vatOnDebits)
            rows.append({u"TVA"_s, u"option pour le paiement de la taxe d'après les débits"_s});
        for (const auto &row : std::as_const(rows)) {
            const qreal labelWidth = 205;
            const qreal height = std::max(
                l.text(kLeft, l.y(), labelWidth, row.first + u" :"_s, Bold),
                l.text(kLeft + labelWidth, l.y(), kRight - kLeft - labelWidth, row.second, Regular));
            l.setY(l.y() + height + 1);
        }
        l.setY(l.y() + 12);
    }

    // At the top of every page after the first: which document it continues.
    void continuation()
    {
        Layout &l = m_layout;
        l.newPage();
        l.setY(l.y() + l.text(kLeft, l.y(), kRight - kLeft, m_title + u" (suite)"_s, Bold) + 10);
    }

    void tableHeader(const QList<Column> &columns, qreal x)
    {
        Layout &l = m_layout;
        qreal height = 0;
        for (const Column &column : columns)
            height = std::max(height, l.textHeight(column.title, SmallBold, column.width - 2 * kPad));
        height += 2 * kPad;
        qreal width = 0;
        for (const Column &column : columns)
            width += column.width;
        l.fill(QRectF(x, l.y(), width, height), QColor(0xe8, 0xe8, 0xe8));
        qreal cx = x;
        for (const Column &column : columns) {
            l.text(cx + kPad, l.y() + kPad, column.width - 2 * kPad, column.title, SmallBold,
                   column.align);
            cx += column.width;
        }
        l.setY(l.y() + height);
    }

    static qreal tableWidth(const QList<Column> &columns)
    {
        qreal width = 0;
        for (const Column &column : columns)
            width += column.width;
        return width;
    }

    qreal rowHeight(const QList<Column> &columns, const TableRow &row) const
    {
        if (row.cells.size() == 1) // a note across the table
            return m_layout.textHeight(row.cells.constFirst(), row.font,
                                       tableWidth(columns) - 2 * kPad) + 2 * kPad;
        qreal height = 0;
        for (qsizetype i = 0; i < columns.size() && i < row.cells.size(); ++i)
            height = std::max(height, m_layout.textHeight(row.cells.at(i), row.font,
                                                          columns.at(i).width - 2 * kPad));
        return height + 2 * kPad;
    }

    void tableRow(const QList<Column> &columns, qreal x, const TableRow &row)
    {
        Layout &l = m_layout;
        const qreal height = rowHeight(columns, row);
        if (row.cells.size() == 1) {
            l.text(x + kPad, l.y() + kPad, tableWidth(columns) - 2 * kPad, row.cells.constFirst(),
                   row.font);
            l.line(x, l.y() + height, x + tableWidth(columns), l.y() + height, QColor(0xcc, 0xcc, 0xcc));
            l.setY(l.y() + height);
            return;
        }
        qreal cx = x;
        for (qsizetype i = 0; i < columns.size() && i < row.cells.size(); ++i) {
            l.text(cx + kPad, l.y() + kPad, columns.at(i).width - 2 * kPad, row.cells.at(i),
                   row.font, columns.at(i).align);
            cx += columns.at(i).width;
        }
        l.line(x, l.y() + height, cx, l.y() + height, QColor(0xcc, 0xcc, 0xcc));
        l.setY(l.y() + height);
    }

    void linesTable()
    {
        Layout &l = m_layout;
        QList<TableRow> rows;
        for (qsizetype i = 0; i < m_doc.lines.size(); ++i) {
            const DocumentLine &line = m_doc.lines.at(i);
            QString designation = line.designation;
            TableRow row;
            row.cells << designation << frenchDecimal(line.quantity.toString())
                      << unitLabel(line.unit) << frenchDecimal(line.unitPrice.toString())
                      << (line.discount && !line.discount->isZero() ? frenchPercent(*line.discount)
                                                                     : QString())
                      << frenchPercent(line.vatRate)
                      << frenchAmount(m_totals.lines.value(i).displayed);
            rows.append(row);
        }
        const bool ttc = m_doc.priceEntry == PriceEntry::IncludingVat;
        for (const VatDeduction &deduction : m_doc.deductions) {
            TableRow row;
            const Money amount = ttc ? deduction.base + deduction.vat : deduction.base;
            row.cells << u"Déduction : "_s + deduction.reference << QString() << QString()
                      << QString() << QString() << frenchPercent(deduction.rate)
                      << frenchAmount(-amount);
            row.font = Regular;
            rows.append(row);
        }
        if (m_doc.documentDiscount && !m_doc.documentDiscount->isZero()) {
            TableRow row;
            row.cells << u"Remise globale de "_s + frenchPercent(*m_doc.documentDiscount)
                             + u" appliquée aux bases par taux ci-dessous"_s;
            row.font = SmallBold;
            rows.append(row);
        }
        tableHeader(m_columns, kLeft);
        for (const TableRow &row : std::as_const(rows)) {
            if (!l.fits(rowHeight(m_columns, row))) {
                continuation();
                tableHeader(m_columns, kLeft);
            }
            tableRow(m_columns, kLeft, row);
        }
        l.setY(l.y() + 14);
    }

    void vatAndTotals()
    {
        Layout &l = m_layout;
        const QList<Column> vatColumns = {
            {u"Taux de TVA"_s, 150, Qt::AlignLeft},
            {u"Base HT"_s, 62, Qt::AlignRight},
            {u"Montant TVA"_s, 60, Qt::AlignRight},
            {u"Total TTC"_s, 64, Qt::AlignRight},
        };
        QList<TableRow> vatRows;
        for (const VatBreakdown &breakdown : m_totals.perRate) {
            TableRow row;
            QString rate = frenchPercent(breakdown.rate);
            if (!breakdown.exemptionMention.isEmpty())
                rate += u" — "_s + breakdown.exemptionMention;
            row.cells << rate << frenchMoney(breakdown.base) << frenchMoney(breakdown.vat)
                      << frenchMoney(breakdown.total);
            vatRows.append(row);
        }
        const bool creditNote = m_doc.kind == DocumentKind::CreditNote;
        QList<QPair<QString, Money>> totalRows = {
            {u"Total HT"_s, m_totals.totalExcludingVat},
            {u"Total TVA"_s, m_totals.totalVat},
            {creditNote ? u"Total TTC de l'avoir"_s : u"Total TTC"_s, m_totals.totalIncludingVat},
        };
        if (!m_ctx.paid.isZero()) {
            totalRows.append({u"Déjà réglé"_s, m_ctx.paid});
            totalRows.append({u"Reste à payer"_s, m_totals.totalIncludingVat - m_ctx.paid});
        } else if (!creditNote) {
            totalRows.append({u"Net à payer"_s, m_totals.totalIncludingVat});
        }

        qreal vatHeight = l.lineHeight(SmallBold) + 2 * kPad;
        for (const TableRow &row : std::as_const(vatRows))
            vatHeight += rowHeight(vatColumns, row);
        const qreal totalsHeight = static_cast<qreal>(totalRows.size()) * (l.lineHeight(Bold) + 6) + 8;
        if (!l.fits(std::max(vatHeight, totalsHeight) + 10))
            continuation();

        const qreal top = l.y();
        tableHeader(vatColumns, kLeft);
        for (const TableRow &row : std::as_const(vatRows))
            tableRow(vatColumns, kLeft, row);
        const qreal vatBottom = l.y();

        const qreal tx = 392;
        const qreal tw = kRight - tx;
        qreal ty = top;
        for (qsizetype i = 0; i < totalRows.size(); ++i) {
            const bool strong = i == 2 || i == totalRows.size() - 1;
            const FontId font = strong ? Bold : Regular;
            const qreal labelWidth = tw * 0.62;
            const qreal height =
                std::max(l.lineHeight(font), l.textHeight(totalRows.at(i).first, font, labelWidth)) + 6;
            if (strong)
                l.fill(QRectF(tx, ty, tw, height), QColor(0xee, 0xee, 0xee));
            l.text(tx + 6, ty + 3, labelWidth, totalRows.at(i).first, font);
            l.text(tx + tw * 0.4, ty + 3, tw * 0.6 - 6, frenchMoney(totalRows.at(i).second), font,
                   Qt::AlignRight);
            ty += height;
        }
        l.frame(QRectF(tx, top, tw, ty - top));
        l.setY(std::max(vatBottom, ty) + 16);
    }

    void paragraph(const QString &text, FontId font = Small)
    {
        Layout &l = m_layout;
        const qreal width = kRight - kLeft;
        const qreal height = l.textHeight(text, font, width);
        if (!l.fits(height))
            continuation();
        l.setY(l.y() + l.text(kLeft, l.y(), width, text, font) + 3);
    }

    void mentions()
    {
        const bool creditNote = m_doc.kind == DocumentKind::CreditNote;
        const CooperativeSettings &seller = m_ctx.parties.seller;
        if (creditNote) {
            paragraph(u"Cet avoir annule ou réduit la facture N° "_s + m_doc.creditedInvoiceNumber
                          + (m_doc.creditedInvoiceDate.isValid()
                                 ? u" du "_s + frenchDate(m_doc.creditedInvoiceDate)
                                 : QString())
                          + u" ; la TVA est régularisée aux taux d'origine."_s,
                      Regular);
        } else {
            QString due = m_doc.dueDate.isValid()
                              ? u"Date d'échéance : "_s + frenchDate(m_doc.dueDate) + u'.'
                              : QString();
            if (!m_doc.paymentTerms.trimmed().isEmpty())
                due += (due.isEmpty() ? QString() : u" "_s) + u"Conditions de paiement : "_s
                       + m_doc.paymentTerms.trimmed();
            if (!due.isEmpty())
                paragraph(due, Bold);
            if (!m_doc.earlyPaymentDiscount.trimmed().isEmpty())
                paragraph(u"Escompte : "_s + m_doc.earlyPaymentDiscount.trimmed());
            paragraph(u"Pénalités de retard : en cas de paiement après la date d'échéance, des "
                      "pénalités sont exigibles au taux annuel de "_s
                      + frenchPercent(m_doc.latePenaltyRate) + u" (art. L441-10 du Code de commerce)."_s);
            if (m_doc.isB2B(m_ctx.parties.customer))
                paragraph(u"Indemnité forfaitaire pour frais de recouvrement due en cas de retard "
                          "de paiement : 40 € (art. L441-10 et D441-5 du Code de commerce)."_s);
        }
        QStringList exemptions;
        for (const VatBreakdown &breakdown : m_totals.perRate)
            if (!breakdown.exemptionMention.isEmpty()
                && !exemptions.contains(breakdown.exemptionMention))
                exemptions << breakdown.exemptionMention;
        for (const QString &exemption : std::as_const(exemptions))
            paragraph(u"TVA à 0 % : "_s + exemption);
        if (m_doc.vatOnDebits)
            paragraph(u"Option pour le paiement de la taxe d'après les débits."_s);
        if (!creditNote && !seller.iban.isEmpty()) {
            QString bank = u"Règlement par virement : IBAN "_s + seller.iban;
            if (!seller.bic.isEmpty())
                bank += u" — BIC "_s + seller.bic;
            if (!seller.bankName.isEmpty())
                bank += u" ("_s + seller.bankName + u')';
            bank += u" — référence à rappeler : "_s
                    + (m_doc.number.isEmpty() ? u"numéro de la facture"_s : m_doc.number) + u'.';
            paragraph(bank);
        }
        if (!m_doc.notes.trimmed().isEmpty())
            paragraph(m_doc.notes.trimmed());
    }

    const SalesDocument &m_doc;
    const InvoiceRenderContext &m_ctx;
    const InvoiceTotals &m_totals;
    QString m_title;
    QList<Column> m_columns;
    Layout m_layout;
};

// DejaVu is the font every page uses, embedded in the PDF; add it when the system's font
// configuration does not list it.
void ensureFonts()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    if (QFontDatabase::families().contains(u"DejaVu Sans"_s))
        return;
    for (const QString &file : {u"DejaVuSans.ttf"_s, u"DejaVuSans-Bold.ttf"_s}) {
        for (const QString &folder : {u"/usr/share/fonts/truetype/dejavu/"_s,
                                      u"/usr/share/fonts/TTF/"_s, u"/usr/share/fonts/dejavu/"_s}) {
            if (QFile::exists(folder + file)) {
                QFontDatabase::addApplicationFont(folder + file);
                break;
            }
        }
    }
}

struct Rendered
{
    QList<Page> pages;
    QString footer;
    QString title;
    QFont fonts[FontCount];
};

Result<Rendered> layOut(const SalesDocument &document, const InvoiceRenderContext &context)
{
    if (!qGuiApp) {
        return fail(ErrorCode::Internal,
                    Tr::tr("Printing a document needs the graphical application object."));
    }
    ensureFonts();
    const Result<InvoiceTotals> totals = document.totals();
    if (!totals)
        return fail(totals.error());
    InvoiceLayout layout(document, context, *totals);
    Rendered rendered;
    rendered.pages = layout.build();
    rendered.footer = layout.footerIdentity();
    rendered.title = layout.title();
    for (int i = 0; i < FontCount; ++i)
        rendered.fonts[i] = layout.layout().font(static_cast<FontId>(i));
    return rendered;
}

void paintPage(QPainter &painter, const Rendered &rendered, qsizetype index, bool draft)
{
    const Page &page = rendered.pages.at(index);
    for (const Op &op : page) {
        switch (op.kind) {
        case Op::Text:
            painter.setFont(rendered.fonts[op.font]);
            painter.setPen(op.color);
            painter.drawText(op.rect, op.flags, op.text);
            break;
        case Op::Line:
            painter.setPen(QPen(op.color, 0.5));
            painter.drawLine(op.rect.topLeft(), op.rect.bottomRight());
            break;
        case Op::Fill:
            painter.fillRect(op.rect, op.color);
            break;
        case Op::Frame:
            painter.setPen(QPen(op.color, 0.6));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(op.rect);
            break;
        }
    }
    // The footer: the cooperative's legal identity and the page number.
    const qreal footerTop = kContentBottom + 14;
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.5));
    painter.drawLine(QPointF(kLeft, footerTop), QPointF(kRight, footerTop));
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.setFont(rendered.fonts[Small]);
    painter.drawText(QRectF(kLeft, footerTop + 4, kRight - kLeft - 60, 30),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, rendered.footer);
    painter.drawText(QRectF(kRight - 60, footerTop + 4, 60, 12), Qt::AlignRight | Qt::AlignTop,
                     u"Page %1/%2"_s.arg(index + 1).arg(rendered.pages.size()));
    if (draft) {
        painter.setFont(rendered.fonts[SmallBold]);
        painter.setPen(QColor(0xb0, 0x00, 0x00));
        painter.drawText(QRectF(kLeft, 12, kRight - kLeft, 14), Qt::AlignCenter,
                         u"BROUILLON — document sans valeur"_s);
    }
}

} // namespace

Result<QByteArray> renderInvoicePdf(const SalesDocument &document,
                                    const InvoiceRenderContext &context, bool pdfA)
{
    const Result<Rendered> rendered = layOut(document, context);
    if (!rendered)
        return fail(rendered.error());

    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Internal, Tr::tr("The PDF could not be written."));
    {
        QPdfWriter writer(&buffer);
        // 72 dots per inch: the painter's unit is the layout's point.
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(rendered->title);
        writer.setCreator(u"CoopDesk"_s);
        if (pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(ErrorCode::Internal, Tr::tr("The PDF could not be written."));
        for (qsizetype i = 0; i < rendered->pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            paintPage(painter, *rendered, i, context.draft);
        }
        if (!painter.end())
            return fail(ErrorCode::Internal, Tr::tr("The PDF could not be written."));
    }
    buffer.close();
    if (bytes.isEmpty())
        return fail(ErrorCode::Internal, Tr::tr("The PDF could not be written."));
    return bytes;
}

Result<QList<QImage>> renderInvoicePages(const SalesDocument &document,
                                         const InvoiceRenderContext &context, int dpi)
{
    if (dpi < 50 || dpi > 300)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The preview resolution must be between 50 and 300 dpi."), u"dpi"_s);
    const Result<Rendered> rendered = layOut(document, context);
    if (!rendered)
        return fail(rendered.error());
    const qreal scale = dpi / 72.0;
    const QSize size(qRound(kPageWidth * scale), qRound(kPageHeight * scale));
    QList<QImage> images;
    for (qsizetype i = 0; i < rendered->pages.size(); ++i) {
        QImage image(size, QImage::Format_RGB32);
        // Painted at 72 dpi so that point sizes are pixels, scaled to the resolution asked.
        image.setDotsPerMeterX(2835);
        image.setDotsPerMeterY(2835);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        paintPage(painter, *rendered, i, context.draft);
        painter.end();
        const int dotsPerMeter = qRound(dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        images.append(image);
    }
    return images;
}

} // namespace coop
