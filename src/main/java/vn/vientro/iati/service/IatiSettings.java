package vn.vientro.iati.service;

import io.smallrye.config.ConfigMapping;

/** The IATI export's settings ({@code vientro.iati.*}): who publishes the province's activities. */
@ConfigMapping(prefix = "vientro.iati")
public interface IatiSettings {

    /** The reporting organisation: the province, also the activities' accountable organisation. */
    ReportingOrg reportingOrg();

    interface ReportingOrg {

        /** Its IATI organisation identifier; the prefix of every activity's iati-identifier, so never changed once published. */
        String ref();

        /** IATI OrganisationType (11: local government). */
        String type();

        String nameVi();

        String nameEn();
    }
}
