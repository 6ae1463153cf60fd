#include "ConnectorRegistry.h"

#include "LocalRegister.h"

#include <QDir>
#include <QPluginLoader>

namespace mdg {

QStringList ConnectorRegistry::loadPlugins(const QString& folder)
{
    QStringList problems;
    const QDir dir(folder);
    for (const QString& file : dir.entryList(QDir::Files)) {
        if (!QLibrary::isLibrary(file))
            continue;
        QPluginLoader loader(dir.filePath(file));
        QObject* instance = loader.instance(); // stays loaded for the process
        auto* plugin = qobject_cast<RecordsConnectorPlugin*>(instance);
        if (!plugin) {
            problems << tr("%1 is not a records connector: %2")
                            .arg(file, instance ? tr("another kind of plugin") : loader.errorString());
            continue;
        }
        if (plugin->key() == QLatin1String(LocalKey) || keys().contains(plugin->key())) {
            problems << tr("%1: the connector name \"%2\" is taken").arg(file, plugin->key());
            continue;
        }
        m_plugins << plugin;
    }
    return problems;
}

QStringList ConnectorRegistry::keys() const
{
    QStringList out {QString::fromLatin1(LocalKey)};
    for (const RecordsConnectorPlugin* p : m_plugins)
        out << p->key();
    return out;
}

std::unique_ptr<RecordsConnector> ConnectorRegistry::create(
    const QString& key, const QVariantMap& settings, QString* error) const
{
    if (key == QLatin1String(LocalKey)) {
        auto reg = std::make_unique<LocalRegister>(settings.value(QStringLiteral("path")).toString());
        if (!reg->open(error))
            return nullptr;
        return reg;
    }
    for (RecordsConnectorPlugin* p : m_plugins)
        if (p->key() == key)
            return p->create(settings, error);
    *error = tr("No records connector named \"%1\" is installed.").arg(key);
    return nullptr;
}

} // namespace mdg
