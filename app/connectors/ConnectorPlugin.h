#pragma once

#include "RecordsConnector.h"

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
    // `settings` are the plugin's own keys of the configuration; nullptr when they do not do.
    virtual std::unique_ptr<RecordsConnector> create(const QVariantMap& settings, QString* error) = 0;
};

} // namespace mdg

#define MadoguchiRecordsConnectorPlugin_iid "jp.madoguchi.RecordsConnectorPlugin/1"
Q_DECLARE_INTERFACE(mdg::RecordsConnectorPlugin, MadoguchiRecordsConnectorPlugin_iid)
