package spanel.application.archfixture;

/** Breaks rule 10b: a service implementing no use case. */
public class SomeFixtureService {
}
