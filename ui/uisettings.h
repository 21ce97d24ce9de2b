#pragma once

#include <QString>

// Keys of the desktop application's per-user settings (QSettings), in one place.
namespace coop::ui::settings {

inline const QString kLanguage = QStringLiteral("ui/language");          // "fr" or "en"
inline const QString kLastStore = QStringLiteral("store/lastPath");      // absolute file path
inline const QString kWindowGeometry = QStringLiteral("mainWindow/geometry");
inline const QString kWindowState = QStringLiteral("mainWindow/state");
inline const QString kSplitterState = QStringLiteral("mainWindow/splitter");
inline const QString kCurrentArea = QStringLiteral("mainWindow/area");
// Minutes without a key or mouse input before the store locks itself (an int; 0: never).
inline const QString kLockAfterMinutes = QStringLiteral("security/lockAfterMinutes");
inline constexpr int kDefaultLockAfterMinutes = 10;

} // namespace coop::ui::settings
