#include "Board.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <vector>

namespace mdg::queue {
namespace {

QJsonArray callsJson(const QList<BoardCall>& calls)
{
    QJsonArray out;
    for (const BoardCall& c : calls)
        out << QJsonObject {{QStringLiteral("number"), c.number}, {QStringLiteral("counter"), c.counter},
            {QStringLiteral("at"), c.at.toString(Qt::ISODate)}, {QStringLiteral("calls"), c.calls}};
    return out;
}

QString minutesText(const std::optional<double>& minutes)
{
    if (!minutes)
        return QCoreApplication::translate("Board", "not known yet");
    if (*minutes < 1)
        return QCoreApplication::translate("Board", "hardly any");
    return QCoreApplication::translate("Board", "about %1 min").arg(int(std::lround(*minutes)));
}

} // namespace

std::optional<double> estimatedWaitMinutes(int ahead, int callsLastHour)
{
    if (ahead <= 0)
        return 0.0;
    if (callsLastHour <= 0)
        return std::nullopt;
    return double(ahead) * 60.0 / double(callsLastHour);
}

Board boardOf(const QList<Ticket>& tickets, const QList<FirstCall>& lastHour, const QDateTime& now, int recentCalls)
{
    Board b;
    b.at = now;
    const QDateTime hourAgo = now.addSecs(-3600);
    const QList<Stage> shown {Stage::Reception, Stage::Entry, Stage::Review, Stage::SentBack};
    for (const Stage s : shown)
        b.stages << StageLine {s, 0, 0, std::nullopt};
    for (const Procedure p :
        {Procedure::MovingIn, Procedure::MovingOut, Procedure::IntraCityMove, Procedure::CertificateRequest})
        b.procedures << ProcedureLine {p, 0, std::nullopt};
    QList<const Ticket*> called;
    for (const Ticket& tk : tickets) {
        const auto line
            = std::find_if(b.stages.begin(), b.stages.end(), [&](const StageLine& l) { return l.stage == tk.stage; });
        if (tk.status == TicketStatus::Waiting && line != b.stages.end())
            ++line->waiting;
        if (tk.status == TicketStatus::Waiting || tk.status == TicketStatus::Called || tk.status == TicketStatus::Held)
            for (ProcedureLine& p : b.procedures)
                p.waiting += p.procedure == tk.procedure ? 1 : 0;
        if (tk.calledAt.isValid())
            called << &tk;
    }
    const QDateTime twoHoursAgo = now.addSecs(-7200);
    for (ProcedureLine& p : b.procedures) {
        std::vector<double> visits;
        for (const Ticket& tk : tickets)
            if (tk.procedure == p.procedure && tk.status == TicketStatus::Done && tk.stage == Stage::Completion
                && tk.changedAt > twoHoursAgo && tk.changedAt <= now && tk.arrivedAt.isValid())
                visits.push_back(double(tk.arrivedAt.secsTo(tk.changedAt)) / 60.0);
        if (visits.size() >= 3) {
            std::nth_element(visits.begin(), visits.begin() + qsizetype(visits.size() / 2), visits.end());
            p.recentVisitMinutes = visits[visits.size() / 2];
        }
    }
    for (const FirstCall& c : lastHour)
        for (StageLine& l : b.stages)
            l.callsLastHour += l.stage == c.stage && c.at > hourAgo && c.at <= now ? 1 : 0;
    std::sort(called.begin(), called.end(), [](const Ticket* x, const Ticket* y) { return x->calledAt > y->calledAt; });
    for (const Ticket* tk : called) {
        const BoardCall c {tk->number, tk->calledCounter, tk->calledAt, tk->calls};
        if (tk->status == TicketStatus::Called)
            b.calling << c;
        else if (b.recent.size() < recentCalls)
            b.recent << c;
    }
    for (StageLine& l : b.stages)
        l.estimatedWaitMinutes = estimatedWaitMinutes(l.waiting, l.callsLastHour);
    b.stages.erase(std::remove_if(b.stages.begin(), b.stages.end(),
                       [](const StageLine& l) { return l.stage == Stage::SentBack && l.waiting == 0; }),
        b.stages.end());
    b.estimatedWaitMinutes = b.stages.first().estimatedWaitMinutes;
    return b;
}

QJsonObject toJson(const Board& b)
{
    QJsonArray stages, procedures;
    for (const StageLine& l : b.stages) {
        QJsonObject o {{QStringLiteral("stage"), stageKey(l.stage)}, {QStringLiteral("waiting"), l.waiting}};
        if (l.estimatedWaitMinutes)
            o.insert(QStringLiteral("estimated_wait_min"), std::round(*l.estimatedWaitMinutes * 10) / 10);
        stages << o;
    }
    for (const ProcedureLine& p : b.procedures) {
        QJsonObject o {
            {QStringLiteral("procedure"), procedureKey(p.procedure)}, {QStringLiteral("waiting"), p.waiting}};
        if (p.recentVisitMinutes)
            o.insert(QStringLiteral("recent_visit_min"), std::round(*p.recentVisitMinutes));
        procedures << o;
    }
    QJsonObject o {{QStringLiteral("at"), b.at.toString(Qt::ISODate)},
        {QStringLiteral("calling"), callsJson(b.calling)}, {QStringLiteral("recent"), callsJson(b.recent)},
        {QStringLiteral("stages"), stages}, {QStringLiteral("procedures"), procedures}};
    if (b.estimatedWaitMinutes)
        o.insert(QStringLiteral("estimated_wait_min"), std::round(*b.estimatedWaitMinutes * 10) / 10);
    return o;
}

QString toHtml(const Board& b)
{
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString calling;
    for (const BoardCall& c : b.calling)
        calling += QStringLiteral("<li><b>%1</b> → %2</li>")
                       .arg(c.number)
                       .arg(esc(QCoreApplication::translate("Board", "counter %1").arg(c.counter)));
    if (calling.isEmpty())
        calling = QStringLiteral("<li>%1</li>")
                      .arg(esc(QCoreApplication::translate("Board", "No number is being called.")));
    QString procedures;
    for (const ProcedureLine& p : b.procedures)
        procedures += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                          .arg(esc(procedureDisplayName(p.procedure)),
                              esc(QCoreApplication::translate("Board", "%1 waiting").arg(p.waiting)),
                              p.recentVisitMinutes
                                  ? esc(QCoreApplication::translate("Board", "visits lately took about %1 min")
                                            .arg(qRound(*p.recentVisitMinutes)))
                                  : QString());
    QString stages;
    for (const StageLine& l : b.stages)
        stages += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                      .arg(esc(stageDisplayName(l.stage)),
                          esc(QCoreApplication::translate("Board", "%1 waiting").arg(l.waiting)),
                          esc(minutesText(l.estimatedWaitMinutes)));
    const QString lang = QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    // Refreshes itself every minute; no script, no form, nothing to send back.
    return QStringLiteral(
        "<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta http-equiv=\"refresh\" content=\"60\"><title>%2</title>"
        "<style>body{font-family:sans-serif;margin:1em}td{padding:.3em .8em}b{font-size:1.4em}</style>"
        "</head><body><h1>%2</h1><p>%3</p><h2>%4</h2><ul>%5</ul><h2>%6</h2><table>%7</table>"
        "<h2>%8</h2><table>%9</table><p><small>%10</small></p></body></html>")
        .arg(lang, esc(QCoreApplication::translate("Board", "Waiting at the counters")),
            esc(QCoreApplication::translate("Board", "A number drawn now waits %1 to be called at reception.")
                    .arg(minutesText(b.estimatedWaitMinutes))),
            esc(QCoreApplication::translate("Board", "Now calling")), calling,
            esc(QCoreApplication::translate("Board", "By procedure")), procedures,
            esc(QCoreApplication::translate("Board", "By stage")), stages,
            esc(QCoreApplication::translate("Board", "As of %1. This page refreshes every minute.")
                    .arg(QLocale().toString(b.at.toLocalTime().time(), QLocale::ShortFormat))));
}

} // namespace mdg::queue
