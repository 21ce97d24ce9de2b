#pragma once

#include <QWidget>

class QLabel;

namespace coop {
class Store;
}

namespace coop::ui {

// The first page of the main window: which store is open (name, file, schema version, id).
// Later issues add the person's own figures here.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(QWidget *parent = nullptr);

    // Reads the store's identity; null clears the page (the store is locked).
    void showStore(const Store *store);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    int m_schemaVersion = 0;
    QLabel *m_name = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_schemaLabel = nullptr;
    QLabel *m_schema = nullptr;
    QLabel *m_idLabel = nullptr;
    QLabel *m_id = nullptr;
};

} // namespace coop::ui
