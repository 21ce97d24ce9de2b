#pragma once

#include <QCoreApplication>

namespace coop {

// Translation context for code outside QObject (core rules, storage, CLI): Tr::tr("...").
// Everything a person reads goes through it, so lupdate sees it under the context "coop::Tr".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(coop::Tr)
};

} // namespace coop
