package spanel.application.archfixture.port.in;

/** Breaks rule 10c: a command in a file of its own instead of nested in its port. */
public record SomeFixtureCommand(long id) {
}
