#pragma once

#include "Ed25519Key.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace mdg {

// The public keys of the pre-entry service, by kid. A folder holds one PEM file per key,
// named after its kid ("web-2026.pub" is kid "web-2026").
class KeyRing
{
public:
    void add(const QByteArray& kid, const Ed25519Key& key);
    // Loads every *.pub file; returns how many keys were read. Unreadable files are skipped.
    int loadFolder(const QString& dir);
    // A key the operator named explicitly (the command line's --pub): trusted whatever kid
    // the code carries.
    void trustForAnyKid(const Ed25519Key& key) { m_anyKid = key; }
    std::optional<Ed25519Key> find(const QByteArray& kid) const;
    bool isEmpty() const { return m_keys.isEmpty() && !m_anyKid; }

private:
    QHash<QByteArray, Ed25519Key> m_keys;
    std::optional<Ed25519Key> m_anyKid;
};

} // namespace mdg
