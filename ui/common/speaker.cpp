#include "speaker.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QThread>
#include <QVoice>

Q_LOGGING_CATEGORY(lcSpeech, "lingong.ui.speech")

namespace lingong {

// Lives in the speaker's thread; every slot runs there.
class SpeechWorker final : public QObject
{
    Q_OBJECT
public:
    explicit SpeechWorker(const QLocale& wanted)
        : m_wanted(wanted)
    {}

public slots:
    void start()
    {
        if (QTextToSpeech::availableEngines().isEmpty()) {
            qCInfo(lcSpeech) << "no speech engine installed; reading aloud is off";
            return;
        }
        m_tts = new QTextToSpeech(this);
        // An engine without a voice for the default locale starts in error; a voice chosen
        // below may still serve.
        if (m_tts->state() == QTextToSpeech::Error &&
            m_tts->errorReason() != QTextToSpeech::ErrorReason::Configuration) {
            qCWarning(lcSpeech) << "speech engine failed:" << m_tts->errorString();
            return;
        }
        if (!chooseVoice()) {
            qCWarning(lcSpeech) << "the speech engine has no voice for" << m_wanted.name()
                                << "; reading aloud is off";
            return;
        }
        qCInfo(lcSpeech) << "reading aloud with" << m_tts->voice().name();
        emit ready();
    }

    void say(const QString& text)
    {
        if (!m_tts)
            return;
        m_tts->stop();
        if (!text.isEmpty())
            m_tts->say(text);
    }

    void stop()
    {
        if (m_tts)
            m_tts->stop();
    }

signals:
    void ready();

private:
    // The locale itself, else one of its language in another country. An engine that knows no
    // such locale may still have the language's voice under a name of its own: speech-dispatcher
    // lists eSpeak NG's Mandarin, "cmn", as "Chinese (Mandarin, …)" in no locale Qt knows.
    bool chooseVoice()
    {
        const QList<QLocale> locales = m_tts->availableLocales();
        if (locales.contains(m_wanted)) {
            m_tts->setLocale(m_wanted);
            return true;
        }
        for (const QLocale& l : locales) {
            if (l.language() == m_wanted.language()) {
                m_tts->setLocale(l);
                return true;
            }
        }
        const QString language = QLocale::languageToString(m_wanted.language());
        m_tts->setLocale(QLocale::c());
        for (const QVoice& v : m_tts->availableVoices()) {
            if (v.name().startsWith(language) && !v.name().contains(QLatin1Char('+'))) {
                m_tts->setVoice(v);
                return true;
            }
        }
        return false;
    }

    QLocale m_wanted;
    QTextToSpeech* m_tts = nullptr;
};

SystemSpeaker::SystemSpeaker(QObject* parent)
    : Speaker(parent)
    , m_thread(new QThread)
    , m_worker(new SpeechWorker(QLocale()))
{
    m_thread->setObjectName(QStringLiteral("speech"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &SpeechWorker::start);
    // Deleted in its thread as that ends, also when the engine was still starting.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SpeechWorker::ready, this, [this] {
        m_available = true;
        emit availabilityChanged(true);
    });
    m_thread->start();
}

SystemSpeaker::~SystemSpeaker()
{
    m_available = false;
    m_thread->quit();
    // A thread stuck connecting to a hung dispatcher is left behind (the program is ending);
    // waiting for it would hang the program too.
    if (m_thread->wait(2000))
        delete m_thread;
    else
        qCWarning(lcSpeech) << "the speech engine did not stop; leaving it";
}

void SystemSpeaker::say(const QString& text)
{
    if (m_available)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, text] { w->say(text); });
}

void SystemSpeaker::stop()
{
    if (m_available)
        QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop);
}

} // namespace lingong

#include "speaker.moc"
