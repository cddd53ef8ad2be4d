-- The awkward V2board installation (server_token 'srv-token-0123456789abcdef'): the worked example of
-- shared/spec/import.md §5.2, plus every password_algo, a mixed-case duplicate email, a zero and an
-- expired account, a user in no group, and nodes of every type, with per-type ids that collide.
INSERT INTO v2_plan (id, group_id, transfer_enable, name, month_price, created_at, updated_at)
VALUES (1, 1, 100, 'Monthly', 1500, 1700000000, 1700000000);
INSERT INTO v2_plan (id, group_id, transfer_enable, name, speed_limit, `show`, quarter_price, year_price, onetime_price, reset_traffic_method, capacity_limit, created_at, updated_at)
VALUES (2, 2, 500, 'Pro', 100, 1, 4000, 15000, 30000, 3, 50, 1700000000, 1700000000);
INSERT INTO v2_user (id, email, password, password_algo, password_salt, balance, commission_balance, u, d, transfer_enable,
                     uuid, group_id, plan_id, speed_limit, token, expired_at, invite_user_id, created_at, updated_at)
VALUES (1, 'alice@example.com', '$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a', NULL, NULL, 1234, 0,
        1073741824, 4294967296, 107374182400, 'b831381d-6324-4d53-ad4f-8cda48b30811', 1, 1, NULL,
        '9c5f0d6e1a2b3c4d5e6f708192a3b4c5', 1801324800, NULL, 1700000000, 1700000000),
       (2, 'bob@example.com', '781f3b245b43689b925a337510b43be7', 'md5salt', 'abc', 0, 100,
        0, 0, 10737418240, '2b1c8e0a-5d7f-4a61-9a0e-3f2d6c1b7e90', 1, 1, 50,
        '0f1e2d3c4b5a69788796a5b4c3d2e1f0', NULL, 1, 1700000000, 1700000000);
-- carol md5, dave sha256, erin sha256salt; erin expired (0 = the epoch), dave in no group.
INSERT INTO v2_user (id, email, password, password_algo, password_salt, balance, u, d, transfer_enable, uuid, group_id,
                     token, expired_at, is_staff, created_at, updated_at)
VALUES (3, 'carol@example.com', MD5('carol-pass'), 'md5', NULL, 0, 1, 2, 3, '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b', 2,
        'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3', 1900000000, 0, 1700000000, 1700000000),
       (4, 'dave@example.com', SHA2('dave-pass', 256), 'sha256', NULL, 500, 0, 0, 0, '7a2e3b4c-5d6e-4f70-8192-a3b4c5d6e7f8',
        NULL, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa4', NULL, 1, 1700000000, 1700000000),
       (5, 'erin@example.com', SHA2(CONCAT('erin-pass', 'pepper'), 256), 'sha256salt', 'pepper', 0, 0, 0, 0,
        '9c4a5d6e-7f80-4192-a3b4-c5d6e7f8091a', 1, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa5', 0, 0, 1700000000, 1700000000),
       (6, 'BOB@example.com', '$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a', NULL, NULL, 0, 0, 0, 0,
        'ad5b6e7f-8091-42a3-b4c5-d6e7f8091a2b', 1, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa6', NULL, 0, 1700000000, 1700000000);
INSERT INTO v2_invite_code (user_id, code, created_at, updated_at) VALUES (1, 'AliceInv', 1700000000, 1700000000);
INSERT INTO v2_server_shadowsocks (id, group_id, name, rate, host, port, server_port, cipher, `show`, created_at, updated_at)
VALUES (1, '[1]', 'HK SS22', '1', 'hk1.example.com', '443', 443, '2022-blake3-aes-128-gcm', 1, 1700000000, 1700000000),
       (2, '[1,2]', 'Two groups', '1', 'mg.example.com', '443', 443, 'aes-128-gcm', 1, 1700000000, 1700000000);
INSERT INTO v2_server_vmess (id, group_id, name, host, port, server_port, tls, rate, network, networkSettings, `show`, created_at, updated_at)
VALUES (1, '[1]', 'DE VMess', 'de1.example.com', '443', 10086, 1, '1.5', 'ws', '{"path":"/ws","headers":{"Host":"de1.example.com"}}', 1, 1700000000, 1700000000);
INSERT INTO v2_server_trojan (id, group_id, name, rate, host, port, server_port, server_name, `show`, created_at, updated_at)
VALUES (3, '[2]', 'FR Trojan', '2', 'fr1.example.com', '443', 443, 'fr1.example.com', 1, 1700000000, 1700000000);
INSERT INTO v2_server_vless (id, group_id, name, host, port, server_port, tls, tls_settings, flow, network, network_settings, rate, `show`, created_at, updated_at)
VALUES (1, '[1]', 'JP REALITY', 'jp1.example.com', 443, 443, 2,
        '{"server_name":"www.example.org","server_port":"443","public_key":"NsA7/gt8s+Nx49gG/CXm5Tw1+IHmXCF5vFv7CVV0jFs=","private_key":"CCbV7muD7N0lHlaZkmVCpbFAWnW8Gk9AMxCk3scem38","short_id":"6ba85179e30d4fc2"}',
        'xtls-rprx-vision', 'tcp', NULL, '1', 1, 1700000000, 1700000000);
INSERT INTO v2_server_hysteria (id, group_id, name, host, port, server_port, rate, `show`, up_mbps, down_mbps, created_at, updated_at)
VALUES (1, '[1]', 'SG Hysteria', 'sg1.example.com', '443', 443, '1', 1, 100, 100, 1700000000, 1700000000);
-- Alice paid plan 1 at a gateway, then renewed from her balance; Bob's order was never paid.
INSERT INTO v2_order (id, user_id, plan_id, payment_id, type, period, trade_no, total_amount, balance_amount, status, paid_at, created_at, updated_at)
VALUES (1, 1, 1, 2, 1, 'month_price', '2023111416300012345', 1500, 0, 3, 1700000500, 1700000400, 1700000500),
       (2, 1, 1, NULL, 2, 'month_price', '2023121416300012346', 0, 1500, 3, 1702592500, 1702592400, 1702592500),
       (3, 2, 1, 2, 1, 'month_price', '2023111416300012347', 1500, 0, 0, NULL, 1700000400, 1700000400);
