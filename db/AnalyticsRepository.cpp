#include "AnalyticsRepository.h"

#include "SqlUtil.h"

#include <QSqlQuery>

namespace mdg {
namespace {

int digits(QStringView s, qsizetype from, qsizetype n)
{
    int v = 0;
    for (qsizetype i = from; i < from + n && i < s.size(); ++i)
        v = v * 10 + (s[i].unicode() - '0');
    return v;
}

// "2026-04-01T00:15:00.250Z" (toDbTime) to UTC milliseconds, without QDateTime: the year
// of a city is 1.5 million of these. Days from the civil date as in
// https://howardhinnant.github.io/date_algorithms.html#days_from_civil.
qint64 parseDbTimeMs(QStringView s)
{
    if (s.size() < 19)
        return fromDbTime(s.toString()).toMSecsSinceEpoch();
    int y = digits(s, 0, 4);
    const int m = digits(s, 5, 2), d = digits(s, 8, 2);
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + doe - 719468;
    const int ms = s.size() >= 23 && s[19] == QLatin1Char('.') ? digits(s, 20, 3) : 0;
    return ((days * 24 + digits(s, 11, 2)) * 60 + digits(s, 14, 2)) * 60'000 + digits(s, 17, 2) * 1000 + ms;
}

} // namespace

qint64 AnalyticsRepository::load(const std::function<void(const EventRow&)>& sink, qint64 afterSeq) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT seq, case_id, kind, to_stage, staff_id, workstation_id, occurred_at,"
                                  " CASE WHEN kind = 'case_created' THEN json_extract(detail, '$.ward') END,"
                                  " CASE WHEN kind = 'case_created' THEN json_extract(detail, '$.procedure') END,"
                                  " CASE WHEN kind = 'guidance_marked' THEN json_extract(detail, '$.item') END,"
                                  " CASE WHEN kind = 'guidance_marked' THEN json_extract(detail, '$.mark') END,"
                                  " CASE WHEN kind LIKE 'number%' THEN json_extract(detail, '$.action') END,"
                                  " CASE WHEN kind = 'case_created' THEN json_extract(detail, '$.source') END"
                                  " FROM case_events WHERE seq > ? ORDER BY seq")))
        throw DbError(QStringLiteral("analytics: cannot read the event log"));
    q.addBindValue(afterSeq);
    if (!q.exec())
        throw DbError(QStringLiteral("analytics: cannot read the event log"));
    qint64 cursor = afterSeq;
    EventRow e;
    while (q.next()) {
        cursor = q.value(0).toLongLong();
        e.caseId = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.to = q.value(3).isNull() ? std::nullopt : stageFromKey(q.value(3).toString());
        e.staffId = q.value(4).toString();
        e.workstationId = q.value(5).toString();
        e.occurredMs = parseDbTimeMs(q.value(6).toString());
        e.ward = q.value(7).toString();
        e.procedure = q.value(8).isNull() ? std::nullopt : procedureFromKey(q.value(8).toString());
        e.guidanceItem = q.value(9).toString();
        e.guidanceMark = q.value(10).toString();
        e.queueAction = q.value(11).toString();
        e.openedAtDesk = q.value(12).toString() == QLatin1String("desk");
        sink(e);
    }
    return cursor;
}

} // namespace mdg
