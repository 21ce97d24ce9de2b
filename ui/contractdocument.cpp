#include "contractdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

struct ContractDocument
{
    Q_DECLARE_TR_FUNCTIONS(coop::ui::ContractDocument)
};

// The document is French whatever the interface language: its own formatting, not the screen's.
const QLocale kFrench(QLocale::French, QLocale::France);

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// "1er mars 2026", "26 novembre 2026": how French legal texts write dates.
QString frenchDate(QDate date)
{
    if (!date.isValid())
        return u"____________"_s;
    const QString day = date.day() == 1 ? u"1er"_s : QString::number(date.day());
    return day + u' ' + kFrench.monthName(date.month()) + u' ' + QString::number(date.year());
}

QString frenchMoney(Money amount)
{
    const qint64 cents = amount.cents();
    const quint64 magnitude = cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
    const QString text = kFrench.toString(magnitude / 100) + u','
                         + u"%1"_s.arg(magnitude % 100, 2, 10, QChar(u'0')) + u"\u00a0€"_s;
    return cents < 0 ? u'-' + text : text;
}

QString frenchDecimal(const QString &canonical)
{
    QString text = canonical;
    return text.replace(u'.', u',');
}

QString grouped(const QString &digits, const QList<int> &sizes)
{
    QStringList parts;
    qsizetype at = 0;
    for (const int size : sizes) {
        if (at >= digits.size())
            break;
        parts << digits.mid(at, size);
        at += size;
    }
    if (at < digits.size())
        parts << digits.mid(at);
    return parts.join(u' ');
}

QString oneLineAddress(const Address &address)
{
    QStringList parts;
    for (const QString &part : {address.line1, address.line2})
        if (!part.isEmpty())
            parts << part;
    const QString city = QString(address.postcode + u' ' + address.city).trimmed();
    if (!city.isEmpty())
        parts << city;
    return parts.isEmpty() ? u"____________________"_s : parts.join(u", "_s);
}

QString exitReasonInFrench(ExitReason reason)
{
    switch (reason) {
    case ExitReason::Resignation:
        return u"démission"_s;
    case ExitReason::CapeEnded:
        return u"fin du contrat d'appui au projet d'entreprise"_s;
    case ExitReason::NotAssociated:
        return u"absence d'accession au statut d'associé dans le délai légal"_s;
    case ExitReason::Dismissal:
        return u"licenciement"_s;
    case ExitReason::Retirement:
        return u"départ à la retraite"_s;
    case ExitReason::MutualAgreement:
        return u"rupture conventionnelle"_s;
    case ExitReason::Other:
        return u"autre motif"_s;
    }
    return {};
}

QString hoursText(const ContractTerms &terms)
{
    return frenchDecimal(terms.monthlyHours.toString());
}

QString article(int number, const QString &title)
{
    return u"<p class=\"heading\">Article %1 — %2</p>"_s.arg(number).arg(esc(title));
}

QString paragraph(const QString &html)
{
    return u"<p>"_s + html + u"</p>"_s;
}

// Lengths in px of the 96-dpi layout (16px = 12pt); sizes of type in pt.
const char *const kStyleSheet = R"(
p.title { font-size: 16pt; font-weight: bold; text-align: center; margin-top: 0px; margin-bottom: 3px; }
p.subtitle { text-align: center; font-size: 9pt; margin-top: 0px; margin-bottom: 18px; }
p.heading { font-size: 11pt; font-weight: bold; margin-top: 14px; margin-bottom: 5px; }
p { margin-top: 0px; margin-bottom: 7px; text-align: justify; }
p.party { margin-left: 16px; }
td { padding: 4px; }
th { padding: 4px; font-weight: bold; text-align: left; background-color: #eeeeee; }
td.number { text-align: right; }
)";

} // namespace

QString cesaHtml(const CooperativeSettings &coop, const Entrepreneur &person,
                 const Activity &activity, const Contract &contract)
{
    const ContractTerms initial = contract.terms.isEmpty() ? ContractTerms()
                                                           : contract.terms.constFirst();
    const QString coopName = esc(coop.name.isEmpty() ? u"____________________"_s : coop.name);
    const QString personName = esc(person.firstName + u' ' + person.lastName.toUpper());
    QString html;
    html += u"<html><body>"_s;
    html += u"<p class=\"title\">Contrat d'entrepreneur salarié associé</p>"_s;
    html += u"<p class=\"subtitle\">Contrat de travail à durée indéterminée conclu en application "
            "des articles L7331-1 et suivants du Code du travail</p>"_s;

    // The parties.
    html += u"<p class=\"heading\">Entre les soussignés</p>"_s;
    QString coopIdentity = u"<b>"_s + coopName + u"</b>"_s;
    if (!coop.legalForm.isEmpty())
        coopIdentity += u", "_s + esc(coop.legalForm);
    if (!coop.capital.isZero())
        coopIdentity += u" au capital de "_s + frenchMoney(coop.capital);
    coopIdentity += u", coopérative d'activité et d'emploi dont le siège est situé "_s
                    + esc(oneLineAddress(coop.address));
    if (!coop.siren.isEmpty()) {
        coopIdentity += u", immatriculée "_s
                        + (coop.rcsCity.isEmpty() ? QString() : u"au "_s + esc(coop.rcsCity) + u' ')
                        + u"sous le numéro SIREN "_s + grouped(coop.siren, {3, 3, 3});
    }
    if (!coop.vatNumber.isEmpty())
        coopIdentity += u", numéro de TVA intracommunautaire "_s + esc(coop.vatNumber);
    coopIdentity += u", représentée par ______________________, en qualité de "
                    "______________________, ci-après « la coopérative »,"_s;
    html += u"<p class=\"party\">"_s + coopIdentity + u"</p><p>d'une part,</p><p>et</p>"_s;

    QString personIdentity = u"<b>"_s + personName + u"</b>"_s;
    if (person.birthDate.isValid())
        personIdentity += u", né(e) le "_s + frenchDate(person.birthDate);
    personIdentity += u", demeurant "_s + esc(oneLineAddress(person.address));
    if (!person.nir.isEmpty())
        personIdentity += u", numéro de sécurité sociale "_s
                          + grouped(person.nir, {1, 2, 2, 2, 3, 3, 2});
    personIdentity += u", ci-après « l'entrepreneur salarié »,"_s;
    html += u"<p class=\"party\">"_s + personIdentity + u"</p><p>d'autre part,</p>"_s;
    html += u"<p>il a été convenu ce qui suit.</p>"_s;

    // Preamble.
    html += u"<p class=\"heading\">Préambule</p>"_s;
    QString activityText = u"« "_s + esc(activity.name) + u" »"_s;
    if (!activity.trade.isEmpty())
        activityText += u" ("_s + esc(activity.trade) + u')';
    if (!activity.analyticCode.isEmpty())
        activityText += u", suivie sous le code analytique "_s + esc(activity.analyticCode);
    html += paragraph(
        u"La coopérative est une coopérative d'activité et d'emploi au sens de l'article L7331-1 "
        "du Code du travail. Elle permet à chacun de ses entrepreneurs de créer et de développer, "
        "sous la personnalité juridique de la coopérative, une activité économique autonome, en "
        "bénéficiant d'un accompagnement individualisé et de services mis en commun. "
        "L'entrepreneur salarié exerce au sein de la coopérative l'activité "_s
        + activityText + u"."_s);

    int n = 1;
    // Object, start, hours.
    html += article(n++, u"Objet, date d'effet et durée du travail"_s);
    QString object = u"Le présent contrat est conclu pour une durée indéterminée. Il prend effet "
                     "le <b>"_s
                     + frenchDate(contract.start) + u"</b>."_s;
    if (contract.signedOn.isValid())
        object += u" Il a été signé le "_s + frenchDate(contract.signedOn) + u'.';
    object += u" L'entrepreneur salarié organise librement son activité. La durée de référence "
              "retenue pour le calcul de sa rémunération est de <b>"_s
              + hoursText(initial) + u" heures par mois</b>"_s;
    if (initial.equivalentHours)
        object += u", exprimée en heures équivalentes : le temps consacré à l'activité n'est pas "
                  "décompté et cette durée ne sert qu'à déterminer la rémunération"_s;
    object += u". Il relève de la catégorie des "_s
              + (initial.cadre ? u"cadres"_s : u"salariés non cadres"_s) + u'.';
    html += paragraph(object);

    // (a) Objectives and minimum activity.
    html += article(n++, u"Objectifs à atteindre et obligations d'activité minimale"_s);
    html += paragraph(
        u"L'entrepreneur salarié s'engage à développer son activité en vue d'atteindre les "
        "objectifs convenus avec la coopérative dans son projet d'activité, revus chaque année "
        "lors de l'entretien annuel. Objectif de chiffre d'affaires annuel hors taxes convenu "
        "pour la première année : ____________ €."_s);
    html += paragraph(
        u"Au titre de l'activité minimale, il s'engage à exercer une activité réelle et suivie, "
        "à dégager un chiffre d'affaires qui couvre au moins la part fixe de sa rémunération et "
        "les cotisations sociales qui s'y rapportent, les charges de son activité et la "
        "contribution prévue à l'article 4, et à remettre dans les délais convenus les pièces "
        "nécessaires à la tenue des comptes de l'activité (devis, factures, justificatifs de "
        "dépenses). Si ces objectifs ne sont pas atteints, les parties en examinent ensemble les "
        "causes et adaptent, par avenant s'il y a lieu, les objectifs ou la rémunération."_s);

    // (b) Support and control.
    html += article(n++, u"Moyens d'accompagnement et de contrôle mis en œuvre par la "
                         "coopérative"_s);
    const QString referent = initial.referent.isEmpty()
                                 ? u"un membre de l'équipe d'appui"_s
                                 : esc(initial.referent) + u", de l'équipe d'appui,"_s;
    html += paragraph(
        u"La coopérative assure à l'entrepreneur salarié un accompagnement individualisé, dont "
        "le référent est "_s
        + referent
        + u" et qui comprend au moins deux entretiens individuels de suivi par an ; la tenue de "
          "la comptabilité de l'activité et la remise d'un état des comptes, ainsi que d'un bilan "
          "et d'un compte de résultat analytiques de l'activité ; la facturation au nom de la "
          "coopérative, l'encaissement des règlements, l'établissement des bulletins de paie et "
          "les déclarations sociales et fiscales ; l'accès aux formations, outils et temps "
          "collectifs de la coopérative."_s);
    html += paragraph(
        u"Pour contrôler l'activité économique, la coopérative valide les devis et factures émis "
        "en son nom, vérifie les dépenses engagées pour l'activité et suit chaque mois son chiffre "
        "d'affaires, ses charges et sa trésorerie. L'entrepreneur salarié n'engage pas la "
        "coopérative au-delà des ressources disponibles de son activité sans son accord "
        "préalable."_s);

    // (c) Contribution.
    html += article(n++, u"Contribution au financement des services mutualisés"_s);
    const QString scale = initial.contributionScale.isEmpty()
                              ? u"le barème en vigueur"_s
                              : u"le barème <b>"_s + esc(initial.contributionScale) + u"</b>"_s;
    html += paragraph(
        u"En contrepartie des services mis en commun par la coopérative, l'activité lui verse "
        "une contribution calculée selon "_s
        + scale
        + u", voté par l'assemblée générale et annexé au présent contrat. La contribution est "
          "assise sur le chiffre d'affaires hors taxes de l'activité selon les modalités de ce "
          "barème ; elle est calculée chaque mois et régularisée à la clôture de l'exercice. Un "
          "nouveau barème voté par l'assemblée générale s'applique à la date qu'elle fixe ; "
          "l'entrepreneur salarié en est informé par écrit."_s);

    // (d) Pay.
    html += article(n++, u"Rémunération : part fixe et part variable"_s);
    html += paragraph(
        u"La rémunération de l'entrepreneur salarié comprend une part fixe et une part variable. "
        "La <b>part fixe</b> est de <b>"_s
        + frenchMoney(initial.fixedMonthlyPart)
        + u" bruts par mois</b> pour la durée de référence prévue à l'article 1."_s);
    html += paragraph(
        u"La <b>part variable</b> est calculée en fonction du chiffre d'affaires de l'activité, "
        "après déduction des charges directement et exclusivement liées à celle-ci et de la "
        "contribution prévue à l'article 4 : elle est égale à <b>"_s
        + frenchDecimal(initial.variableRate.toPercentString())
        + u"\u00a0%</b> de la marge ainsi disponible, une fois déduits la part fixe versée et les "
          "cotisations sociales salariales et patronales qui s'y rapportent. Elle est arrêtée à la "
          "clôture de chaque exercice au vu de l'état des comptes de l'activité et peut donner "
          "lieu à des acomptes. La part fixe peut être révisée par avenant à la demande de "
          "l'une ou l'autre partie."_s);

    // (e) Statutes.
    html += article(n++, u"Statuts de la coopérative et accès au sociétariat"_s);
    html += paragraph(
        u"L'entrepreneur salarié reconnaît avoir reçu un exemplaire des statuts de la coopérative "
        "en vigueur à la date de signature du présent contrat et de son règlement intérieur, et "
        "en avoir pris connaissance. Conformément à l'article L7331-3 du Code du travail, il "
        "s'engage à devenir associé de la coopérative dans un délai de trois ans à compter de la "
        "date d'effet du présent contrat, diminué de la durée du contrat d'appui au projet "
        "d'entreprise ou de tout autre contrat qui l'a précédé au sein de la coopérative ; à "
        "défaut, le présent contrat prend fin au terme de ce délai."_s);
    if (contract.associateDate.isValid())
        html += paragraph(u"L'entrepreneur salarié est associé de la coopérative depuis le "_s
                          + frenchDate(contract.associateDate) + u", titulaire de "_s
                          + QString::number(contract.associateShares)
                          + (contract.associateShares > 1 ? u" parts sociales."_s
                                                          : u" part sociale."_s));

    // (f) Clientele and intellectual property.
    html += article(n++, u"Droits sur la clientèle et propriété intellectuelle"_s);
    html += paragraph(
        u"La clientèle que l'entrepreneur salarié a apportée à son entrée dans la coopérative, "
        "ainsi que celle qu'il a créée et développée dans le cadre de son activité, lui reste "
        "attachée : à la fin du présent contrat, quelle qu'en soit la cause, il peut la reprendre "
        "pour poursuivre son activité sous une autre forme, et la coopérative s'interdit de la "
        "démarcher pour son compte ou pour celui d'un autre entrepreneur. Les contrats en cours à "
        "la date de sortie sont repris ou menés à leur terme d'un commun accord."_s);
    html += paragraph(
        u"Les œuvres, créations, marques, dessins et modèles, logiciels et autres droits de "
        "propriété intellectuelle nés de l'activité de l'entrepreneur salarié lui appartiennent. "
        "Lorsqu'ils ont été déposés ou exploités au nom de la coopérative, celle-ci les lui "
        "transfère à sa sortie, à sa demande, dans les conditions prévues par le règlement "
        "intérieur."_s);

    // Amendments.
    html += article(n++, u"Avenants"_s);
    if (contract.terms.size() <= 1) {
        html += paragraph(u"Aucun avenant n'a modifié le présent contrat à la date de son "
                          "édition."_s);
    } else {
        html += paragraph(u"Le présent contrat a été modifié par les avenants suivants :"_s);
        html += u"<table width=\"100%\" cellspacing=\"0\" border=\"1\" "
                "style=\"border-color: #999999; border-style: solid;\">"
                "<tr><th width=\"5%\">N°</th><th width=\"19%\">Date d'effet</th>"
                "<th width=\"17%\">Part fixe mensuelle</th><th width=\"12%\">Part variable</th>"
                "<th width=\"12%\">Heures par mois</th><th>Objet</th></tr>"_s;
        for (qsizetype i = 1; i < contract.terms.size(); ++i) {
            const ContractTerms &terms = contract.terms.at(i);
            html += u"<tr><td class=\"number\">%1</td><td>%2</td><td class=\"number\">%3</td>"
                    "<td class=\"number\">%4\u00a0%</td><td class=\"number\">%5</td>"
                    "<td>%6</td></tr>"_s.arg(i)
                        .arg(frenchDate(terms.effectiveFrom), frenchMoney(terms.fixedMonthlyPart),
                             frenchDecimal(terms.variableRate.toPercentString()),
                             hoursText(terms), esc(terms.note));
        }
        html += u"</table>"_s;
    }

    // End of the contract.
    html += article(n++, u"Fin du contrat"_s);
    if (contract.exitDate.isValid()) {
        QString end = u"Le présent contrat a pris fin le "_s + frenchDate(contract.exitDate);
        if (contract.exitReason)
            end += u", pour le motif suivant : "_s + exitReasonInFrench(*contract.exitReason);
        html += paragraph(end + u'.');
    } else {
        html += paragraph(
            u"Le présent contrat peut prendre fin dans les conditions prévues par le Code du "
            "travail pour les contrats à durée indéterminée (démission, rupture conventionnelle, "
            "licenciement, départ à la retraite), ainsi qu'à défaut d'accession au statut "
            "d'associé dans le délai prévu à l'article 6. Les articles 4 et 7 s'appliquent au "
            "règlement des comptes de l'activité et au sort de sa clientèle."_s);
    }

    // Signatures.
    const QString place = coop.address.city.isEmpty() ? u"____________"_s : esc(coop.address.city);
    html += u"<p style=\"margin-top: 24px;\">Fait à "_s + place + u", le "_s
            + frenchDate(contract.signedOn.isValid() ? contract.signedOn : contract.start)
            + u", en deux exemplaires originaux.</p>"_s;
    // Who signs, then (in a row of their own, so that both lines align) the room to sign.
    const QString room = u"<td><br/><br/><br/><br/>______________________________</td>"_s;
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">"
            "<tr><td width=\"50%\" valign=\"top\"><b>Pour la coopérative</b><br/>"_s
            + coopName + u"<br/>Nom, qualité et signature"_s
            + u"</td><td width=\"50%\" valign=\"top\"><b>L'entrepreneur salarié</b><br/>"_s
            + personName + u"<br/>Signature précédée de la mention « lu et approuvé »"_s
            + u"</td></tr><tr>"_s + room + room + u"</tr></table>"_s;
    html += u"</body></html>"_s;
    return html;
}

Result<void> writeCesaPdf(const QString &path, const CooperativeSettings &cooperative,
                          const Entrepreneur &entrepreneur, const Activity &activity,
                          const Contract &contract)
{
    if (contract.type != ContractType::Cesa || contract.terms.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    ContractDocument::tr("Only a CESA with its terms can be printed."));

    // QPdfWriter only says that it failed; the file system says why.
    if (QFile probe(path); !probe.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
                    ContractDocument::tr("Cannot write %1: %2.").arg(path, probe.errorString()),
                    path);

    constexpr int kResolution = 300;
    QPdfWriter writer(path);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 16, 20, 14), QPageLayout::Millimeter);
    const QString personName = entrepreneur.firstName + u' ' + entrepreneur.lastName.toUpper();
    writer.setTitle(u"Contrat d'entrepreneur salarié associé — "_s + personName);
    writer.setCreator(u"CoopDesk"_s);

    // The text is laid out at 96 dots per inch, like any HTML, whatever the machine's screen:
    // a 96-dpi image is the layout's device, and the painter scales up to the PDF's resolution.
    constexpr int kLayoutDpi = 96;
    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    layoutDevice.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
    layoutDevice.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));
    const qreal scale = qreal(kResolution) / layoutDevice.logicalDpiX();

    QTextDocument document;
    document.setDocumentMargin(0);
    document.documentLayout()->setPaintDevice(&layoutDevice);
    QFont body(u"DejaVu Serif"_s);
    body.setPointSizeF(10);
    document.setDefaultFont(body);
    document.setDefaultStyleSheet(QString::fromUtf8(kStyleSheet));
    document.setHtml(cesaHtml(cooperative, entrepreneur, activity, contract));

    const QRectF paintRect = QRectF(writer.pageLayout().paintRectPixels(kResolution));
    // In pixels of the layout, which the painter scales like the text (a size in points would be
    // taken at the PDF's resolution, then scaled again).
    QFont footerFont(u"DejaVu Sans"_s);
    footerFont.setPixelSize(10); // 7.5 pt

    const QFontMetricsF footerMetrics(footerFont, &layoutDevice);
    const qreal footerHeight = footerMetrics.height() * 2.5;
    const QSizeF pageSize(paintRect.width() / scale, paintRect.height() / scale - footerHeight);
    document.setPageSize(pageSize);
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(ErrorCode::Io, ContractDocument::tr("Cannot write %1.").arg(path), path);
    painter.scale(scale, scale);
    const QString footerLeft = (cooperative.name.isEmpty() ? QString() : cooperative.name + u" — "_s)
                               + u"Contrat d'entrepreneur salarié associé — "_s + personName;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        const QRectF area(0, page * pageSize.height(), pageSize.width(), pageSize.height());
        painter.save();
        painter.translate(0, -area.top());
        // The layout draws whole blocks; the clip keeps the next page's first lines off this one.
        painter.setClipRect(area);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = area;
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.5));
        const qreal y = pageSize.height() + footerMetrics.height() * 0.8;
        painter.drawLine(QPointF(0, y), QPointF(pageSize.width(), y));
        const QRectF line(0, y + footerMetrics.height() * 0.3, pageSize.width(),
                          footerMetrics.height() * 1.2);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         footerMetrics.elidedText(footerLeft, Qt::ElideRight,
                                                  pageSize.width() * 0.7));
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                         u"Page %1 / %2 — paraphes : ______"_s.arg(page + 1).arg(pages));
        painter.restore();
    }
    if (!painter.end() || QFileInfo(path).size() == 0)
        return fail(ErrorCode::Io, ContractDocument::tr("Cannot write %1.").arg(path), path);
    return {};
}

} // namespace coop::ui
