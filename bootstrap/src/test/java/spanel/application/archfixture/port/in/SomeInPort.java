package spanel.application.archfixture.port.in;

import spanel.application.archfixture.SomeFixtureService;
import spanel.application.archfixture.port.out.SomeOutPort;

/** Breaks rules 4a and 4c: an incoming port that knows an outgoing port and a service. */
public interface SomeInPort {

    SomeOutPort out();

    SomeFixtureService service();
}
