package spanel.domain.archfixture;

import javax.net.SocketFactory;

/** Breaks rule 1 with the JDK alone: a network package outside java.* and javax.crypto. */
public class DomainUsingJavaxNet {

    final SocketFactory sockets = SocketFactory.getDefault();
}
