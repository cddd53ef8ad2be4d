-- SSPanel-UIM's tables the importer reads, restated from shared/spec/import.md §1 (the 2023 schema
-- snapshot and later migrations: expire_in dropped, mfa moved out). Columns the importer does not
-- read are left out. The email column is binary-collated, as on installations whose emails differ
-- only in case.
CREATE TABLE `user` (
    id                   bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email                varchar(255) COLLATE utf8mb4_bin NOT NULL UNIQUE,
    pass                 varchar(255) NOT NULL DEFAULT '',
    passwd               varchar(255) NOT NULL DEFAULT '' UNIQUE,
    uuid                 uuid NOT NULL UNIQUE,
    port                 smallint unsigned NOT NULL DEFAULT 0,
    method               varchar(255) NOT NULL DEFAULT 'aes-128-gcm',
    u                    bigint unsigned NOT NULL DEFAULT 0,
    d                    bigint unsigned NOT NULL DEFAULT 0,
    transfer_enable      bigint unsigned NOT NULL DEFAULT 0,
    transfer_total       bigint unsigned NOT NULL DEFAULT 0,
    transfer_today       bigint unsigned NOT NULL DEFAULT 0,
    money                decimal(12,2) NOT NULL DEFAULT 0,
    class                smallint NOT NULL DEFAULT 0,
    class_expire         datetime NOT NULL DEFAULT '1989-06-04 00:05:00',
    node_group           smallint NOT NULL DEFAULT 0,
    node_speedlimit      smallint NOT NULL DEFAULT 0,
    node_iplimit         smallint NOT NULL DEFAULT 0,
    ref_by               bigint NOT NULL DEFAULT 0,
    is_admin             tinyint NOT NULL DEFAULT 0,
    is_banned            tinyint NOT NULL DEFAULT 0,
    is_shadow_banned     tinyint NOT NULL DEFAULT 0,
    is_inactive          tinyint NOT NULL DEFAULT 0,
    auto_reset_day       smallint NOT NULL DEFAULT 0,
    auto_reset_bandwidth decimal(12,2) NOT NULL DEFAULT 0,
    reg_date             datetime NOT NULL DEFAULT '2020-01-01 00:00:00',
    last_login_time      int unsigned NOT NULL DEFAULT 0,
    last_use_time        int unsigned NOT NULL DEFAULT 0,
    api_token            varchar(255) NOT NULL DEFAULT '' 
);

CREATE TABLE link (
    id     bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token  varchar(255) NOT NULL UNIQUE,
    userid bigint unsigned NOT NULL UNIQUE
);

CREATE TABLE user_invite_code (
    id      bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code    varchar(255) NOT NULL UNIQUE,
    user_id bigint unsigned NOT NULL UNIQUE
);

CREATE TABLE node (
    id                   int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                 varchar(255) NOT NULL DEFAULT '',
    type                 tinyint NOT NULL DEFAULT 1,
    server               varchar(255) NOT NULL DEFAULT '',
    custom_config        longtext NOT NULL DEFAULT '{}',
    sort                 tinyint unsigned NOT NULL DEFAULT 0,
    traffic_rate         decimal(5,2) unsigned NOT NULL DEFAULT 1,
    is_dynamic_rate      tinyint NOT NULL DEFAULT 0,
    node_class           smallint unsigned NOT NULL DEFAULT 0,
    node_group           smallint unsigned NOT NULL DEFAULT 0,
    node_speedlimit      smallint unsigned NOT NULL DEFAULT 0,
    node_bandwidth       bigint unsigned NOT NULL DEFAULT 0,
    node_bandwidth_limit bigint unsigned NOT NULL DEFAULT 0,
    password             varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE product (
    id      bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type    varchar(255) NOT NULL DEFAULT 'tabp',
    name    varchar(255) NOT NULL DEFAULT '',
    price   decimal(12,2) unsigned NOT NULL DEFAULT 0,
    content longtext NOT NULL DEFAULT '{}',
    `limit` longtext NOT NULL DEFAULT '{}',
    status  tinyint NOT NULL DEFAULT 1,
    sale_count bigint unsigned NOT NULL DEFAULT 0,
    stock   int NOT NULL DEFAULT -1
);

CREATE TABLE paylist (
    id         bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    userid     bigint unsigned NOT NULL DEFAULT 0,
    total      decimal(12,2) NOT NULL DEFAULT 0,
    status     tinyint NOT NULL DEFAULT 0,
    invoice_id bigint unsigned NOT NULL DEFAULT 0,
    tradeno    varchar(255) NOT NULL DEFAULT '' UNIQUE,
    gateway    varchar(255) NOT NULL DEFAULT '',
    datetime   bigint unsigned NOT NULL DEFAULT 0
);

CREATE TABLE invoice (
    id          bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type        varchar(255) NOT NULL DEFAULT 'product',
    user_id     bigint unsigned NOT NULL DEFAULT 0,
    order_id    bigint unsigned NOT NULL DEFAULT 0,
    content     longtext NOT NULL DEFAULT '{}',
    price       decimal(12,2) unsigned NOT NULL DEFAULT 0,
    status      varchar(255) NOT NULL DEFAULT 'unpaid',
    create_time int unsigned NOT NULL DEFAULT 0,
    update_time int unsigned NOT NULL DEFAULT 0,
    pay_time    int unsigned NOT NULL DEFAULT 0
);
