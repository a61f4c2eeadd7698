-- The service instances that process events, each with the last time it said it was alive (ADR 025). Every node
-- divides each processor's segments by the number of live nodes and claims no more than that share, so that a second
-- node gets work instead of idling beside a first one that claimed everything, and a node that stops saying it is
-- alive leaves its share to the others. The time is the database's, so that the nodes' clocks never matter.
CREATE TABLE processing_node (
    node_id    VARCHAR(255)             NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT processing_node_pk PRIMARY KEY (node_id)
);
