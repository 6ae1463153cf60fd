#include "MemberForm.h"

#include <QRegularExpression>

#include "DateField.h"
#include "kiosk/DeskEntry.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace mdg::ui {

namespace {
struct Choice
{
    const char* value;
    const char* english;
};
// The relationships a resident picks from: the residence record's word and its meaning.
const Choice relationships[] = {{"世帯主", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "head of household")},
    {"妻", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "wife")},
    {"夫", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "husband")},
    {"子", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "child")},
    {"父", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "father")},
    {"母", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "mother")},
    {"祖父", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "grandfather")},
    {"祖母", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "grandmother")},
    {"孫", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "grandchild")},
    {"兄", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "older brother")},
    {"姉", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "older sister")},
    {"弟", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "younger brother")},
    {"妹", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "younger sister")},
    {"同居人", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "lodger")}};
// ISO 3166 codes of the nationalities most often registered, and "other".
const Choice nationalities[] = {{"", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "Japan")},
    {"CN", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "China")},
    {"KR", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "Korea")},
    {"VN", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "Viet Nam")},
    {"PH", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "Philippines")},
    {"BR", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "Brazil")},
    {"NP", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "Nepal")},
    {"ID", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "Indonesia")},
    {"US", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "United States")},
    {"ZZ", QT_TRANSLATE_NOOP("mdg::ui::MemberForm", "Other")}};
} // namespace

MemberForm::MemberForm(QWidget* parent)
    : QWidget(parent)
    , m_family(new QLineEdit(this))
    , m_given(new QLineEdit(this))
    , m_familyKana(new QLineEdit(this))
    , m_givenKana(new QLineEdit(this))
    , m_birth(new DateField(QStringLiteral("kioskMemberBirth"), this))
    , m_male(new QPushButton(this))
    , m_female(new QPushButton(this))
    , m_sex(new QButtonGroup(this))
    , m_relationship(new QComboBox(this))
    , m_nationality(new QComboBox(this))
    , m_nameLabel(new QLabel(this))
    , m_kanaLabel(new QLabel(this))
    , m_birthLabel(new QLabel(this))
    , m_sexLabel(new QLabel(this))
    , m_relationshipLabel(new QLabel(this))
    , m_nationalityLabel(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("kioskMember"));
    m_family->setObjectName(QStringLiteral("kioskMemberFamily"));
    m_given->setObjectName(QStringLiteral("kioskMemberGiven"));
    m_familyKana->setObjectName(QStringLiteral("kioskMemberFamilyKana"));
    m_givenKana->setObjectName(QStringLiteral("kioskMemberGivenKana"));
    m_male->setObjectName(QStringLiteral("kioskMemberMale"));
    m_female->setObjectName(QStringLiteral("kioskMemberFemale"));
    m_relationship->setObjectName(QStringLiteral("kioskMemberRelationship"));
    m_nationality->setObjectName(QStringLiteral("kioskMemberNationality"));
    m_message->setObjectName(QStringLiteral("kioskMemberMessage"));
    m_message->setProperty("kioskMessage", true);
    for (QPushButton* b : {m_male, m_female}) {
        b->setCheckable(true);
        m_sex->addButton(b);
    }
    m_male->setChecked(true);
    for (const Choice& c : relationships)
        m_relationship->addItem(QString(), QString::fromUtf8(c.value));
    for (const Choice& c : nationalities)
        m_nationality->addItem(QString(), QString::fromLatin1(c.value));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto pair = [&](int row, QLabel* label, QWidget* a, QWidget* b) {
        grid->addWidget(label, row, 0);
        auto* line = new QHBoxLayout;
        line->addWidget(a, 1);
        if (b)
            line->addWidget(b, 1);
        grid->addLayout(line, row, 1);
    };
    pair(0, m_nameLabel, m_family, m_given);
    pair(1, m_kanaLabel, m_familyKana, m_givenKana);
    pair(2, m_birthLabel, m_birth, nullptr);
    pair(3, m_sexLabel, m_male, m_female);
    pair(4, m_relationshipLabel, m_relationship, nullptr);
    pair(5, m_nationalityLabel, m_nationality, nullptr);
    grid->addWidget(m_message, 6, 1);
    // Each answer checked as it is given: a reading not in kana when the field is left, a
    // day that does not exist once it is complete.
    for (QLineEdit* kana : {m_familyKana, m_givenKana})
        connect(kana, &QLineEdit::editingFinished, this, [this, kana] {
            const QString typed = kana->text().trimmed();
            m_message->setText(!typed.isEmpty() && kiosk::readingOf(typed).isEmpty()
                    ? kiosk::Problem {QStringLiteral("name_kana"), kiosk::Problem::Kind::NotKana}.message()
                    : QString());
        });
    connect(m_birth, &DateField::edited, this, [this] {
        const kiosk::DateInput d = m_birth->input();
        const QString noSuchDay
            = kiosk::Problem {QStringLiteral("birth_date"), kiosk::Problem::Kind::NoSuchDate}.message();
        if (d.year > 0 && d.month > 0 && d.day > 0 && !m_birth->date())
            m_message->setText(noSuchDay);
        else if (m_message->text() == noSuchDay)
            m_message->clear();
    });
    retranslate();
}

Person MemberForm::person() const
{
    Person p;
    p.name = m_family->text().trimmed() + QChar(0x3000) + m_given->text().trimmed();
    const QString typed = m_familyKana->text().trimmed() + QChar(0x3000) + m_givenKana->text().trimmed();
    const QString kana = kiosk::readingOf(typed);
    p.nameKana = m_familyKana->text().trimmed().isEmpty() || m_givenKana->text().trimmed().isEmpty() ? QString()
        : kana.isEmpty()                                                                             ? typed
                                                                                                     : kana;
    p.birthDate = m_birth->date().value_or(QDate());
    p.sex = m_female->isChecked() ? Sex::Female : Sex::Male;
    p.relationship = m_relationship->currentData().toString();
    p.nationality = m_nationality->currentData().toString();
    return p;
}

void MemberForm::setHeadFirst(bool first)
{
    m_relationship->setCurrentIndex(first ? 0 : m_relationship->findData(QStringLiteral("子")));
}

void MemberForm::clear()
{
    for (QLineEdit* e : {m_family, m_given, m_familyKana, m_givenKana})
        e->clear();
    m_birth->clear();
    m_male->setChecked(true);
    m_nationality->setCurrentIndex(0);
    m_message->clear();
}

void MemberForm::fillFromCard(const QString& name, const QDate& birthDate, std::optional<Sex> sex)
{
    // The card writes family and given name with a space between (full-width as a rule).
    const QString trimmed = name.trimmed();
    const qsizetype gap = trimmed.indexOf(QRegularExpression(QStringLiteral("[\\s\u3000]")));
    m_family->setText(gap < 0 ? trimmed : trimmed.left(gap).trimmed());
    m_given->setText(gap < 0 ? QString() : trimmed.mid(gap + 1).trimmed());
    m_birth->setDate(birthDate);
    if (sex)
        (*sex == Sex::Female ? m_female : m_male)->setChecked(true);
    m_familyKana->setFocus();
}

bool MemberForm::showProblems(const QDate& today)
{
    kiosk::DeskEntry one;
    one.members = {person()};
    if (!m_birth->isBlank() && !m_birth->date()) {
        m_message->setText(kiosk::Problem {QStringLiteral("birth_date"), kiosk::Problem::Kind::NoSuchDate}.message());
        m_birth->setFocus();
        return true;
    }
    const QList<kiosk::Problem> problems = one.memberProblems(0, today);
    m_message->setText(problems.isEmpty() ? QString() : problems.first().message());
    return !problems.isEmpty();
}

void MemberForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MemberForm::retranslate()
{
    m_nameLabel->setText(tr("Name"));
    m_kanaLabel->setText(tr("Reading (kana)"));
    m_birthLabel->setText(tr("Date of birth"));
    m_sexLabel->setText(tr("Sex"));
    m_relationshipLabel->setText(tr("Relationship"));
    m_nationalityLabel->setText(tr("Nationality"));
    m_family->setPlaceholderText(tr("Family name"));
    m_given->setPlaceholderText(tr("Given name"));
    m_familyKana->setPlaceholderText(tr("Family name in kana"));
    m_givenKana->setPlaceholderText(tr("Given name in kana"));
    m_family->setAccessibleName(tr("Family name"));
    m_given->setAccessibleName(tr("Given name"));
    m_familyKana->setAccessibleName(tr("Family name in kana"));
    m_givenKana->setAccessibleName(tr("Given name in kana"));
    m_male->setText(tr("Male"));
    m_female->setText(tr("Female"));
    m_male->setAccessibleName(tr("Male"));
    m_female->setAccessibleName(tr("Female"));
    m_relationship->setAccessibleName(tr("Relationship"));
    m_nationality->setAccessibleName(tr("Nationality"));
    for (int i = 0; i < m_relationship->count(); ++i) {
        const QString word = m_relationship->itemData(i).toString();
        m_relationship->setItemText(i, word + QStringLiteral("  ") + tr(relationships[i].english));
    }
    for (int i = 0; i < m_nationality->count(); ++i)
        m_nationality->setItemText(i, tr(nationalities[i].english));
}

} // namespace mdg::ui
