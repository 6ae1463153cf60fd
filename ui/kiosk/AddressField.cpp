#include "AddressField.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace mdg::ui {

AddressField::AddressField(const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_postal(new QLineEdit(this))
    , m_lookup(new QPushButton(this))
    , m_town(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_block(new QLineEdit(this))
    , m_postalLabel(new QLabel(this))
    , m_addressLabel(new QLabel(this))
    , m_blockLabel(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(name);
    m_postal->setObjectName(name + QStringLiteral("Postal"));
    m_lookup->setObjectName(name + QStringLiteral("Lookup"));
    m_town->setObjectName(name + QStringLiteral("Town"));
    m_address->setObjectName(name + QStringLiteral("Address"));
    m_block->setObjectName(name + QStringLiteral("Block"));
    m_message->setObjectName(name + QStringLiteral("Message"));
    m_message->setProperty("kioskMessage", true);
    m_postal->setInputMethodHints(Qt::ImhDigitsOnly);
    m_postal->setMaxLength(8);
    m_postal->setFixedWidth(200);
    m_town->setVisible(false);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_postalLabel, 0, 0);
    auto* postalRow = new QHBoxLayout;
    postalRow->addWidget(m_postal);
    postalRow->addWidget(m_lookup);
    postalRow->addWidget(m_town, 1);
    grid->addLayout(postalRow, 0, 1);
    grid->addWidget(m_addressLabel, 1, 0);
    grid->addWidget(m_address, 1, 1);
    grid->addWidget(m_blockLabel, 2, 0);
    grid->addWidget(m_block, 2, 1);
    grid->addWidget(m_message, 3, 1);
    connect(m_lookup, &QPushButton::clicked, this, &AddressField::lookUp);
    connect(m_postal, &QLineEdit::returnPressed, this, &AddressField::lookUp);
    connect(m_postal, &QLineEdit::textEdited, this, [this](const QString& text) {
        // Seven digits typed: look up at once, no button needed.
        if (!kiosk::PostalCodes::normalise(text).isEmpty())
            lookUp();
    });
    connect(m_town, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_places.size())
            m_address->setText(m_places[index].address());
        emit edited();
    });
    connect(m_address, &QLineEdit::textEdited, this, &AddressField::edited);
    connect(m_block, &QLineEdit::textEdited, this, &AddressField::edited);
    retranslate();
}

void AddressField::lookUp()
{
    m_places = kiosk::PostalCodes::builtIn().lookup(m_postal->text());
    m_notFound = m_places.isEmpty();
    m_town->clear();
    for (const kiosk::PostalPlace& p : std::as_const(m_places))
        m_town->addItem(p.address());
    m_town->setVisible(m_places.size() > 1);
    if (!m_places.isEmpty())
        m_address->setText(m_places.first().address());
    m_message->setText(m_notFound ? tr("No address has this postal code. Please check it, or write the address "
                                       "below.")
                                  : QString());
    if (!m_places.isEmpty())
        m_block->setFocus();
    emit edited();
}

QString AddressField::address() const
{
    const QString place = m_address->text().trimmed();
    const QString block = m_block->text().trimmed();
    return place.isEmpty() || block.isEmpty() ? QString() : place + block;
}

QString AddressField::problem() const
{
    if (m_address->text().trimmed().isEmpty())
        return tr("Please enter the postal code (7 digits).");
    if (m_block->text().trimmed().isEmpty())
        return tr("Please write the block number (for example 3-1-2 or 3丁目1番2号).");
    return {};
}

void AddressField::clear()
{
    m_postal->clear();
    m_address->clear();
    m_block->clear();
    m_town->clear();
    m_town->setVisible(false);
    m_places.clear();
    m_message->clear();
}

void AddressField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AddressField::retranslate()
{
    m_postalLabel->setText(tr("Postal code"));
    m_lookup->setText(tr("Find"));
    m_addressLabel->setText(tr("Address"));
    m_blockLabel->setText(tr("Block number"));
    m_block->setPlaceholderText(tr("e.g. 3-1-2, building and room"));
    m_postal->setPlaceholderText(QStringLiteral("2110063"));
    m_postal->setAccessibleName(tr("Postal code"));
    m_lookup->setAccessibleName(tr("Find the address of the postal code"));
    m_town->setAccessibleName(tr("Town"));
    m_address->setAccessibleName(tr("Address"));
    m_block->setAccessibleName(tr("Block number"));
}

} // namespace mdg::ui
