#include "peoplefixture.h"
#include "testsupport.h"

#include "ui/contractdialog.h"

#include "ui/feesarea.h"
#include "ui/feespoolspage.h"
#include "ui/format.h"
#include "ui/language.h"
#include "ui/pooleditor.h"
#include "ui/scaleeditor.h"

#include "core/storage/contributionrepository.h"
#include "core/storage/costpoolrepository.h"
#include "core/storage/demo.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QPointer>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using ui::PoolEditor;
using ui::ScaleEditor;

namespace {

template<typename T>
T require(Result<T> result)
{
    if (!result)
        qFatal("fixture: %s", qPrintable(result.error().toString()));
    return std::move(*result);
}

// What a scale version is in the store, field by field, to see that nothing was written.
QStringList describe(const QList<StoredContributionScale> &scales)
{
    QStringList lines;
    for (const StoredContributionScale &stored : scales) {
        QStringList brackets;
        for (const ContributionBracket &bracket : stored.scale.brackets)
            brackets << u"%1@%2"_s.arg(bracket.from.toString(), bracket.rate.toPercentString());
        lines << u"%1 v%2 %3 %4 [%5] %6"_s.arg(stored.id)
                     .arg(stored.version)
                     .arg(stored.scale.code, stored.scale.effectiveFrom.toString(Qt::ISODate),
                          brackets.join(u' '))
                     .arg(stored.isDefault);
    }
    return lines;
}

QStringList describe(const QList<AllocationShare> &shares)
{
    QStringList lines;
    for (const AllocationShare &share : shares)
        lines << u"%1 %2 %3 %4 %5"_s.arg(share.activityCode)
                     .arg(share.keyValue)
                     .arg(share.presenceDays)
                     .arg(share.weight)
                     .arg(share.amount.cents());
    return lines;
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    QTableWidgetItem *item = table->item(row, column);
    QVERIFY(item);
    item->setText(text);
}

} // namespace

// The contribution scale editor and the pool editor on a generated cooperative: their previews
// are the engine's figures for the form as it stands, nothing is written before Save, and the
// core's refusals are shown at their field.
class tst_FeesEditors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void scalePreviewIsTheEnginesAndWritesNothing_data();
    void scalePreviewIsTheEnginesAndWritesNothing();
    void invalidBracketShowsItsErrorAtTheField_data();
    void invalidBracketShowsItsErrorAtTheField();
    void newVersionFromTheScalesList();
    void poolPreviewAddsUpToTheAmount_data();
    void poolPreviewAddsUpToTheAmount();
    void poolErrorsAtTheirField();
    void editorsOpenFromTheFeesArea();
    void contractOverrideField_data();
    void contractOverrideField();

private:
    // The latest version of the scale most activities are under in April 2026.
    StoredContributionScale busiestScale() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    const QString m_month = u"2026-04"_s;
    QList<QAbstractItemModelTester *> m_testers;
};

void tst_FeesEditors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
    QSettings().clear();
    ui::applyLanguage(u"fr"_s, false);
    QVERIFY(m_dir.isValid());
    m_store = test::createStore(m_dir.filePath(u"demo.coopdesk"_s), u"Démo"_s);
    QVERIFY(m_store);
    DemoOptions options;
    options.entrepreneurs = 16;
    options.years = 2;
    options.seed = 11;
    options.today = QDate(2026, 5, 20);
    options.invoicesPerActivityPerYear = 6;
    const Result<DemoReport> demo = generateDemo(*m_store, options);
    QVERIFY2(demo, test::why(demo).constData());
    QVERIFY(demo->scales > 0);
}

void tst_FeesEditors::cleanupTestCase()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_store.reset();
}

StoredContributionScale tst_FeesEditors::busiestScale() const
{
    const QList<ActivityContribution> all =
        require(ContributionRepository(*m_store).compute(m_month));
    QHash<QString, int> count;
    for (const ActivityContribution &row : all)
        ++count[row.scaleCode];
    QString code;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (code.isEmpty() || it.value() > count.value(code))
            code = it.key();
    }
    std::optional<StoredContributionScale> latest;
    for (const StoredContributionScale &stored : require(ContributionRepository(*m_store).scales())) {
        if (stored.scale.code == code && stored.scale.effectiveFrom <= QDate(2026, 4, 30)
            && (!latest || stored.scale.effectiveFrom > latest->scale.effectiveFrom))
            latest = stored;
    }
    if (!latest)
        qFatal("no scale in force in April 2026");
    return *latest;
}

void tst_FeesEditors::scalePreviewIsTheEnginesAndWritesNothing_data()
{
    QTest::addColumn<QString>("rate");  // the first bracket's new rate, as typed
    QTest::newRow("first bracket raised to 12 %") << u"12"_s;
    QTest::newRow("first bracket lowered to 4,5 %") << u"4,5"_s;
    QTest::newRow("first bracket at 0 %") << u"0"_s;
}

void tst_FeesEditors::scalePreviewIsTheEnginesAndWritesNothing()
{
    QFETCH(QString, rate);
    const ContributionRepository repository(*m_store);
    const QList<StoredContributionScale> before = require(repository.scales());
    const StoredContributionScale stored = busiestScale();
    const QList<ActivityContribution> current = require(repository.compute(m_month));

    ScaleEditor editor(*m_store, stored);
    m_testers.append(new QAbstractItemModelTester(
        editor.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setPreviewMonth(QDate(2026, 4, 1));
    QVERIFY2(editor.preview(), qPrintable(editor.previewMessage()));
    // Unchanged, the preview is what the activities owe today.
    QVERIFY(editor.previewModel()->rowCount() > 0);
    for (int row = 0; row < editor.previewModel()->rowCount(); ++row) {
        QCOMPARE(editor.previewModel()->item(row, ScaleEditor::Current)->text(),
                 editor.previewModel()->item(row, ScaleEditor::WithScale)->text());
        QCOMPARE(editor.previewModel()->item(row, ScaleEditor::Difference)->text(),
                 ui::formatMoney(Money()));
    }

    // The first bracket's rate edited in its cell.
    setCell(editor.bracketsTable(), 0, ScaleEditor::BracketRate, rate);
    QVERIFY2(editor.preview(), qPrintable(editor.previewMessage()));
    StoredContributionScale candidate = stored;
    candidate.scale.brackets[0].rate = require(Rate::fromPercent(QString(rate).replace(u',', u'.')));
    const QList<ActivityContribution> expected = require(repository.preview(m_month, candidate));
    QHash<QString, Money> was;
    for (const ActivityContribution &row : current)
        was.insert(row.activityCode, row.month.amount);
    QHash<QString, const ActivityContribution *> engine;
    for (const ActivityContribution &row : expected)
        engine.insert(row.activityCode, &row);

    int under = 0;
    Money totalWas;
    Money totalNow;
    for (const ActivityContribution &row : expected) {
        if (row.scaleCode == stored.scale.code)
            ++under;
    }
    QCOMPARE(editor.previewModel()->rowCount(), under);
    bool changed = false;
    for (int row = 0; row < editor.previewModel()->rowCount(); ++row) {
        const QString code = editor.previewModel()->item(row, ScaleEditor::Activity)->text();
        QVERIFY2(engine.contains(code), qPrintable(code));
        const Money now = engine.value(code)->month.amount;
        QCOMPARE(editor.previewModel()->item(row, ScaleEditor::Base)->text(),
                 ui::formatMoney(engine.value(code)->base));
        QCOMPARE(editor.previewModel()->item(row, ScaleEditor::Current)->text(),
                 ui::formatMoney(was.value(code)));
        QCOMPARE(editor.previewModel()->item(row, ScaleEditor::WithScale)->text(),
                 ui::formatMoney(now));
        QCOMPARE(editor.previewModel()->item(row, ScaleEditor::Difference)->text(),
                 ui::formatMoney(now - was.value(code)));
        QCOMPARE(editor.previewFigures().value(engine.value(code)->activityId).month.amount, now);
        changed = changed || now != was.value(code);
        totalWas += was.value(code);
        totalNow += now;
    }
    QVERIFY2(changed, "a new rate changes at least one activity's contribution");
    QVERIFY2(editor.previewTotals().contains(ui::formatMoney(totalNow)),
             qPrintable(editor.previewTotals()));
    QVERIFY(editor.previewTotals().contains(ui::formatMoney(totalWas)));
    // Nothing written by the previews.
    QCOMPARE(describe(require(repository.scales())), describe(before));
    QCOMPARE(repository.compute(m_month)->size(), current.size());

    // Save writes the version as edited: the month is now what the preview said.
    QTest::mouseClick(editor.okButton(), Qt::LeftButton);
    QCOMPARE(editor.formError(), QString());
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(editor.saved().id, stored.id);
    QCOMPARE(editor.saved().scale, candidate.scale);
    const QList<ActivityContribution> after = require(repository.compute(m_month));
    for (const ActivityContribution &row : after)
        QCOMPARE(row.month.amount, engine.value(row.activityCode)->month.amount);

    // Back to the stored rate for the next row.
    StoredContributionScale restored = editor.saved();
    restored.scale = stored.scale;
    QVERIFY(ContributionRepository(*m_store).saveScale(restored));
}

void tst_FeesEditors::invalidBracketShowsItsErrorAtTheField_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where");
    QTest::newRow("a rate above 100 %")
        << 0 << int(ScaleEditor::BracketRate) << u"150"_s << u"brackets[0].rate"_s;
    QTest::newRow("a negative rate")
        << 0 << int(ScaleEditor::BracketRate) << u"-2"_s << u"brackets[0].rate"_s;
    QTest::newRow("the first bracket not from 0")
        << 0 << int(ScaleEditor::BracketFrom) << u"100"_s << u"brackets[0].from"_s;
    QTest::newRow("an amount that cannot be read")
        << 0 << int(ScaleEditor::BracketFrom) << u"douze"_s << u"brackets[0].from"_s;
    QTest::newRow("brackets not increasing")
        << 1 << int(ScaleEditor::BracketFrom) << u"0"_s << u"brackets[1].from"_s;
}

void tst_FeesEditors::invalidBracketShowsItsErrorAtTheField()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, where);
    const ContributionRepository repository(*m_store);
    const QList<StoredContributionScale> before = require(repository.scales());
    ScaleEditor editor(*m_store, busiestScale());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    while (editor.bracketsTable()->rowCount() <= row)
        editor.addBracket(Money::fromCents(1'000'000'000), Rate::fromUnits(5 * Rate::UnitsPerPercent));
    const QString original = editor.bracketsTable()->item(row, column)->text();
    setCell(editor.bracketsTable(), row, column, text);

    // The cell is marked as soon as it is typed; the message under the table after OK.
    QVERIFY2(!editor.cellError(where).isEmpty(), qPrintable(where));
    QTest::mouseClick(editor.okButton(), Qt::LeftButton);
    QVERIFY(editor.isVisible());
    QVERIFY2(editor.errorAt(u"brackets"_s).contains(editor.cellError(where)),
             qPrintable(editor.errorAt(u"brackets"_s)));
    QCOMPARE(editor.fieldsInError(), QStringList{u"brackets"_s});
    QCOMPARE(editor.bracketsTable()->item(row, column)->toolTip(), editor.cellError(where));
    // The preview refuses too, and says why.
    QVERIFY(!editor.preview());
    QVERIFY(editor.previewMessage().contains(editor.cellError(where)));
    QCOMPARE(editor.previewModel()->rowCount(), 0);
    QCOMPARE(describe(require(repository.scales())), describe(before));

    // Fixed, the error goes away.
    setCell(editor.bracketsTable(), row, column, original);
    QCOMPARE(editor.cellError(where), QString());
    QCOMPARE(editor.errorAt(u"brackets"_s), QString());
}

void tst_FeesEditors::newVersionFromTheScalesList()
{
    const ContributionRepository repository(*m_store);
    const QList<StoredContributionScale> before = require(repository.scales());
    ui::ScalesDialog scales(*m_store);
    QCOMPARE(scales.model()->rowCount(), before.size());
    const StoredContributionScale stored = busiestScale();
    scales.selectScale(stored.id);
    QCOMPARE(scales.selectedScale()->id, stored.id);
    QPointer<ScaleEditor> editor = scales.newVersion();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    auto *reference = qobject_cast<QLineEdit *>(editor->field(u"assemblyReference"_s));
    QVERIFY(reference);
    QCOMPARE(reference->text(), QString());
    // Without the assembly's reference the core refuses it, at its field.
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    QVERIFY(!editor->errorAt(u"assemblyReference"_s).isEmpty());
    QCOMPARE(require(repository.scales()).size(), before.size());
    reference->setText(u"AG du 10/06/2026, résolution 3"_s);
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    QCOMPARE(editor->formError(), QString());
    const StoredContributionScale saved = editor->saved();
    const QList<StoredContributionScale> after = require(repository.scales());
    QCOMPARE(after.size(), before.size() + 1);
    QVERIFY(saved.id != stored.id);
    QCOMPARE(saved.scale.code, stored.scale.code);
    QVERIFY(saved.scale.effectiveFrom > stored.scale.effectiveFrom);
    QCOMPARE(saved.scale.brackets, stored.scale.brackets);
    QCOMPARE(scales.model()->rowCount(), after.size());
    QCOMPARE(scales.selectedScale()->id, saved.id);
}

void tst_FeesEditors::poolPreviewAddsUpToTheAmount_data()
{
    QTest::addColumn<AllocationKey>("key");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QStringList>("figures");  // for the first activities, in code order
    QTest::newRow("turnover") << AllocationKey::Turnover << u"1 000,01"_s << QStringList();
    QTest::newRow("gross margin") << AllocationKey::Margin << u"2 500"_s << QStringList();
    QTest::newRow("headcount") << AllocationKey::Headcount << u"999,99"_s << QStringList();
    QTest::newRow("equal shares") << AllocationKey::EqualShares << u"100"_s << QStringList();
    QTest::newRow("fixed amounts")
        << AllocationKey::FixedAmounts << u"600"_s
        << QStringList{u"100"_s, u"200"_s, u"300"_s};
    QTest::newRow("custom weights")
        << AllocationKey::CustomWeights << u"333,33"_s << QStringList{u"1"_s, u"2"_s, u"4"_s};
    QTest::newRow("a refund") << AllocationKey::EqualShares << u"-45,67"_s << QStringList();
}

void tst_FeesEditors::poolPreviewAddsUpToTheAmount()
{
    QFETCH(AllocationKey, key);
    QFETCH(QString, amount);
    QFETCH(QStringList, figures);
    CostPoolRepository repository(*m_store);
    const qsizetype poolsBefore = require(repository.pools()).size();

    StoredCostPool draft;
    PoolEditor editor(*m_store, draft);
    m_testers.append(new QAbstractItemModelTester(
        editor.sharesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    qobject_cast<QLineEdit *>(editor.field(u"label"_s))->setText(u"Assurance RC Pro T1"_s);
    ui::setDateOf(qobject_cast<QDateEdit *>(editor.field(u"from"_s)), QDate(2026, 1, 1));
    ui::setDateOf(qobject_cast<QDateEdit *>(editor.field(u"to"_s)), QDate(2026, 3, 31));
    qobject_cast<QLineEdit *>(editor.field(u"amount"_s))->setText(amount);
    qobject_cast<QLineEdit *>(editor.field(u"account"_s))->setText(u"6161"_s);
    auto *keys = qobject_cast<QComboBox *>(editor.field(u"key"_s));
    keys->setCurrentIndex(keys->findData(static_cast<int>(key)));
    QCOMPARE(editor.weightsShown(),
             key == AllocationKey::FixedAmounts || key == AllocationKey::CustomWeights);

    // The figures typed for the first activities, and what the pool holds for them.
    QList<Activity> activities = require(PeopleRepository(*m_store).activities());
    std::ranges::sort(activities, {}, &Activity::analyticCode);
    StoredCostPool expected;
    expected.pool.label = u"Assurance RC Pro T1"_s;
    expected.pool.from = QDate(2026, 1, 1);
    expected.pool.to = QDate(2026, 3, 31);
    expected.pool.amount = require(ui::parseMoney(amount));
    expected.pool.account = u"6161"_s;
    expected.pool.key = key;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        editor.setFigure(activities.at(i).analyticCode, figures.at(i));
        expected.weights.insert(activities.at(i).id,
                                key == AllocationKey::FixedAmounts
                                    ? require(ui::parseMoney(figures.at(i))).cents()
                                    : figures.at(i).toLongLong());
    }

    QVERIFY2(editor.preview(), qPrintable(editor.previewMessage()));
    QVERIFY(editor.previewed());
    const Allocation engine = require(repository.preview(expected));
    QCOMPARE(describe(editor.previewed()->shares), describe(engine.shares));
    QCOMPARE(editor.sharesModel()->rowCount(), engine.shares.size());
    Money total;
    for (int row = 0; row < editor.sharesModel()->rowCount(); ++row) {
        const AllocationShare &share = engine.shares.at(row);
        QCOMPARE(editor.sharesModel()->item(row, 0)->text(), share.activityCode);
        QCOMPARE(editor.sharesModel()->item(row, 4)->text(), ui::formatMoney(share.amount));
        QCOMPARE(editor.sharesModel()->item(row, 5)->text(), engine.explain(share));
        total += share.amount;
    }
    QCOMPARE(total, expected.pool.amount);
    QVERIFY2(editor.previewTotal().contains(ui::formatMoney(expected.pool.amount)),
             qPrintable(editor.previewTotal()));
    const bool allAlong = std::ranges::all_of(engine.shares, [&](const AllocationShare &share) {
        return share.keyValue == 0 || share.presenceDays == engine.periodDays;
    });
    if (key == AllocationKey::FixedAmounts && allAlong) {
        // Everyone present all along: each of the three is charged its amount.
        for (const AllocationShare &share : engine.shares) {
            if (share.amount.isZero())
                continue;
            QCOMPARE(share.amount.cents(), expected.weights.value(share.activityId));
        }
    }
    QCOMPARE(require(repository.pools()).size(), poolsBefore);

    QTest::mouseClick(editor.okButton(), Qt::LeftButton);
    QCOMPARE(editor.formError(), QString());
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    const std::optional<StoredCostPool> saved = require(repository.pool(editor.saved().pool.id));
    QVERIFY(saved && !saved->allocated);
    QCOMPARE(saved->pool.amount, expected.pool.amount);
    QCOMPARE(saved->pool.key, key);
    QCOMPARE(saved->weights, expected.weights);
    QCOMPARE(describe(require(repository.allocate(saved->pool.id, true)).shares),
             describe(engine.shares));
}

void tst_FeesEditors::poolErrorsAtTheirField()
{
    CostPoolRepository repository(*m_store);
    const qsizetype poolsBefore = require(repository.pools()).size();
    PoolEditor editor(*m_store, StoredCostPool());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    qobject_cast<QLineEdit *>(editor.field(u"amount"_s))->setText(u"douze"_s);
    ui::setDateOf(qobject_cast<QDateEdit *>(editor.field(u"from"_s)), QDate(2026, 6, 1));
    ui::setDateOf(qobject_cast<QDateEdit *>(editor.field(u"to"_s)), QDate(2026, 3, 31));
    QTest::mouseClick(editor.okButton(), Qt::LeftButton);
    QVERIFY(editor.isVisible());
    QVERIFY(!editor.errorAt(u"label"_s).isEmpty());
    QVERIFY(!editor.errorAt(u"amount"_s).isEmpty());
    QVERIFY(!editor.errorAt(u"account"_s).isEmpty());
    QVERIFY(!editor.errorAt(u"from"_s).isEmpty() || !editor.errorAt(u"to"_s).isEmpty());
    QVERIFY(!editor.preview());
    QCOMPARE(editor.sharesModel()->rowCount(), 0);
    QCOMPARE(require(repository.pools()).size(), poolsBefore);
}

void tst_FeesEditors::editorsOpenFromTheFeesArea()
{
    ui::FeesArea area;
    area.setStore(m_store.get());
    area.resize(1200, 800);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QCOMPARE(area.tabs()->count(), 5);
    area.showView(ui::FeesArea::View::Expenses);
    QCOMPARE(area.currentView(), ui::FeesArea::View::Expenses);

    auto *scalesButton = area.findChild<QPushButton *>(u"scalesButton"_s);
    QVERIFY(scalesButton && scalesButton->isEnabled());
    QTest::mouseClick(scalesButton, Qt::LeftButton);
    ui::ScalesDialog *scales = area.findChild<ui::ScalesDialog *>();
    QVERIFY(scales);
    QTRY_VERIFY(scales->isVisible());
    QCOMPARE(scales->model()->rowCount(), require(ContributionRepository(*m_store).scales()).size());
    scales->close();

    area.showView(ui::FeesArea::View::SharedCosts);
    ui::FeesPoolsPage *pools = area.poolsPage();
    auto *newPool = pools->findChild<QPushButton *>(u"newPool"_s);
    auto *editPool = pools->findChild<QPushButton *>(u"editPool"_s);
    QVERIFY(newPool && newPool->isEnabled());
    QTest::mouseClick(newPool, Qt::LeftButton);
    PoolEditor *editor = pools->findChild<PoolEditor *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    editor->reject();

    // "Edit…" on a draft opens it with its figures; an allocated pool cannot be edited.
    const QList<StoredCostPool> stored = require(CostPoolRepository(*m_store).pools());
    const auto draft = std::ranges::find_if(stored, [](const StoredCostPool &pool) {
        return !pool.allocated;
    });
    QVERIFY(draft != stored.end());
    pools->selectPool(draft->pool.id);
    QVERIFY(editPool->isEnabled());
    PoolEditor *edit = pools->editSelected();
    QVERIFY(edit);
    QCOMPARE(qobject_cast<QLineEdit *>(edit->field(u"label"_s))->text(), draft->pool.label);
    QVERIFY(edit->preview());
    Money total;
    for (const AllocationShare &share : edit->previewed()->shares)
        total += share.amount;
    QCOMPARE(total, draft->pool.amount);
    edit->reject();
}

void tst_FeesEditors::contractOverrideField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");       // the new person's analytic code
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("units");       // the override saved, -1 for none
    QTest::newRow("empty: the scale's own rates") << QString() << u"OVR001"_s << true << qint64(-1);
    QTest::newRow("a flat 7,5 %") << u"7,5"_s << u"OVR002"_s << true
                                  << qint64(750 * Rate::UnitsPerPercent / 100);
    QTest::newRow("above 100 % is refused") << u"150"_s << u"OVR003"_s << false << qint64(-1);
    QTest::newRow("not a number is refused") << u"sept"_s << u"OVR004"_s << false << qint64(-1);
}

void tst_FeesEditors::contractOverrideField()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(qint64, units);
    PeopleRepository people(*m_store);
    const Entrepreneur person = test::addPerson(people, u"Inès"_s, u"Override"_s, code);
    const Contract cape = test::addCape(people, person, QDate(2025, 3, 1), QDate(2026, 2, 28));
    ui::ContractDialog dialog(*m_store, ui::ContractDialog::Mode::SignCesa, person, {cape});
    dialog.show();
    const QString key = u"terms[0].contributionOverride"_s;
    auto *field = qobject_cast<QLineEdit *>(dialog.field(key));
    QVERIFY(field);
    QCOMPARE(field->text(), QString());
    qobject_cast<QLineEdit *>(dialog.field(u"terms[0].fixedMonthlyPart"_s))->setText(u"1 500"_s);
    qobject_cast<QLineEdit *>(dialog.field(u"terms[0].variableRate"_s))->setText(u"50"_s);
    field->setText(text);
    dialog.accept();
    if (!valid) {
        QCOMPARE(dialog.fieldsInError(), QStringList{key});
        QVERIFY(!dialog.errorAt(key).isEmpty());
        QCOMPARE(require(people.contractsOf(person.id)).size(), 1);
        return;
    }
    QCOMPARE(dialog.fieldsInError(), QStringList());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<Contract> contracts = require(people.contractsOf(person.id));
    const auto cesa = std::ranges::find(contracts, ContractType::Cesa, &Contract::type);
    QVERIFY(cesa != contracts.end());
    const std::optional<Rate> saved = cesa->terms.constFirst().contributionOverride;
    QCOMPARE(saved.has_value(), units >= 0);
    if (saved)
        QCOMPARE(saved->units(), units);
}

QTEST_MAIN(tst_FeesEditors)
#include "tst_feeseditors.moc"
