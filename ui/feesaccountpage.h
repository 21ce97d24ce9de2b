#pragma once

#include "core/storage/accountrepository.h"
#include "core/userscope.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QBarSeries;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineSeries;

namespace coop {
class Store;
}

namespace coop::ui {

// The entrepreneur's account (issue 6 §6, "Entrepreneur's account" tab): an activity and a date,
// the figures of AccountRepository::account() in two columns, the salary envelope in words, the
// monthly turnover, charges and contribution of the fiscal year to the date in bars, and the
// treasury at the end of each month in a curve.
class FeesAccountPage : public QWidget
{
    Q_OBJECT
public:
    explicit FeesAccountPage(QWidget *parent = nullptr);
    ~FeesAccountPage() override;

    void setStore(Store *store);
    // The activities the picker offers (issue 9): an entrepreneur's own; every one by default.
    // Set it before the store.
    void setScope(const UserScope &scope);

    // Chooses the activity by analytic code and the date, and shows their account.
    void setActivity(const QString &code);
    QString activity() const;
    void setDate(QDate date);
    QDate date() const;

    // The account shown, if any; the message shown instead otherwise.
    const std::optional<EntrepreneurAccount> &account() const { return m_account; }
    QString message() const;
    // The text of one figure (objectName of its label: "turnoverInvoiced", "treasury"…).
    QString figureText(const QString &name) const;
    QString envelopeText() const;

    // The charts: bars of turnover invoiced, charges and contribution by month; the treasury.
    QBarSeries *monthlySeries() const { return m_bars; }
    QLineSeries *treasurySeries() const { return m_treasuryLine; }
    QChartView *monthlyChart() const { return m_monthlyView; }
    QChartView *treasuryChart() const { return m_treasuryView; }

    // Computes the account and the charts again.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadActivities();
    void showAccount();
    void showCharts(const QList<EntrepreneurAccount> &months);
    void clearFigures();
    void retranslate();

    Store *m_store = nullptr;
    UserScope m_scope;
    std::optional<EntrepreneurAccount> m_account;

    QComboBox *m_activity = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_activityLabel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_envelope = nullptr;
    QHash<QString, QLabel *> m_names;   // figure → its caption
    QHash<QString, QLabel *> m_values;  // figure → its amount
    QBarSeries *m_bars = nullptr;
    QLineSeries *m_treasuryLine = nullptr;
    QChartView *m_monthlyView = nullptr;
    QChartView *m_treasuryView = nullptr;
};

} // namespace coop::ui
