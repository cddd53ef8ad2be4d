package spanel.adapter.http.modmu;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import spanel.adapter.http.support.CachedJson;
import spanel.adapter.http.support.Re2;
import spanel.application.node.port.in.ListDetectRules;
import spanel.domain.node.DetectRule;

/**
 * GET /mod_mu/func/detect_rules. XrayR compiles each pattern with Go's RE2 and panics on one it
 * cannot compile, so a rule that is not valid RE2 is never served, however it got stored.
 */
public final class ModMuDetectRulesHandler implements Handler {

    record Rule(long id, String name, String text, String regex, int type) {
    }

    private final ListDetectRules listDetectRules;

    public ModMuDetectRulesHandler(ListDetectRules listDetectRules) {
        this.listDetectRules = listDetectRules;
    }

    @Override
    public void handle(Context ctx) {
        List<Rule> rules = listDetectRules.list(ModMu.key(ctx)).stream()
                .filter(rule -> Re2.compiles(rule.regex()))
                .map(ModMuDetectRulesHandler::toJson)
                .toList();
        CachedJson.send(ctx, ModMu.Data.of(rules));
    }

    private static Rule toJson(DetectRule rule) {
        return new Rule(rule.id().value(), rule.name(), rule.text(), rule.regex(), rule.type());
    }
}
