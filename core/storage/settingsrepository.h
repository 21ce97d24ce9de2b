#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace coop {

class Store;

// Settings of the store and of the cooperative: text values under dotted keys ("store.name").
// Writes go through a UnitOfWork, so each change is queued for sync like any entity.
class SettingsRepository
{
public:
    static inline const QString kStoreName = QStringLiteral("store.name");

    explicit SettingsRepository(Store &store) : m_store(store) {}

    Result<std::optional<QString>> value(const QString &key) const;
    Result<void> setValue(const QString &key, const QString &value);

private:
    Store &m_store;
};

} // namespace coop
