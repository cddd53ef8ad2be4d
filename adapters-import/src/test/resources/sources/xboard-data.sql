-- An Xboard installation after its 2025 migration (server_token 'srv-token-0123456789abcdef'): the
-- V2board nodes of v2board-data.sql now in one table, vmess and shadowsocks still configured as node 1
-- of their type (code '1'), plus nodes of the newer protocols, two spanel cannot serve, and REALITY
-- nodes: one whole (its public key in standard base64), one with a public key of another pair, one without keys.
INSERT INTO v2_plan (id, group_id, transfer_enable, name, device_limit, `show`, prices, reset_traffic_method, created_at, updated_at)
VALUES (1, 1, 100, 'Monthly', 3, 1, '{"monthly": 15, "yearly": "150.50", "reset_traffic": 5}', 0, 1700000000, 1700000000);
INSERT INTO v2_user (id, email, password, balance, transfer_enable, uuid, group_id, plan_id, token, expired_at, created_at, updated_at)
VALUES (1, 'alice@example.com', '$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a', 1234, 107374182400,
        'b831381d-6324-4d53-ad4f-8cda48b30811', 1, 1, '9c5f0d6e1a2b3c4d5e6f708192a3b4c5', NULL, 1700000000, 1700000000);
INSERT INTO v2_server (id, type, code, group_ids, name, rate, host, port, server_port, protocol_settings, `show`, enabled, created_at)
VALUES (1, 'vmess', '1', '["1"]', 'DE VMess', 1.50, 'de1.example.com', '443', 10086,
        '{"tls": 1, "network": "ws", "network_settings": {"path": "/ws", "headers": {"Host": "de1.example.com"}}}', 1, 1,
        '2023-11-14 22:13:20'),
       (2, 'shadowsocks', '1', '[1]', 'HK SS22', 1.00, 'hk1.example.com', '443', 443,
        '{"cipher": "2022-blake3-aes-128-gcm", "obfs": null}', 1, 1, '2023-11-14 22:13:20'),
       (3, 'trojan', NULL, '[2]', 'FR Trojan', 2.00, 'fr1.example.com', '443', 443,
        '{"allow_insecure": 0, "server_name": "fr1.example.com"}', 1, 1, '2023-11-14 22:13:20'),
       (4, 'hysteria', '1', '[1]', 'SG Hysteria2', 1.00, 'sg1.example.com', '443', 8443,
        '{"version": 2, "bandwidth": {"up": 100, "down": 200}, "obfs": {"open": true, "type": "salamander", "password": "obfs-pass"}, "tls": {"server_name": "sg1.example.com", "allow_insecure": false}}',
        1, 1, '2023-11-14 22:13:20'),
       (5, 'tuic', NULL, '[1]', 'JP TUIC', 1.00, 'jp1.example.com', '443', 443,
        '{"version": 5, "congestion_control": "bbr", "alpn": ["h3"], "udp_relay_mode": "native", "tls": {"server_name": "jp1.example.com"}}',
        1, 0, '2023-11-14 22:13:20'),
       (6, 'anytls', NULL, '[1]', 'US AnyTLS', 1.00, 'us1.example.com', '443', 443,
        '{"padding_scheme": [], "tls": {"server_name": "us1.example.com"}}', 1, 1, '2023-11-14 22:13:20'),
       (7, 'socks', NULL, '[1]', 'Socks', 1.00, 'socks.example.com', '1080', 1080, '{}', 1, 1, '2023-11-14 22:13:20'),
       (8, 'vless', NULL, '[1]', 'KR REALITY', 1.00, 'kr1.example.com', '443', 443,
        '{"tls": 2, "flow": "xtls-rprx-vision", "network": "tcp", "reality_settings": {"server_name": "www.example.org", "server_port": "443", "public_key": "NsA7/gt8s+Nx49gG/CXm5Tw1+IHmXCF5vFv7CVV0jFs=", "private_key": "CCbV7muD7N0lHlaZkmVCpbFAWnW8Gk9AMxCk3scem38", "short_id": "6ba85179e30d4fc2", "allow_insecure": false}}',
        1, 1, '2023-11-14 22:13:20'),
       (9, 'vless', NULL, '[1]', 'KR REALITY other pair', 1.00, 'kr2.example.com', '443', 443,
        '{"tls": 2, "network": "tcp", "reality_settings": {"server_name": "www.example.org", "server_port": "443", "public_key": "xQWPJxeIM01kjHAQ/AkTX2QR9hLGwIw74QbPm9TVnwc=", "private_key": "CCbV7muD7N0lHlaZkmVCpbFAWnW8Gk9AMxCk3scem38", "short_id": ""}}',
        1, 1, '2023-11-14 22:13:20'),
       (10, 'vless', NULL, '[1]', 'KR REALITY no keys', 1.00, 'kr3.example.com', '443', 443,
        '{"tls": 2, "network": "tcp", "reality_settings": {"server_name": "www.example.org", "server_port": "443", "public_key": null, "private_key": null, "short_id": null}}',
        1, 1, '2023-11-14 22:13:20');
INSERT INTO v2_order (id, user_id, plan_id, payment_id, type, period, trade_no, total_amount, status, paid_at, created_at, updated_at)
VALUES (1, 1, 1, 2, 1, 'monthly', '2025021416300012345', 1500, 3, 1739550000, 1739549000, 1739550000);
