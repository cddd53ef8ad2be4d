-- The awkward SSPanel-UIM installation (pwdMethod bcrypt, salt ''; Asia/Shanghai): the worked example
-- of shared/spec/import.md §5.1, plus an email that differs from Alice's only in case and width, a
-- negative and a zero balance, a banned admin, an expired class, every hash format SSPanel writes
-- (an operator who changed pwdMethod keeps rows of the old formats), and a node of every sort.
INSERT INTO `user` (id, email, pass, passwd, uuid, port, money, u, d, transfer_enable, class, class_expire, node_iplimit, ref_by)
VALUES (1, 'alice@example.com', '$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a', 'p4ssAlice',
        'b831381d-6324-4d53-ad4f-8cda48b30811', 10001, 12.34, 1073741824, 4294967296, 107374182400, 1, '2027-01-31 00:00:00', 2, 0),
       (2, 'Bob@Example.com', '$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a', 'p4ssBob',
        '2b1c8e0a-5d7f-4a61-9a0e-3f2d6c1b7e90', 10001, 0.50, 0, 0, 10737418240, 0, '1989-06-04 00:05:00', 0, 1);
-- Carol: md5 with the global salt left from 2022 ("carol-pass" ‖ ""); a debt of 3.21 yuan.
INSERT INTO `user` (id, email, pass, passwd, uuid, port, money, u, d, transfer_enable, class, class_expire)
VALUES (3, 'carol@example.com', MD5('carol-pass'), 'p4ssCarol', '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b', 10003, -3.21,
        5, 7, 1000, 2, '2030-01-01 08:00:00');
-- Dave: sha256 ("dave-pass" ‖ ""), zero balance, a banned admin, shadow-banned too.
INSERT INTO `user` (id, email, pass, passwd, uuid, port, money, is_admin, is_banned, is_shadow_banned)
VALUES (4, 'dave@example.com', SHA2('dave-pass', 256), 'p4ssDave', '7a2e3b4c-5d6e-4f70-8192-a3b4c5d6e7f8', 0, 0.00, 1, 1, 1);
-- The same mailbox as Alice's, typed in capitals and full width: refused, the older account kept.
INSERT INTO `user` (id, email, pass, passwd, uuid, port, money)
VALUES (5, 'ＡＬＩＣＥ@example.com', '$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a', 'p4ssAlice2',
        '8b3f4c5d-6e7f-4081-92a3-b4c5d6e7f809', 10005, 1.00);
-- Erin: a hash of no format SSPanel writes, and an address that is not one.
INSERT INTO `user` (id, email, pass, passwd, uuid, port)
VALUES (6, 'erin@example.com', 'plain-text-oops', 'p4ssErin', '9c4a5d6e-7f80-4192-a3b4-c5d6e7f8091a', 10006),
       (7, 'not an address', '$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a', 'p4ssFrank',
        'ad5b6e7f-8091-42a3-b4c5-d6e7f8091a2b', 10007);
INSERT INTO link (token, userid) VALUES ('3f2a9c1b7d4e6f80', 1), ('0a1b2c3d4e5f6a7b', 2), ('c0ffee00c0ffee00', 3);
INSERT INTO user_invite_code (code, user_id) VALUES ('AliceInv', 1);
INSERT INTO product (id, type, name, price, content, status, stock)
VALUES (1, 'tabp', 'Monthly', 15.00, '{"time":30,"bandwidth":100,"class":1,"class_time":30,"node_group":0,"speed_limit":0,"ip_limit":2}', 1, -1),
       (2, 'topup', 'Top-up 10', 10.00, '{}', 1, -1);
INSERT INTO node (id, name, server, sort, custom_config, traffic_rate, node_class, node_group, type)
VALUES (3, 'HK SS', 'hk1.example.com', 0, '{"offset_port_node":"443","method":"aes-128-gcm"}', 1.50, 1, 0, 1),
       (4, 'JP SS-2022', 'jp1.example.com', 1, '{"offset_port_node":"8443","method":"2022-blake3-aes-128-gcm","server_key":"MjQ5MjBkZWNmODNmNjk2MA=="}', 1.00, 0, 0, 1),
       (5, 'SG TUIC', 'sg1.example.com', 2, '{"offset_port_node":"443","congestion_control":"bbr"}', 1.00, 0, 0, 1),
       (6, 'US WireGuard', 'us1.example.com', 3, '{}', 1.00, 0, 0, 1),
       (7, 'DE VMess', 'de1.example.com', 11, '{"offset_port_node":"443","network":"ws","path":"/ws","security":"tls"}', 1.00, 0, 0, 1),
       (8, 'FR Trojan', 'fr1.example.com', 14, '{"offset_port_node":"443","host":"fr1.example.com"}', 2.00, 0, 0, 0);
-- Alice's invoice for the Monthly plan, paid at a gateway (its paylist row), and Bob's unpaid one.
INSERT INTO invoice (id, type, user_id, order_id, price, status, create_time, update_time, pay_time)
VALUES (1, 'product', 1, 1, 15.00, 'paid_gateway', 1700000000, 1700000500, 1700000500),
       (2, 'product', 2, 2, 15.00, 'unpaid', 1700000000, 1700000000, 0);
INSERT INTO paylist (id, userid, total, status, invoice_id, tradeno, gateway, datetime)
VALUES (1, 1, 15.00, 1, 1, 'SSP2023111416300012345', 'epay', 1700000500),
       (2, 2, 15.00, 0, 2, 'SSP2023111416300012346', 'epay', 1700000000);
