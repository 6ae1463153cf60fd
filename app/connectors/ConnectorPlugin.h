#pragma once

#include "RecordsConnector.h"
#include "domain/Result.h"

#include <QString>
#include <QVariantMap>
#include <QtPlugin>
#include <memory>

namespace mdg {

// What a third-party records connector implements, built as a Qt plugin and dropped into
// the plugins folder: the counter loads it without being rebuilt.
class RecordsConnectorPlugin
{
public:
    virtual ~RecordsConnectorPlugin() = default;
    virtual QString key() const = 0; // chosen in the configuration, e.g. "acme-juki"
    // `settings` are the plugin's own keys of the configuration; a failure (ErrorCode::Invalid
    // for settings that do not do, Unreachable for a system that cannot be reached) otherwise.
    virtual Result<std::unique_ptr<RecordsConnector>> create(const QVariantMap& settings) = 0;
};

} // namespace mdg

#define MadoguchiRecordsConnectorPlugin_iid "jp.madoguchi.RecordsConnectorPlugin/4"
Q_DECLARE_INTERFACE(mdg::RecordsConnectorPlugin, MadoguchiRecordsConnectorPlugin_iid)
