#pragma once

#include "core/payroll.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QWidget>

#include <optional>

class QBoxLayout;
class QLabel;
class QTableView;

namespace coop::ui {

// The lines of one payslip as a table: one row per contribution line (label, base, employee rate
// and amount, employer rate and amount), then the RGDU as its own row (its coefficient in the
// employer rate column, the reduction as a negative employer amount), then the totals (employee
// total, employer total after the RGDU). Without a payslip it has no rows.
class PayslipLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, Base, EmployeeRate, Employee, EmployerRate, Employer, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, // the line's code, "rgdu" or "total" (every column)
        RawRole,                     // cents for amounts, Rate units for rates, the label
    };
    static inline const QString kRgduCode = QStringLiteral("rgdu");
    static inline const QString kTotalCode = QStringLiteral("total");

    explicit PayslipLinesModel(QObject *parent = nullptr);
    ~PayslipLinesModel() override;

    void setPayslip(const std::optional<Payslip> &payslip);
    const std::optional<Payslip> &payslip() const { return m_payslip; }
    // The row of a code (a line's, kRgduCode, kTotalCode), -1 when absent.
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
    QVariant raw(int row, int column) const;
    bool hasRgduRow() const;

    std::optional<Payslip> m_payslip;
};

// A payslip as people read it: the lines table above and a summary below (gross, employee total,
// net before tax, net taxable, montant net social, employer contributions, RGDU, employer total,
// employer cost), amounts in the interface's format. Used by the simulator and by the monthly run.
class PayslipView : public QWidget
{
    Q_OBJECT
public:
    explicit PayslipView(QWidget *parent = nullptr);
    ~PayslipView() override;

    // Shows a payslip, or empties the view (with `emptyText` in place of the table) when none.
    void setPayslip(const std::optional<Payslip> &payslip);
    void setEmptyText(const QString &text);
    // The summary below the lines (the default, in two columns) or beside them (one column),
    // for a page with more width than height.
    void setSummaryBeside(bool beside);

    PayslipLinesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The text shown for a summary figure: "gross", "employeeTotal", "netBeforeTax", "netTaxable",
    // "netSocial", "employerContributions", "rgdu", "employerTotal", "employerCost".
    QString summaryText(const QString &key) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sizeColumns();
    void layOutSummary();

    bool m_summaryBeside = false;
    QBoxLayout *m_layout = nullptr;
    PayslipLinesModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_summary = nullptr;
    QHash<QString, QLabel *> m_names;
    QHash<QString, QLabel *> m_values;
    QString m_emptyText;
};

} // namespace coop::ui
