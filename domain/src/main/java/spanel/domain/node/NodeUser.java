package spanel.domain.node;

import java.util.OptionalInt;

/**
 * A user as a node sees it, read straight from SQL: proxy credentials, limits and counters.
 * {@code port} is absent for a user without a port of their own. {@code aliveIps} is how many distinct IPs the user was seen on across nodes in the last 90 s.
 */
public record NodeUser(
        long id,
        String email,
        String passwd,
        OptionalInt port,
        String method,
        String protocol,
        String protocolParam,
        String obfs,
        String obfsParam,
        String uuid,
        long t,
        long u,
        long d,
        long transferEnable,
        int userClass,
        int nodeGroup,
        int speedLimit,
        int ipLimit,
        boolean enable,
        boolean switchOn,
        int aliveIps) {

    public NodeUser withAliveIps(int count) {
        return new NodeUser(id, email, passwd, port, method, protocol, protocolParam, obfs, obfsParam, uuid, t, u, d,
                transferEnable, userClass, nodeGroup, speedLimit, ipLimit, enable, switchOn, count);
    }
}
