#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// Base45 (RFC 9285): the QR alphanumeric alphabet, so a QR code stores it compactly.
namespace mdg::Base45 {

QString encode(const QByteArray& bytes);
// nullopt for a character outside the alphabet, a dangling single character, or a
// group whose value does not fit its byte count.
std::optional<QByteArray> decode(QStringView text);

} // namespace mdg::Base45
