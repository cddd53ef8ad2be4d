-- ALERT_WEBHOOK_URL becomes a channel of the outbox: node down and up notices get an
-- 'alert_webhook' delivery, claimed and retried like every other. The alerts still waiting in
-- node_alerts move over as deliveries of the same incident's operators' notice (raised alongside
-- them since notices exist), and the table is dropped: nothing writes or reads it any more.
ALTER TABLE notice_deliveries DROP CONSTRAINT notice_deliveries_channel_known;
ALTER TABLE notice_deliveries ADD CONSTRAINT notice_deliveries_channel_known
    CHECK (channel IN ('mail', 'telegram', 'webhook', 'alert_webhook'));

INSERT INTO notice_deliveries (notice_id, channel, next_attempt_at)
SELECT n.id, 'alert_webhook', CURRENT_TIMESTAMP
FROM node_alerts a
JOIN notices n ON n.event = CONCAT('node_', a.state) AND n.user_id = 0
    AND n.boundary = CONCAT('node:', CAST(a.node_id AS varchar(20)), ':',
        CAST(CAST(EXTRACT(EPOCH FROM a.down_since) AS bigint) AS varchar(20)))
WHERE a.sent_at IS NULL;

DROP TABLE node_alerts;
