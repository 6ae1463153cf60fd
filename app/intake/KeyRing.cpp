#include "KeyRing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mdg {

void KeyRing::add(const QByteArray& kid, const Ed25519Key& key)
{
    m_keys.insert(kid, key);
}

int KeyRing::loadFolder(const QString& dir)
{
    int n = 0;
    for (const QFileInfo& fi : QDir(dir).entryInfoList({QStringLiteral("*.pub")}, QDir::Files)) {
        QFile f(fi.filePath());
        if (!f.open(QIODevice::ReadOnly) || f.size() > 16 * 1024)
            continue;
        if (const auto key = Ed25519Key::fromPem(f.readAll())) {
            add(fi.completeBaseName().toUtf8(), *key);
            ++n;
        }
    }
    return n;
}

std::optional<Ed25519Key> KeyRing::find(const QByteArray& kid) const
{
    const auto it = m_keys.constFind(kid);
    return it == m_keys.cend() ? m_anyKid : std::optional<Ed25519Key>(*it);
}

} // namespace mdg
