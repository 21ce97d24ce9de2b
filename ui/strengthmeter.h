#pragma once

#include "passphrasestrength.h"

#include <QWidget>

namespace coop::ui {

// The coloured bar under a new passphrase: three segments, red (weak), amber (fair), green
// (strong), none for too short. Screen readers get the level as the accessible description.
class StrengthMeter : public QWidget
{
    Q_OBJECT
public:
    explicit StrengthMeter(QWidget *parent = nullptr);

    PassphraseStrength strength() const { return m_strength; }
    void setStrength(PassphraseStrength strength, const QString &description);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PassphraseStrength m_strength = PassphraseStrength::TooShort;
};

} // namespace coop::ui
