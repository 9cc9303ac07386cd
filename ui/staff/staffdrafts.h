#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>

namespace lingong {

// Unsaved changes a staff form keeps aside while the clerk opens another record, to put back when
// that record is opened again: by record id ("" for the new, unsaved one), each with the stored
// record it was typed over, so that a change made elsewhere meanwhile can be told.
template <typename Form>
class DraftShelf
{
public:
    struct Taken
    {
        Form form;
        bool changedSince = false; // the record was changed elsewhere after the typing began
        QJsonObject record;        // the record as it was when the typing began
    };

    void keep(const QString& id, Form form, QJsonObject record)
    {
        m_drafts[id] = Draft{std::move(form), std::move(record)};
    }

    // The draft of `id`, which leaves the shelf; `current` is the record as stored now.
    std::optional<Taken> take(const QString& id, const QJsonObject& current)
    {
        const auto it = m_drafts.find(id);
        if (it == m_drafts.end())
            return std::nullopt;
        Taken taken{std::move(it->second.form), !id.isEmpty() && it->second.record != current,
                    std::move(it->second.record)};
        m_drafts.erase(it);
        return taken;
    }

    void drop(const QString& id) { m_drafts.erase(id); }
    bool empty() const { return m_drafts.empty(); }
    bool has(const QString& id) const { return m_drafts.count(id) > 0; }

    QStringList ids() const
    {
        QStringList out;
        for (const auto& [id, draft] : m_drafts)
            out << id;
        return out;
    }

    // How each draft is called in a message, given its id, what was typed and the record.
    QStringList
    names(const std::function<QString(const QString&, const Form&, const QJsonObject&)>& name) const
    {
        QStringList out;
        for (const auto& [id, draft] : m_drafts)
            out << name(id, draft.form, draft.record);
        return out;
    }

    // Drops the drafts `gone` accepts (given each one's id and what was typed).
    void dropIf(const std::function<bool(const QString&, const Form&)>& gone)
    {
        std::erase_if(m_drafts, [&gone](const auto& d) { return gone(d.first, d.second.form); });
    }

    // Drops the drafts whose id `keep` refuses; returns how many went.
    qsizetype keepOnly(const std::function<bool(const QString&)>& keep)
    {
        return std::erase_if(m_drafts, [&keep](const auto& d) { return !keep(d.first); });
    }

private:
    struct Draft
    {
        Form form;
        QJsonObject record;
    };
    std::map<QString, Draft> m_drafts;
};

} // namespace lingong
