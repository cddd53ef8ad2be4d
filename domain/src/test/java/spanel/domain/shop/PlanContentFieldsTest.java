package spanel.domain.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import spanel.domain.plan.MonthlyReset;

class PlanContentFieldsTest {

    @Test
    void everyPartIsWrittenUnderTheContractsNameInTheContractsOrder() {
        PlanContent content = new PlanContent(OptionalLong.of(100), OptionalInt.of(1), OptionalInt.of(30), OptionalInt.of(31),
                true, OptionalInt.of(50), OptionalInt.of(3), Optional.of(MonthlyReset.PURCHASE_DAY), OptionalInt.of(2));

        assertThat(content.fields()).containsExactly(
                entry("traffic", 100L), entry("class", 1), entry("class_expire", 30), entry("expire_in", 31),
                entry("reset_traffic", true), entry("speedlimit", 50), entry("iplimit", 3),
                entry("monthly_reset", "purchase_day"), entry("purchase_limit", 2));
    }

    @Test
    void absentPartsAreLeftOutAndResetTrafficIsAlwaysThere() {
        assertThat(PlanContent.EMPTY.fields()).containsExactly(entry("reset_traffic", false));
    }

    private static java.util.Map.Entry<String, Object> entry(String name, Object value) {
        return java.util.Map.entry(name, value);
    }
}
