#pragma once

#include <QWidget>

class QLabel;

namespace coop::ui {

// What an area shows before it has anything to show: a title and one sentence saying what will
// appear there, centred in the page.
class EmptyStatePage : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStatePage(QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &description);
    QString title() const;
    QString description() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
};

} // namespace coop::ui
