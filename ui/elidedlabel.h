#pragma once

#include <QFrame>
#include <QString>

namespace coop::ui {

// One line of text that shortens itself in the middle ("/home/…/coop.coopdesk") instead of
// widening its window; the full text is in the tooltip and given to screen readers.
class ElidedLabel : public QFrame
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace coop::ui
