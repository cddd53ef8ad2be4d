package spanel.application.node.port.in;

import java.util.List;
import java.util.Objects;
import spanel.domain.node.DetectRule;
import spanel.domain.node.DetectRuleId;
import spanel.domain.user.UserId;

/**
 * An operator lists, adds and removes the audit rules nodes enforce. A rule's pattern must already
 * be known to compile as RE2 (the edge checks it): nodes crash on one that does not. Writes are audited.
 */
public interface ManageDetectRules {

    List<DetectRule> list();

    DetectRule add(Add command);

    DetectRuleId remove(Remove command);

    record Add(UserId admin, String name, String text, String regex, int type) {
        public Add {
            Objects.requireNonNull(admin, "admin");
            if (name == null || name.isBlank() || name.length() > 128) {
                throw new IllegalArgumentException("name: 1 to 128 characters");
            }
            if (text == null || text.length() > 1024) {
                throw new IllegalArgumentException("text: at most 1024 characters");
            }
            if (regex == null || regex.isEmpty() || regex.length() > 2048) {
                throw new IllegalArgumentException("regex: 1 to 2048 characters");
            }
            if (type < 1 || type > 2) {
                throw new IllegalArgumentException("type: 1 or 2");
            }
        }
    }

    record Remove(UserId admin, DetectRuleId id) {
        public Remove {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
        }
    }
}
