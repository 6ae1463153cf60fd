#pragma once

#include "domain/Person.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mdg::ui {

class DateField;

// One member of the household as the resident enters them on the tablet: name, its reading
// in kana, date of birth, sex, relationship to the head and nationality. Inputs are named
// kioskMemberFamily, kioskMemberGiven, kioskMemberFamilyKana, kioskMemberGivenKana,
// kioskMemberBirth…, kioskMemberMale/Female, kioskMemberRelationship, kioskMemberNationality.
class MemberForm : public QWidget
{
    Q_OBJECT
public:
    explicit MemberForm(QWidget* parent = nullptr);

    // The member as entered; the reading in katakana when it is kana, else as typed (so
    // the check names it).
    Person person() const;
    void setHeadFirst(bool first); // the first member is offered as the head
    void clear();
    // The resident's own name, birth date and sex as their My Number card holds them; the
    // reading stays for them to type (the card has none).
    void fillFromCard(const QString& name, const QDate& birthDate, std::optional<Sex> sex);
    // Shows the first problem of the member next to its input, and says whether there was one.
    bool showProblems(const QDate& today);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLineEdit* m_family;
    QLineEdit* m_given;
    QLineEdit* m_familyKana;
    QLineEdit* m_givenKana;
    DateField* m_birth;
    QPushButton* m_male;
    QPushButton* m_female;
    QButtonGroup* m_sex;
    QComboBox* m_relationship;
    QComboBox* m_nationality;
    QLabel* m_nameLabel;
    QLabel* m_kanaLabel;
    QLabel* m_birthLabel;
    QLabel* m_sexLabel;
    QLabel* m_relationshipLabel;
    QLabel* m_nationalityLabel;
    QLabel* m_message;
};

} // namespace mdg::ui
