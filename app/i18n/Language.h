#pragma once

#include <QString>

class QCoreApplication;

namespace mdg {

// "ja" or "en": the command line wins, then the configuration, then the system locale.
QString chooseLanguage(const QString& commandLine, const QString& configured);
// Loads Madoguchi's catalogue and Qt's own (standard dialogs) for `lang`. English is the
// source language and needs none. False when the catalogue is missing.
bool installTranslators(QCoreApplication& app, const QString& lang);

} // namespace mdg
