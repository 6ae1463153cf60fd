#include "CongestionServer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>

namespace mdg::congestion {
namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse withHeaders(QHttpServerResponse r)
{
    // Nothing to cache, sniff or frame: the page is a read-out, never part of another site.
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    r.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    r.setHeader(QByteArrayLiteral("Content-Security-Policy"),
        QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'"));
    return r;
}

} // namespace

CongestionServer::CongestionServer(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_server(std::make_unique<QHttpServer>())
{
    const auto serve = [this](const QHttpServerRequest& request, bool json) {
        if (request.method() != QHttpServerRequest::Method::Get) {
            QHttpServerResponse refused(
                QByteArrayLiteral("text/plain"), QByteArrayLiteral("read-only\n"), Status::MethodNotAllowed);
            refused.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
            return withHeaders(std::move(refused));
        }
        if (!m_limit.admit(request.remoteAddress().toString(), m_clock.nowUtc().toMSecsSinceEpoch())) {
            QHttpServerResponse busy(
                QByteArrayLiteral("text/plain"), QByteArrayLiteral("too many requests\n"), Status::TooManyRequests);
            busy.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("60"));
            return withHeaders(std::move(busy));
        }
        if (json)
            return withHeaders(QHttpServerResponse(QByteArrayLiteral("application/json"),
                QJsonDocument(queue::toJson(m_board)).toJson(QJsonDocument::Compact)));
        return withHeaders(
            QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), queue::toHtml(m_board).toUtf8()));
    };
    m_server->route(QStringLiteral("/"), QHttpServerRequest::Method::AnyKnown,
        [serve](const QHttpServerRequest& request) { return serve(request, false); });
    m_server->route(QStringLiteral("/board.json"), QHttpServerRequest::Method::AnyKnown,
        [serve](const QHttpServerRequest& request) { return serve(request, true); });
}

CongestionServer::~CongestionServer() = default;

quint16 CongestionServer::listen(const QHostAddress& address, quint16 port)
{
    return m_server->listen(address, port);
}

} // namespace mdg::congestion
