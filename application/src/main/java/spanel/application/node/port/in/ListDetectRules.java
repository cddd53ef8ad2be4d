package spanel.application.node.port.in;

import java.util.List;
import spanel.domain.node.DetectRule;

/** Any node reads the audit rules it must enforce. */
public interface ListDetectRules {

    List<DetectRule> list(String key);
}
