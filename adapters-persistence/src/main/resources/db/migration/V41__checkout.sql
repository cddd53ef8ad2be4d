-- A checkout's plan rides on its top-up order: when the order is paid, the payment is credited and
-- the plan bought in the same transaction; purchase_id is set once it was bought. A payment whose
-- plan can no longer be bought stays in the balance and the order is flagged (needs_review).
CREATE TABLE order_plans (
    order_id     bigint      NOT NULL,
    product_id   bigint      NOT NULL,
    coupon       varchar(64),
    purchase_id  bigint,
    CONSTRAINT order_plans_pkey PRIMARY KEY (order_id),
    CONSTRAINT order_plans_order_fkey FOREIGN KEY (order_id) REFERENCES topup_orders (id) ON DELETE CASCADE,
    CONSTRAINT order_plans_product_fkey FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT order_plans_purchase_fkey FOREIGN KEY (purchase_id) REFERENCES purchases (id)
);
