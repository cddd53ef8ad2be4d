package spanel.adapter.http.admin;

import io.javalin.http.Context;
import java.util.Map;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Json;
import spanel.adapter.http.support.Listing;
import spanel.adapter.http.support.Re2;
import spanel.application.node.port.in.ManageDetectRules;
import spanel.domain.node.DetectRule;
import spanel.domain.node.DetectRuleId;

/** /app/api/v0/admin/detect-rules: list, add (RE2-checked before anything is stored), remove. */
public final class DetectRuleAdminHandlers {

    record RuleView(long id, String name, String text, String regex, int type) {
        static RuleView of(DetectRule rule) {
            return new RuleView(rule.id().value(), rule.name(), rule.text(), rule.regex(), rule.type());
        }
    }

    record RuleRequest(String name, String text, String regex, Integer type) {
    }

    private final ManageDetectRules rules;

    public DetectRuleAdminHandlers(ManageDetectRules rules) {
        this.rules = rules;
    }

    public void list(Context ctx) {
        ctx.json(Envelope.ok(Listing.of("rules", rules.list(), Fields.page(ctx), RuleView::of)));
    }

    public void add(Context ctx) {
        RuleRequest request = Json.body(ctx, RuleRequest.class);
        String name = Fields.required("name", request.name());
        String text = request.text() == null ? "" : request.text();
        String regex = Fields.required("regex", request.regex());
        int type = request.type() == null ? 1 : request.type();
        if (!Re2.compiles(regex)) {
            throw InvalidRequest.field("regex", "not a valid RE2 pattern (no look-around or back-references)");
        }
        DetectRule added = rules.add(Fields.rule(
                () -> new ManageDetectRules.Add(Callers.of(ctx).userId(), name, text, regex, type)));
        ctx.json(Envelope.ok(RuleView.of(added)));
    }

    public void remove(Context ctx) {
        DetectRuleId id = new DetectRuleId(Fields.pathId(ctx, "id"));
        DetectRuleId removed = rules.remove(new ManageDetectRules.Remove(Callers.of(ctx).userId(), id));
        ctx.json(Envelope.ok(Map.of("id", removed.value())));
    }
}
