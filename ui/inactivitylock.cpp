#include "inactivitylock.h"

#include "uisettings.h"

#include <QApplication>
#include <QCursor>
#include <QDialog>
#include <QMouseEvent>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace coop::ui {

namespace {

// How soon the lock tries again after cancelling a dialog that ran its own event loop.
constexpr int kRetryMs = 200;

bool isInput(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride:
    case QEvent::InputMethod:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::NonClientAreaMouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

bool isPointerMove(const QEvent *event)
{
    return event->type() == QEvent::MouseMove || event->type() == QEvent::NonClientAreaMouseMove
           || event->type() == QEvent::TabletMove;
}

} // namespace

InactivityLock::InactivityLock(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &InactivityLock::check);
}

InactivityLock::~InactivityLock()
{
    stop();
}

int InactivityLock::savedIntervalMs()
{
    const int minutes = QSettings()
                            .value(settings::kLockAfterMinutes, settings::kDefaultLockAfterMinutes)
                            .toInt();
    // A day at most: beyond, the timer's milliseconds would overflow, and it means "never" anyway.
    return std::clamp(minutes, 0, 24 * 60) * 60 * 1000;
}

void InactivityLock::setIntervalMs(int ms)
{
    m_intervalMs = std::max(ms, 0);
    if (m_active)
        arm();
}

void InactivityLock::start()
{
    if (!m_active)
        qApp->installEventFilter(this);
    m_active = true;
    // The loop running now is the application's (level 1; none in a test driving the events).
    m_baseLoopLevel = QThread::currentThread()->loopLevel();
    m_lastPointer = QCursor::pos();
    m_idle.start();
    arm();
}

void InactivityLock::stop()
{
    if (m_active && qApp)
        qApp->removeEventFilter(this);
    m_active = false;
    m_timer->stop();
}

qint64 InactivityLock::idleMs() const
{
    return m_idle.isValid() ? m_idle.elapsed() : 0;
}

void InactivityLock::arm()
{
    if (!m_active || m_intervalMs <= 0) {
        m_timer->stop();
        return;
    }
    const qint64 remaining = std::max<qint64>(m_intervalMs - idleMs(), 0);
    m_timer->start(static_cast<int>(std::min<qint64>(remaining, std::numeric_limits<int>::max())));
}

bool InactivityLock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active) {
        if (isInput(event)) {
            m_idle.restart();
        } else if (isPointerMove(event)) {
            // The same move reaches each widget it crosses: only a new position is new input.
            const QPoint at = static_cast<const QSinglePointEvent *>(event)->globalPosition().toPoint();
            if (at != m_lastPointer) {
                m_lastPointer = at;
                m_idle.restart();
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void InactivityLock::check()
{
    if (!m_active || m_intervalMs <= 0)
        return;
    if (idleMs() < m_intervalMs) {
        arm(); // input came since the timer was set
        return;
    }
    // A deeper loop than the application's is a dialog's or a menu's exec() waiting for an answer.
    if (QThread::currentThread()->loopLevel() > m_baseLoopLevel) {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        else if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
        m_timer->start(kRetryMs);
        return;
    }
    stop();
    Q_EMIT timedOut();
}

} // namespace coop::ui
