-- Xboard from 2025-01 (shared/spec/import.md §2.4; cedar2025/Xboard's migrations
-- 2025_01_04_optimize_plan_table.php and 2025_01_05_131425_create_v2_server_table.php), applied on
-- V2board's schema (v2board-schema.sql, loaded first, as an upgraded installation has it): the
-- per-protocol tables become one v2_server table with a type column and the old per-table id kept as
-- code, and plan prices become one JSON object in yuan.
DROP TABLE v2_server_shadowsocks;
DROP TABLE v2_server_vmess;
DROP TABLE v2_server_trojan;
DROP TABLE v2_server_hysteria;
DROP TABLE v2_server_vless;
ALTER TABLE v2_plan
    DROP COLUMN month_price, DROP COLUMN quarter_price, DROP COLUMN half_year_price, DROP COLUMN year_price,
    DROP COLUMN two_year_price, DROP COLUMN three_year_price, DROP COLUMN onetime_price, DROP COLUMN reset_price,
    ADD COLUMN prices json NULL, ADD COLUMN device_limit int NULL, ADD COLUMN sell tinyint(1) NOT NULL DEFAULT 0;

CREATE TABLE v2_server (
    id                bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type              varchar(255) NOT NULL,
    code              varchar(255) NULL,
    parent_id         int unsigned NULL,
    group_ids         json NULL,
    route_ids         json NULL,
    name              varchar(255) NOT NULL,
    rate              decimal(8,2) NOT NULL,
    tags              json NULL,
    host              varchar(255) NOT NULL,
    port              varchar(255) NOT NULL,
    server_port       int NOT NULL,
    protocol_settings json NULL,
    `show`            tinyint(1) NOT NULL DEFAULT 0,
    sort              int unsigned NULL,
    enabled           tinyint(1) NOT NULL DEFAULT 1,
    created_at        timestamp NULL,
    updated_at        timestamp NULL,
    UNIQUE KEY v2_server_type_code_unique (type, code)
);
