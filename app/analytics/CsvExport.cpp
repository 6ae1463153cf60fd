#include "CsvExport.h"

#include <QCoreApplication>
#include <QStringList>

namespace mdg::analytics {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("mdg::analytics::CsvExport", s);
}

QString field(const QString& v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n'))
        && !v.contains(QLatin1Char('\r')))
        return v;
    QString quoted = v;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString minutes(double seconds)
{
    return QString::number(seconds / 60.0, 'f', 1);
}

void row(QString& out, const QStringList& fields)
{
    QStringList quoted;
    for (const QString& f : fields)
        quoted << field(f);
    out += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

void breakdown(QString& out, const QString& title, const QList<Breakdown>& rows)
{
    out += QLatin1String("\r\n");
    row(out,
        {title, tr("Handled"), tr("Waiting median (min)"), tr("Handling mean (min)"), tr("Handling median (min)"),
            tr("Handling p90 (min)")});
    for (const Breakdown& b : rows)
        row(out,
            {b.name, QString::number(b.handled), minutes(b.waiting.median), minutes(b.handling.mean),
                minutes(b.handling.median), minutes(b.handling.p90)});
}

} // namespace

QByteArray toCsv(const Dashboard& d)
{
    QString out;
    row(out,
        {tr("Stage"), tr("Completed"), tr("In progress"), tr("Waiting now"), tr("Waiting mean (min)"),
            tr("Waiting median (min)"), tr("Waiting p90 (min)"), tr("Handling mean (min)"), tr("Handling median (min)"),
            tr("Handling p90 (min)"), tr("Per hour"), tr("Share of waiting (%)"), tr("Sent back")});
    for (const StageFigures& f : d.stages)
        row(out,
            {stageDisplayName(f.stage), QString::number(f.completed), QString::number(f.inProgress),
                QString::number(f.waitingNow), minutes(f.waiting.mean), minutes(f.waiting.median),
                minutes(f.waiting.p90), minutes(f.handling.mean), minutes(f.handling.median), minutes(f.handling.p90),
                QString::number(f.perHour, 'f', 1), QString::number(f.waitingShare * 100, 'f', 1),
                QString::number(f.sentBack)});
    out += QLatin1String("\r\n");
    row(out, {tr("Bottleneck"), describeBottleneck(d)});
    breakdown(out, tr("Staff"), d.byStaff);
    breakdown(out, tr("Counter"), d.byCounter);
    breakdown(out, tr("Ward"), d.byWard);
    out += QLatin1String("\r\n");
    row(out, {tr("Hour of arrival"), tr("Cases")});
    for (int h = 0; h < 24; ++h)
        if (d.arrivalsByHour[size_t(h)] > 0)
            row(out,
                {QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')),
                    QString::number(d.arrivalsByHour[size_t(h)])});
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace mdg::analytics
