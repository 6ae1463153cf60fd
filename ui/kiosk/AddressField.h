#pragma once

#include "kiosk/PostalCodes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mdg::ui {

// An address entered from the postal code: the code finds municipality and town (a choice
// when the code spans several), the resident types the block number. The address line stays
// editable for what no postal code covers (a move abroad). Inputs are named after the
// field's object name (kioskToPostal, kioskToLookup, kioskToTown, kioskToAddress, kioskToBlock).
class AddressField : public QWidget
{
    Q_OBJECT
public:
    AddressField(const QString& name, QWidget* parent = nullptr);

    QString address() const; // municipality, town and block; empty while incomplete
    void clear();
    QString problem() const; // what the resident still has to do, or empty

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void lookUp();
    void retranslate();

    QLineEdit* m_postal;
    QPushButton* m_lookup;
    QComboBox* m_town;
    QLineEdit* m_address;
    QLineEdit* m_block;
    QLabel* m_postalLabel;
    QLabel* m_addressLabel;
    QLabel* m_blockLabel;
    QLabel* m_message;
    QList<kiosk::PostalPlace> m_places;
    bool m_notFound = false;
};

} // namespace mdg::ui
