#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The labels a moving-out certificate prints (DOMAIN.md) and how a read text is taken
// for one of them.
namespace mdg::ocr {

// The labels of DOMAIN.md, with the key each one fills.
enum class Label {
    Address,
    Head,
    Destination,
    PlannedDate,
    Honseki,
    Hittousha,
    Name,
    Kana,
    Birth,
    Sex,
    Relationship,
    Code
};

// The label a text is; `strict` asks for an exact spelling, otherwise one or two
// characters may be off.
std::optional<Label> matchLabel(const QString& segment, bool strict);

// A label run together with its value: the label, how many characters of the compacted
// text it took, and the value after it.
struct LeadingLabel
{
    Label label;
    qsizetype taken = 0;
    QString value;
};
std::optional<LeadingLabel> splitLeadingLabel(const QString& segment);

// A label cut in two at a gap (世帯主との | 続柄 世帯主): the longer label the first part and
// the start of the next make exactly, and how many characters of the next it took.
std::optional<LeadingLabel> labelAcross(const QString& first, const QString& next);

// How many characters at the start of a value finish its label (筆頭者 | 氏名 青木 湊,
// 転出先 | 住所神奈川県…): a label spread across its cell is cut where the page pass saw a
// gap. 0 when the value starts with its own text.
qsizetype labelContinuation(Label label, const QString& labelText, const QString& value);

// Whether every character of a text is one that some spelling of the label uses.
bool usedByLabel(Label label, const QString& text);

// Whether a text is the start of a label as printed (住, 生年): a label spread across its
// cell comes back a character at a time.
bool isLabelStart(const QString& text);

// Labels of a member (氏名 … 住民票コード) rather than of the household.
bool isMemberLabel(Label l);
// The CONTRACTS.md key a label fills: "previous_address", "members[2].birth_date".
QString fieldKey(Label l, int member = -1);
// The member field a line of values holds, judged by the values themselves.
Label labelOfValues(const QStringList& values);

} // namespace mdg::ocr
