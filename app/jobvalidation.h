#pragma once

#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <utility>
#include <vector>

namespace lingong {

// Checks a job posting in the sync-protocol `job` shape (requirements J1, J2): every field present
// and sane, and no discriminatory text in title, skills, description or work hours. A refusal has
// code "invalid", `field` the JSON field (e.g. "pay.min", "location.district"), a translated
// message naming the field, and for discrimination `detail` = the phrase found.
// With `occupations`, the trade must be one of them; with `industries`, the industry.
Status validateJob(const QJsonObject& job, const QDate& today,
                   const QStringList* occupations = nullptr,
                   const QStringList* industries = nullptr);
// Every refusal of validateJob, the first being its own: one for each field at most, and one more
// for a discriminatory phrase in it (pay from above pay to is judged only once both are amounts;
// valid-until against the start only once both are dates). A form says them all at once.
std::vector<Error> jobProblems(const QJsonObject& job, const QDate& today,
                               const QStringList* occupations = nullptr,
                               const QStringList* industries = nullptr);

// The fields of `job` left empty that a posting needs, in the order the form shows them
// (title, trade, industry, skills, district, address, working hours, pay, contact),
// each with its label in the interface's language: a form says them all at once.
std::vector<std::pair<QString, QString>> missingJobFields(const QJsonObject& job);

} // namespace lingong
