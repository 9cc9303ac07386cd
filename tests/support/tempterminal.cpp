#include "tempterminal.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

namespace lingong::test {

QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(2, 0), QTimeZone::utc());
}

TempTerminal::TempTerminal(Mode mode, Config config)
    : m_path(m_dir.filePath(QStringLiteral("store.sqlite")))
    , m_clock(testNow())
    , m_terminal(std::make_unique<Terminal>(std::move(config), m_clock))
{
    REQUIRE(m_dir.isValid());
    const Status st = m_terminal->open(m_path, mode);
    INFO((st.ok() ? QString() : st.error().message).toStdString());
    REQUIRE(st.ok());
}

int TempTerminal::count(const QString& table, const QString& where)
{
    auto r = m_terminal->database().scalar(
        QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where));
    REQUIRE(r.ok());
    return r.value().toInt();
}

} // namespace lingong::test
