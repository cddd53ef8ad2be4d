package spanel.domain.node;

import java.util.Objects;

/** An audit rule nodes enforce: a connection whose destination matches {@code regex} is refused and reported. */
public record DetectRule(DetectRuleId id, String name, String text, String regex, int type) {

    public DetectRule {
        Objects.requireNonNull(id, "id");
    }
}
