#include "accountingreports.h"

#include "format.h"

#include "core/error.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QHash>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

constexpr int kResolution = 300; // dots per inch of the PDF's layout

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// An amount that never wraps between its figures and its currency sign.
QString unbroken(QString text)
{
    return text.replace(u' ', QChar(0x00A0));
}

QString amountCell(Money amount, bool bold = false)
{
    const QString text = amount.isZero() ? QString() : esc(unbroken(formatMoney(amount)));
    return bold ? u"<td align=\"right\" nowrap><b>%1</b></td>"_s.arg(text)
                : u"<td align=\"right\" nowrap>%1</td>"_s.arg(text);
}

// A cell that keeps its text on one line (dates, codes).
QString nowrapCell(const QString &text)
{
    return u"<td nowrap>%1</td>"_s.arg(esc(text));
}

QString textCell(const QString &text, int span = 1)
{
    if (span > 1)
        return u"<td colspan=\"%1\">%2</td>"_s.arg(span).arg(esc(text));
    return u"<td>%1</td>"_s.arg(esc(text));
}

// A header cell; `percent` of the table's width when given.
QString headerCell(const QString &text, bool right = false, int percent = 0)
{
    const QString width = percent > 0 ? u" width=\"%1%\""_s.arg(percent) : QString();
    return u"<th align=\"%1\"%2>%3</th>"_s.arg(right ? u"right"_s : u"left"_s, width, esc(text));
}

const QString kStyle = u"<style>"
                       "body { font-size: 8pt; }"
                       "h1 { font-size: 14pt; margin-bottom: 2pt; }"
                       "p.sub { color: #555555; margin-top: 0; }"
                       "th { background-color: #e8e8e8; }"
                       "tr.account td { background-color: #f3f3f3; font-weight: bold; }"
                       "tr.total td { font-weight: bold; }"
                       "</style>"_s;

const QString kTableStart = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                            "border=\"1\" style=\"border-collapse: collapse; "
                            "border-color: #b0b0b0;\">"_s;

} // namespace

QString AccountingReports::cooperativeName(Store &store)
{
    const Result<CooperativeSettings> settings = PeopleRepository(store).cooperative();
    if (settings && !settings->name.trimmed().isEmpty())
        return settings->name.trimmed();
    return store.name();
}

Error AccountingReports::tooManyLines(qint64 lines, const QString &path)
{
    return Error(ErrorCode::InvalidArgument,
                 //: %1 is a number of lines, %2 the limit
                 tr("The general ledger has %1 lines, more than a PDF can hold (%2): choose a "
                    "longer account number or export it as CSV.")
                     .arg(formatCount(lines), formatCount(kMaxPdfLines)),
                 path);
}

QString AccountingReports::trialBalanceHtml(const TrialBalance &balance,
                                            const QString &cooperative)
{
    QString html = u"<html><head>"_s + kStyle + u"</head><body>"_s;
    //: The title of the trial balance's PDF
    html += u"<h1>%1</h1>"_s.arg(esc(tr("Trial balance — %1").arg(cooperative)));
    //: Under the trial balance's title; %1 and %2 are dates
    QString subtitle = tr("From %1 to %2").arg(formatDate(balance.from), formatDate(balance.at));
    if (!balance.activityCode.isEmpty())
        //: Appended to the trial balance's subtitle when an analytic code filters it
        subtitle += u" · "_s + tr("analytic code %1").arg(balance.activityCode);
    html += u"<p class=\"sub\">%1</p>"_s.arg(esc(subtitle));
    html += kTableStart;
    html += u"<thead><tr>"_s + headerCell(tr("Account"), false, 8)
            + headerCell(tr("Label"), false, 26) + headerCell(tr("Opening debit"), true, 11)
            + headerCell(tr("Opening credit"), true, 11) + headerCell(tr("Debit"), true, 11)
            + headerCell(tr("Credit"), true, 11) + headerCell(tr("Balance debit"), true, 11)
            + headerCell(tr("Balance credit"), true, 11) + u"</tr></thead><tbody>"_s;
    Money openingDebit;
    Money openingCredit;
    Money debit;
    Money credit;
    Money balanceDebit;
    Money balanceCredit;
    for (const AccountBalance &account : balance.accounts) {
        const Money net = account.balance();
        const Money onDebit = net.isNegative() ? Money() : net;
        const Money onCredit = net.isNegative() ? -net : Money();
        html += u"<tr>"_s + nowrapCell(account.account) + textCell(account.label)
                + amountCell(account.openingDebit) + amountCell(account.openingCredit)
                + amountCell(account.debit) + amountCell(account.credit) + amountCell(onDebit)
                + amountCell(onCredit) + u"</tr>"_s;
        openingDebit += account.openingDebit;
        openingCredit += account.openingCredit;
        debit += account.debit;
        credit += account.credit;
        balanceDebit += onDebit;
        balanceCredit += onCredit;
    }
    html += u"<tr class=\"total\">"_s + textCell(tr("Total"), 2) + amountCell(openingDebit, true)
            + amountCell(openingCredit, true) + amountCell(debit, true)
            + amountCell(credit, true) + amountCell(balanceDebit, true)
            + amountCell(balanceCredit, true) + u"</tr>"_s;
    html += u"</tbody></table></body></html>"_s;
    return html;
}

QString AccountingReports::generalLedgerHtml(const QList<LedgerRow> &rows,
                                             const LedgerFilter &filter,
                                             const QString &cooperative,
                                             const QList<AccountBalance> &openings)
{
    // Each account's lines in validation order (the order `rows` came in), and the balances
    // brought forward of the accounts the filter covers.
    QMap<QString, QList<const LedgerRow *>> byAccount;
    QHash<QString, QString> labels;
    for (const LedgerRow &row : rows) {
        byAccount[row.account].append(&row);
        labels.insert(row.account, row.accountLabel);
    }
    QHash<QString, Money> brought; // > 0 debit
    for (const AccountBalance &account : openings) {
        if (!account.account.startsWith(filter.accountPrefix))
            continue;
        const Money opening = account.openingDebit - account.openingCredit;
        if (opening.isZero())
            continue;
        brought.insert(account.account, opening);
        byAccount[account.account]; // an account with a balance brought forward and no line
        labels.insert(account.account, account.label);
    }

    QString html = u"<html><head>"_s + kStyle + u"</head><body>"_s;
    //: The title of the general ledger's PDF
    html += u"<h1>%1</h1>"_s.arg(esc(tr("General ledger — %1").arg(cooperative)));
    QStringList subtitle;
    if (filter.from.isValid() || filter.to.isValid())
        subtitle.append(tr("From %1 to %2")
                            .arg(filter.from.isValid() ? formatDate(filter.from) : u"…"_s,
                                 filter.to.isValid() ? formatDate(filter.to) : u"…"_s));
    if (!filter.accountPrefix.isEmpty())
        //: In the general ledger's subtitle: the accounts it covers
        subtitle.append(tr("accounts %1…").arg(filter.accountPrefix));
    if (!filter.activityCode.isEmpty())
        subtitle.append(tr("analytic code %1").arg(filter.activityCode));
    if (!filter.journal.isEmpty())
        subtitle.append(tr("journal %1").arg(filter.journal));
    html += u"<p class=\"sub\">%1</p>"_s.arg(esc(subtitle.join(u" · "_s)));
    html += kTableStart;
    //: Column of the general ledger: the journal's code (short)
    html += u"<thead><tr>"_s + headerCell(tr("Date"), false, 10) + headerCell(tr("Jnl"), false, 4)
            + headerCell(tr("No."), false, 4) + headerCell(tr("Piece"), false, 11)
            + headerCell(tr("Label"), false, 25) + headerCell(tr("Analytic"), false, 8)
            + headerCell(tr("Debit"), true, 12) + headerCell(tr("Credit"), true, 12)
            + headerCell(tr("Balance"), true, 14) + u"</tr></thead><tbody>"_s;

    const auto balanceCell = [](Money balance) {
        if (balance.isZero())
            return u"<td align=\"right\" nowrap>0</td>"_s;
        //: A running balance in the general ledger: D for debit, C for credit
        const QString side = balance.isNegative() ? tr("C") : tr("D");
        return u"<td align=\"right\" nowrap>%1</td>"_s.arg(
            esc(unbroken(formatMoney(balance.abs()) + u' ' + side)));
    };
    Money totalDebit;
    Money totalCredit;
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        const QString &account = it.key();
        html += u"<tr class=\"account\">"_s
                + textCell(account + u" — "_s + labels.value(account), 9) + u"</tr>"_s;
        Money debit;
        Money credit;
        if (const Money opening = brought.value(account); !opening.isZero()) {
            (opening.isNegative() ? credit : debit) = opening.abs();
            //: The general ledger's first line of an account: its balance brought forward
            html += u"<tr>"_s + nowrapCell(formatDate(filter.from)) + textCell(QString(), 3)
                    + textCell(tr("Balance brought forward")) + textCell(QString())
                    + amountCell(debit) + amountCell(credit) + balanceCell(debit - credit)
                    + u"</tr>"_s;
        }
        for (const LedgerRow *line : it.value()) {
            const LedgerRow &row = *line;
            debit += row.debit;
            credit += row.credit;
            QString label = row.label.isEmpty() ? row.entryLabel : row.label;
            if (!row.auxAccount.isEmpty())
                label = row.auxAccount + u" · "_s + label;
            html += u"<tr>"_s + nowrapCell(formatDate(row.date)) + nowrapCell(row.journal)
                    + nowrapCell(QString::number(row.number)) + textCell(row.pieceRef)
                    + textCell(label) + nowrapCell(row.activityCode) + amountCell(row.debit)
                    + amountCell(row.credit) + balanceCell(debit - credit) + u"</tr>"_s;
        }
        //: The subtotal row of an account in the general ledger
        html += u"<tr class=\"total\">"_s + textCell(tr("Total %1").arg(account), 6)
                + amountCell(debit, true) + amountCell(credit, true)
                + balanceCell(debit - credit) + u"</tr>"_s;
        totalDebit += debit;
        totalCredit += credit;
    }
    html += u"<tr class=\"total\">"_s + textCell(tr("Total"), 6) + amountCell(totalDebit, true)
            + amountCell(totalCredit, true) + balanceCell(totalDebit - totalCredit)
            + u"</tr>"_s;
    html += u"</tbody></table></body></html>"_s;
    return html;
}

Result<void> AccountingReports::writeTrialBalancePdf(const TrialBalance &balance,
                                                     const QString &cooperative,
                                                     const QString &path)
{
    const QString title = tr("Trial balance on %1").arg(formatDate(balance.at));
    return writePdf(trialBalanceHtml(balance, cooperative), title,
                    cooperative + u" · "_s + title, path);
}

Result<void> AccountingReports::writeGeneralLedgerPdf(const QList<LedgerRow> &rows,
                                                      const LedgerFilter &filter,
                                                      const QString &cooperative,
                                                      const QString &path,
                                                      const QList<AccountBalance> &openings)
{
    if (rows.size() > kMaxPdfLines)
        return fail(tooManyLines(rows.size(), path));
    const QString title = filter.to.isValid()
                              ? tr("General ledger on %1").arg(formatDate(filter.to))
                              : tr("General ledger");
    return writePdf(generalLedgerHtml(rows, filter, cooperative, openings), title,
                    cooperative + u" · "_s + title, path);
}

Result<void> AccountingReports::writePdf(const QString &html, const QString &title,
                                         const QString &footer, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(u"CoopDesk"_s);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(8);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        // Words are never cut: a column too narrow for an amount grows instead.
        QTextOption wrapping = document.defaultTextOption();
        wrapping.setWrapMode(QTextOption::WordWrap);
        document.setDefaultTextOption(wrapping);
        document.setHtml(html);

        const qreal width = writer.width();
        QFont footerFont = font;
        footerFont.setPointSizeF(7);
        const qreal footerHeight = QFontMetricsF(footerFont, &writer).height() * 2;
        const qreal bodyHeight = writer.height() - footerHeight;
        document.setPageSize(QSizeF(width, bodyHeight));
        const int pages = std::max(1, document.pageCount());

        QPainter painter;
        if (!painter.begin(&writer))
            return fail(ErrorCode::Io, tr("Cannot write %1.").arg(path), path);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            const QRectF clip(0, page * bodyHeight, width, bodyHeight);
            painter.translate(0, -page * bodyHeight);
            document.drawContents(&painter, clip);
            painter.restore();
            painter.save();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x60, 0x60, 0x60));
            const QRectF foot(0, bodyHeight + footerHeight / 4, width, footerHeight * 3 / 4);
            painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, footer);
            //: At the foot of every page of a printed report
            painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                             tr("Page %1 / %2").arg(page + 1).arg(pages));
            painter.restore();
        }
        painter.end();
    }
    if (!file.commit())
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    return {};
}

} // namespace coop::ui
