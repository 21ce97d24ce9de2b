// A list's columns are remembered across sessions (widths, hidden columns, sort), survive the
// model's resets, and the header's menu shows or hides a column but never the last one.
#include "ui/columnmemory.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// A model of three columns whose content a reset replaces, as the lists' models do.
class Model : public QStandardItemModel
{
public:
    Model() : QStandardItemModel(2, 3) { setHorizontalHeaderLabels({u"Numéro"_s, u"Client"_s, u"HT"_s}); }
    void reload()
    {
        beginResetModel();
        endResetModel();
    }
};

} // namespace

class tst_ColumnMemory : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
        QCoreApplication::setApplicationName(u"tst_columnmemory"_s);
        QSettings().clear();
    }

    void widthsHiddenColumnsAndSort_comeBackInTheNextSession()
    {
        {
            Model model;
            QTableView view;
            view.setModel(&model);
            view.setSortingEnabled(true);
            coop::ui::rememberColumns(&view, u"test"_s);
            view.horizontalHeader()->resizeSection(1, 234);
            view.horizontalHeader()->setSortIndicator(2, Qt::DescendingOrder);
            view.horizontalHeader()->setSectionHidden(0, true);
            view.horizontalHeader()->resizeSection(2, 77); // saved with the hidden column
        }
        Model model;
        QTableView view;
        view.setModel(&model);
        view.setSortingEnabled(true);
        coop::ui::rememberColumns(&view, u"test"_s);
        QCOMPARE(view.horizontalHeader()->sectionSize(1), 234);
        QCOMPARE(view.horizontalHeader()->sectionSize(2), 77);
        QVERIFY(view.horizontalHeader()->isSectionHidden(0));
        QCOMPARE(view.horizontalHeader()->sortIndicatorSection(), 2);
        QCOMPARE(view.horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

        // A reload of the model keeps them.
        model.reload();
        QCOMPARE(view.horizontalHeader()->sectionSize(1), 234);
        QVERIFY(view.horizontalHeader()->isSectionHidden(0));

        // Another list keeps its own.
        Model other;
        QTableView otherView;
        otherView.setModel(&other);
        coop::ui::rememberColumns(&otherView, u"other"_s);
        QVERIFY(!otherView.horizontalHeader()->isSectionHidden(0));
    }

    void headerMenu_showsAndHidesButKeepsOneColumn()
    {
        QSettings().remove(u"columns/menu"_s);
        Model model;
        QTableView view;
        view.setModel(&model);
        coop::ui::rememberColumns(&view, u"menu"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView *header = view.horizontalHeader();
        QCOMPARE(header->contextMenuPolicy(), Qt::CustomContextMenu);

        // Each time, the menu lists the columns with their state; the test unticks a column.
        QList<bool> enabled;
        const auto untick = [&](int column) {
            QTimer::singleShot(0, [&, column] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                QCOMPARE(menu->actions().size(), 3);
                QCOMPARE(menu->actions().at(1)->text(), u"Client"_s);
                enabled.clear();
                for (QAction *a : menu->actions())
                    enabled.append(a->isEnabled());
                if (menu->actions().at(column)->isEnabled())
                    menu->actions().at(column)->trigger();
                menu->close();
            });
            Q_EMIT header->customContextMenuRequested(QPoint(5, 5));
        };
        untick(0);
        QVERIFY(header->isSectionHidden(0));
        untick(1);
        QVERIFY(header->isSectionHidden(1));
        // Only HT is left: its entry cannot be unticked.
        untick(2);
        QCOMPARE(enabled, (QList<bool>{true, true, false}));
        QVERIFY(!header->isSectionHidden(2));
        // And the choice is kept.
        Model again;
        QTableView next;
        next.setModel(&again);
        coop::ui::rememberColumns(&next, u"menu"_s);
        QVERIFY(next.horizontalHeader()->isSectionHidden(0));
        QVERIFY(next.horizontalHeader()->isSectionHidden(1));
    }
};

QTEST_MAIN(tst_ColumnMemory)
#include "tst_columnmemory.moc"
