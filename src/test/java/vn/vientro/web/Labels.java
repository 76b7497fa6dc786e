package vn.vientro.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import java.util.regex.Pattern;

/** Fields found as a person finds them: by their label. */
final class Labels {

    private Labels() {
    }

    /**
     * The field labelled {@code text}; a required field's label ends with an asterisk (hidden from screen readers, but
     * part of the label text). Playwright runs the pattern as a JavaScript regex: escaped by hand, \Q…\E does not exist there.
     */
    static Locator labelled(Page page, String text) {
        String escaped = text.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
        return page.getByLabel(Pattern.compile("^\\s*" + escaped + "\\s*\\*?\\s*$"));
    }
}
