package vn.vientro.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.vientro.common.ProvinceZone;
import vn.vientro.security.Roles;
import vn.vientro.security.domain.AppUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.*;

/**
 * Who sees a task offered to candidate groups: the active users whose signed-in candidate groups
 * ({@link CurrentUser#candidateGroups()}, from the roles {@link TokenService} grants) meet the task's.
 */
@ApplicationScoped
public class GroupMembers {

    @Inject
    Clock clock;

    @Inject
    @ProvinceZone
    ZoneId zone;

    public List<String> usernames(Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<String> members = new ArrayList<>();
        for (AppUser user : AppUser.<AppUser>list("active = true order by username")) {
            Set<String> own = new HashSet<>(TokenService.grantedRoles(user, today));
            if ((own.contains(Roles.CONSULTEE) || own.contains(Roles.AID_OWNER)) && user.orgUnit != null) {
                own.add(user.orgUnit.code);
            }
            if (groups.stream().anyMatch(own::contains)) {
                members.add(user.username);
            }
        }
        return members;
    }
}
