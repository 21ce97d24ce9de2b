#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPoint>

class QTimer;

namespace coop::ui {

// Locks the store when nobody has used the keyboard or the mouse for a while (issue 9): once
// started, it watches the input events of the whole application (an event filter on qApp) and
// emits timedOut() after `interval` without any. Only input counts: a background sync, a timer
// or a repaint never keeps the store open. A mouse move counts only when the pointer really moved
// (Qt also sends moves of its own when widgets change under a still pointer).
//
// While a nested event loop runs (a file chooser or a question opened with exec()), locking would
// pull the store from under the code waiting for that answer: the modal dialog is cancelled
// first and the lock follows as soon as the loop has returned.
class InactivityLock : public QObject
{
    Q_OBJECT
public:
    explicit InactivityLock(QObject *parent = nullptr);
    ~InactivityLock() override;

    // The delay without input, in milliseconds; 0 never locks. Takes effect at once when running.
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    // The delay in minutes from the settings (kLockAfterMinutes, default 10), in milliseconds.
    static int savedIntervalMs();

    // Starts watching, counting from now; stop() while the store is locked.
    void start();
    void stop();
    bool isActive() const { return m_active; }
    // Milliseconds since the last input (since start() when there was none).
    qint64 idleMs() const;

Q_SIGNALS:
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    void arm();

    QTimer *m_timer = nullptr;
    QElapsedTimer m_idle;
    QPoint m_lastPointer;
    int m_intervalMs = 0;
    int m_baseLoopLevel = 1;
    bool m_active = false;
};

} // namespace coop::ui
