#pragma once

#include <QString>

namespace lingong::masking {

// S5: personal numbers shown back to a person or clerk are masked.
// "450103199001011234" or its stored tail "45011234" -> "4501**********1234".
// Anything shorter than 8 characters is masked entirely.
QString idNumber(const QString& fullOrTail);
// "13800000000" -> "138****0000"; landlines keep their area code and last 4 digits.
QString phone(const QString& number);
// A name shows its family name only: "黄小明" -> "黄**".
QString name(const QString& fullName);
// What a clerk typed to find a person, as it may be shown back: an ID number or a phone number
// (six digits or more) masked as such, anything else (a name) as typed.
QString lookupText(const QString& typed);
// Whether lookupText() masks `typed`.
bool isNumberLookup(const QString& typed);

} // namespace lingong::masking
