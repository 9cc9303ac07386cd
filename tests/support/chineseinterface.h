#pragma once

#include "catchqt.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace lingong::test {

// The interface in Chinese, as in the hall, while it lives: the translation installed and the
// default locale Chinese; both as they were afterwards.
class ChineseInterface
{
public:
    ChineseInterface()
    {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/lingong_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    ~ChineseInterface()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_before);
    }
    ChineseInterface(const ChineseInterface&) = delete;
    ChineseInterface& operator=(const ChineseInterface&) = delete;

private:
    QTranslator m_translator;
    QLocale m_before;
};

} // namespace lingong::test
