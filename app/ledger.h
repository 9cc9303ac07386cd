#pragma once

#include "entitystore.h"

// In a class with Q_DECLARE_TR_FUNCTIONS(context): declares ledgerText(source[, n]), the source
// text marked QT_TR_NOOP (QT_TR_N_NOOP with n) in Chinese, for the entries it writes to the
// ledger (Ledger::inChinese).
#define LINGONG_LEDGER_TEXT(context)                                                               \
    static QString ledgerText(const char* source, int n = -1)                                      \
    {                                                                                              \
        return ::lingong::Ledger::inChinese(#context, source, n);                                  \
    }

namespace lingong {

// The work-log ledger 工作日志台账 (L1). Business services call record() inside the transaction
// of the action they log, so the entry lands with it or not at all.
class Ledger final
{
public:
    explicit Ledger(EntityStore& store)
        : m_store(store)
    {}

    // kind: registration | posting | review | match | hire | followup | consultation | enquiry |
    // complaint | application | training | other. `summary` must not contain personal data in
    // clear.
    // `day`: the hall-local day the entry is filed under, when not today (a correction, under
    // the day of the outcome it corrects).
    Result<QString> record(const QString& kind, const QString& summary, const QString& staff = {},
                           const QString& refEntity = {}, const QString& refId = {},
                           const QDate& day = {});

    // Strikes out the newest entry about `refEntity` `refId` of one of `kinds` made at `since` (a
    // wire time) or later and still standing, `reason` saying why (a hire corrected away, a
    // recommendation withdrawn): it stays listed and leaves the counts. Returns whether one was
    // struck out; none standing is no error.
    Result<bool> strikeLatest(const QString& refEntity, const QString& refId,
                              const QStringList& kinds, const QString& since, const QString& reason,
                              const QString& staff);

    // The ledger is the hall's official record, read at every window and by the platform: an
    // entry a service writes is in Chinese whatever language the clerk's screen speaks. `source`
    // is an English source text marked with QT_TRANSLATE_NOOP (QT_TRANSLATE_N_NOOP with `n`) in
    // `context`; its Chinese translation is returned, %n filled in. Without the translation (a
    // build without it) the English text is kept rather than nothing.
    static QString inChinese(const char* context, const char* source, int n = -1);

private:
    EntityStore& m_store;
};

} // namespace lingong
