package spanel.application.archfixture.port.out;

import spanel.application.archfixture.port.in.SomeInPort;

/** Breaks rule 4b: an outgoing port that knows an incoming one. */
public interface SomeOutPort {

    SomeInPort back();
}
