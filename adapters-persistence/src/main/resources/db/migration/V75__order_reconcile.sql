-- Unpaid orders are asked about at their gateway (the order-reconcile job): gateway_ref is the
-- gateway's own reference to the payment it opened, when asking needs one (a Stripe Checkout
-- Session id); a gateway that fails is asked again after reconcile_after, later with each of
-- reconcile_failures.
ALTER TABLE topup_orders ADD COLUMN gateway_ref varchar(255);
ALTER TABLE topup_orders ADD COLUMN reconcile_failures integer DEFAULT 0 NOT NULL;
ALTER TABLE topup_orders ADD COLUMN reconcile_after timestamp with time zone;
