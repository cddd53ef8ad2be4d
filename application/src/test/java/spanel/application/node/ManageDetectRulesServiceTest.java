package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import spanel.application.node.port.in.ManageDetectRules;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.NotFound;
import spanel.domain.node.DetectRule;
import spanel.domain.node.DetectRuleId;
import spanel.domain.user.UserId;

class ManageDetectRulesServiceTest {

    private static final UserId ADMIN = UserId.of(1);

    private final NodeFakes fakes = new NodeFakes();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final ManageDetectRulesService service = new ManageDetectRulesService(fakes.rules, audit::add,
            fakes.transactions);

    private DetectRule add(String name) {
        return service.add(new ManageDetectRules.Add(ADMIN, name, "blocks " + name, name + ".*", 1));
    }

    @Test
    void anAddedRuleIsListedAndTheAdditionIsAuditedInTheSameTransaction() {
        DetectRule rule = add("torrent");

        assertThat(service.list()).containsExactly(rule);
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("detect_rule.add");
            assertThat(entry.detail()).contains("torrent.*");
        });
        assertThat(fakes.transactions.opened()).isEqualTo(1);
    }

    @Test
    void aRemovedRuleIsGoneAndTheRemovalIsAudited() {
        DetectRule rule = add("torrent");

        assertThat(service.remove(new ManageDetectRules.Remove(ADMIN, rule.id()))).isEqualTo(rule.id());

        assertThat(service.list()).isEmpty();
        assertThat(audit).extracting(AuditEntry::action).containsExactly("detect_rule.add", "detect_rule.remove");
    }

    @Test
    void removingAnUnknownRuleIsNotFoundAndNothingIsAudited() {
        assertThatThrownBy(() -> service.remove(new ManageDetectRules.Remove(ADMIN, DetectRuleId.of(42)))).isInstanceOf(NotFound.class);
        assertThat(audit).isEmpty();
        assertThat(fakes.transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void aRuleMustHaveANameAPatternAndAKnownType() {
        assertThatThrownBy(() -> new ManageDetectRules.Add(ADMIN, " ", "", "x", 1)).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> new ManageDetectRules.Add(ADMIN, "n", "", "", 1)).hasMessageStartingWith("regex:");
        assertThatThrownBy(() -> new ManageDetectRules.Add(ADMIN, "n", "", "x", 3)).hasMessageStartingWith("type:");
    }
}
