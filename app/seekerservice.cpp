#include "seekerservice.h"

#include "editmerge.h"
#include "ledger.h"
#include "validation.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace lingong {

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

const QStringList& knownDifficulties()
{
    static const QStringList list{QStringLiteral("long_unemployed"), QStringLiteral("low_income"),
                                  QStringLiteral("disability"), QStringLiteral("older"),
                                  QStringLiteral("other")};
    return list;
}

const QStringList& knownAvailability()
{
    static const QStringList list{QStringLiteral("now"), QStringLiteral("this_week"),
                                  QStringLiteral("weekends"), QStringLiteral("later")};
    return list;
}

} // namespace

SeekerService::SeekerService(EntityStore& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
    , m_repo(store)
{}

Result<int> SeekerService::markOlderByAge()
{
    const QDate today = m_clock.today();
    auto due = m_repo.olderNotMarked(today.addYears(-validation::kOlderWorkerAgeWomen),
                                     today.addYears(-validation::kOlderWorkerAgeMen));
    if (!due.ok())
        return due.error();
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    for (const StoredEntity& row : due.value()) {
        QJsonObject d = row.data;
        QStringList hard = toList(d.value(QLatin1String("difficulties")));
        hard << QStringLiteral("older");
        d.insert(QStringLiteral("difficulties"), QJsonArray::fromStringList(hard));
        d.insert(QStringLiteral("tier"), tierFor(hard));
        if (auto saved = m_store.save(entities::seeker(), row.id, d); !saved.ok())
            return saved.error();
    }
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return int(due.value().size());
}

const QStringList& SeekerService::educationLevels()
{
    static const QStringList levels{QStringLiteral("小学"), QStringLiteral("初中"),
                                    QStringLiteral("高中/中专"), QStringLiteral("大专"),
                                    QStringLiteral("本科及以上")};
    return levels;
}

QString SeekerService::tierFor(const QStringList& difficulties)
{
    return difficulties.isEmpty() ? QStringLiteral("normal") : QStringLiteral("priority");
}

Result<SeekerForm> SeekerService::check(const SeekerForm& form) const
{
    SeekerForm out = form;
    out.name = form.name.trimmed();
    if (out.name.size() > 30)
        return makeError(QStringLiteral("invalid"), tr("Name is too long (30 characters at most)."),
                         QStringLiteral("name"));
    auto id = validation::checkWorkingAgeId(form.idNumber, m_clock.today());
    if (!id.ok())
        return id.error();
    out.idNumber = id.value().normalised;
    // 大龄 is a fact of the birth date, not an answer: an older worker is in the priority tier
    // whether or not anybody ticked it.
    if (validation::isOlderWorker(id.value(), m_clock.today()) &&
        !out.difficulties.contains(QLatin1String("older")))
        out.difficulties.append(QStringLiteral("older"));
    auto phone = validation::checkMobile(form.phone);
    if (!phone.ok())
        return phone.error();
    out.phone = phone.value();
    if (!knownAvailability().contains(out.availability))
        return makeError(QStringLiteral("invalid"),
                         tr("When you can start work is not a known choice."),
                         QStringLiteral("availability"));
    if (out.expectedPayMin < 0 || out.expectedPayMin > 100000)
        return makeError(QStringLiteral("invalid"),
                         tr("Expected pay must be between 0 and 100000 yuan."),
                         QStringLiteral("expected_pay"));
    for (const QString& d : std::as_const(out.difficulties)) {
        if (!knownDifficulties().contains(d))
            return makeError(QStringLiteral("invalid"),
                             tr("Difficulty situation is not a known choice."),
                             QStringLiteral("difficulties"));
    }
    out.difficulties.removeDuplicates();
    out.wantedOccupations.removeDuplicates();
    out.wantedDistricts.removeDuplicates();
    out.trainingWishes.removeDuplicates();
    return out;
}

QJsonObject SeekerService::toData(const SeekerForm& f)
{
    return QJsonObject{
        {QStringLiteral("name"), f.name},
        {QStringLiteral("id_number"), f.idNumber},
        {QStringLiteral("phone"), f.phone},
        {QStringLiteral("education"), f.education},
        {QStringLiteral("skills"), f.skills},
        {QStringLiteral("wanted_occupations"), toArray(f.wantedOccupations)},
        {QStringLiteral("wanted_districts"), toArray(f.wantedDistricts)},
        {QStringLiteral("availability"), f.availability},
        {QStringLiteral("expected_pay"), QJsonObject{{QStringLiteral("min"), f.expectedPayMin},
                                                     {QStringLiteral("unit"), f.expectedPayUnit}}},
        {QStringLiteral("training_wishes"), toArray(f.trainingWishes)},
        {QStringLiteral("business_interest"), f.businessInterest},
        {QStringLiteral("difficulties"), toArray(f.difficulties)},
        {QStringLiteral("tier"), tierFor(f.difficulties)},
        {QStringLiteral("source"), f.source},
        {QStringLiteral("notes"), f.notes},
    };
}

SeekerForm SeekerService::fromData(const QJsonObject& d)
{
    SeekerForm f;
    f.name = d.value(QLatin1String("name")).toString();
    f.idNumber = d.value(QLatin1String("id_number")).toString();
    f.phone = d.value(QLatin1String("phone")).toString();
    f.education = d.value(QLatin1String("education")).toString();
    f.skills = d.value(QLatin1String("skills")).toString();
    f.wantedOccupations = toList(d.value(QLatin1String("wanted_occupations")));
    f.wantedDistricts = toList(d.value(QLatin1String("wanted_districts")));
    f.availability = d.value(QLatin1String("availability")).toString(QStringLiteral("now"));
    const QJsonObject pay = d.value(QLatin1String("expected_pay")).toObject();
    f.expectedPayMin = pay.value(QLatin1String("min")).toDouble();
    f.expectedPayUnit = pay.value(QLatin1String("unit")).toString(QStringLiteral("day"));
    f.trainingWishes = toList(d.value(QLatin1String("training_wishes")));
    f.businessInterest = d.value(QLatin1String("business_interest")).toBool();
    f.difficulties = toList(d.value(QLatin1String("difficulties")));
    f.consent = !d.value(QLatin1String("consent_at")).toString().isEmpty();
    f.source = d.value(QLatin1String("source")).toString(QStringLiteral("staff"));
    f.notes = d.value(QLatin1String("notes")).toString();
    return f;
}

Result<std::optional<StoredEntity>> SeekerService::findByIdNumber(const QString& idNumber) const
{
    auto id = validation::checkIdNumber(idNumber, m_clock.today());
    if (!id.ok())
        return id.error();
    return m_repo.findByIdHash(keyedHash(id.value().normalised, m_store.hashKey()));
}

Result<SeekerSaved> SeekerService::registerSeeker(const SeekerForm& form)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    // Someone registered already gave (or refused) consent with that registration: they are
    // found by a valid ID number whatever else this form says or still lacks.
    if (validation::checkIdNumber(form.idNumber, m_clock.today()).ok()) {
        auto existing = findByIdNumber(form.idNumber);
        if (!existing.ok())
            return existing.error();
        if (existing.value())
            return SeekerSaved{existing.value()->id, true, existing.value()->data, {}, {}};
    }
    auto checked = check(form);
    if (!checked.ok())
        return checked.error();
    const SeekerForm& f = checked.value();
    if (!f.consent)
        return makeError(QStringLiteral("consent_required"),
                         tr("Nothing was saved: the person has not agreed to the use of their "
                            "information."),
                         QStringLiteral("consent"));

    auto info = validation::checkIdNumber(f.idNumber, m_clock.today());
    QJsonObject data = toData(f);
    data.insert(QStringLiteral("gender"), info.value().gender);
    data.insert(QStringLiteral("birth_date"), info.value().birthDate.toString(Qt::ISODate));
    data.insert(QStringLiteral("consent_at"), Clock::toWire(m_clock.now()));
    const QString id = EntityStore::newId();
    auto saved = m_store.save(entities::seeker(), id, data);
    if (!saved.ok())
        return saved.error();
    const QString summary =
        f.source == QLatin1String("kiosk")
            ? ledgerText(QT_TR_NOOP("Job seeker registered at the self-service kiosk"))
            : ledgerText(QT_TR_NOOP("Job seeker registered at the window"));
    if (auto logged = Ledger(m_store).record(QStringLiteral("registration"), summary, f.staff,
                                             QStringLiteral("seeker"), id);
        !logged.ok())
        return logged.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return SeekerSaved{id, false, saved.value(), {}, {}};
}

Result<SeekerSaved> SeekerService::update(const QString& id, const SeekerForm& form,
                                          const QJsonObject& base)
{
    auto checked = check(form);
    if (!checked.ok())
        return checked.error();
    const SeekerForm& f = checked.value();
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto current = m_store.get(entities::seeker(), id);
    if (!current.ok())
        return current.error();
    if (!current.value()) {
        if (auto kept = mergedInto(id); kept.ok() && !kept.value().isEmpty())
            return makeError(QStringLiteral("merged"),
                             tr("This record was merged into another record of the same person "
                                "at another window. Open the person again to change it there."));
        return makeError(QStringLiteral("not_found"), tr("This job seeker no longer exists."));
    }
    // A record keeps its own number even while a twin has it too (registered twice before the
    // terminals synced): only a change to somebody else's number is refused.
    auto before = validation::checkIdNumber(
        current.value()->data.value(QLatin1String("id_number")).toString(), m_clock.today());
    if (!before.ok() || before.value().normalised != f.idNumber) {
        auto other = findByIdNumber(f.idNumber);
        if (!other.ok())
            return other.error();
        if (other.value() && other.value()->id != id)
            return makeError(QStringLiteral("duplicate"),
                             tr("ID number: another registered person already has this number."),
                             QStringLiteral("id_number"));
    }
    const QJsonObject& latest = current.value()->data;
    QJsonObject data = base.isEmpty() ? latest : base;
    const QJsonObject fresh = toData(f);
    for (auto it = fresh.begin(); it != fresh.end(); ++it) {
        if (it.key() != QLatin1String("source"))
            data.insert(it.key(), it.value());
    }
    auto info = validation::checkIdNumber(f.idNumber, m_clock.today());
    data.insert(QStringLiteral("gender"), info.value().gender);
    data.insert(QStringLiteral("birth_date"), info.value().birthDate.toString(Qt::ISODate));
    if (f.consent && data.value(QLatin1String("consent_at")).toString().isEmpty())
        data.insert(QStringLiteral("consent_at"), Clock::toWire(m_clock.now()));
    const EditMerge merged = mergeEdit(base, data, latest);
    auto saved = m_store.save(entities::seeker(), id, merged.data);
    if (!saved.ok())
        return saved.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return SeekerSaved{id, false, saved.value(), merged.keptTheirs, merged.overTheirs};
}

Result<std::vector<StoredEntity>> SeekerService::sameIdNumber(const QString& id) const
{
    auto current = m_store.get(entities::seeker(), id);
    if (!current.ok())
        return current.error();
    if (!current.value())
        return std::vector<StoredEntity>();
    const QString number = current.value()->data.value(QLatin1String("id_number")).toString();
    auto checked = validation::checkIdNumber(number, m_clock.today());
    if (!checked.ok())
        return std::vector<StoredEntity>{*current.value()};
    auto all = m_repo.findAllByIdHash(keyedHash(checked.value().normalised, m_store.hashKey()));
    if (!all.ok())
        return all.error();
    return all;
}

Result<std::vector<StoredEntity>> SeekerService::twinsOf(const QString& id) const
{
    auto all = sameIdNumber(id);
    if (!all.ok())
        return all.error();
    std::vector<StoredEntity> out;
    for (StoredEntity& e : all.value())
        if (e.id != id)
            out.push_back(std::move(e));
    return out;
}

Result<std::vector<StoredEntity>> SeekerService::registeredTwice() const
{
    return m_repo.registeredTwice();
}

Result<QString> SeekerService::mergedInto(const QString& id) const
{
    return m_repo.mergedInto(id);
}

Result<SeekerSaved> SeekerService::mergeTwins(const QString& id)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto found = sameIdNumber(id);
    if (!found.ok())
        return found.error();
    const std::vector<StoredEntity>& all = found.value();
    if (all.size() < 2)
        return makeError(QStringLiteral("not_found"),
                         tr("This person has one record only: there is nothing to merge."));
    // The oldest record stays: the platform and the other terminals know it longest. Every
    // terminal merging the same twins keeps the same one.
    const StoredEntity& kept = all.front();
    QJsonObject data = kept.data;
    const auto text = [](const QJsonObject& d, const char* key) {
        return d.value(QLatin1String(key)).toString().trimmed();
    };
    // The answers changed last win, whichever record they are on: the person said them most
    // recently. Lists are united; the earliest consent stays.
    std::vector<const StoredEntity*> byChange;
    for (const StoredEntity& e : all)
        byChange.push_back(&e);
    std::stable_sort(
        byChange.begin(), byChange.end(),
        [](const StoredEntity* a, const StoredEntity* b) { return a->modifiedAt < b->modifiedAt; });
    QStringList notes;
    for (const StoredEntity* e : byChange) {
        const QJsonObject& d = e->data;
        for (const char* key : {"name", "phone", "education", "skills", "availability"})
            if (!text(d, key).isEmpty())
                data.insert(QLatin1String(key), text(d, key));
        if (d.value(QLatin1String("expected_pay"))
                .toObject()
                .value(QLatin1String("min"))
                .toDouble() > 0)
            data.insert(QStringLiteral("expected_pay"), d.value(QLatin1String("expected_pay")));
        // Interest in starting a business, told on any of the records, is followed up.
        if (d.value(QLatin1String("business_interest")).toBool())
            data.insert(QStringLiteral("business_interest"), true);
        for (const char* key :
             {"wanted_occupations", "wanted_districts", "training_wishes", "difficulties"}) {
            QStringList united = toList(data.value(QLatin1String(key)));
            united << toList(d.value(QLatin1String(key)));
            united.removeDuplicates();
            data.insert(QLatin1String(key), toArray(united));
        }
        const QString consent = text(d, "consent_at");
        if (!consent.isEmpty() &&
            (text(data, "consent_at").isEmpty() || consent < text(data, "consent_at")))
            data.insert(QStringLiteral("consent_at"), consent);
        if (!text(d, "notes").isEmpty() && !notes.contains(text(d, "notes")))
            notes << text(d, "notes");
    }
    data.insert(QStringLiteral("notes"), notes.join(QStringLiteral("; ")));
    data.insert(QStringLiteral("tier"), tierFor(toList(data.value(QLatin1String("difficulties")))));
    // Where the others went, for a terminal that still refers to one of them.
    QStringList merged = toList(data.value(QLatin1String("merged_ids")));
    for (size_t i = 1; i < all.size(); ++i)
        merged << all[i].id << toList(all[i].data.value(QLatin1String("merged_ids")));
    merged.removeDuplicates();
    data.insert(QStringLiteral("merged_ids"), toArray(merged));
    auto saved = m_store.save(entities::seeker(), kept.id, data);
    if (!saved.ok())
        return saved.error();

    // What belongs to the others now belongs to the record kept.
    for (size_t i = 1; i < all.size(); ++i) {
        const QString& other = all[i].id;
        if (Status st = moveSeekerReferences(m_store, other, kept.id); !st.ok())
            return st.error();
        if (Status st = m_store.remove(entities::seeker(), other); !st.ok())
            return st.error();
        // A merged-away record keeps no personal data.
        if (Status st =
                m_store.purgeFields(entities::seeker(), other, entities::seekerPersonalFields());
            !st.ok())
            return st.error();
    }
    // Applications made with a mobile that two of the records shared were linked to neither;
    // they belong to the person now. (A mobile on one record only was never ambiguous.)
    QHash<QString, int> phoneCount;
    for (const StoredEntity& e : all)
        if (!text(e.data, "phone").isEmpty())
            ++phoneCount[text(e.data, "phone")];
    QJsonArray phones;
    for (auto it = phoneCount.cbegin(); it != phoneCount.cend(); ++it)
        if (it.value() > 1)
            phones.append(it.key());
    auto unlinked = m_store.database().exec(
        QStringLiteral("SELECT id FROM application WHERE deleted = 0 AND seeker_id = '' AND "
                       "phone IN (SELECT value FROM json_each(?))"),
        {QString::fromUtf8(QJsonDocument(phones).toJson(QJsonDocument::Compact))});
    if (!unlinked.ok())
        return unlinked.error();
    QStringList applications;
    while (unlinked.value().next())
        applications << unlinked.value().value(0).toString();
    for (const QString& row : std::as_const(applications)) {
        auto e = m_store.get(entities::application(), row);
        if (!e.ok())
            return e.error();
        if (!e.value())
            continue;
        QJsonObject linked = e.value()->data;
        linked.insert(QStringLiteral("seeker_id"), kept.id);
        if (auto st = m_store.save(entities::application(), row, linked); !st.ok())
            return st.error();
    }
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return SeekerSaved{kept.id, false, saved.value(), {}, {}};
}

Result<std::vector<StoredEntity>> SeekerService::lookup(const QString& text) const
{
    QString t = text.trimmed();
    static const QRegularExpression idLike(QStringLiteral("^(\\d{15}|\\d{17}[\\dxX])$"));
    if (idLike.match(t).hasMatch()) {
        auto id = validation::checkIdNumber(t, m_clock.today());
        if (!id.ok())
            return id.error();
        return m_repo.findAllByIdHash(keyedHash(id.value().normalised, m_store.hashKey()));
    }
    QString digits = t;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    static const QRegularExpression phoneLike(QStringLiteral("^(\\+?86)?1\\d{10}$"));
    if (phoneLike.match(digits).hasMatch()) {
        auto phone = validation::checkMobile(digits);
        if (!phone.ok())
            return phone.error();
        return m_repo.findByPhone(phone.value());
    }
    // Four to ten digits: the end of a mobile number, as people often say it (尾号 8000).
    static const QRegularExpression phoneEnding(QStringLiteral("^\\d{4,10}$"));
    if (phoneEnding.match(digits).hasMatch())
        return m_repo.findByPhoneEnding(digits);
    return m_repo.findByName(t);
}

} // namespace lingong
