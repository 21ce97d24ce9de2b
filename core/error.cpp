#include "error.h"

namespace coop {

QString Error::toString() const
{
    if (m_where.isEmpty())
        return m_message;
    return m_where + QStringLiteral(": ") + m_message;
}

Error Error::located(const QString &where) const
{
    Error e = *this;
    e.m_where = m_where.isEmpty() ? where : where + QLatin1Char(':') + m_where;
    return e;
}

} // namespace coop
