#include "invoicepdf.h"

#include "core/cii.h"
#include "core/tr.h"

#include <QDateTime>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <string>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

const QString kFacturXFileName = u"factur-x.xml"_s;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// "D:20261126101500Z", the date form of the PDF Info dictionary.
std::string pdfDate(const QDateTime &utc)
{
    return utf8(utc.toString(u"'D:'yyyyMMddHHmmss'Z'"_s));
}

// The XMP packet of a PDF/A-3B Factur-X file: identification, Dublin Core and tool properties
// matching the Info dictionary, the extension schema that declares the fx: properties (PDF/A
// accepts only declared custom properties), then the Factur-X properties themselves.
QByteArray facturXMetadata(const QString &title, const QString &author, const QDateTime &utc)
{
    const QString date = utc.toString(Qt::ISODate);
    struct Property
    {
        const char16_t *name;
        const char16_t *description;
    };
    const Property properties[] = {
        {u"DocumentFileName", u"The name of the embedded XML invoice file"},
        {u"DocumentType", u"The type of the hybrid document (INVOICE)"},
        {u"Version", u"The version of the Factur-X XML schema"},
        {u"ConformanceLevel", u"The Factur-X profile of the embedded XML"},
    };
    QString declared;
    for (const Property &property : properties) {
        declared += u"            <rdf:li rdf:parseType=\"Resource\">\n"
                    "              <pdfaProperty:name>"_s
                    + QString::fromUtf16(property.name)
                    + u"</pdfaProperty:name>\n"
                      "              <pdfaProperty:valueType>Text</pdfaProperty:valueType>\n"
                      "              <pdfaProperty:category>external</pdfaProperty:category>\n"
                      "              <pdfaProperty:description>"_s
                    + QString::fromUtf16(property.description)
                    + u"</pdfaProperty:description>\n"
                      "            </rdf:li>\n"_s;
    }
    const QString xmp =
        u"<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "    <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        "      <pdfaid:part>3</pdfaid:part>\n"
        "      <pdfaid:conformance>B</pdfaid:conformance>\n"
        "    </rdf:Description>\n"
        "    <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "      <dc:format>application/pdf</dc:format>\n"
        "      <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"_s
        + xmlEscaped(title)
        + u"</rdf:li></rdf:Alt></dc:title>\n"
          "      <dc:creator><rdf:Seq><rdf:li>"_s
        + xmlEscaped(author)
        + u"</rdf:li></rdf:Seq></dc:creator>\n"
          "    </rdf:Description>\n"
          "    <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
          "      <pdf:Producer>CoopDesk</pdf:Producer>\n"
          "    </rdf:Description>\n"
          "    <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
          "      <xmp:CreatorTool>CoopDesk</xmp:CreatorTool>\n"
          "      <xmp:CreateDate>"_s
        + date + u"</xmp:CreateDate>\n      <xmp:ModifyDate>"_s + date
        + u"</xmp:ModifyDate>\n"
          "      <xmp:MetadataDate>"_s
        + date
        + u"</xmp:MetadataDate>\n"
          "    </rdf:Description>\n"
          "    <rdf:Description rdf:about=\"\"\n"
          "        xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
          "        xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
          "        xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
          "      <pdfaExtension:schemas>\n"
          "        <rdf:Bag>\n"
          "          <rdf:li rdf:parseType=\"Resource\">\n"
          "            <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>\n"
          "            <pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>\n"
          "            <pdfaSchema:prefix>fx</pdfaSchema:prefix>\n"
          "            <pdfaSchema:property>\n"
          "              <rdf:Seq>\n"_s
        + declared
        + u"              </rdf:Seq>\n"
          "            </pdfaSchema:property>\n"
          "          </rdf:li>\n"
          "        </rdf:Bag>\n"
          "      </pdfaExtension:schemas>\n"
          "    </rdf:Description>\n"
          "    <rdf:Description rdf:about=\"\" xmlns:fx=\"urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#\">\n"
          "      <fx:DocumentType>INVOICE</fx:DocumentType>\n"
          "      <fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>\n"
          "      <fx:Version>1.0</fx:Version>\n"
          "      <fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>\n"
          "    </rdf:Description>\n"
          "  </rdf:RDF>\n"
          "</x:xmpmeta>\n"
          "<?xpacket end=\"w\"?>"_s;
    return xmp.toUtf8();
}

} // namespace

Result<QByteArray> makeFacturX(const QByteArray &pdfA, const QByteArray &cii, const QString &title,
                               const QString &author)
{
    if (cii.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The e-invoice XML is empty."), u"cii"_s);
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("invoice.pdf", pdfA.constData(), static_cast<size_t>(pdfA.size()));
        QPDFObjectHandle root = pdf.getRoot();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const std::string date = pdfDate(now);

        // The CII as the associated file factur-x.xml (PDF/A-3 §6.8, Factur-X §5).
        QPDFEFStreamObjectHelper stream = QPDFEFStreamObjectHelper::createEFStream(
            pdf, std::string(cii.constData(), static_cast<size_t>(cii.size())));
        stream.setSubtype("text/xml");
        stream.setModDate(date);
        stream.setCreationDate(date);
        QPDFFileSpecObjectHelper fileSpec =
            QPDFFileSpecObjectHelper::createFileSpec(pdf, utf8(kFacturXFileName), stream);
        fileSpec.setDescription("Factur-X invoice (EN 16931)");
        QPDFObjectHandle fileSpecObject = fileSpec.getObjectHandle();
        fileSpecObject.replaceKey("/AFRelationship", QPDFObjectHandle::newName("/Alternative"));
        QPDFEmbeddedFileDocumentHelper(pdf).replaceEmbeddedFile(utf8(kFacturXFileName), fileSpec);
        QPDFObjectHandle associated = QPDFObjectHandle::newArray();
        associated.appendItem(fileSpecObject);
        root.replaceKey("/AF", associated);

        // XMP rewritten for PDF/A-3B with the Factur-X extension, and an Info dictionary that
        // says the same.
        QPDFObjectHandle metadata = pdf.newStream(facturXMetadata(title, author, now).toStdString());
        metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        root.replaceKey("/Metadata", metadata);

        QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
        info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(title)));
        info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(utf8(author)));
        info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString("CoopDesk"));
        info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString("CoopDesk"));
        info.replaceKey("/CreationDate", QPDFObjectHandle::newString(date));
        info.replaceKey("/ModDate", QPDFObjectHandle::newString(date));
        pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));

        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setMinimumPDFVersion("1.7");
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.write();
        std::shared_ptr<Buffer> output = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(output->getBuffer()),
                          static_cast<qsizetype>(output->getSize()));
    } catch (const std::exception &error) {
        return fail(ErrorCode::Corrupted,
                    Tr::tr("The Factur-X PDF could not be made: %1")
                        .arg(QString::fromUtf8(error.what())));
    }
}

Result<QByteArray> renderFacturX(const SalesDocument &document, const InvoiceRenderContext &context)
{
    if (context.draft || document.status != DocumentStatus::Validated || document.number.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Only a validated invoice or credit note has a Factur-X version."));
    const Result<QByteArray> pdf = renderInvoicePdf(document, context, true);
    if (!pdf)
        return pdf;
    const Result<QByteArray> cii = buildCii(document, context.paid, &context.parties);
    if (!cii)
        return cii;
    const QString kind = document.kind == DocumentKind::CreditNote ? u"Avoir"_s : u"Facture"_s;
    return makeFacturX(*pdf, *cii, kind + u" N° "_s + document.number,
                       context.parties.seller.name);
}

} // namespace coop
