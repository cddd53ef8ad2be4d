package spanel.application.node.port.out;

import java.util.Optional;
import spanel.domain.node.NodeId;

/**
 * The ids imported nodes were configured with in their old panel. V2board numbers nodes per
 * protocol, so a node is known there by (node type, id); the import keeps that pair for each node.
 */
public interface LegacyNodeIds {

    /** The spanel node a node of that V2board type and id became, if one was imported so. */
    Optional<NodeId> find(String nodeType, long legacyId);
}
