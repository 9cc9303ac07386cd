#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace lingong {

// Reads text aloud for the kiosk's 语音朗读 (barrier-free service, D2).
//
// The kiosk asks a Speaker; the program gives it a SystemSpeaker over the machine's speech
// engine. Main thread only.
class Speaker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // True when the engine can speak; the kiosk offers reading aloud only then.
    virtual bool isAvailable() const = 0;
    // Stops whatever is being read and reads `text` (nothing for empty text).
    virtual void say(const QString& text) = 0;
    virtual void stop() = 0;

signals:
    // isAvailable() changed (an engine that starts in the background says so when ready).
    void availabilityChanged(bool available);
};

class SpeechWorker;

// The machine's speech engine through Qt TextToSpeech (speech-dispatcher with eSpeak NG on
// Debian), in a voice of the program's language where the engine has one.
//
// The engine runs in a thread of its own: connecting to speech-dispatcher blocks, for good when
// the dispatcher hangs, and the kiosk must start and answer taps regardless. Not available until
// the engine has started and found a voice of the language (availabilityChanged).
class SystemSpeaker final : public Speaker
{
    Q_OBJECT
public:
    explicit SystemSpeaker(QObject* parent = nullptr);
    ~SystemSpeaker() override;

    bool isAvailable() const override { return m_available; }
    void say(const QString& text) override;
    void stop() override;

private:
    QThread* m_thread = nullptr;
    SpeechWorker* m_worker = nullptr;
    bool m_available = false;
};

} // namespace lingong
