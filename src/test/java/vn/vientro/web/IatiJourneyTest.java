package vn.vientro.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.iati.IatiExportTest.assertValid;
import static vn.vientro.iati.IatiExportTest.parse;
import static vn.vientro.iati.IatiExportTest.ruleViolations;
import static vn.vientro.support.Api.*;

/** Leadership downloads a project's IATI file from its page and the year's from the dashboard; an officer sees no button. */
@QuarkusTest
class IatiJourneyTest extends BrowserTest {

    private static final String PROJECT_BUTTON = "Tải tệp IATI của dự án (XML)";

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static List<String> identifiers(byte[] xml) throws Exception {
        NodeList ids = parse(xml).getElementsByTagName("iati-identifier");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.getLength(); i++) {
            out.add(((Element) ids.item(i)).getTextContent());
        }
        return out;
    }

    @Test
    void leadershipDownloadsTheProjectsAndTheYearsIatiFiles() throws Exception {
        String title = "Dự án tải IATI " + System.nanoTime();
        long id = approvedProject(proposal("PROJECT", title), today().toString());

        signIn(OFFICER);
        open("/projects/" + id);
        assertThat(heading()).hasText(title);
        assertThat(page.getByRole(AriaRole.BUTTON, named(PROJECT_BUTTON))).hasCount(0);

        signIn(LEADERSHIP);
        open("/projects/" + id);
        assertThat(heading()).hasText(title);
        Download one = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, named(PROJECT_BUTTON)).click());
        assertThat(one.suggestedFilename()).endsWith("-iati-activity-" + id + ".xml");
        byte[] project = Files.readAllBytes(one.path());
        assertValid(project);
        assertThat(identifiers(project)).containsExactly("VN-TAYNINH-PPC-" + id);
        check("project");

        int year = today().getYear();
        open("/dashboard");
        Download all = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                named("Tải tệp IATI năm " + year + " (XML)")).click());
        assertThat(all.suggestedFilename()).endsWith("-iati-activities-" + year + ".xml");
        byte[] yearFile = Files.readAllBytes(all.path());
        assertValid(yearFile);
        assertThat(ruleViolations(parse(yearFile), today())).isEmpty();
        assertThat(identifiers(yearFile)).contains("VN-TAYNINH-PPC-" + id);
        check("dashboard");
    }
}
