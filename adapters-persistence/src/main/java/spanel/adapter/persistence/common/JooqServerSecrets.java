package spanel.adapter.persistence.common;

import static spanel.adapter.persistence.generated.Tables.SERVER_SECRETS;

import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import spanel.adapter.persistence.support.FirstInsert;
import spanel.application.common.port.out.ServerSecrets;

public final class JooqServerSecrets implements ServerSecrets {

    private final DSLContext dsl;

    public JooqServerSecrets(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public String getOrCreate(String name, Supplier<String> proposal) {
        return stored(name).orElseGet(() -> {
            String secret = proposal.get();
            // The loser of a race reads the winner's secret.
            FirstInsert.wins(dsl, dsl.insertInto(SERVER_SECRETS)
                    .set(SERVER_SECRETS.NAME, name)
                    .set(SERVER_SECRETS.SECRET, secret));
            return stored(name).orElseThrow(() -> new IllegalStateException("server secret " + name + " was not stored"));
        });
    }

    private Optional<String> stored(String name) {
        return dsl.select(SERVER_SECRETS.SECRET).from(SERVER_SECRETS)
                .where(SERVER_SECRETS.NAME.eq(name))
                .fetchOptional(SERVER_SECRETS.SECRET);
    }
}
