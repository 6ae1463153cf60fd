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

Result<std::unique_ptr<RecordsConnector>> ConnectorRegistry::create(
    const QString& key, const QVariantMap& settings) const
{
    using R = Result<std::unique_ptr<RecordsConnector>>;
    if (key == QLatin1String(LocalKey)) {
        auto reg = std::make_unique<LocalRegister>(settings.value(QStringLiteral("path")).toString());
        if (const auto opened = reg->open(); !opened)
            return R::failure(opened);
        return R(std::move(reg));
    }
    for (RecordsConnectorPlugin* p : m_plugins)
        if (p->key() == key)
            return p->create(settings);
    return R::failure(ErrorCode::Invalid, tr("No records connector named \"%1\" is installed.").arg(key));
}

} // namespace mdg
