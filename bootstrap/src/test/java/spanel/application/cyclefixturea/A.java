package spanel.application.cyclefixturea;

import spanel.application.cyclefixtureb.B;

/** With B, breaks rule 7: two contexts that know each other. */
public class A {

    B b;
}
