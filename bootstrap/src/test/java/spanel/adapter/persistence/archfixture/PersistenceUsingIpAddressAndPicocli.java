package spanel.adapter.persistence.archfixture;

import inet.ipaddr.IPAddress;
import picocli.CommandLine;

/** Breaks rules 6f and 6g: the IPAddress library and picocli outside their modules. */
public class PersistenceUsingIpAddressAndPicocli {

    IPAddress address;
    CommandLine commandLine;
}
