#pragma once

// Lets Catch print Qt values in failure messages.
#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QJsonObject>
{
    static std::string convert(const QJsonObject& o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
    }
};
template <>
struct StringMaker<QVariant>
{
    static std::string convert(const QVariant& v) { return v.toString().toStdString(); }
};
} // namespace Catch
