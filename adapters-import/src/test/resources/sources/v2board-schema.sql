-- V2board's tables the importer reads (Xboard before 2025-01 has the same), restated from
-- shared/spec/import.md §2: the first Xboard migration, which reproduces V2board 1.7. Columns the
-- importer does not read are left out; NOT NULL columns without defaults kept as they are.
CREATE TABLE v2_user (
    id                 int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    invite_user_id     int NULL,
    email              varchar(64) COLLATE utf8mb4_bin NOT NULL UNIQUE,
    password           varchar(64) NOT NULL,
    password_algo      char(10) NULL,
    password_salt      char(10) NULL,
    balance            int NOT NULL DEFAULT 0,
    commission_balance int NOT NULL DEFAULT 0,
    t                  int NOT NULL DEFAULT 0,
    u                  bigint NOT NULL DEFAULT 0,
    d                  bigint NOT NULL DEFAULT 0,
    transfer_enable    bigint NOT NULL DEFAULT 0,
    banned             tinyint(1) NOT NULL DEFAULT 0,
    is_admin           tinyint(1) NOT NULL DEFAULT 0,
    is_staff           tinyint(1) NOT NULL DEFAULT 0,
    uuid               varchar(36) NOT NULL,
    group_id           int NULL,
    plan_id            int NULL,
    speed_limit        int NULL,
    token              char(32) NOT NULL,
    expired_at         bigint NULL DEFAULT 0,
    created_at         int NOT NULL,
    updated_at         int NOT NULL
);

CREATE TABLE v2_invite_code (
    id         int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    int NOT NULL,
    code       char(32) NOT NULL,
    status     tinyint(1) NOT NULL DEFAULT 0,
    pv         int NOT NULL DEFAULT 0,
    created_at int NOT NULL,
    updated_at int NOT NULL
);

CREATE TABLE v2_plan (
    id                   int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id             int NOT NULL,
    transfer_enable      int NOT NULL,
    name                 varchar(255) NOT NULL,
    speed_limit          int NULL,
    `show`               tinyint(1) NOT NULL DEFAULT 0,
    sort                 int NULL,
    renew                tinyint(1) NOT NULL DEFAULT 1,
    content              text NULL,
    month_price          int NULL,
    quarter_price        int NULL,
    half_year_price      int NULL,
    year_price           int NULL,
    two_year_price       int NULL,
    three_year_price     int NULL,
    onetime_price        int NULL,
    reset_price          int NULL,
    reset_traffic_method tinyint(1) NULL,
    capacity_limit       int NULL,
    created_at           int NOT NULL,
    updated_at           int NOT NULL
);

CREATE TABLE v2_server_shadowsocks (
    id           int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id     varchar(255) NOT NULL,
    route_id     varchar(255) NULL,
    parent_id    int NULL,
    tags         varchar(255) NULL,
    name         varchar(255) NOT NULL,
    rate         varchar(11) NOT NULL,
    host         varchar(255) NOT NULL,
    port         varchar(11) NOT NULL,
    server_port  int NOT NULL,
    cipher       varchar(255) NOT NULL,
    obfs         char(11) NULL,
    obfs_settings varchar(255) NULL,
    `show`       tinyint NOT NULL DEFAULT 0,
    sort         int NULL,
    created_at   int NOT NULL,
    updated_at   int NOT NULL
);

CREATE TABLE v2_server_vmess (
    id           int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id     varchar(255) NOT NULL,
    route_id     varchar(255) NULL,
    name         varchar(255) NOT NULL,
    parent_id    int NULL,
    host         varchar(255) NOT NULL,
    port         varchar(11) NOT NULL,
    server_port  int NOT NULL,
    tls          tinyint NOT NULL DEFAULT 0,
    tags         varchar(255) NULL,
    rate         varchar(11) NOT NULL,
    network      varchar(11) NOT NULL,
    rules        text NULL,
    networkSettings text NULL,
    tlsSettings  text NULL,
    ruleSettings text NULL,
    dnsSettings  text NULL,
    `show`       tinyint NOT NULL DEFAULT 0,
    sort         int NULL,
    created_at   int NOT NULL,
    updated_at   int NOT NULL
);

CREATE TABLE v2_server_trojan (
    id             int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id       varchar(255) NOT NULL,
    route_id       varchar(255) NULL,
    parent_id      int NULL,
    tags           varchar(255) NULL,
    name           varchar(255) NOT NULL,
    rate           varchar(11) NOT NULL,
    host           varchar(255) NOT NULL,
    port           varchar(11) NOT NULL,
    server_port    int NOT NULL,
    allow_insecure tinyint(1) NOT NULL DEFAULT 0,
    server_name    varchar(255) NULL,
    `show`         tinyint(1) NOT NULL DEFAULT 0,
    sort           int NULL,
    created_at     int NOT NULL,
    updated_at     int NOT NULL
);

-- V2board 1.7.4's VLESS table (its migration 1.7.4; tls 2 is REALITY, whose keys tls_settings holds).
CREATE TABLE v2_server_vless (
    id               int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id         text NOT NULL,
    route_id         text NULL,
    name             varchar(255) NOT NULL,
    parent_id        int NULL,
    host             varchar(255) NOT NULL,
    port             int NOT NULL,
    server_port      int NOT NULL,
    tls              tinyint(1) NOT NULL,
    tls_settings     text NULL,
    flow             varchar(64) NULL,
    network          varchar(11) NOT NULL,
    network_settings text NULL,
    tags             text NULL,
    rate             varchar(11) NOT NULL,
    `show`           tinyint(1) NOT NULL DEFAULT 0,
    sort             int NULL,
    created_at       int NOT NULL,
    updated_at       int NOT NULL
);

CREATE TABLE v2_server_hysteria (
    id          int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id    varchar(255) NOT NULL,
    route_id    varchar(255) NULL,
    name        varchar(255) NOT NULL,
    parent_id   int NULL,
    host        varchar(255) NOT NULL,
    port        varchar(11) NOT NULL,
    server_port int NOT NULL,
    tags        varchar(255) NULL,
    rate        varchar(11) NOT NULL,
    `show`      tinyint(1) NOT NULL DEFAULT 0,
    sort        int NULL,
    up_mbps     int NOT NULL,
    down_mbps   int NOT NULL,
    server_name varchar(64) NULL,
    insecure    tinyint(1) NOT NULL DEFAULT 0,
    created_at  int NOT NULL,
    updated_at  int NOT NULL
);

CREATE TABLE v2_order (
    id                int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    invite_user_id    int NULL,
    user_id           int NOT NULL,
    plan_id           int NOT NULL,
    coupon_id         int NULL,
    payment_id        int NULL,
    type              int NOT NULL,
    period            varchar(255) NOT NULL,
    trade_no          varchar(36) NOT NULL UNIQUE,
    callback_no       varchar(255) NULL,
    total_amount      int NOT NULL,
    handling_amount   int NULL,
    discount_amount   int NULL,
    surplus_amount    int NULL,
    refund_amount     int NULL,
    balance_amount    int NULL,
    surplus_order_ids text NULL,
    status            tinyint(1) NOT NULL DEFAULT 0,
    commission_status tinyint(1) NOT NULL DEFAULT 0,
    commission_balance int NOT NULL DEFAULT 0,
    actual_commission_balance int NULL,
    paid_at           int NULL,
    created_at        int NOT NULL,
    updated_at        int NOT NULL
);
