-- The dashboard's history of online users: the highest count a node reported in each 10-minute
-- slot. Written from the nodes' online reports, pruned past 31 days.
CREATE TABLE node_online_log (
    node_id     bigint  NOT NULL,
    slot_start  timestamp with time zone NOT NULL,
    online      integer NOT NULL,
    CONSTRAINT node_online_log_pkey PRIMARY KEY (node_id, slot_start),
    CONSTRAINT node_online_log_node_fkey FOREIGN KEY (node_id) REFERENCES nodes (id) ON DELETE CASCADE,
    CONSTRAINT node_online_log_nonnegative CHECK (online >= 0)
);
CREATE INDEX node_online_log_slot_idx ON node_online_log (slot_start);

-- An order flagged needs_review stays flagged; an admin marks the review done, once.
ALTER TABLE topup_orders ADD COLUMN review_resolved_at timestamp with time zone;
ALTER TABLE topup_orders ADD COLUMN review_resolved_by bigint;
ALTER TABLE topup_orders ADD CONSTRAINT topup_orders_review_resolver_fkey FOREIGN KEY (review_resolved_by) REFERENCES users (id);
CREATE INDEX topup_orders_paid_idx ON topup_orders (paid_at);
CREATE INDEX purchases_created_idx ON purchases (created_at);
