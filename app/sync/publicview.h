#pragma once

#include <QJsonObject>
#include <QStringList>

namespace lingong::publicview {

// What a public device (kiosk, wall screen) holds of the platform's data (S5): postings,
// employers and published content, and of an employer only enough to name it and to know it is
// verified or blocked. The hub sends a public token no more; a kiosk or wall screen given a
// staff token by mistake keeps no more of what it is sent.

// The entities a public device pulls.
const QStringList& pullEntities();
// An employer's data as a public device holds it: the contact person, the address (a private
// person's home for an individual employer), staff notes and the reason for a blacklisting stay
// with staff.
QJsonObject employer(const QJsonObject& data);
// A posting's data as a public device holds it: whom to call only while it is published. One
// waiting for review (a private person's from a kiosk's 我要招工 among them), turned down, filled
// or ended keeps its contact with staff, and why review turned one down stays with staff always.
QJsonObject job(const QJsonObject& data);

} // namespace lingong::publicview
