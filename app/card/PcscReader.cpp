#include "PcscReader.h"

#ifdef _WIN32
#include <windows.h>
#include <winscard.h>
#define MDG_SCARD_LIST SCardListReadersA
#define MDG_SCARD_CONNECT SCardConnectA
#define MDG_SCARD_STATE SCARD_READERSTATEA
#define MDG_SCARD_STATUS_CHANGE SCardGetStatusChangeA
#else
#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>
#define MDG_SCARD_LIST SCardListReaders
#define MDG_SCARD_CONNECT SCardConnect
#define MDG_SCARD_STATE SCARD_READERSTATE
#define MDG_SCARD_STATUS_CHANGE SCardGetStatusChange
#endif

#include <vector>

namespace mdg::card {

namespace {

// What went wrong, for the person at the counter.
Failure failed(LONG rc)
{
    switch (rc) {
    case LONG(SCARD_E_NO_SERVICE):
    case LONG(SCARD_E_SERVICE_STOPPED):
        return {ErrorCode::Unreachable,
            PcscReader::tr("The smart-card service is not running (pcscd on Linux). Ask IT to start it.")};
    case LONG(SCARD_E_NO_READERS_AVAILABLE):
    case LONG(SCARD_E_UNKNOWN_READER):
    case LONG(SCARD_E_READER_UNAVAILABLE):
        return {ErrorCode::Unreadable,
            PcscReader::tr("The card reader is not connected (or was unplugged). Plug it in and try again.")};
    case LONG(SCARD_E_NO_SMARTCARD):
    case LONG(SCARD_W_REMOVED_CARD):
    case LONG(SCARD_W_RESET_CARD):
        return {ErrorCode::Unreadable,
            PcscReader::tr("The card was taken out of the reader before the reading ended. Put it back and read "
                           "again.")};
    case LONG(SCARD_W_UNRESPONSIVE_CARD):
    case LONG(SCARD_W_UNPOWERED_CARD):
        return {ErrorCode::Unreadable,
            PcscReader::tr("The card does not answer. Check that it lies the right way round in the reader.")};
    case LONG(SCARD_E_SHARING_VIOLATION):
        return {ErrorCode::Taken, PcscReader::tr("Another program is using the card reader. Close it and try again.")};
    default: break;
    }
    qWarning("PC/SC: error 0x%lx", static_cast<unsigned long>(rc));
    return {ErrorCode::Unreadable,
        PcscReader::tr("The card reader reported an error (0x%1). Try again.")
            .arg(static_cast<qulonglong>(static_cast<unsigned long>(rc)), 0, 16)};
}

// One PC/SC context, released with it.
class Context
{
public:
    Context() { m_rc = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_context); }
    ~Context()
    {
        if (m_rc == LONG(SCARD_S_SUCCESS))
            SCardReleaseContext(m_context);
    }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;
    LONG status() const { return m_rc; }
    SCARDCONTEXT handle() const { return m_context; }

private:
    SCARDCONTEXT m_context = 0;
    LONG m_rc = LONG(SCARD_E_NO_SERVICE);
};

Result<QStringList> listReaders(const Context& context)
{
    if (context.status() != LONG(SCARD_S_SUCCESS))
        return failed(context.status());
    DWORD size = 0;
    LONG rc = MDG_SCARD_LIST(context.handle(), nullptr, nullptr, &size);
    if (rc == LONG(SCARD_E_NO_READERS_AVAILABLE))
        return QStringList {};
    if (rc != LONG(SCARD_S_SUCCESS))
        return failed(rc);
    std::vector<char> names(size + 1, '\0');
    rc = MDG_SCARD_LIST(context.handle(), nullptr, names.data(), &size);
    if (rc == LONG(SCARD_E_NO_READERS_AVAILABLE))
        return QStringList {};
    if (rc != LONG(SCARD_S_SUCCESS))
        return failed(rc);
    QStringList out;
    for (const char* p = names.data(); *p; p += strlen(p) + 1)
        out << QString::fromLocal8Bit(p);
    return out;
}

class PcscChannel final : public CardChannel
{
public:
    PcscChannel(std::unique_ptr<Context> context, SCARDHANDLE card, DWORD protocol)
        : m_context(std::move(context))
        , m_card(card)
        , m_protocol(protocol)
    { }
    ~PcscChannel() override { SCardDisconnect(m_card, SCARD_LEAVE_CARD); }
    PcscChannel(const PcscChannel&) = delete;
    PcscChannel& operator=(const PcscChannel&) = delete;

    Result<QByteArray> transmit(const QByteArray& command) override
    {
        unsigned char answer[258 + 2];
        DWORD length = sizeof answer;
        const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
        const LONG rc = SCardTransmit(m_card, pci, reinterpret_cast<const unsigned char*>(command.constData()),
            DWORD(command.size()), nullptr, answer, &length);
        if (rc != LONG(SCARD_S_SUCCESS))
            return failed(rc);
        return QByteArray(reinterpret_cast<const char*>(answer), qsizetype(length));
    }

private:
    std::unique_ptr<Context> m_context;
    SCARDHANDLE m_card;
    DWORD m_protocol;
};

} // namespace

Result<QStringList> PcscReader::readers()
{
    const Context context;
    return listReaders(context);
}

Result<std::unique_ptr<CardChannel>> PcscReader::connect(const QString& reader)
{
    using R = Result<std::unique_ptr<CardChannel>>;
    auto context = std::make_unique<Context>();
    const auto names = listReaders(*context);
    if (!names)
        return R::failure(names);
    if (names->isEmpty())
        return R::failure(ErrorCode::Unreadable, tr("No card reader is connected. Plug one in and try again."));
    for (const QString& name : names.value()) {
        if (!reader.isEmpty() && name != reader)
            continue;
        const QByteArray local = name.toLocal8Bit();
        MDG_SCARD_STATE state {};
        state.szReader = local.constData();
        state.dwCurrentState = SCARD_STATE_UNAWARE;
        if (MDG_SCARD_STATUS_CHANGE(context->handle(), 0, &state, 1) != LONG(SCARD_S_SUCCESS)
            || !(state.dwEventState & SCARD_STATE_PRESENT))
            continue;
        SCARDHANDLE card = 0;
        DWORD protocol = 0;
        const LONG rc = MDG_SCARD_CONNECT(context->handle(), local.constData(), SCARD_SHARE_EXCLUSIVE,
            SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card, &protocol);
        if (rc != LONG(SCARD_S_SUCCESS))
            return failed(rc);
        return std::unique_ptr<CardChannel>(std::make_unique<PcscChannel>(std::move(context), card, protocol));
    }
    return R::failure(ErrorCode::Unreadable,
        tr("No card lies in the reader. Ask the resident to place the My Number card on it, then read again."));
}

} // namespace mdg::card
