package spanel.application.archfixture;

import org.jooq.DSLContext;

/** Breaks rules 2 and 6a: jOOQ in a use case. */
public class ApplicationUsingJooq {

    DSLContext dsl;
}
