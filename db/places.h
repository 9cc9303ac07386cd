#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace lingong {

// The county-level places of Guangxi (districts, counties, county-level cities), shipped as
// :/data/places.json. A place is stored as its city and its own name together (南宁市青秀区),
// the form the district lists and validation::checkDistrict use.
//
// Thread-safety: the list is read once and never changed; every function is const.
class Places final
{
public:
    // The shipped list.
    static const Places& guangxi();

    // Every place, stored form, city by city in the official order.
    QStringList all() const;
    // The places of the city `district` lies in (stored form, `district` first, then the
    // city's others in order), then those of the other cities: a hall offers its own city's
    // places first. `district` may be a city + place, a place alone (藤县) or empty; one the list
    // does not know is kept first. `cityOnly`: the city's places alone (every place still when
    // the city is not known).
    QStringList near(const QString& district, bool cityOnly = false) const;

    // How a person reads a stored place. In Chinese (QLocale's default language): as stored,
    // or, short, without the city (青秀区). In English: the place's English name with its city
    // ("Qingxiu District, Nanning"), or, short, the name alone without "District", "County",
    // "City" or the autonomous county's people ("Qingxiu", "Rongshui"). A place the list does
    // not know reads as stored (short: after the first 市). Short names leave the city out only
    // where it is the city of `home` (the hall's district; any city when `home` is empty): a
    // place elsewhere keeps it (柳州市城中区, "Chengzhong, Liuzhou").
    QString displayName(const QString& district) const;
    // Whether the list knows `district`: stored form, earlier name, name alone where only one
    // city has it, or as displayName reads it in English.
    bool knows(const QString& district) const;
    // The stored form of a place the list knows, by its name now: 南宁市横县 → 南宁市横州市,
    // 藤县 → 梧州市藤县, "Teng County, Wuzhou" → 梧州市藤县. Any other is returned trimmed.
    QString canonical(const QString& district) const;
    // Every way a record may name the place `district` names, the stored form first: with an
    // earlier name (南宁市横县) and the name alone where no other city has one so named (藤县,
    // 横县). Filters that compare stored text ask for all of them. One the list does not know:
    // itself, trimmed (none when empty).
    QStringList spellings(const QString& district) const;
    QString shortName(const QString& district, const QString& home = {}) const;

private:
    struct Place
    {
        QString city;    // 南宁市
        QString name;    // 青秀区
        QString cityEn;  // Nanning
        QString nameEn;  // Qingxiu District
        QStringList was; // earlier names (before a county became a district or a city: 横县)
        QString stored() const { return city + name; }
    };
    static QString cityOf(const QString& district);
    Places() = default;
    const Place* find(const QString& district) const;
    static QString shortAfterCity(const QString& district);

    std::vector<Place> m_places;
};

} // namespace lingong
