#include "demodata.h"

#include "identifiers.h"

#include <QByteArray>
#include <QSet>
#include <QStringList>
#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

// xoshiro256** seeded by splitmix64: small, fast, and the same numbers everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (quint64 &word : m_state) {
            seed += 0x9E3779B97F4A7C15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n), without modulo bias.
    qint64 below(qint64 n)
    {
        Q_ASSERT(n > 0);
        const quint64 bound = static_cast<quint64>(n);
        const quint64 limit = ~quint64(0) - (~quint64(0) % bound);
        quint64 x = next();
        while (x >= limit)
            x = next();
        return static_cast<qint64>(x % bound);
    }
    // Uniform in [low, high].
    int between(int low, int high) { return static_cast<int>(low + below(high - low + 1)); }
    bool percent(int chance) { return below(100) < chance; }

    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(list.size()));
    }

    // A date in [from, to].
    QDate dateBetween(QDate from, QDate to)
    {
        Q_ASSERT(from <= to);
        return from.addDays(below(from.daysTo(to) + 1));
    }

    // A version-4 UUID made of this stream's bits, so that ids are reproducible too.
    QString uuid()
    {
        QByteArray bytes(16, '\0');
        for (int half = 0; half < 2; ++half) {
            quint64 word = next();
            for (int i = 0; i < 8; ++i) {
                bytes[half * 8 + i] = static_cast<char>(word & 0xFF);
                word >>= 8;
            }
        }
        bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40);
        bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_state{};
};

const QList<QString> kWomen{
    u"Marie"_s,    u"Camille"_s,   u"Léa"_s,      u"Manon"_s,    u"Chloé"_s,     u"Emma"_s,
    u"Inès"_s,     u"Sarah"_s,     u"Julie"_s,    u"Laura"_s,    u"Pauline"_s,   u"Claire"_s,
    u"Anne"_s,     u"Sophie"_s,    u"Isabelle"_s, u"Nathalie"_s, u"Céline"_s,    u"Aurélie"_s,
    u"Élodie"_s,   u"Émilie"_s,    u"Hélène"_s,   u"Valérie"_s,  u"Sandrine"_s,  u"Stéphanie"_s,
    u"Mathilde"_s, u"Lucie"_s,     u"Juliette"_s, u"Clémence"_s, u"Margaux"_s,   u"Charlotte"_s,
    u"Alice"_s,    u"Louise"_s,    u"Agathe"_s,   u"Zoé"_s,      u"Noémie"_s,    u"Océane"_s,
    u"Amandine"_s, u"Virginie"_s,  u"Caroline"_s, u"Delphine"_s, u"Fatima"_s,    u"Yasmine"_s,
    u"Nadia"_s,    u"Amina"_s,     u"Leïla"_s,    u"Khadija"_s,  u"Mélanie"_s,   u"Audrey"_s,
    u"Laetitia"_s, u"Anne-Sophie"_s,
};

const QList<QString> kMen{
    u"Thomas"_s,    u"Nicolas"_s,  u"Julien"_s,     u"Maxime"_s,  u"Alexandre"_s, u"Antoine"_s,
    u"Pierre"_s,    u"Guillaume"_s, u"Romain"_s,    u"Mathieu"_s, u"Sébastien"_s, u"Jérôme"_s,
    u"Olivier"_s,   u"Christophe"_s, u"Laurent"_s,  u"Stéphane"_s, u"Frédéric"_s, u"Vincent"_s,
    u"David"_s,     u"François"_s, u"Benoît"_s,     u"Damien"_s,  u"Florian"_s,   u"Hugo"_s,
    u"Lucas"_s,     u"Théo"_s,     u"Louis"_s,      u"Paul"_s,    u"Arthur"_s,    u"Jules"_s,
    u"Baptiste"_s,  u"Quentin"_s,  u"Kévin"_s,      u"Cédric"_s,  u"Grégory"_s,   u"Yannick"_s,
    u"Mehdi"_s,     u"Karim"_s,    u"Youssef"_s,    u"Rachid"_s,  u"Samir"_s,     u"Bruno"_s,
    u"Patrick"_s,   u"Philippe"_s, u"Jean"_s,       u"Michel"_s,  u"Éric"_s,      u"Denis"_s,
    u"Gaël"_s,      u"Jean-Marc"_s,
};

const QList<QString> kLastNames{
    u"Martin"_s,    u"Bernard"_s,  u"Thomas"_s,    u"Petit"_s,     u"Robert"_s,   u"Richard"_s,
    u"Durand"_s,    u"Dubois"_s,   u"Moreau"_s,    u"Laurent"_s,   u"Simon"_s,    u"Michel"_s,
    u"Lefebvre"_s,  u"Leroy"_s,    u"Roux"_s,      u"David"_s,     u"Bertrand"_s, u"Morel"_s,
    u"Fournier"_s,  u"Girard"_s,   u"Bonnet"_s,    u"Dupont"_s,    u"Lambert"_s,  u"Fontaine"_s,
    u"Rousseau"_s,  u"Vincent"_s,  u"Muller"_s,    u"Lefèvre"_s,   u"Faure"_s,    u"André"_s,
    u"Mercier"_s,   u"Blanc"_s,    u"Guérin"_s,    u"Boyer"_s,     u"Garnier"_s,  u"Chevalier"_s,
    u"François"_s,  u"Legrand"_s,  u"Gauthier"_s,  u"Garcia"_s,    u"Perrin"_s,   u"Robin"_s,
    u"Clément"_s,   u"Morin"_s,    u"Nicolas"_s,   u"Henry"_s,     u"Roussel"_s,  u"Mathieu"_s,
    u"Gautier"_s,   u"Masson"_s,   u"Marchand"_s,  u"Duval"_s,     u"Denis"_s,    u"Dumont"_s,
    u"Lemaire"_s,   u"Noël"_s,     u"Meyer"_s,     u"Dufour"_s,    u"Meunier"_s,  u"Brun"_s,
    u"Blanchard"_s, u"Giraud"_s,   u"Joly"_s,      u"Rivière"_s,   u"Lucas"_s,    u"Brunet"_s,
    u"Gaillard"_s,  u"Barbier"_s,  u"Arnaud"_s,    u"Martinez"_s,  u"Gérard"_s,   u"Roche"_s,
    u"Renard"_s,    u"Schmitt"_s,  u"Roy"_s,       u"Leroux"_s,    u"Colin"_s,    u"Vidal"_s,
    u"Caron"_s,     u"Picard"_s,   u"Roger"_s,     u"Fabre"_s,     u"Aubert"_s,   u"Lemoine"_s,
    u"Renaud"_s,    u"Dumas"_s,    u"Lacroix"_s,   u"Olivier"_s,   u"Philippe"_s, u"Bourgeois"_s,
    u"Benoît"_s,    u"Rey"_s,      u"Leclerc"_s,   u"Payet"_s,     u"Rolland"_s,  u"Leclercq"_s,
    u"Guillaume"_s, u"Lecomte"_s,  u"Lopez"_s,     u"Dupuy"_s,     u"Guillot"_s,  u"Hubert"_s,
    u"Berger"_s,    u"Carpentier"_s, u"Sanchez"_s, u"Dupuis"_s,    u"Moulin"_s,   u"Deschamps"_s,
    u"Huet"_s,      u"Vasseur"_s,  u"Perez"_s,     u"Boucher"_s,   u"Fleury"_s,   u"Royer"_s,
    u"Klein"_s,     u"Jacquet"_s,  u"Adam"_s,      u"Poirier"_s,   u"Marty"_s,    u"Aubry"_s,
    u"Guyot"_s,     u"Carré"_s,    u"Renault"_s,   u"Charpentier"_s, u"Ménard"_s, u"Maillard"_s,
    u"Baron"_s,     u"Bertin"_s,   u"Bailly"_s,    u"Hervé"_s,     u"Schneider"_s, u"Fernandez"_s,
    u"Le Gall"_s,   u"Collet"_s,   u"Léger"_s,     u"Bouvier"_s,   u"Prévost"_s,  u"Millet"_s,
    u"Perrot"_s,    u"Le Roux"_s,  u"Cousin"_s,    u"Germain"_s,   u"Breton"_s,   u"Besson"_s,
    u"Langlois"_s,  u"Rémy"_s,     u"Le Goff"_s,   u"Pelletier"_s, u"Lévêque"_s,  u"Perrier"_s,
    u"Leblanc"_s,   u"Barré"_s,    u"Lebrun"_s,    u"Marchal"_s,   u"Weber"_s,    u"Mallet"_s,
    u"Hamon"_s,     u"Boulanger"_s, u"Jacob"_s,    u"Monnier"_s,   u"Michaud"_s,  u"Rodriguez"_s,
    u"Guichard"_s,  u"Gillet"_s,   u"Étienne"_s,   u"Grondin"_s,   u"Poulain"_s,  u"Tessier"_s,
    u"Chauvin"_s,   u"Da Silva"_s, u"Bouchet"_s,   u"Lemaître"_s,  u"Bénard"_s,   u"Maréchal"_s,
    u"Humbert"_s,   u"Reynaud"_s,  u"Hoarau"_s,    u"Perret"_s,    u"Barthélemy"_s, u"Cordier"_s,
    u"Pichon"_s,    u"Lejeune"_s,  u"Gilbert"_s,   u"Lamy"_s,      u"Delaunay"_s, u"Pasquier"_s,
    u"Carlier"_s,   u"Laporte"_s,  u"Benali"_s,    u"Haddad"_s,    u"Nguyen"_s,   u"Diallo"_s,
    u"Traoré"_s,    u"Mendes"_s,   u"Ferreira"_s,  u"Kaya"_s,      u"Cohen"_s,    u"N'Diaye"_s,
};

struct City
{
    QString postcode;
    QString name;
};

const QList<City> kCities{
    {u"69001"_s, u"Lyon"_s},        {u"69002"_s, u"Lyon"_s},
    {u"69003"_s, u"Lyon"_s},        {u"69004"_s, u"Lyon"_s},
    {u"69005"_s, u"Lyon"_s},        {u"69006"_s, u"Lyon"_s},
    {u"69007"_s, u"Lyon"_s},        {u"69008"_s, u"Lyon"_s},
    {u"69009"_s, u"Lyon"_s},        {u"69100"_s, u"Villeurbanne"_s},
    {u"69200"_s, u"Vénissieux"_s},  {u"69300"_s, u"Caluire-et-Cuire"_s},
    {u"69500"_s, u"Bron"_s},        {u"69120"_s, u"Vaulx-en-Velin"_s},
    {u"69800"_s, u"Saint-Priest"_s}, {u"69600"_s, u"Oullins"_s},
    {u"69130"_s, u"Écully"_s},      {u"69160"_s, u"Tassin-la-Demi-Lune"_s},
    {u"69700"_s, u"Givors"_s},      {u"69400"_s, u"Villefranche-sur-Saône"_s},
    {u"38200"_s, u"Vienne"_s},      {u"38300"_s, u"Bourgoin-Jallieu"_s},
    {u"42000"_s, u"Saint-Étienne"_s}, {u"38000"_s, u"Grenoble"_s},
    {u"01000"_s, u"Bourg-en-Bresse"_s}, {u"69330"_s, u"Meyzieu"_s},
    {u"69150"_s, u"Décines-Charpieu"_s}, {u"69140"_s, u"Rillieux-la-Pape"_s},
    {u"69110"_s, u"Sainte-Foy-lès-Lyon"_s}, {u"69290"_s, u"Craponne"_s},
};

const QList<QString> kStreets{
    u"rue de la République"_s, u"rue Garibaldi"_s,        u"avenue Jean Jaurès"_s,
    u"rue Victor Hugo"_s,      u"boulevard des Belges"_s, u"rue Paul Bert"_s,
    u"cours Gambetta"_s,       u"rue de Marseille"_s,     u"chemin des Vignes"_s,
    u"allée des Tilleuls"_s,   u"rue du Moulin"_s,        u"rue Pasteur"_s,
    u"avenue de la Libération"_s, u"rue des Écoles"_s,    u"impasse des Lilas"_s,
    u"rue Anatole France"_s,   u"rue de la Paix"_s,       u"route de Vienne"_s,
    u"rue Émile Zola"_s,       u"montée de la Grande Côte"_s, u"quai Saint-Vincent"_s,
    u"rue Duguesclin"_s,       u"avenue Berthelot"_s,     u"rue Tronchet"_s,
};

const QList<QString> kSecondLines{
    u"Bâtiment B"_s, u"Appartement 12"_s, u"Résidence Les Cèdres"_s, u"2e étage"_s,
    u"Escalier C"_s, u"Chez M. et Mme Blanc"_s,
};

struct Trade
{
    QString name;
    QString code; // the analytic code's prefix
    bool workshop; // named "Atelier …"
};

const QList<Trade> kTrades{
    {u"Graphisme"_s, u"GRA"_s, false},
    {u"Développement web"_s, u"WEB"_s, false},
    {u"Menuiserie"_s, u"MEN"_s, true},
    {u"Traduction"_s, u"TRA"_s, false},
    {u"Photographie"_s, u"PHO"_s, false},
    {u"Formation"_s, u"FOR"_s, false},
    {u"Conseil en gestion"_s, u"CON"_s, false},
    {u"Architecture d'intérieur"_s, u"ARC"_s, false},
    {u"Couture"_s, u"COU"_s, true},
    {u"Paysagisme"_s, u"PAY"_s, false},
    {u"Rédaction"_s, u"RED"_s, false},
    {u"Coaching"_s, u"COA"_s, false},
    {u"Plomberie"_s, u"PLO"_s, false},
    {u"Électricité"_s, u"ELE"_s, false},
    {u"Traiteur"_s, u"TRT"_s, false},
    {u"Illustration"_s, u"ILL"_s, true},
    {u"Céramique"_s, u"CER"_s, true},
    {u"Maintenance informatique"_s, u"INF"_s, false},
    {u"Secrétariat indépendant"_s, u"SEC"_s, false},
    {u"Massage bien-être"_s, u"BIE"_s, false},
    {u"Ébénisterie"_s, u"EBE"_s, true},
    {u"Vidéo"_s, u"VID"_s, false},
};

const QList<QString> kAdvisers{
    u"Claire Fontaine"_s, u"Mathieu Rey"_s,    u"Samia Benali"_s,
    u"Jérôme Vasseur"_s,  u"Anne-Laure Petit"_s, u"Karim Haddad"_s,
};

const QList<QString> kFollowUpNotes{
    u"Point sur le chiffre d'affaires du trimestre."_s,
    u"Suivi de la trésorerie et des devis en cours."_s,
    u"Projet d'achat de matériel, à financer sur le compte d'activité."_s,
    u"Questions sur le sociétariat et les parts sociales."_s,
    u"Point sur la prospection : deux nouveaux clients."_s,
    u"Difficultés de paiement d'un client, relance à faire."_s,
    u"Révision de la part fixe envisagée."_s,
    u"Préparation du bilan annuel de l'activité."_s,
    u"Formation à l'outil de facturation."_s,
    u"Activité stable, pas de besoin particulier."_s,
};

// INSEE codes of countries of birth, in the NIR's commune part for people born abroad.
const QList<QString> kAbroad{u"350"_s, u"352"_s, u"351"_s, u"139"_s, u"134"_s, u"127"_s, u"109"_s};

// Departments of birth: mostly the region, some elsewhere, Corsica now and then.
const QList<QString> kDepartments{
    u"69"_s, u"69"_s, u"69"_s, u"69"_s, u"38"_s, u"42"_s, u"01"_s, u"26"_s, u"73"_s, u"74"_s,
    u"71"_s, u"75"_s, u"13"_s, u"59"_s, u"33"_s, u"31"_s, u"44"_s, u"67"_s, u"63"_s, u"21"_s,
    u"2A"_s, u"2B"_s, u"93"_s, u"92"_s, u"06"_s, u"34"_s, u"35"_s, u"76"_s, u"57"_s, u"87"_s,
};

QString asciiFold(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            out.append(c.toLower());
        else if (c == u' ' || c == u'-')
            out.append(u'-');
    }
    return out;
}

QString digits(qint64 value, int width)
{
    return u"%1"_s.arg(value, width, 10, QLatin1Char('0'));
}

// NIR key: 97 − (number mod 97), Corsica's 2A/2B counted as 19/18.
QString nirWithKey(const QString &thirteen)
{
    QString number = thirteen;
    if (number.mid(5, 2) == "2A"_L1)
        number.replace(5, 2, u"19"_s);
    else if (number.mid(5, 2) == "2B"_L1)
        number.replace(5, 2, u"18"_s);
    const qint64 key = 97 - number.toLongLong() % 97;
    return thirteen + digits(key, 2);
}

int luhnSum(const QString &number)
{
    int sum = 0;
    for (qsizetype i = 0; i < number.size(); ++i) {
        int d = number.at(number.size() - 1 - i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum;
}

// The digit that completes `number` into a valid Luhn sequence.
QString withLuhnDigit(const QString &number)
{
    for (int d = 0; d <= 9; ++d) {
        const QString candidate = number + QString::number(d);
        if (luhnSum(candidate) % 10 == 0)
            return candidate;
    }
    Q_ASSERT(false);
    return number;
}

int mod97(const QString &digitsText)
{
    int rest = 0;
    for (const QChar c : digitsText)
        rest = (rest * 10 + c.digitValue()) % 97;
    return rest;
}

QString frenchIban(Random &random)
{
    const QString bank = u"42559"_s; // Crédit Coopératif
    const QString branch = digits(random.between(1, 99999), 5);
    const QString account = digits(random.between(0, 999999), 6) + digits(random.between(0, 99999), 5);
    // RIB key: 97 − (89 × bank + 15 × branch + 3 × account) mod 97.
    const qint64 sum = 89 * bank.toLongLong() + 15 * branch.toLongLong() + 3 * (account.toLongLong() % 97);
    const QString bban = bank + branch + account + digits(97 - sum % 97, 2);
    // Check digits: the BBAN then "FR00" as digits (F = 15, R = 27), 98 − mod 97.
    const int check = 98 - mod97(bban + u"152700"_s);
    return u"FR"_s + digits(check, 2) + bban;
}

constexpr Rate percent(qint64 whole) { return Rate::fromUnits(whole * Rate::UnitsPerPercent); }

struct Person
{
    Entrepreneur entrepreneur;
    bool woman = false;
    bool neglected = false; // followed less than twice a year
};

class Generator
{
public:
    explicit Generator(const DemoDataOptions &options)
        : m_options(options), m_random(options.seed), m_today(options.today),
          m_origin(options.today.addYears(-std::max(1, options.years)))
    {
    }

    DemoCooperative run()
    {
        DemoCooperative coop;
        coop.settings = settings();
        const int count = std::max(0, m_options.entrepreneurs);
        const int codeWidth = count >= 1000 ? 4 : 3;
        QList<Person> people;
        people.reserve(count);
        for (int i = 0; i < count; ++i)
            people.append(person());

        // Activities: one per person, now and then one for two people of the same trade.
        QHash<QString, int> codeCounters;
        for (int i = 0; i < people.size(); ++i) {
            const Trade &trade = m_random.pick(kTrades);
            Activity a;
            a.id = m_random.uuid();
            a.trade = trade.name;
            const int n = ++codeCounters[trade.code];
            a.analyticCode = trade.code + digits(n, codeWidth);
            Entrepreneur &first = people[i].entrepreneur;
            const bool shared = i + 1 < people.size() && m_random.percent(5);
            if (shared) {
                Entrepreneur &second = people[i + 1].entrepreneur;
                a.name = u"%1 & %2"_s.arg(first.lastName, second.lastName);
                const qint64 split = QList<qint64>{50, 60, 70}.at(m_random.below(3));
                a.members = {{first.id, percent(split)}, {second.id, percent(100 - split)}};
                first.activityId = a.id;
                second.activityId = a.id;
                ++i;
            } else {
                a.name = trade.workshop ? u"Atelier %1"_s.arg(first.lastName)
                    : m_random.percent(50) ? u"%1 %2"_s.arg(trade.name, first.lastName)
                                           : u"%1 %2 – %3"_s.arg(first.firstName, first.lastName,
                                                                 trade.name.toLower());
                a.members = {{first.id, percent(100)}};
                first.activityId = a.id;
            }
            coop.activities.append(a);
        }

        for (Person &p : people) {
            const QList<Contract> contracts = story(p);
            p.entrepreneur.interviews = interviews(p, contracts);
            coop.contracts.append(contracts);
            coop.entrepreneurs.append(p.entrepreneur);
        }

        int employees = 0;
        for (const Contract &c : std::as_const(coop.contracts)) {
            if (c.type == ContractType::Cesa && isInForce(c, m_today))
                ++employees;
        }
        coop.settings.headcount = employees + 7; // and the support team
        return coop;
    }

private:
    CooperativeSettings settings()
    {
        CooperativeSettings s;
        s.name = u"Les Ateliers Coopératifs du Rhône"_s;
        s.legalForm = u"SCOP SA"_s;
        s.capital = Money::fromCents(qint64(m_random.between(40, 400)) * 100'000);
        s.siren = withLuhnDigit(digits(m_random.between(10'000'000, 99'999'999), 8));
        s.siret = withLuhnDigit(s.siren + digits(m_random.between(1, 99), 4));
        s.vatNumber = frenchVatNumberFor(s.siren);
        s.address = {u"%1 rue Servient"_s.arg(m_random.between(1, 120)), QString(), u"69003"_s,
                     u"Lyon"_s, u"FR"_s};
        s.rcsCity = u"RCS Lyon"_s;
        s.nafCode = u"78.30Z"_s;
        s.atMpRate = Rate::fromUnits(208 * Rate::UnitsPerPercent / 100);   // 2.08 %
        s.mobilityRate = Rate::fromUnits(200 * Rate::UnitsPerPercent / 100); // 2.00 %
        s.mutuelleMonthlyAmount = Money::fromCents(4000);
        s.mutuelleEmployerShare = percent(50);
        s.fiscalYearStartMonth = 1;
        s.iban = frenchIban(m_random);
        s.bic = u"CCOPFRPPXXX"_s;
        s.bankName = u"Crédit Coopératif"_s;
        return s;
    }

    Person person()
    {
        Person p;
        Entrepreneur &e = p.entrepreneur;
        e.id = m_random.uuid();
        p.woman = m_random.percent(55);
        e.firstName = m_random.pick(p.woman ? kWomen : kMen);
        e.lastName = m_random.pick(kLastNames);
        // 23 to 63 years old today; a name and a birth date never twice (the CSV import would
        // take them for the same person).
        do {
            e.birthDate = m_random.dateBetween(m_today.addYears(-63), m_today.addYears(-23));
        } while (m_people.contains(e.lastName + e.firstName + e.birthDate.toString(Qt::ISODate)));
        m_people.insert(e.lastName + e.firstName + e.birthDate.toString(Qt::ISODate));
        do {
            e.nir = nir(p.woman, e.birthDate);
        } while (m_nirs.contains(e.nir));
        m_nirs.insert(e.nir);

        const QString domain = QList<QString>{u"example.org"_s, u"example.net"_s,
                                              u"example.com"_s}.at(m_random.below(3));
        e.email = asciiFold(e.firstName) + u'.' + asciiFold(e.lastName) + u'@' + domain;
        const QString mobile = m_random.percent(70) ? u"06"_s : u"07"_s;
        e.phone = u"%1 %2 %3 %4 %5"_s.arg(mobile, digits(m_random.below(100), 2),
                                          digits(m_random.below(100), 2),
                                          digits(m_random.below(100), 2),
                                          digits(m_random.below(100), 2));
        const City &city = m_random.pick(kCities);
        e.address.line1 = u"%1 %2"_s.arg(m_random.between(1, 180)).arg(m_random.pick(kStreets));
        if (m_random.percent(15))
            e.address.line2 = m_random.pick(kSecondLines);
        e.address.postcode = city.postcode;
        e.address.city = city.name;
        e.address.country = u"FR"_s;
        const int status = m_random.between(0, 99);
        e.priorStatus = status < 55 ? PriorStatus::JobSeeker
            : status < 70           ? PriorStatus::Employee
            : status < 82           ? PriorStatus::SelfEmployed
            : status < 87           ? PriorStatus::Student
            : status < 92           ? PriorStatus::Inactive
                                    : PriorStatus::Other;
        e.referentAdviser = m_random.pick(kAdvisers);
        p.neglected = m_random.percent(8);
        return p;
    }

    QString nir(bool woman, QDate birth)
    {
        QString place;
        if (m_random.percent(5)) {
            place = u"99"_s + m_random.pick(kAbroad);
        } else {
            place = m_random.pick(kDepartments) + digits(m_random.between(1, 400), 3);
        }
        const QString thirteen = (woman ? u"2"_s : u"1"_s) + digits(birth.year() % 100, 2)
            + digits(birth.month(), 2) + place + digits(m_random.between(1, 999), 3);
        return nirWithKey(thirteen);
    }

    // Terms of a CESA: the fixed part, and the hours it pays at the SMIC (12.02 €/h), capped at
    // full time.
    ContractTerms terms(QDate from, const Person &p, qint64 fixedCents)
    {
        ContractTerms t;
        t.effectiveFrom = from;
        t.fixedMonthlyPart = Money::fromCents(fixedCents);
        t.variableRate = percent(m_random.percent(80) ? 100 : 90);
        const qint64 hoursUnits = fixedCents == 0 ? 35'000 : std::min<qint64>(151'667, fixedCents * 1000 / 1202);
        t.monthlyHours = Quantity::fromUnits(hoursUnits);
        t.equivalentHours = m_random.percent(70);
        t.cadre = m_random.percent(8);
        t.contributionScale = u"BAREME-%1"_s.arg(from.year());
        t.referent = p.entrepreneur.referentAdviser;
        return t;
    }

    Contract newContract(const Person &p, ContractType type, QDate start)
    {
        Contract c;
        c.id = m_random.uuid();
        c.entrepreneurId = p.entrepreneur.id;
        c.activityId = p.entrepreneur.activityId;
        c.type = type;
        c.start = start;
        c.signedOn = start.addDays(-m_random.between(1, 20));
        return c;
    }

    void leave(Contract &c, QDate on, ExitReason reason, const QString &note = {})
    {
        // Amendments planned after the exit never took effect.
        while (c.terms.size() > 1 && c.terms.constLast().effectiveFrom > on)
            c.terms.removeLast();
        c.exitDate = on;
        c.exitReason = reason;
        c.exitNote = note;
    }

    // The person's contracts, from the day they joined to today.
    QList<Contract> story(const Person &p)
    {
        QList<Contract> contracts;
        // Most people joined during the story; a fifth were there when it starts (up to four years
        // earlier), so that a short history still has long-standing associates and deadlines that
        // have passed.
        const bool veteran = m_random.percent(20);
        const QDate joined = veteran ? m_random.dateBetween(m_origin.addYears(-4), m_origin.addDays(-1))
                                     : m_random.dateBetween(m_origin, m_today.addDays(-7));
        QDate cesaStart;

        if (m_random.percent(10)) {
            cesaStart = joined; // straight to a CESA (came from another cooperative, say)
        } else {
            Contract cape = newContract(p, ContractType::Cape, joined);
            QDate periodStart = joined;
            while (true) {
                const int months = QList<int>{3, 6, 6, 12, 12}.at(m_random.below(5));
                const QDate end = periodStart.addMonths(months).addDays(-1);
                cape.capePeriods.append({periodStart, end});
                if (end >= m_today)
                    break; // running
                const int fate = m_random.between(0, 99);
                if (fate < 25 && cape.capePeriods.size() < 3) {
                    periodStart = end.addDays(1); // renewed
                    continue;
                }
                if (fate < 75) {
                    // On to a CESA, now and then before the period's planned end.
                    QDate next = end.addDays(1);
                    if (m_random.percent(20) && periodStart.daysTo(end) > 90) {
                        next = m_random.dateBetween(periodStart.addDays(60), end);
                        cape.capePeriods.last().end = next.addDays(-1);
                    }
                    cesaStart = next;
                } else if (fate < 88) {
                    leave(cape, end, ExitReason::CapeEnded,
                          u"Projet non poursuivi à l'issue du CAPE."_s);
                } else {
                    const QDate left = m_random.dateBetween(periodStart, end);
                    leave(cape, left, ExitReason::Resignation,
                          u"Reprise d'un emploi salarié."_s);
                }
                break;
            }
            cape.start = cape.capePeriods.constFirst().start;
            contracts.append(cape);
        }

        if (cesaStart.isValid() && cesaStart <= m_today)
            contracts.append(cesa(p, cesaStart, contracts));
        return contracts;
    }

    Contract cesa(const Person &p, QDate start, const QList<Contract> &before)
    {
        Contract c = newContract(p, ContractType::Cesa, start);
        const qint64 fixedCents = m_random.percent(5) ? 0 : qint64(m_random.between(6, 44)) * 5000;
        c.terms.append(terms(start, p, fixedCents));

        // Amendments: a raise, more hours, a new scale; on the first of a month.
        qint64 fixed = fixedCents;
        QDate last = start;
        const int amendments = m_random.percent(35) ? (m_random.percent(30) ? 2 : 1) : 0;
        for (int i = 0; i < amendments; ++i) {
            const QDate month = last.addMonths(m_random.between(4, 14));
            const QDate from(month.year(), month.month(), 1);
            if (from <= last || from > m_today)
                break;
            fixed += qint64(m_random.between(2, 8)) * 5000;
            ContractTerms t = terms(from, p, fixed);
            t.note = QList<QString>{u"Augmentation de la part fixe."_s,
                                    u"Hausse du temps de travail."_s,
                                    u"Passage au nouveau barème de contribution."_s}
                         .at(m_random.below(3));
            c.terms.append(t);
            last = from;
        }

        const QDate deadline = associateDeadline(c, before);
        const bool old = p.entrepreneur.birthDate.addYears(62) <= m_today;
        // Became an associate: most of those who stayed long enough.
        if (start.addMonths(9) <= m_today && m_random.percent(60)) {
            const QDate latest = std::max(start, std::min(deadline, m_today));
            const QDate earliest = std::min(start.addMonths(6), latest);
            c.associateDate = m_random.dateBetween(earliest, latest);
            c.associateShares = m_random.percent(70) ? m_random.between(1, 5) : m_random.between(6, 40);
        } else if (deadline < m_today && m_random.percent(70)) {
            const QDate on = std::max(start, std::min(deadline.addDays(m_random.between(0, 30)), m_today));
            leave(c, on, ExitReason::NotAssociated,
                  u"Fin du contrat faute de sociétariat dans le délai légal."_s);
            return c;
        }

        // Other ways out.
        const int fate = m_random.between(0, 99);
        if (start.addMonths(3) < m_today && fate < 12) {
            const QDate on = m_random.dateBetween(std::max(start.addMonths(3), c.associateDate.isValid() ? c.associateDate : start), m_today);
            const ExitReason reason = old && fate < 6 ? ExitReason::Retirement
                : fate < 8                            ? ExitReason::Resignation
                : fate < 11                           ? ExitReason::MutualAgreement
                                                      : ExitReason::Dismissal;
            const QString note = reason == ExitReason::Retirement ? u"Départ à la retraite."_s
                : reason == ExitReason::Resignation ? u"Création d'une société en propre."_s
                : reason == ExitReason::MutualAgreement ? u"Rupture conventionnelle."_s
                                                        : u"Licenciement pour faute."_s;
            leave(c, on, reason, note);
        }
        return c;
    }

    QList<Interview> interviews(const Person &p, const QList<Contract> &contracts)
    {
        QList<Interview> list;
        if (contracts.isEmpty())
            return list;
        const QDate joined = contracts.constFirst().start;
        QDate end = m_today;
        const Contract &lastContract = contracts.constLast();
        if (lastContract.exitDate.isValid())
            end = lastContract.exitDate;
        else if (const std::optional<QDate> e = contractEnd(lastContract))
            end = std::min(*e, m_today);

        const auto add = [&](QDate date, InterviewKind kind, const QString &notes) {
            Interview i;
            i.id = m_random.uuid();
            i.date = date;
            i.kind = kind;
            i.adviser = m_random.percent(85) ? p.entrepreneur.referentAdviser : m_random.pick(kAdvisers);
            i.notes = notes;
            list.append(i);
        };

        add(std::min(joined.addDays(-m_random.between(0, 14)), m_today), InterviewKind::Reception,
            u"Accueil : présentation du projet et de la coopérative."_s);
        QDate next = joined.addMonths(p.neglected ? m_random.between(9, 14) : m_random.between(3, 6));
        int count = 0;
        while (next <= end) {
            ++count;
            add(next, count % 3 == 0 ? InterviewKind::Annual : InterviewKind::FollowUp,
                m_random.pick(kFollowUpNotes));
            next = next.addMonths(p.neglected ? m_random.between(9, 14) : m_random.between(4, 6))
                       .addDays(m_random.between(-10, 10));
        }
        if (lastContract.exitDate.isValid() && lastContract.exitDate <= m_today)
            add(lastContract.exitDate, InterviewKind::Exit, u"Entretien de sortie."_s);
        return list;
    }

    DemoDataOptions m_options;
    Random m_random;
    QDate m_today;
    QDate m_origin;
    QSet<QString> m_nirs;
    QSet<QString> m_people;
};

} // namespace

DemoCooperative generateDemoCooperative(const DemoDataOptions &options)
{
    Q_ASSERT(options.today.isValid());
    return Generator(options).run();
}

} // namespace coop
