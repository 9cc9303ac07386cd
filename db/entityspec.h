#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace lingong {

// What a derived column may need besides the entity's own data.
struct DeriveContext
{
    QByteArray hashKey; // per-store key for keyed hashes of identity numbers
};

// One stored column of a synced entity and where it lives in the entity's JSON (`data` of the
// sync envelope). A dotted path ("pay.min") addresses a nested object. A derived column has no
// JSON path: it is computed from the data on every write and never sent.
struct ColumnSpec
{
    enum class Type
    {
        Text,
        Int,
        Real,
        Bool,
        Json
    };
    QString column;
    QString jsonPath;
    Type type = Type::Text;
    QVariant (*derive)(const QJsonObject& data, const DeriveContext& ctx) = nullptr;
};

// A synced entity kind: its protocol name, its table and its columns (besides the common ones:
// id, version, server_seq, modified_at, origin, deleted).
struct EntitySpec
{
    QString entity;
    QString table;
    std::vector<ColumnSpec> columns;

    // Value of `path` in `data`, for columns and validation alike.
    static QJsonValue jsonAt(const QJsonObject& data, const QString& path);
    static void setJsonAt(QJsonObject& data, const QString& path, const QJsonValue& value);

    // Column value for binding, converted to the column's type; missing values become the
    // column's empty value ("" / 0 / "[]").
    QVariant bindValue(const ColumnSpec& c, const QJsonObject& data,
                       const DeriveContext& ctx) const;
};

// The synced entities (sync-protocol.md: job, employer, seeker, application, content, worklog;
// plus complaint and service_record, additive kinds this project defines).
namespace entities {
const EntitySpec& job();
const EntitySpec& employer();
const EntitySpec& seeker();
// A seeker's personal fields (S5): what a kiosk clears once synced, a merged-away record drops
// and a person deleted at their request leaves behind.
const QStringList& seekerPersonalFields();
const EntitySpec& application();
const EntitySpec& content();
const EntitySpec& worklog();
const EntitySpec& complaint();
const EntitySpec& serviceRecord();
const std::vector<const EntitySpec*>& all();
// nullptr for an unknown entity name.
const EntitySpec* find(const QString& entity);
} // namespace entities

// Keyed hash of an identity number (HMAC-SHA256, hex), so staff can look a person up by the full
// number without the store needing the number in clear for searching.
QString keyedHash(const QString& normalisedValue, const QByteArray& key);

} // namespace lingong
