#include "Person.h"

#include <QCoreApplication>

namespace mdg {

QString sexKey(Sex s)
{
    return s == Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
}

std::optional<Sex> sexFromKey(const QString& key)
{
    if (key == QLatin1String("male"))
        return Sex::Male;
    if (key == QLatin1String("female"))
        return Sex::Female;
    return std::nullopt;
}

QString sexDisplayName(Sex s)
{
    return s == Sex::Male ? QCoreApplication::translate("Sex", "Male") : QCoreApplication::translate("Sex", "Female");
}

const QStringList& relationshipWords()
{
    static const QStringList words = {QStringLiteral("世帯主"), QStringLiteral("妻"), QStringLiteral("夫"),
        QStringLiteral("子"), QStringLiteral("父"), QStringLiteral("母"), QStringLiteral("孫"), QStringLiteral("兄"),
        QStringLiteral("姉"), QStringLiteral("弟"), QStringLiteral("妹"), QStringLiteral("祖父"),
        QStringLiteral("祖母"), QStringLiteral("子の妻"), QStringLiteral("妻の父"), QStringLiteral("同居人"),
        QStringLiteral("縁故者"), QStringLiteral("夫(未届)"), QStringLiteral("妻(未届)")};
    return words;
}

const QStringList& birthOrderRelationshipWords()
{
    static const QStringList words = {QStringLiteral("長男"), QStringLiteral("長女"), QStringLiteral("二男"),
        QStringLiteral("二女"), QStringLiteral("次男"), QStringLiteral("次女"), QStringLiteral("三男"),
        QStringLiteral("三女"), QStringLiteral("子の夫"), QStringLiteral("孫の妻")};
    return words;
}

} // namespace mdg
