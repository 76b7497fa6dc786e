package vn.vientro.iati;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import vn.vientro.project.service.ProjectLifecycle;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.*;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static vn.vientro.support.Api.*;

/**
 * The IATI 2.03 export of projects built through the API: every value against figures worked out here by hand,
 * the file valid against the official schema (src/test/resources/iati-2.03) and against the rules a schema cannot
 * check ({@link #ruleViolations}).
 */
@QuarkusTest
public class IatiExportTest {

    /** vientro.iati.reporting-org.ref's default. */
    private static final String ORG = "VN-TAYNINH-PPC";
    private static final String XML_NS = XMLConstants.XML_NS_URI;

    @Inject
    ProjectLifecycle lifecycle;

    private static Map<String, Object> disbursement(LocalDate date, String amount, String currency, String reference) {
        return Map.of("date", date.toString(), "amount", new BigDecimal(amount), "currency", currency, "reference", reference);
    }

    @Test
    void aProjectWithDisbursementsInTwoCurrenciesAndAnAmendmentIsOneValidActivity() throws Exception {
        LocalDate decided = today().minusDays(20);
        Map<String, Object> body = proposal("PROJECT", "Dự án IATI thử nghiệm " + System.nanoTime());
        body.put("titleEn", "IATI test project");
        long id = approvedProject(body, decided.toString());
        as(OFFICER).body(disbursement(today().minusDays(18), "20000", "USD", "Đợt 1"))
                .post("/api/projects/" + id + "/disbursements").then().statusCode(201);
        as(OFFICER).body(disbursement(today().minusDays(5), "15000.75", "EUR", "Đợt 2"))
                .post("/api/projects/" + id + "/disbursements").then().statusCode(201);
        LocalDate extendedEnd = LocalDate.parse(body.get("plannedEnd").toString()).plusYears(1);
        as(OFFICER).body(Map.of("newAmount", 150000, "newPlannedEnd", extendedEnd.toString(), "reason", "Nhà tài trợ tăng vốn"))
                .post("/api/projects/" + id + "/amendments").then().statusCode(201);
        complete(id, "approveAmendment", APPROVER, "approve", Map.of("decisionNumber", "88/QĐ-UBND",
                "decisionDate", today().toString()));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Response response = as(LEADERSHIP).accept("application/xml").get("/api/iati/projects/" + id);
        response.then().statusCode(200).contentType(startsWith("application/xml"))
                .header("Content-Disposition", containsString(ORG + "-iati-activity-" + id + ".xml"));
        byte[] xml = response.asByteArray();
        assertValid(xml);
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("iati-activities");
        assertThat(root.getAttribute("version")).isEqualTo("2.03");
        assertThat(Instant.parse(root.getAttribute("generated-datetime"))).isAfterOrEqualTo(before.minusSeconds(1));
        List<Element> activities = children(root, "iati-activity");
        assertThat(activities).hasSize(1);
        Element a = activities.get(0);
        assertThat(a.getAttributeNS(XML_NS, "lang")).isEqualTo("vi");
        assertThat(a.getAttribute("default-currency")).isEqualTo("USD");
        assertThat(a.hasAttribute("humanitarian")).isFalse();
        assertThat(Instant.parse(a.getAttribute("last-updated-datetime"))).isAfterOrEqualTo(before.minusSeconds(60));
        assertThat(text(a, "iati-identifier")).isEqualTo(ORG + "-" + id);

        Element reporting = child(a, "reporting-org");
        assertThat(reporting.getAttribute("ref")).isEqualTo(ORG);
        assertThat(reporting.getAttribute("type")).isEqualTo("11");
        assertThat(narratives(reporting)).containsExactly("vi:Ủy ban nhân dân tỉnh Tây Ninh",
                "en:People's Committee of Tây Ninh Province");
        assertThat(narratives(child(a, "title"))).containsExactly("vi:" + body.get("titleVi"), "en:IATI test project");
        assertThat(narratives(child(a, "description"))).containsExactly("vi:Mô tả dự án thử nghiệm.",
                "en:Project: IATI test project");

        // funding: the donor, named only (no IATI identifier known); accountable: the province; implementing: the aid owner
        List<Element> orgs = children(a, "participating-org");
        assertThat(orgs).extracting(o -> o.getAttribute("role")).containsExactly("1", "2", "4");
        assertThat(orgs.get(0).hasAttribute("ref")).isFalse();
        assertThat(orgs.get(0).getAttribute("type")).isEqualTo("21");
        assertThat(narratives(orgs.get(0))).containsExactly("vi:Tổ chức Plan International", "en:Plan International");
        assertThat(orgs.get(1).getAttribute("ref")).isEqualTo(ORG);
        assertThat(narratives(orgs.get(2))).first().isEqualTo("vi:Trung tâm Y tế khu vực Gò Dầu");

        // started by the first disbursement, planned end ahead: implementation
        assertThat(child(a, "activity-status").getAttribute("code")).isEqualTo("2");
        assertThat(dates(a)).containsExactly(Map.entry("1", body.get("plannedStart").toString()),
                Map.entry("2", today().minusDays(18).toString()), Map.entry("3", extendedEnd.toString()));
        assertThat(child(a, "recipient-country").getAttribute("code")).isEqualTo("VN");
        Element location = child(a, "location");
        assertThat(location.getAttribute("ref")).isEqualTo("TN-GODAU");
        assertThat(narratives(child(location, "name"))).containsExactly("vi:Xã Gò Dầu");

        // HEALTH 60 % and GENDER 40 % as their CRS codes
        assertThat(children(a, "sector")).extracting(s -> s.getAttribute("vocabulary") + ":" + s.getAttribute("code")
                + "=" + s.getAttribute("percentage")).containsExactly("1:12220=60", "1:15180=40");

        // the original budget 125,000.50 over the planned period, the revised 150,000 over the extended one
        List<Element> budgets = children(a, "budget");
        assertThat(budgets).extracting(b -> b.getAttribute("type") + " " + child(b, "period-start").getAttribute("iso-date")
                        + ".." + child(b, "period-end").getAttribute("iso-date") + " " + new BigDecimal(text(b, "value")).stripTrailingZeros().toPlainString())
                .containsExactly("1 " + body.get("plannedStart") + ".." + body.get("plannedEnd") + " 125000.5",
                        "2 " + body.get("plannedStart") + ".." + extendedEnd + " 150000");

        // the commitment at the decision, the amendment's 24,999.50 at its own, the disbursements as recorded
        assertThat(children(a, "transaction")).extracting(IatiExportTest::transaction).containsExactly(
                "2 " + decided + " 125000.5 USD@" + decided + " ref=2468/QĐ-UBND",
                "2 " + today() + " 24999.5 USD@" + today() + " ref=88/QĐ-UBND",
                "3 " + today().minusDays(18) + " 20000 USD@" + today().minusDays(18) + " ref=Đợt 1",
                "3 " + today().minusDays(5) + " 15000.75 EUR@" + today().minusDays(5) + " ref=Đợt 2");
        Element firstDisbursement = children(a, "transaction").get(2);
        assertThat(narratives(child(firstDisbursement, "provider-org"))).contains("en:Plan International");
        assertThat(narratives(child(firstDisbursement, "receiver-org"))).first().isEqualTo("vi:Trung tâm Y tế khu vực Gò Dầu");
        assertThat(ruleViolations(doc, today())).isEmpty();
    }

    @Test
    void revokedAndClosedProjectsEndAsTheStandardSaysAndTheYearHoldsThemAll() throws Exception {
        // no English title, no description: what the standard needs is written from what there is
        Map<String, Object> bare = proposal("PROJECT", "Dự án IATI bị thu hồi " + System.nanoTime());
        bare.remove("titleEn");
        bare.remove("description");
        long revoked = approvedProject(bare, today().minusDays(10).toString());
        Element pipeline = only(get(revoked));
        assertThat(narratives(child(pipeline, "title"))).containsExactly("vi:" + bare.get("titleVi"));
        assertThat(narratives(child(pipeline, "description"))).containsExactly("vi:Dự án: " + bare.get("titleVi"));
        assertThat(child(pipeline, "activity-status").getAttribute("code")).as("approved, not started").isEqualTo("1");
        lifecycle.revoke(revoked, "9/QĐ-UBND", today(), "Chưa triển khai", APPROVER);
        Element cancelled = only(get(revoked));
        assertThat(child(cancelled, "activity-status").getAttribute("code")).isEqualTo("5");
        assertThat(dates(cancelled)).containsOnlyKeys("1", "3", "4").containsEntry("4", today().toString());

        long closed = approvedProject(proposal("PROJECT", "Dự án IATI đã kết thúc " + System.nanoTime()),
                today().minusDays(10).toString());
        as(OFFICER).body(disbursement(today().minusDays(3), "1000", "USD", "Đợt duy nhất"))
                .post("/api/projects/" + closed + "/disbursements").then().statusCode(201);
        lifecycle.close(closed, today(), "Báo cáo hoàn thành đã được chấp nhận", OFFICER);
        Element done = only(get(closed));
        assertThat(child(done, "activity-status").getAttribute("code")).isEqualTo("4");
        assertThat(dates(done)).containsEntry("2", today().minusDays(3).toString()).containsEntry("4", today().toString());

        Response year = as(ADMIN).get("/api/iati/years/" + today().getYear());
        year.then().statusCode(200).contentType(startsWith("application/xml"));
        byte[] xml = year.asByteArray();
        assertValid(xml);
        Document doc = parse(xml);
        assertThat(children(doc.getDocumentElement(), "iati-activity")).extracting(e -> text(e, "iati-identifier"))
                .contains(ORG + "-" + revoked, ORG + "-" + closed).doesNotHaveDuplicates();
        assertThat(ruleViolations(doc, today())).isEmpty();
    }

    /** The demo data's year files: valid, and kept in target/ for a check by hand with xmllint (docs/iati.md). */
    @Test
    void theDemoDataExportsValidYearFiles() throws Exception {
        int last = today().getYear() - 1;
        for (int year = last - 3; year <= last; year++) {
            byte[] xml = as(LEADERSHIP).get("/api/iati/years/" + year).then().statusCode(200).extract().asByteArray();
            assertValid(xml);
            Document doc = parse(xml);
            assertThat(children(doc.getDocumentElement(), "iati-activity")).isNotEmpty();
            assertThat(ruleViolations(doc, today())).as("year %d", year).isEmpty();
            Files.createDirectories(Path.of("target/iati"));
            Files.write(Path.of("target/iati/demo-" + year + ".xml"), xml);
        }
    }

    @Test
    void onlyLeadershipAndTheAdministratorExportAndBadRequestsAreRefused() {
        long project = approvedProject(proposal("PROJECT", "Dự án IATI quyền " + System.nanoTime()), today().toString());
        long draft = createDraft(proposal("PROJECT", "Chưa phải dự án IATI"));
        given().get("/api/iati/projects/" + project).then().statusCode(401);
        given().get("/api/iati/years/" + today().getYear()).then().statusCode(401);
        for (String user : List.of(OFFICER, APPRAISER, APPROVER, CONSULTEE_POLICE, AID_OWNER)) {
            as(user).get("/api/iati/projects/" + project).then().statusCode(403);
            as(user).get("/api/iati/years/" + today().getYear()).then().statusCode(403);
        }
        as(ADMIN).get("/api/iati/projects/" + project).then().statusCode(200);
        as(LEADERSHIP).get("/api/iati/projects/987654321").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        as(LEADERSHIP).get("/api/iati/projects/" + draft).then().statusCode(409).body("code", equalTo("not-a-project"));
        onlyViolation(as(LEADERSHIP).get("/api/iati/years/1800").then(), "year", "path", "at-least");
        as(LEADERSHIP).get("/api/iati/years/abcd").then().statusCode(400);
        // no project in 1990: an IATI file must hold an activity, so there is none to give
        as(LEADERSHIP).get("/api/iati/years/1990").then().statusCode(404).body("code", equalTo("not-found"));
    }

    // ---- the file ----

    private static Element only(byte[] xml) throws Exception {
        assertValid(xml);
        Document doc = parse(xml);
        assertThat(ruleViolations(doc, today())).isEmpty();
        List<Element> activities = children(doc.getDocumentElement(), "iati-activity");
        assertThat(activities).hasSize(1);
        return activities.get(0);
    }

    private static byte[] get(long project) {
        return as(LEADERSHIP).get("/api/iati/projects/" + project).then().statusCode(200).extract().asByteArray();
    }

    /** Valid against the official IATI 2.03 activity schema, read from the test resources (no network). */
    public static void assertValid(byte[] xml) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(IatiExportTest.class.getResource("/iati-2.03/iati-activities-schema.xsd"));
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new AssertionError("not valid IATI 2.03: " + e.getMessage() + "\n" + new String(xml, java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }

    public static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /**
     * The IATI rules (Standard 2.03 rulesets) that the schema cannot check: percentages per sector vocabulary sum to
     * 100, a start date, dates in order, no actual or transaction date in the future, the identifier prefixed by the
     * reporting organisation's, a language for every narrative and no empty one, and budget periods in order.
     */
    public static List<String> ruleViolations(Document doc, LocalDate today) {
        List<String> wrong = new ArrayList<>();
        for (Element a : children(doc.getDocumentElement(), "iati-activity")) {
            String id = text(a, "iati-identifier");
            if (!id.startsWith(child(a, "reporting-org").getAttribute("ref") + "-")) {
                wrong.add(id + ": identifier not prefixed by the reporting-org ref");
            }
            Map<String, BigDecimal> byVocabulary = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            for (Element s : children(a, "sector")) {
                String vocabulary = s.hasAttribute("vocabulary") ? s.getAttribute("vocabulary") : "1";
                counts.merge(vocabulary, 1, Integer::sum);
                byVocabulary.merge(vocabulary, s.hasAttribute("percentage") ? new BigDecimal(s.getAttribute("percentage"))
                        : BigDecimal.ZERO, BigDecimal::add);
            }
            byVocabulary.forEach((vocabulary, sum) -> {
                if (counts.get(vocabulary) > 1 && sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                    wrong.add(id + ": sector percentages of vocabulary " + vocabulary + " sum to " + sum);
                }
            });
            Map<String, String> dates = dates(a);
            if (!dates.containsKey("1") && !dates.containsKey("2")) {
                wrong.add(id + ": no start date");
            }
            before(wrong, id, "planned start", dates.get("1"), "planned end", dates.get("3"));
            before(wrong, id, "actual start", dates.get("2"), "actual end", dates.get("4"));
            for (String actual : List.of("2", "4")) {
                if (dates.containsKey(actual) && LocalDate.parse(dates.get(actual)).isAfter(today)) {
                    wrong.add(id + ": actual date type " + actual + " in the future");
                }
            }
            for (Element b : children(a, "budget")) {
                before(wrong, id, "budget start", child(b, "period-start").getAttribute("iso-date"), "budget end",
                        child(b, "period-end").getAttribute("iso-date"));
            }
            for (Element t : children(a, "transaction")) {
                if (LocalDate.parse(child(t, "transaction-date").getAttribute("iso-date")).isAfter(today)) {
                    wrong.add(id + ": transaction in the future");
                }
            }
            boolean defaultLanguage = !a.getAttributeNS(XML_NS, "lang").isEmpty();
            NodeList narratives = a.getElementsByTagName("narrative");
            for (int i = 0; i < narratives.getLength(); i++) {
                Element n = (Element) narratives.item(i);
                if (n.getTextContent().isBlank()) {
                    wrong.add(id + ": empty narrative");
                }
                if (!defaultLanguage && n.getAttributeNS(XML_NS, "lang").isEmpty()) {
                    wrong.add(id + ": narrative without a language");
                }
            }
        }
        return wrong;
    }

    private static void before(List<String> wrong, String id, String first, String a, String second, String b) {
        if (a != null && b != null && LocalDate.parse(a).isAfter(LocalDate.parse(b))) {
            wrong.add(id + ": " + first + " " + a + " after " + second + " " + b);
        }
    }

    /** activity-date by type → date, in document order. */
    private static Map<String, String> dates(Element a) {
        Map<String, String> dates = new LinkedHashMap<>();
        children(a, "activity-date").forEach(d -> dates.put(d.getAttribute("type"), d.getAttribute("iso-date")));
        return dates;
    }

    private static String transaction(Element t) {
        Element value = child(t, "value");
        return child(t, "transaction-type").getAttribute("code") + " " + child(t, "transaction-date").getAttribute("iso-date")
                + " " + new BigDecimal(value.getTextContent()).stripTrailingZeros().toPlainString() + " "
                + value.getAttribute("currency") + "@" + value.getAttribute("value-date") + " ref=" + t.getAttribute("ref");
    }

    /** lang:text of the element's narratives; no xml:lang means the activity's default, Vietnamese. */
    private static List<String> narratives(Element e) {
        return children(e, "narrative").stream().map(n -> (n.getAttributeNS(XML_NS, "lang").isEmpty() ? "vi"
                : n.getAttributeNS(XML_NS, "lang")) + ":" + n.getTextContent()).toList();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
        return found.get(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }
}
