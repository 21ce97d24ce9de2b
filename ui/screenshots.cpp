#include "screenshots.h"

#include "accountingarea.h"
#include "alertspage.h"
#include "contractdialog.h"
#include "cooperativedialog.h"
#include "entrepreneurdialog.h"
#include "entrepreneurpage.h"
#include "entrepreneursarea.h"
#include "entrepreneurslistpage.h"
#include "entrepreneursmodel.h"
#include "format.h"
#include "invoiceeditor.h"
#include "journalpage.h"
#include "mainwindow.h"
#include "feesaccountpage.h"
#include "feesaccountsmodel.h"
#include "feesarea.h"
#include "feesoverviewpage.h"
#include "feespoolspage.h"
#include "firstrunwizard.h"
#include "homepage.h"
#include "payrollarea.h"
#include "payrollpayslip.h"
#include "payrollrunmodel.h"
#include "payrollrunpage.h"
#include "payrollsimulator.h"
#include "salesarea.h"
#include "storedialog.h"
#include "trialbalancepage.h"

#include "core/businessday.h"
#include "core/storage/accountrepository.h"
#include "core/storage/ledgerrepository.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"
#include "core/sync/engine.h"
#include "core/userscope.h"
#include "documents/invoicepdf.h"

#include <QComboBox>

#include <algorithm>

#include <QDir>
#include <QRadioButton>
#include <QSqlQuery>
#include <QEventLoop>
#include <QHash>
#include <QFileInfo>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

// Lets the window system map and paint what was just shown.
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(400, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget *widget, const QDir &directory, const QString &name)
{
    settle();
    const QString path = directory.filePath(name + u".png"_s);
    const bool saved = widget->grab().save(path, "PNG");
    QTextStream(stderr) << (saved ? "saved " : "could not save ") << path << '\n';
    return saved;
}

void type(QWidget *parent, const QString &field, const QString &text)
{
    if (auto *edit = parent->findChild<QLineEdit *>(field))
        edit->setText(text);
}

// People worth showing: someone with a whole history (CAPE, CESA with an amendment, associate if
// possible), and someone still under a CAPE.
struct Showcase
{
    QString history;
    QString cape;
};

Showcase pickShowcase(Store &store)
{
    const PeopleRepository people(store);
    Showcase showcase;
    const Result<QList<EntrepreneurSummary>> summaries = people.summaries(businessToday());
    const Result<QList<Contract>> contracts = people.contracts();
    if (!summaries || !contracts)
        return showcase;
    QHash<QString, QList<Contract>> byPerson;
    for (const Contract &contract : *contracts)
        byPerson[contract.entrepreneurId].append(contract);
    int best = -1;
    for (const EntrepreneurSummary &summary : *summaries) {
        const QList<Contract> &own = byPerson[summary.id];
        int score = 0;
        for (const Contract &contract : own) {
            score += contract.type == ContractType::Cape ? 2 : 0;
            score += contract.type == ContractType::Cesa ? 2 + int(contract.terms.size()) : 0;
        }
        score += summary.status == ContractStatus::Associate ? 3 : 0;
        score += summary.status == ContractStatus::Exited ? -10 : 0;
        if (score > best) {
            best = score;
            showcase.history = summary.id;
        }
        if (showcase.cape.isEmpty() && summary.status == ContractStatus::Cape
            && !summary.alerts.isEmpty())
            showcase.cape = summary.id;
    }
    return showcase;
}

bool entrepreneurScreens(MainWindow &window, const QDir &dir)
{
    bool ok = true;
    Store &store = *window.store();
    EntrepreneursArea *area = window.entrepreneursArea();
    window.setCurrentArea(MainWindow::Area::Entrepreneurs);
    area->showList();
    ok &= save(&window, dir, u"entrepreneurs-list"_s);
    QTextStream(stderr) << "entrepreneurs list: " << area->listPage()->model()->rowCount()
                        << " entrepreneurs, first paint "
                        << area->listPage()->openMilliseconds() << " ms after show\n";

    if (auto *search = area->findChild<QLineEdit *>(u"entrepreneurSearch"_s))
        search->setText(u"ma"_s);
    if (auto *status = area->findChild<QComboBox *>(u"statusFilter"_s))
        status->setCurrentIndex(status->findData(static_cast<int>(ContractStatus::Cesa)));
    ok &= save(&window, dir, u"entrepreneurs-list-filtered"_s);
    if (auto *search = area->findChild<QLineEdit *>(u"entrepreneurSearch"_s))
        search->clear();
    if (auto *status = area->findChild<QComboBox *>(u"statusFilter"_s))
        status->setCurrentIndex(0);

    area->showAlerts();
    ok &= save(&window, dir, u"alerts"_s);

    const Showcase showcase = pickShowcase(store);
    if (!showcase.history.isEmpty()) {
        area->openEntrepreneur(showcase.history);
        ok &= save(&window, dir, u"entrepreneur-page"_s);
    }
    if (!showcase.cape.isEmpty()) {
        area->openEntrepreneur(showcase.cape);
        ok &= save(&window, dir, u"entrepreneur-page-cape"_s);
        EntrepreneurPage *page = area->personPage();
        ContractDialog cesa(store, ContractDialog::Mode::SignCesa, page->entrepreneur(),
                            page->contracts(), std::nullopt, &window);
        cesa.show();
        ok &= save(&cesa, dir, u"cesa-dialog"_s);
    }

    {
        EntrepreneurDialog form(store, std::nullopt, &window);
        form.show();
        type(&form, u"firstName"_s, u"Hélène"_s);
        type(&form, u"lastName"_s, u"Durand"_s);
        type(&form, u"nir"_s, u"2 92 01 69 123 045 93"_s);
        type(&form, u"email"_s, u"helene.durand@"_s);
        type(&form, u"activity.name"_s, u"Atelier Durand"_s);
        form.accept(); // refused: the errors show at their fields
        ok &= save(&form, dir, u"entrepreneur-form-errors"_s);
    }
    {
        CooperativeDialog settings(store, &window);
        settings.show();
        ok &= save(&settings, dir, u"cooperative-settings"_s);
    }
    area->showList();
    return ok;
}

// A validated invoice of the store with lines at several VAT rates (the most rates among the
// latest ones), to show the editor's totals per rate and the printed page.
std::optional<SalesDocument> pickInvoice(Store &store)
{
    const SalesRepository sales(store);
    DocumentFilter filter;
    filter.kind = DocumentKind::Invoice;
    const Result<QList<DocumentListRow>> rows =
        sales.listDocuments(filter, DocumentSort::Date, Qt::DescendingOrder, 0, 300);
    if (!rows)
        return std::nullopt;
    std::optional<SalesDocument> best;
    qsizetype bestRates = 0;
    for (const DocumentListRow &row : *rows) {
        if (row.status != DocumentStatus::Validated)
            continue;
        const Result<std::optional<SalesDocument>> document = sales.document(row.id);
        if (!document || !*document)
            continue;
        const Result<InvoiceTotals> totals = (*document)->totals();
        if (totals && totals->perRate.size() > bestRates) {
            bestRates = totals->perRate.size();
            best = **document;
            if (bestRates >= 3)
                break;
        }
    }
    return best;
}

bool salesScreens(MainWindow &window, const QDir &dir)
{
    Store &store = *window.store();
    const std::optional<SalesDocument> invoice = pickInvoice(store);
    if (!invoice) {
        QTextStream(stderr) << "no validated invoice in the store: no sales screenshots\n";
        return true;
    }
    bool ok = true;
    window.setCurrentArea(MainWindow::Area::Sales);
    window.salesArea()->showList();
    ok &= save(&window, dir, u"invoice-list"_s);
    window.salesArea()->openDocument(invoice->id);
    ok &= save(&window, dir, u"invoice-editor"_s);

    const SalesRepository sales(store);
    InvoiceRenderContext context;
    if (Result<DocumentParties> parties = sales.partiesFor(*invoice))
        context.parties = *parties;
    if (Result<SalesRepository::Settlement> settlement = sales.settlement(invoice->id))
        context.paid = settlement->paid;
    const Result<QList<QImage>> pages = renderInvoicePages(*invoice, context, 110);
    if (!pages || pages->isEmpty()) {
        QTextStream(stderr) << "the invoice cannot be rendered: "
                            << (pages ? u"no page"_s : pages.error().toString()) << '\n';
        return false;
    }
    const QString path = dir.filePath(u"invoice-pdf.png"_s);
    const bool saved = pages->constFirst().save(path, "PNG");
    QTextStream(stderr) << (saved ? "saved " : "could not save ") << path << '\n';
    // A signed quote with its invoices, if the demo has one.
    window.salesArea()->showQuotes();
    ok &= save(&window, dir, u"quote-list"_s);
    if (Result<QList<Quote>> quotes = sales.quotes()) {
        for (const Quote &quote : *quotes) {
            if (quote.status == QuoteStatus::Signed) {
                window.salesArea()->openQuote(quote.id);
                ok &= save(&window, dir, u"quote-editor"_s);
                break;
            }
        }
    }
    window.salesArea()->showList();
    return ok && saved;
}

// The salary simulator with a gross typed, then with an envelope in the 3-SMIC cliff; the month's
// run of last month computed, with a payslip selected, and its journal.
bool payrollScreens(MainWindow &window, const QDir &dir)
{
    bool ok = true;
    window.setCurrentArea(MainWindow::Area::Payroll);
    PayrollArea *area = window.payrollArea();
    area->showSimulator();
    PayrollSimulator *simulator = area->simulator();
    simulator->selectEntrepreneur(QString());
    simulator->enter(PayrollSimulator::Target::Gross, u"2500,00"_s);
    ok &= save(&window, dir, u"payroll-simulator"_s);
    if (const PayrollRuleTable *table = simulator->table()) {
        // An envelope between the cost just below 3 SMIC and the cost just above it.
        const PayrollEngine engine(*table);
        const std::optional<PayrollSituation> situation = simulator->situation();
        if (situation) {
            // The last gross with an RGDU, a little under 3 SMIC.
            Money last = Money::fromCents(table->monthlySmic().cents() * 3);
            for (int cents = 0; cents < 100; ++cents) {
                const Result<Payslip> payslip = engine.compute(last, *situation);
                if (payslip && !payslip->rgdu.isZero())
                    break;
                last -= Money::fromCents(1);
            }
            const Money below = engine.employerCost(last, *situation);
            simulator->enter(PayrollSimulator::Target::EmployerCost,
                             formatAmount(below + Money::fromCents(5000)));
            ok &= save(&window, dir, u"payroll-simulator-cliff"_s);
        }
    }

    area->showRun();
    PayrollRunPage *run = area->runPage();
    run->setMonth(businessToday().addMonths(-1).toString(u"yyyy-MM"_s));
    if (!run->computeNow()) {
        QTextStream(stderr) << "the month cannot be computed: " << run->message() << '\n';
        return false;
    }
    QTextStream(stderr) << "payroll run of " << run->month() << ": "
                        << run->slipsModel()->rowCount() << " payslips in "
                        << run->lastComputeMilliseconds() << " ms\n";
    // A typical slip: the median gross of the month.
    QList<PayrollRunSlip> slips = run->slipsModel()->slips();
    std::sort(slips.begin(), slips.end(), [](const PayrollRunSlip &a, const PayrollRunSlip &b) {
        return a.payslip.gross < b.payslip.gross;
    });
    const QString chosen = slips.isEmpty() ? QString() : slips.at(slips.size() / 2).entrepreneurId;
    run->selectSlip(chosen);
    run->detailTabs()->setCurrentIndex(0);
    ok &= save(&window, dir, u"payroll-run"_s);
    run->detailTabs()->setCurrentIndex(1);
    ok &= save(&window, dir, u"payroll-run-journal"_s);
    run->detailTabs()->setCurrentIndex(0);
    area->showSimulator();
    return ok;
}

// The entrepreneur's home of a typical activity (the median turnover of those that invoiced and
// paid salaries this year: the payroll shots computed last month), the accountant's overview
// sorted by treasury, and the preview of a shared-cost pool (nothing allocated).
bool feesScreens(MainWindow &window, const QDir &dir)
{
    bool ok = true;
    window.setCurrentArea(MainWindow::Area::Contributions);
    FeesArea *area = window.feesArea();
    area->setStore(window.store());
    const QDate today = businessToday();
    Result<QList<EntrepreneurAccount>> accounts =
        AccountRepository(*window.store()).accounts(today);
    if (!accounts) {
        QTextStream(stderr) << accounts.error().toString() << '\n';
        return false;
    }
    QList<EntrepreneurAccount> busy;
    for (const EntrepreneurAccount &account : std::as_const(*accounts)) {
        if (account.turnoverInvoiced.cents() > 0 && account.salaryCost.cents() > 0)
            busy.append(account);
    }
    if (busy.isEmpty())
        busy = *accounts;
    std::sort(busy.begin(), busy.end(),
              [](const EntrepreneurAccount &a, const EntrepreneurAccount &b) {
                  return a.turnoverInvoiced < b.turnoverInvoiced;
              });
    area->showView(FeesArea::View::Account);
    if (!busy.isEmpty())
        area->accountPage()->setActivity(busy.at(busy.size() / 2).activityCode);
    area->accountPage()->setDate(today);
    ok &= save(&window, dir, u"entrepreneur-home"_s);

    area->showView(FeesArea::View::Overview);
    area->overviewPage()->setDate(today);
    area->overviewPage()->view()->sortByColumn(FeesAccountsModel::Treasury, Qt::DescendingOrder);
    ok &= save(&window, dir, u"fees-overview"_s);

    area->showView(FeesArea::View::SharedCosts);
    area->poolsPage()->preview();
    ok &= save(&window, dir, u"fees-pools"_s);
    area->showView(FeesArea::View::Account);
    return ok;
}

// The journal browser on the sales journal of the current year, and the trial balance today.
// A store validated before the ledger existed has its entries posted first (postPending).
bool accountingScreens(MainWindow &window, const QDir &dir)
{
    bool ok = true;
    const Result<qint64> posted = LedgerRepository(*window.store()).postPending();
    if (!posted) {
        QTextStream(stderr) << posted.error().toString() << '\n';
        return false;
    }
    window.setCurrentArea(MainWindow::Area::Accounting);
    AccountingArea *area = window.accountingArea();
    area->setStore(window.store());
    area->showView(AccountingArea::View::Journal);
    const QDate today = businessToday();
    area->journalPage()->setPeriod(QDate(today.year(), 1, 1), today);
    area->journalPage()->setJournal(u"VT"_s);
    ok &= save(&window, dir, u"accounting-journal"_s);

    area->showView(AccountingArea::View::Balance);
    area->balancePage()->setDate(today);
    ok &= save(&window, dir, u"accounting-balance"_s);
    area->showView(AccountingArea::View::Journal);
    return ok;
}

// The first start: the wizard's choice, the stand-alone store's page filled in, and the account
// page of a connection with a server address that answers nothing (the error at its field).
bool firstRunScreens(const QDir &dir, const QString &storePath, const QString &passphrase)
{
    FirstRunOptions options;
    options.folder = QFileInfo(storePath).absolutePath();
    options.demoStorePath = storePath;
    options.demoPassphrase = passphrase;
    FirstRunWizard wizard(options);
    wizard.resize(760, 560);
    wizard.show();
    bool ok = save(&wizard, dir, u"first-run-choice"_s);

    wizard.choiceButton(FirstRunWizard::Choice::Standalone)->setChecked(true);
    wizard.next();
    wizard.nameEdit()->setText(u"Coopérative Horizon"_s);
    wizard.passphraseEdit(FirstRunWizard::PageStandalone)->setText(u"cheval agrafe correct batterie"_s);
    ok &= save(&wizard, dir, u"first-run-standalone"_s);

    wizard.back();
    wizard.choiceButton(FirstRunWizard::Choice::Connect)->setChecked(true);
    wizard.next();
    wizard.serverEdit()->setText(u"https://coop.example.invalid"_s);
    wizard.loginEdit()->setText(u"claire.martin"_s);
    wizard.passwordEdit()->setText(u"not the password"_s);
    ok &= save(&wizard, dir, u"first-run-connect"_s);
    return ok;
}

// The window as an accountant with a portfolio (the portfolio page) and as an entrepreneur (their
// own account), by the role the sign-in leaves in the store (written here as it would).
bool roleScreens(MainWindow &window, const QDir &dir)
{
    Store *store = window.store();
    QStringList activities;
    {
        QSqlQuery q(store->database());
        // The busiest activities first, so that the entrepreneur's home has figures to show.
        q.exec(u"SELECT a.id FROM activity a LEFT JOIN sales_document d ON d.activity_id = a.id "
               "GROUP BY a.id ORDER BY count(d.id) DESC, a.analytic_code LIMIT 6"_s);
        while (q.next())
            activities.append(q.value(0).toString());
    }
    const auto asRole = [&](const QString &role, const QStringList &ids) {
        QSqlQuery q(store->database());
        q.prepare(u"INSERT INTO store_meta (key, value) VALUES (?, ?), (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(sync::kSyncRoleKey);
        q.addBindValue(role);
        q.addBindValue(sync::kSyncActivitiesKey);
        q.addBindValue(ids.join(u','));
        if (!q.exec())
            return false;
        window.setStore(window.takeStore());
        window.setCurrentArea(MainWindow::Area::Home);
        return true;
    };
    bool ok = asRole(u"accountant"_s, activities) && save(&window, dir, u"role-accountant-portfolio"_s);
    ok &= asRole(u"entrepreneur"_s, activities.mid(0, 1)) && save(&window, dir, u"role-entrepreneur-home"_s);
    window.setCurrentArea(MainWindow::Area::Sales);
    ok &= save(&window, dir, u"role-entrepreneur-sales"_s);
    // Back to the stand-alone store's admin.
    QSqlQuery q(store->database());
    ok &= q.exec(u"DELETE FROM store_meta WHERE key IN ('sync_role', 'sync_activities')"_s);
    return ok;
}

} // namespace

int takeScreenshots(const QString &directory, const QString &storePath, const QString &passphrase)
{
    const QDir dir(directory);
    if (!QDir().mkpath(directory))
        return 1;
    bool ok = true;

    {
        StoreDialog dialog(StoreDialog::Mode::Unlock, storePath);
        dialog.setDemoStore(storePath, passphrase);
        dialog.show();
        ok &= save(&dialog, dir, u"unlock-dialog"_s);

        type(&dialog, u"passphrase"_s, u"not the passphrase"_s);
        dialog.findChild<QPushButton *>(u"unlockButton"_s)->click();
        ok &= save(&dialog, dir, u"unlock-dialog-error"_s);

        dialog.showCreate(QFileInfo(storePath).absolutePath() + u"/horizon.coopdesk"_s);
        type(&dialog, u"storeName"_s, u"Coopérative Horizon"_s);
        type(&dialog, u"newPassphrase"_s, u"cheval agrafe correct"_s);
        type(&dialog, u"confirmPassphrase"_s, u"cheval agrafe incorrect"_s);
        ok &= save(&dialog, dir, u"create-dialog"_s);
    }

    Result<std::unique_ptr<Store>> store = Store::open(storePath, passphrase);
    if (!store) {
        QTextStream(stderr) << store.error().toString() << '\n';
        return 1;
    }
    MainWindow window(std::move(*store));
    window.resize(1020, 640);
    window.setCurrentArea(MainWindow::Area::Home);
    window.show();
    ok &= save(&window, dir, u"main-window"_s);
    window.setCurrentArea(MainWindow::Area::Sync);
    ok &= save(&window, dir, u"main-window-area"_s);

    window.resize(1200, 760);
    ok &= entrepreneurScreens(window, dir);
    ok &= salesScreens(window, dir);
    ok &= payrollScreens(window, dir);
    ok &= feesScreens(window, dir);
    ok &= accountingScreens(window, dir);
    ok &= roleScreens(window, dir);
    ok &= firstRunScreens(dir, storePath, passphrase);
    return ok ? 0 : 1;
}

} // namespace coop::ui
