package spanel.adapter.http.admin;

import java.util.Objects;
import spanel.application.node.port.in.CreateNode;
import spanel.application.node.port.in.DeleteNode;
import spanel.application.node.port.in.ManageDetectRules;
import spanel.application.node.port.in.NodeAdminQueries;
import spanel.application.node.port.in.RotateNodeKey;
import spanel.application.node.port.in.RotateServerKey;
import spanel.application.node.port.in.ShowNodeStatus;
import spanel.application.node.port.in.UpdateNode;

/** The use cases behind /admin/nodes and /admin/detect-rules. */
public record NodeAdminUseCases(NodeAdminQueries queries, CreateNode create, UpdateNode update, DeleteNode delete,
        RotateNodeKey rotateKey, RotateServerKey rotateServerKey, ShowNodeStatus status, ManageDetectRules detectRules) {

    public NodeAdminUseCases {
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(delete, "delete");
        Objects.requireNonNull(rotateKey, "rotateKey");
        Objects.requireNonNull(rotateServerKey, "rotateServerKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detectRules, "detectRules");
    }
}
