package spanel.adapter.http.node;

import com.fasterxml.jackson.annotation.JsonProperty;
import spanel.domain.node.NodeUser;

/** A user in /app/api/v0/node/users, with the panel's classic field names and 1/0 flags; port null when none. */
record NodeUserJson(
        long id, String email, String passwd, Integer port, String method, String protocol, String protocolParam,
        String obfs, String obfsParam, String uuid, long t, long u, long d, long transferEnable,
        @JsonProperty("class") int userClass, int nodeGroup, int nodeSpeedlimit, int nodeIplimit, int aliveIp,
        int enable, @JsonProperty("switch") int switchOn) {

    /** The user, with {@code passwd} the password the node's users connect with. */
    static NodeUserJson of(NodeUser user, String passwd) {
        return new NodeUserJson(user.id(), user.email(), passwd,
                user.port().isPresent() ? user.port().getAsInt() : null, user.method(), user.protocol(),
                user.protocolParam(), user.obfs(), user.obfsParam(), user.uuid(), user.t(), user.u(), user.d(),
                user.transferEnable(), user.userClass(), user.nodeGroup(), user.speedLimit(), user.ipLimit(),
                user.aliveIps(), user.enable() ? 1 : 0, user.switchOn() ? 1 : 0);
    }
}
