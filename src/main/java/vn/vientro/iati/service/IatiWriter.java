package vn.vientro.iati.service;

import vn.vientro.iati.domain.IatiActivity;
import vn.vientro.iati.domain.IatiActivity.Org;
import vn.vientro.iati.domain.IatiActivity.Role;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes activities as an IATI 2.03 {@code iati-activities} document, elements in the schema's order. The default
 * language is Vietnamese; English narratives say so. The province's reporting-org is the activities' accountable
 * organisation.
 */
public final class IatiWriter {

    private static final String VERSION = "2.03";
    private static final String VIETNAM = "VN";
    /** IATI LocationReach 1: the activity happens there; LocationClass 1: an administrative region. */
    private static final String ACTIVITY_HAPPENS_HERE = "1";
    private static final String ADMINISTRATIVE_REGION = "1";
    /** IATI SectorVocabulary 1: OECD DAC CRS purpose codes, 5 digits. */
    private static final String CRS_5_DIGIT = "1";
    /** IATI BudgetType 1 original, 2 revised; BudgetStatus 2 committed. */
    private static final String ORIGINAL = "1";
    private static final String REVISED = "2";
    private static final String COMMITTED = "2";

    private final XMLStreamWriter xml;

    private IatiWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Writes the document to {@code out} (UTF-8), stamped as generated at {@code generated}; does not close it. */
    public static void write(List<IatiActivity> activities, Instant generated, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", VERSION);
            xml.writeAttribute("generated-datetime", dateTime(generated));
            IatiWriter writer = new IatiWriter(xml);
            for (IatiActivity a : activities) {
                writer.activity(a);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            // the writer wraps the stream's IOException
            throw e.getNestedException() instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(e);
        }
    }

    private void activity(IatiActivity a) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", dateTime(a.lastUpdated()));
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "vi");
        xml.writeAttribute("default-currency", a.currency());
        if (a.humanitarian()) {
            xml.writeAttribute("humanitarian", "1");
        }
        text("iati-identifier", a.identifier());
        Org province = a.participants().stream().filter(o -> o.role() == Role.ACCOUNTABLE).findFirst().orElseThrow();
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", province.ref());
        xml.writeAttribute("type", province.type());
        names(province.nameVi(), province.nameEn());
        xml.writeEndElement();
        xml.writeStartElement("title");
        names(a.titleVi(), a.titleEn());
        xml.writeEndElement();
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        names(a.descriptionVi(), a.descriptionEn());
        xml.writeEndElement();
        for (Org o : a.participants()) {
            xml.writeStartElement("participating-org");
            optional("ref", o.ref());
            optional("type", o.type());
            xml.writeAttribute("role", o.role().code);
            names(o.nameVi(), o.nameEn());
            xml.writeEndElement();
        }
        empty("activity-status", "code", a.status().code);
        for (var d : a.dates()) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", d.type().code);
            xml.writeAttribute("iso-date", d.date().toString());
        }
        empty("recipient-country", "code", VIETNAM);
        for (var l : a.locations()) {
            xml.writeStartElement("location");
            xml.writeAttribute("ref", l.code());
            empty("location-reach", "code", ACTIVITY_HAPPENS_HERE);
            xml.writeStartElement("name");
            narrative(l.name(), null);
            xml.writeEndElement();
            empty("location-class", "code", ADMINISTRATIVE_REGION);
            xml.writeEndElement();
        }
        for (var s : a.sectors()) {
            xml.writeStartElement("sector");
            xml.writeAttribute("vocabulary", CRS_5_DIGIT);
            xml.writeAttribute("code", s.crsCode());
            xml.writeAttribute("percentage", s.percentage().toPlainString());
            names(s.nameVi(), s.nameEn());
            xml.writeEndElement();
        }
        for (var b : a.budgets()) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", b.revised() ? REVISED : ORIGINAL);
            xml.writeAttribute("status", COMMITTED);
            empty("period-start", "iso-date", b.periodStart().toString());
            empty("period-end", "iso-date", b.periodEnd().toString());
            value(b.value(), a.currency(), b.valueDate());
            xml.writeEndElement();
        }
        Org donor = a.participants().stream().filter(o -> o.role() == Role.FUNDING).findFirst().orElseThrow();
        Org owner = a.participants().stream().filter(o -> o.role() == Role.IMPLEMENTING).findFirst().orElseThrow();
        for (var t : a.transactions()) {
            xml.writeStartElement("transaction");
            optional("ref", t.ref());
            empty("transaction-type", "code", t.type().code);
            empty("transaction-date", "iso-date", t.date().toString());
            value(t.value(), t.currency(), t.date());
            party("provider-org", donor);
            party("receiver-org", owner);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void party(String element, Org org) throws XMLStreamException {
        xml.writeStartElement(element);
        optional("ref", org.ref());
        optional("type", org.type());
        names(org.nameVi(), org.nameEn());
        xml.writeEndElement();
    }

    private void value(BigDecimal amount, String currency, LocalDate valueDate) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", currency);
        xml.writeAttribute("value-date", valueDate.toString());
        xml.writeCharacters(amount.toPlainString());
        xml.writeEndElement();
    }

    /** The Vietnamese name in the default language, and the English one when there is one that differs. */
    private void names(String vi, String en) throws XMLStreamException {
        narrative(vi, null);
        if (en != null && !en.isBlank() && !en.equals(vi)) {
            narrative(en, "en");
        }
    }

    private void narrative(String text, String lang) throws XMLStreamException {
        xml.writeStartElement("narrative");
        if (lang != null) {
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", lang);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void text(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void empty(String element, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private void optional(String attribute, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(attribute, value);
        }
    }

    private static String dateTime(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
