#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mdg {

QString chooseLanguage(const QString& commandLine, const QString& configured)
{
    for (const QString& v : {commandLine, configured})
        if (v == QLatin1String("ja") || v == QLatin1String("en"))
            return v;
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool installTranslators(QCoreApplication& app, const QString& lang)
{
    if (lang != QLatin1String("ja"))
        return true;
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_ja"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/madoguchi_ja.qm")))
        return false;
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace mdg
