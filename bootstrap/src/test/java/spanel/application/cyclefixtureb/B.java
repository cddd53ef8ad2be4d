package spanel.application.cyclefixtureb;

import spanel.application.cyclefixturea.A;

/** With A, breaks rule 7. */
public class B {

    A a;
}
