package spanel.adapter.http.archfixture;

import spanel.application.archfixture.SomeUseCaseRule;

/** Breaks rule 5: an adapter reaching past the ports to an application class that is not named ...Service. */
public class HttpUsingAUseCaseRule {

    SomeUseCaseRule rule;
}
