package vn.vientro.security.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The line a production start logs, and stops on, when the first administrator's password is refused. */
class BootstrapAdminTest {

    @Test
    void aPasswordContainingTheUsernameNamesTheSettingToChangeInOneLine() {
        assertThat(BootstrapAdmin.refusal("Admin-Tây-Ninh-2026")).isEqualTo("vientro.bootstrap.admin-password "
                + "(VIENTRO_BOOTSTRAP_ADMIN_PASSWORD) is refused for the account 'admin': it must not contain the username. "
                + "Set another password in that setting (12 characters or more, without 'admin', not a common one) and start again");
    }

    @Test
    void aShortPasswordIsRefusedWithThePolicysReason() {
        assertThat(BootstrapAdmin.refusal("ngắn-quá"))
                .startsWith("vientro.bootstrap.admin-password (VIENTRO_BOOTSTRAP_ADMIN_PASSWORD) is refused for the account 'admin': "
                        + "it must be at least 12 characters")
                .doesNotContain("\n");
    }

    @Test
    void aPasswordThePolicyAcceptsIsNotRefused() {
        assertThat(BootstrapAdmin.refusal("Cây đa giếng nước sân đình 1975")).isNull();
    }
}
