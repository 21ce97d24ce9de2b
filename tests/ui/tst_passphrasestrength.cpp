#include "ui/passphrasestrength.h"

#include <QTest>

using namespace Qt::StringLiterals;
using coop::ui::PassphraseStrength;

Q_DECLARE_METATYPE(coop::ui::PassphraseStrength)

class tst_PassphraseStrength : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void estimate_data();
    void estimate();
    void acceptable();
};

void tst_PassphraseStrength::estimate_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<PassphraseStrength>("expected");
    QTest::newRow("empty is too short") << QString() << PassphraseStrength::TooShort;
    QTest::newRow("nine characters are too short")
        << u"Ab3$efgh9"_s << PassphraseStrength::TooShort;
    QTest::newRow("accents count as one character each")
        << u"éééééééé"_s << PassphraseStrength::TooShort;
    QTest::newRow("ten lowercase letters are weak") << u"abcdefghij"_s << PassphraseStrength::Weak;
    QTest::newRow("one repeated character is weak")
        << u"aaaaaaaaaaaaaaaaaaaa"_s << PassphraseStrength::Weak;
    QTest::newRow("two characters repeated are weak")
        << u"abababababababababab"_s << PassphraseStrength::Weak;
    QTest::newRow("thirteen lowercase letters are fair")
        << u"tournesolbleu"_s << PassphraseStrength::Fair;
    QTest::newRow("ten characters of four classes are fair")
        << u"Tr0ub4dor&"_s << PassphraseStrength::Fair;
    QTest::newRow("four words with spaces are strong")
        << u"cheval agrafe correct batterie"_s << PassphraseStrength::Strong;
    QTest::newRow("an accented sentence is strong")
        << u"l'été à Noirmoutier"_s << PassphraseStrength::Strong;
}

void tst_PassphraseStrength::estimate()
{
    QFETCH(QString, passphrase);
    QFETCH(PassphraseStrength, expected);
    QCOMPARE(coop::ui::estimatePassphraseStrength(passphrase), expected);
}

void tst_PassphraseStrength::acceptable()
{
    QVERIFY(!coop::ui::isAcceptablePassphrase(PassphraseStrength::TooShort));
    QVERIFY(!coop::ui::isAcceptablePassphrase(PassphraseStrength::Weak));
    QVERIFY(coop::ui::isAcceptablePassphrase(PassphraseStrength::Fair));
    QVERIFY(coop::ui::isAcceptablePassphrase(PassphraseStrength::Strong));
}

QTEST_GUILESS_MAIN(tst_PassphraseStrength)
#include "tst_passphrasestrength.moc"
