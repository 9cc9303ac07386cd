-- Schema 29: why a posting was not published after review (JobService::reject), so that every
-- window tells a posting that did not pass review from one taken down. Empty for every other
-- posting. Postings rejected before this schema get the reason this terminal's audit log gave
-- (where it gave one), when their last change of status here was that rejection and nothing
-- changed them since. That is this terminal's own view: it is not sent anywhere.
ALTER TABLE job ADD COLUMN review_note TEXT NOT NULL DEFAULT '';
UPDATE job SET review_note = COALESCE((
        SELECT a.detail FROM audit_log a
        WHERE a.entity = 'job' AND a.entity_id = job.id AND a.action = 'job_reject'
        ORDER BY a.id DESC LIMIT 1), '')
    WHERE status = 'withdrawn'
      AND (SELECT a.action FROM audit_log a
           WHERE a.entity = 'job' AND a.entity_id = job.id
             AND a.action IN ('job_reject', 'job_withdraw', 'job_publish', 'job_republish',
                              'job_filled')
           ORDER BY a.id DESC LIMIT 1) = 'job_reject'
      AND job.modified_at <= (SELECT MAX(a.at) FROM audit_log a
                              WHERE a.entity = 'job' AND a.entity_id = job.id
                                AND a.action = 'job_reject');
