#pragma once

#include "staffcontext.h"

#include <QWidget>

namespace lingong {

// One page of the service window. refresh() reloads the page's lists from the store (called when
// the page is shown and when the store changes) and never discards what a clerk is typing.
class StaffPage : public QWidget
{
    Q_OBJECT
public:
    explicit StaffPage(StaffContext& ctx, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_ctx(ctx)
    {}

    virtual void refresh() = 0;
    // A short number for the navigation list (e.g. items waiting); -1 for none.
    virtual int badge() const { return -1; }
    // The badge as the list shows it: the number, or more ("1000+") where it was counted only
    // so far; empty for none.
    virtual QString badgeText() const
    {
        const int n = badge();
        return n > 0 ? QString::number(n) : QString();
    }
    // Selects a representative item so that a screenshot shows the page at work.
    virtual void prepareForScreenshot() {}
    // Something typed here is not saved yet (in the form, or kept aside for another record):
    // signing out or closing the window asks first.
    virtual bool hasUnsavedWork() const { return false; }

signals:
    // Asks the window to open matching for this seeker or job.
    void matchSeekerRequested(const QString& seekerId);
    void matchJobRequested(const QString& jobId);
    void openSeekerRequested(const QString& seekerId);
    void openJobRequested(const QString& jobId);
    void openEmployerRequested(const QString& employerId);
    // Asks the window to take down a complaint about the unpaid wages of this placement.
    void unpaidWagesComplaintRequested(const QString& applicationId);
    // Something was saved: other pages' lists and counts may be out of date.
    void changed();

protected:
    // Puts the cursor in `field` when the page is on screen. A hidden page's form is never given
    // the keyboard: what the clerk types on the page shown would land in it unseen.
    void focusIfShown(QWidget* field)
    {
        if (isVisible())
            field->setFocus(Qt::OtherFocusReason);
    }

    StaffContext& m_ctx;
};

} // namespace lingong
