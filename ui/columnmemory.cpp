#include "columnmemory.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHeaderView>
#include <QList>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QTableView>

#include <memory>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

QString settingsKey(const QString &key)
{
    return u"columns/"_s + key;
}

// The header's state is only worth keeping once the model has given it its columns.
bool hasColumns(const QHeaderView *header)
{
    return header->model() && header->count() > 0 && header->count() == header->model()->columnCount();
}

} // namespace

void rememberColumns(QTableView *view, const QString &key)
{
    QHeaderView *header = view->horizontalHeader();
    // What the header shows, kept to give it back after a model reset (which resets a header's
    // sections); `restoring` stops the header's own signals, and a sort a restored indicator
    // starts, from saving or restoring in the middle.
    struct Memory
    {
        bool restoring = false;
        QList<int> sizes;
        QList<bool> hidden;
    };
    auto memory = std::make_shared<Memory>();
    // Everything below hangs on the header (not the view): a view being destroyed still has its
    // header emit signals, and nothing here may touch the view by then.
    auto capture = [header, memory] {
        memory->sizes.clear();
        memory->hidden.clear();
        for (int column = 0; column < header->count(); ++column) {
            memory->sizes.append(header->sectionSize(column));
            memory->hidden.append(header->isSectionHidden(column));
        }
    };
    auto save = [header, key, memory, capture] {
        if (memory->restoring || !hasColumns(header))
            return;
        capture();
        QSettings().setValue(settingsKey(key), header->saveState());
    };
    auto restore = [header, key, memory, capture] {
        if (memory->restoring || !hasColumns(header))
            return;
        const QByteArray state = QSettings().value(settingsKey(key)).toByteArray();
        memory->restoring = true;
        if (!state.isEmpty())
            header->restoreState(state);
        memory->restoring = false;
        capture();
    };
    auto reapply = [header, memory] {
        if (memory->restoring || !hasColumns(header) || memory->sizes.size() != header->count())
            return;
        memory->restoring = true;
        for (int column = 0; column < header->count(); ++column) {
            header->setSectionHidden(column, memory->hidden.at(column));
            if (header->sectionResizeMode(column) == QHeaderView::Interactive)
                header->resizeSection(column, memory->sizes.at(column));
        }
        memory->restoring = false;
    };
    restore();
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
    if (QAbstractItemModel *model = header->model()) {
        QObject::connect(model, &QAbstractItemModel::modelReset, header, reapply);
        QObject::connect(model, &QAbstractItemModel::columnsInserted, header, restore);
    }

    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header,
                     [header, save](const QPoint &at) {
                         QAbstractItemModel *model = header->model();
                         if (!model)
                             return;
                         QMenu menu(header);
                         menu.setObjectName(u"columnsMenu"_s);
                         int shown = 0;
                         for (int column = 0; column < header->count(); ++column)
                             shown += header->isSectionHidden(column) ? 0 : 1;
                         for (int column = 0; column < header->count(); ++column) {
                             QAction *action = menu.addAction(
                                 model->headerData(column, Qt::Horizontal).toString());
                             action->setCheckable(true);
                             action->setChecked(!header->isSectionHidden(column));
                             // The last column shown stays: a list without columns shows nothing.
                             action->setEnabled(header->isSectionHidden(column) || shown > 1);
                             QObject::connect(action, &QAction::toggled, header,
                                              [header, column, save](bool on) {
                                                  header->setSectionHidden(column, !on);
                                                  save();
                                              });
                         }
                         menu.exec(header->mapToGlobal(at));
                     });
}

} // namespace coop::ui
