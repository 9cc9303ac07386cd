#pragma once

#include "clock.h"
#include "entitystore.h"
#include "ledger.h"
#include "seekerrepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace lingong {

// What a person at a kiosk or a clerk entered for a job seeker (S1, S4, S5).
struct SeekerForm
{
    QString name; // may be left for the window at a kiosk
    QString idNumber;
    QString phone;
    QString education;
    QString skills;
    QStringList wantedOccupations;
    QStringList wantedDistricts;
    QString availability = QStringLiteral("now"); // now | this_week | weekends | later
    double expectedPayMin = 0;
    QString expectedPayUnit = QStringLiteral("day");
    QStringList trainingWishes;
    bool businessInterest = false;
    QStringList difficulties; // long_unemployed | low_income | disability | older | other
    bool consent = false;     // the person agreed to the processing of their data (S5)
    QString source = QStringLiteral("staff"); // staff | kiosk
    QString notes;
    QString staff; // the clerk who registers (for the ledger); empty at a kiosk
};

struct SeekerSaved
{
    QString id;
    bool existing = false; // the ID number was already registered: nothing new was written
    QJsonObject data;
    // update() over a record changed elsewhere since the form was opened (see EditMerge):
    // fields whose change made elsewhere was kept, and fields where the typed value went over it.
    QStringList keptTheirs;
    QStringList overTheirs;
};

// Registration and lookup of job seekers.
//
// Seekers are unique by ID number: registering a number that is already in the store (from a
// kiosk, another window or the platform) returns that person instead of creating a twin. Twins
// made offline on two terminals are found and merged (twinsOf, mergeTwins).
// Every refusal is an Error with `field` set and a translated message naming the field.
class SeekerService final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::SeekerService)
    LINGONG_LEDGER_TEXT(lingong::SeekerService)

public:
    SeekerService(EntityStore& store, const Clock& clock);

    // The levels of schooling the registration form offers, least first, stored as the words on
    // the paper registration sheet.
    static const QStringList& educationLevels();

    // Validates and normalises a form without writing anything.
    Result<SeekerForm> check(const SeekerForm& form) const;
    // Registers a new seeker (consent required) or returns the existing one with that ID.
    // When ok, the row and its outbox change are on disk.
    Result<SeekerSaved> registerSeeker(const SeekerForm& form);
    // Replaces the editable fields of an existing seeker; the ID number may not be changed to
    // one that belongs to somebody else. `base` is the record as the form was opened: when the
    // record has been changed elsewhere since, only the fields the form changed are written over
    // it (mergeEdit). Empty: the form is taken whole.
    Result<SeekerSaved> update(const QString& id, const SeekerForm& form,
                               const QJsonObject& base = {});

    Result<std::optional<StoredEntity>> findByIdNumber(const QString& idNumber) const;

    // The same person registered more than once: terminals register offline, so two of them
    // (or a kiosk, which forgets ID numbers once the platform has them, S5) may each make a
    // record before they sync.
    //
    // The other live records with this seeker's ID number, oldest first; empty when there are
    // none or this record keeps no ID number.
    Result<std::vector<StoredEntity>> twinsOf(const QString& id) const;
    // Records of people registered more than once, grouped by person.
    Result<std::vector<StoredEntity>> registeredTwice() const;
    // The record a merge took `id` into, or an empty string.
    Result<QString> mergedInto(const QString& id) const;
    // Merges every live record with this seeker's ID number into the oldest one, in one
    // transaction, and returns it. The newer records' answers replace older ones where they gave
    // one (name, mobile, education, skills, availability, expected pay); lists are united, the
    // earliest consent kept. Applications, service records and ledger entries of the others are
    // moved to the record kept, and the others deleted; every write syncs.
    Result<SeekerSaved> mergeTwins(const QString& id);
    // Staff lookup: a full ID number (15 or 18 characters), an 11-digit mobile or the last 4 to 10
    // digits of one, or part of a name.
    Result<std::vector<StoredEntity>> lookup(const QString& text) const;

    // People who have become older workers (validation::isOlderWorker) since their record was
    // last saved: "older" is added to their difficulties and they move to the priority tier, as
    // changes that sync (the same change from two windows settles by itself). Run once a day at
    // a service window. Returns how many.
    Result<int> markOlderByAge();

    // "priority" (困难零工人员, S4) when any difficulty is flagged, else "normal".
    static QString tierFor(const QStringList& difficulties);
    static QJsonObject toData(const SeekerForm& form);
    static SeekerForm fromData(const QJsonObject& data);

private:
    // This seeker and every other live record with its ID number, oldest first.
    Result<std::vector<StoredEntity>> sameIdNumber(const QString& id) const;

    EntityStore& m_store;
    const Clock& m_clock;
    SeekerRepository m_repo;
};

} // namespace lingong
