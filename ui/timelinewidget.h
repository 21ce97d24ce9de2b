#pragma once

#include "contracttimeline.h"

#include <QDate>
#include <QWidget>

namespace coop::ui {

// A person's contracts drawn on one horizontal line of time: CAPE periods, the CESA, the time as
// an associate, amendments (diamonds), the associate deadline (dashed red line), the exit and
// today. The dated list beside it says the same in words; screen readers get that text as the
// widget's description.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setTimeline(const ContractTimeline &timeline, QDate today);
    const ContractTimeline &timeline() const { return m_timeline; }
    QDate today() const { return m_today; }
    // The dates at the left and right edges.
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    qreal xOf(QDate date, const QRectF &area) const;
    QRectF laneRect() const;
    QString segmentLabel(const TimelineSegment &segment) const;
    QString describe(const TimelineSegment &segment) const;

    ContractTimeline m_timeline;
    QDate m_today;
    QDate m_first;
    QDate m_last;
};

} // namespace coop::ui
