#include "ledger.h"

#include "tr.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

QList<LedgerJournal> defaultJournals()
{
    return {
        {journal::Opening.toString(), u"À-nouveaux"_s},
        {journal::Sales.toString(), u"Ventes"_s},
        {journal::Purchases.toString(), u"Achats"_s},
        {journal::Bank.toString(), u"Banque"_s},
        {journal::Payroll.toString(), u"Paie"_s},
        {journal::Misc.toString(), u"Opérations diverses"_s},
    };
}

QList<LedgerAccount> defaultChartOfAccounts()
{
    // Labels as the PCG words them (shortened where the official one is a paragraph).
    QList<LedgerAccount> chart = {
        {u"101000"_s, u"Capital"_s},
        {u"106000"_s, u"Réserves"_s},
        {u"110000"_s, u"Report à nouveau (solde créditeur)"_s},
        {u"119000"_s, u"Report à nouveau (solde débiteur)"_s},
        {u"120000"_s, u"Résultat de l'exercice (bénéfice)"_s},
        {u"129000"_s, u"Résultat de l'exercice (perte)"_s},
        {u"164000"_s, u"Emprunts auprès des établissements de crédit"_s},
        {u"205000"_s, u"Concessions, brevets, licences, logiciels"_s},
        {u"218300"_s, u"Matériel de bureau et matériel informatique"_s},
        {u"281830"_s, u"Amortissements du matériel de bureau et informatique"_s},
        {u"370000"_s, u"Stocks de marchandises"_s},
        {u"401"_s, u"Fournisseurs"_s},
        {u"401000"_s, u"Fournisseurs"_s},
        {u"404000"_s, u"Fournisseurs d'immobilisations"_s},
        {u"408000"_s, u"Fournisseurs - Factures non parvenues"_s},
        {u"411"_s, u"Clients"_s},
        {u"411000"_s, u"Clients"_s},
        {u"416000"_s, u"Clients douteux ou litigieux"_s},
        {u"418000"_s, u"Clients - Produits non encore facturés"_s},
        {u"419000"_s, u"Clients créditeurs"_s},
        {u"421"_s, u"Personnel - Rémunérations dues"_s},
        {u"421000"_s, u"Personnel - Rémunérations dues"_s},
        {u"425000"_s, u"Personnel - Avances et acomptes"_s},
        {u"431"_s, u"Sécurité sociale"_s},
        {u"431000"_s, u"Sécurité sociale"_s},
        {u"437"_s, u"Autres organismes sociaux"_s},
        {u"437000"_s, u"Autres organismes sociaux"_s},
        {u"442100"_s, u"Prélèvement à la source"_s},
        {u"445510"_s, u"TVA à décaisser"_s},
        {u"445620"_s, u"TVA déductible sur immobilisations"_s},
        {u"445660"_s, u"TVA déductible sur autres biens et services"_s},
        {u"445700"_s, u"TVA collectée (autres taux)"_s},
        {u"445709"_s, u"TVA collectée 2,1 %"_s},
        {u"445710"_s, u"TVA collectée 5,5 %"_s},
        {u"445711"_s, u"TVA collectée 10 %"_s},
        {u"445712"_s, u"TVA collectée 20 %"_s},
        {u"445800"_s, u"TVA à régulariser"_s},
        {u"455000"_s, u"Associés - Comptes courants"_s},
        {u"467"_s, u"Autres comptes débiteurs ou créditeurs"_s},
        {u"467100"_s, u"Notes de frais à rembourser"_s},
        {u"471000"_s, u"Compte d'attente"_s},
        {u"486000"_s, u"Charges constatées d'avance"_s},
        {u"487000"_s, u"Produits constatés d'avance"_s},
        {u"512"_s, u"Banques"_s},
        {u"512000"_s, u"Banque"_s},
        {u"530000"_s, u"Caisse"_s},
        {u"580000"_s, u"Virements internes"_s},
        {u"6"_s, u"Charges"_s},
        {u"604"_s, u"Achats d'études et prestations de services"_s},
        {u"604000"_s, u"Achats d'études et prestations de services"_s},
        {u"606"_s, u"Achats non stockés de matières et fournitures"_s},
        {u"6061"_s, u"Fournitures non stockables (eau, énergie)"_s},
        {u"6063"_s, u"Fournitures d'entretien et de petit équipement"_s},
        {u"6064"_s, u"Fournitures administratives"_s},
        {u"607"_s, u"Achats de marchandises"_s},
        {u"607000"_s, u"Achats de marchandises"_s},
        {u"611"_s, u"Sous-traitance générale"_s},
        {u"613"_s, u"Locations"_s},
        {u"6132"_s, u"Locations immobilières"_s},
        {u"6135"_s, u"Locations mobilières"_s},
        {u"615"_s, u"Entretien et réparations"_s},
        {u"616"_s, u"Primes d'assurances"_s},
        {u"6161"_s, u"Assurances multirisques"_s},
        {u"618"_s, u"Divers"_s},
        {u"6181"_s, u"Documentation générale"_s},
        {u"6185"_s, u"Frais de colloques, séminaires, conférences"_s},
        {u"622"_s, u"Rémunérations d'intermédiaires et honoraires"_s},
        {u"6226"_s, u"Honoraires"_s},
        {u"6228"_s, u"Rémunérations d'intermédiaires et honoraires divers (formation)"_s},
        {u"623"_s, u"Publicité, publications, relations publiques"_s},
        {u"625"_s, u"Déplacements, missions et réceptions"_s},
        {u"6251"_s, u"Voyages et déplacements"_s},
        {u"6256"_s, u"Missions"_s},
        {u"6257"_s, u"Réceptions"_s},
        {u"626"_s, u"Frais postaux et de télécommunications"_s},
        {u"627"_s, u"Services bancaires et assimilés"_s},
        {u"628"_s, u"Divers"_s},
        {u"6281"_s, u"Concours divers (cotisations)"_s},
        {u"6286"_s, u"Contribution coopérative"_s},
        {u"6288"_s, u"Autres charges externes diverses"_s},
        {u"635"_s, u"Autres impôts, taxes et versements assimilés"_s},
        {u"641"_s, u"Rémunérations du personnel"_s},
        {u"6411"_s, u"Salaires, appointements"_s},
        {u"645"_s, u"Charges de sécurité sociale et de prévoyance"_s},
        {u"6451"_s, u"Cotisations à l'URSSAF"_s},
        {u"6452"_s, u"Cotisations aux mutuelles"_s},
        {u"6453"_s, u"Cotisations aux caisses de retraite"_s},
        {u"6458"_s, u"Cotisations aux autres organismes sociaux"_s},
        {u"661"_s, u"Charges d'intérêts"_s},
        {u"671"_s, u"Charges exceptionnelles sur opérations de gestion"_s},
        {u"681"_s, u"Dotations aux amortissements et provisions"_s},
        {u"7"_s, u"Produits"_s},
        {u"701"_s, u"Ventes de produits finis"_s},
        {u"704"_s, u"Travaux"_s},
        {u"706"_s, u"Prestations de services"_s},
        {u"706000"_s, u"Prestations de services"_s},
        {u"707"_s, u"Ventes de marchandises"_s},
        {u"707000"_s, u"Ventes de marchandises"_s},
        {u"708"_s, u"Produits des activités annexes"_s},
        {u"708500"_s, u"Ports et frais accessoires facturés"_s},
        {u"709"_s, u"Rabais, remises et ristournes accordés"_s},
        {u"740000"_s, u"Subventions d'exploitation"_s},
        {u"758"_s, u"Produits divers de gestion courante"_s},
        {u"768"_s, u"Autres produits financiers"_s},
        {u"771"_s, u"Produits exceptionnels sur opérations de gestion"_s},
    };
    std::sort(chart.begin(), chart.end(),
              [](const LedgerAccount &a, const LedgerAccount &b) { return a.number < b.number; });
    return chart;
}

ValidationErrors validate(const LedgerAccount &account)
{
    ValidationErrors errors;
    const QString &n = account.number;
    const bool digits = !n.isEmpty()
                        && std::all_of(n.begin(), n.end(), [](QChar c) { return c.isDigit(); });
    if (!digits || n.size() > 20 || n.front() < u'1' || n.front() > u'8')
        errors.append(Error(ErrorCode::InvalidArgument,
                            Tr::tr("An account number is 1 to 20 digits, the first from 1 to 8: "
                                   "\"%1\".").arg(n),
                            u"number"_s));
    if (account.label.trimmed().isEmpty())
        errors.append(Error(ErrorCode::InvalidArgument,
                            Tr::tr("Account %1 needs a label.").arg(n), u"label"_s));
    return errors;
}

int accountClass(QStringView number)
{
    if (number.isEmpty() || !number.front().isDigit())
        return 0;
    return number.front().unicode() - u'0';
}

QString accountLabel(const QList<LedgerAccount> &chart, QStringView number)
{
    for (qsizetype length = number.size(); length > 0; --length) {
        const QStringView prefix = number.first(length);
        const auto it = std::lower_bound(
            chart.begin(), chart.end(), prefix,
            [](const LedgerAccount &a, QStringView n) { return QStringView(a.number) < n; });
        if (it != chart.end() && QStringView(it->number) == prefix)
            return it->label;
    }
    return {};
}

QString AccountingMapping::vatCollectedFor(Rate rate) const
{
    switch (rate.units()) {
    case 20 * Rate::UnitsPerPercent:
        return vatCollected20;
    case 10 * Rate::UnitsPerPercent:
        return vatCollected10;
    case 55 * Rate::UnitsPerPercent / 10:
        return vatCollected55;
    case 21 * Rate::UnitsPerPercent / 10:
        return vatCollected21;
    default:
        return vatCollectedOther;
    }
}

ValidationErrors validate(const LedgerEntry &entry)
{
    ValidationErrors errors;
    const auto add = [&](const QString &message, const QString &where) {
        errors.append(Error(ErrorCode::InvalidArgument, message, where));
    };
    if (entry.journal.trimmed().isEmpty())
        add(Tr::tr("An entry needs a journal."), u"journal"_s);
    if (!entry.date.isValid())
        add(Tr::tr("An entry needs a date."), u"date"_s);
    if (entry.pieceRef.trimmed().isEmpty())
        add(Tr::tr("An entry needs a piece reference."), u"pieceRef"_s);
    if (entry.label.trimmed().isEmpty())
        add(Tr::tr("An entry needs a label."), u"label"_s);
    if (entry.lines.size() < 2)
        add(Tr::tr("An entry needs at least two lines; \"%1\" has %n.", nullptr,
                   int(entry.lines.size()))
                .arg(entry.pieceRef),
            u"lines"_s);
    Money debit;
    Money credit;
    for (qsizetype i = 0; i < entry.lines.size(); ++i) {
        const JournalLine &line = entry.lines.at(i);
        const QString at = u"lines[%1]."_s.arg(i);
        if (accountClass(line.account) == 0
            || !std::all_of(line.account.begin(), line.account.end(),
                            [](QChar c) { return c.isDigit(); }))
            add(Tr::tr("Line %1 of \"%2\": \"%3\" is not an account number.")
                    .arg(i + 1)
                    .arg(entry.pieceRef, line.account),
                at + u"account"_s);
        if (line.amount.isNegative())
            add(Tr::tr("Line %1 of \"%2\": an amount is never negative; the side says which "
                       "column.")
                    .arg(i + 1)
                    .arg(entry.pieceRef),
                at + u"amount"_s);
        if (line.label.trimmed().isEmpty() && entry.label.trimmed().isEmpty())
            add(Tr::tr("Line %1 of \"%2\" needs a label.").arg(i + 1).arg(entry.pieceRef),
                at + u"label"_s);
        (line.side == JournalSide::Debit ? debit : credit) += line.amount;
    }
    if (debit != credit)
        add(Tr::tr("The entry \"%1\" does not balance: %2 in debit, %3 in credit.")
                .arg(entry.pieceRef, debit.toString(), credit.toString()),
            u"lines"_s);
    else if (debit.isZero() && entry.lines.size() >= 2)
        add(Tr::tr("The entry \"%1\" moves nothing.").arg(entry.pieceRef), u"lines"_s);
    return errors;
}

QList<JournalLine> compactLines(const QList<JournalLine> &lines)
{
    QList<JournalLine> out;
    QHash<QString, qsizetype> index;
    for (const JournalLine &line : lines) {
        if (line.amount.isZero())
            continue;
        const QString key = line.account + u'\x1f' + line.activityCode + u'\x1f'
                            + line.auxAccount + u'\x1f' + line.label + u'\x1f'
                            + (line.side == JournalSide::Debit ? u'D' : u'C');
        const auto it = index.constFind(key);
        if (it != index.constEnd()) {
            out[*it].amount += line.amount;
            continue;
        }
        index.insert(key, out.size());
        out.append(line);
    }
    return out;
}

QList<JournalLine> openingLines(const QList<CarriedBalance> &balances,
                                const AccountingMapping &mapping)
{
    QList<JournalLine> out;
    Money result;  // Σ of classes 6 and 7 (> 0: a loss, debit)
    for (const CarriedBalance &b : balances) {
        const int cls = accountClass(b.account);
        if (cls == 6 || cls == 7) {
            result += b.balance;
            continue;
        }
        if (b.balance.isZero())
            continue;
        JournalLine line;
        line.account = b.account;
        line.label = u"À-nouveau"_s;
        line.auxAccount = b.auxAccount;
        line.auxLabel = b.auxLabel;
        line.side = b.balance.isNegative() ? JournalSide::Credit : JournalSide::Debit;
        line.amount = b.balance.isNegative() ? -b.balance : b.balance;
        out.append(line);
    }
    if (!result.isZero()) {
        JournalLine line;
        line.label = u"Résultat de l'exercice précédent"_s;
        if (result.isNegative()) {
            line.account = mapping.openingProfit;
            line.side = JournalSide::Credit;
            line.amount = -result;
        } else {
            line.account = mapping.openingLoss;
            line.side = JournalSide::Debit;
            line.amount = result;
        }
        out.append(line);
    }
    return out;
}

} // namespace coop
