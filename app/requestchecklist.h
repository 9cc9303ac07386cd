#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lingong {

// 一次性告知 (T5): for each kind of matter a person brings to the hall, everything they will be
// asked for, told in one go so that nobody has to come back for a missing paper. The kiosk shows
// it when a call-back is requested; the window shows it beside each complaint or request.
class RequestChecklist final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::RequestChecklist)

public:
    // The matters a person can tap on the kiosk's 权益维护 screen, as the hall records them
    // (Chinese). Training (培训报名) and starting a business (创业咨询) are matters too, asked
    // about from a course or a start-up service on the 培训与创业 screen.
    static QStringList categories();
    // A category's name in the interface's language.
    static QString label(const QString& category);
    // What to have ready for a matter, in the interface's language. `category` is a stored
    // category or what a clerk typed ("工资拖欠", "unpaid wages"): it is recognised by its words;
    // a matter not recognised gets the list every matter needs.
    static QStringList items(const QString& category);
};

} // namespace lingong
