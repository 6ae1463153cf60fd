#pragma once

#include "ConnectorPlugin.h"

#include <QCoreApplication>
#include <QStringList>

namespace mdg {

// The records connectors this workstation can use: the built-in local register and the
// plugins found in a folder. Plugins that do not load are reported, never fatal.
class ConnectorRegistry
{
    Q_DECLARE_TR_FUNCTIONS(mdg::ConnectorRegistry)

public:
    static constexpr auto LocalKey = "local";

    // Loads every plugin of `folder`; returns a line per file that could not be used.
    QStringList loadPlugins(const QString& folder);
    QStringList keys() const; // "local" first

    // The connector for `key`; "local" opens the register at settings["path"].
    Result<std::unique_ptr<RecordsConnector>> create(const QString& key, const QVariantMap& settings) const;

private:
    QList<RecordsConnectorPlugin*> m_plugins; // owned by their QPluginLoader instances (kept loaded)
};

} // namespace mdg
