// A third-party records connector as the plugins folder receives it: built apart from the
// application, loaded at run time. Its register is two residents in memory.
#include "connectors/ConnectorPlugin.h"

#include <QObject>

namespace {

using namespace mdg;

class ExampleConnector : public RecordsConnector
{
public:
    explicit ExampleConnector(bool down)
        : m_down(down)
    { }
    QString name() const override { return QStringLiteral("Example records system"); }

    Result<QList<ResidentRecord>> searchPersons(const PersonQuery& q) override
    {
        if (m_down)
            return Failure {ErrorCode::Unreachable, QStringLiteral("The example system is down.")};
        QList<ResidentRecord> out;
        for (const ResidentRecord& r : records())
            if (!q.kanaPrefix.isEmpty() && r.nameKana.startsWith(q.kanaPrefix))
                out << r;
        return out;
    }
    Result<QList<ResidentRecord>> household(const QString& no) override
    {
        QList<ResidentRecord> out;
        for (const ResidentRecord& r : records())
            if (r.householdNo == no)
                out << r;
        if (out.isEmpty())
            return Failure {ErrorCode::NotFound, QStringLiteral("No such household.")};
        return out;
    }
    Result<QList<ResidentRecord>> existingRegistrations(const Person&) override { return QList<ResidentRecord> {}; }
    Result<TransferOutCertificate> transferOutInformation(const TransferOutQuery&) override
    {
        return Failure {ErrorCode::NotFound, QStringLiteral("no transfer-out information here")};
    }
    Result<Receipt> submit(const ChangeNotification& change) override
    {
        return Receipt {QStringLiteral("EX-") + change.receptionNo, QDateTime::currentDateTimeUtc()};
    }

private:
    static QList<ResidentRecord> records()
    {
        return {{QStringLiteral("E1"), QStringLiteral("EH1"), QStringLiteral("例示　一郎"),
                    QStringLiteral("レイジ　イチロウ"), QDate(1970, 1, 1), Sex::Male, QStringLiteral("世帯主"),
                    QStringLiteral("川崎市中原区"), {}},
            {QStringLiteral("E2"), QStringLiteral("EH1"), QStringLiteral("例示　花子"),
                QStringLiteral("レイジ　ハナコ"), QDate(1972, 2, 2), Sex::Female, QStringLiteral("妻"),
                QStringLiteral("川崎市中原区"), {}}};
    }
    bool m_down;
};

class ExampleConnectorPlugin : public QObject, public RecordsConnectorPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MadoguchiRecordsConnectorPlugin_iid)
    Q_INTERFACES(mdg::RecordsConnectorPlugin)
public:
    QString key() const override { return QStringLiteral("example"); }
    Result<std::unique_ptr<RecordsConnector>> create(const QVariantMap& settings) override
    {
        return Result<std::unique_ptr<RecordsConnector>>(
            std::make_unique<ExampleConnector>(settings.value(QStringLiteral("down")).toBool()));
    }
};

} // namespace

#include "ExampleConnector.moc"
