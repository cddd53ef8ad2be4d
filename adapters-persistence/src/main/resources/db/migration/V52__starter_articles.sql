-- Starter articles: importing the subscription URL in the common clients of each platform, in English
-- and Simplified Chinese. Operators edit or remove them like any other article.
INSERT INTO articles (category, language, title, body, sort, updated_at) VALUES
('Getting started', 'en', 'Your subscription URL',
'Your subscription URL is on your account page. It carries your own credentials: **do not share it**. If it leaks, reset it from the account page; the old URL stops working at once.

Paste it into your client as a *subscription* (sometimes called a *profile* or *remote configuration*). The panel recognises most clients and answers in their format; if a client shows no nodes, add `?target=clash`, `?target=singbox` or `?target=base64` to the URL.

Clients refresh the subscription on their own; refresh by hand after buying or renewing a plan.', 1, CURRENT_TIMESTAMP),
('Getting started', 'en', 'Windows, macOS and Linux: Clash Verge Rev',
'1. Install Clash Verge Rev (a mihomo client) from its release page.
2. Open **Profiles**, paste your subscription URL into the box at the top and press **Import**.
3. Select the new profile, then turn on **System Proxy** on the **Settings** page.
4. Choose a node under **Proxies**.

FlClash and other mihomo clients work the same way.', 2, CURRENT_TIMESTAMP),
('Getting started', 'en', 'Android: Clash Meta for Android, v2rayNG or Hiddify',
'- **Clash Meta for Android**: *Profiles* → *New profile* → *URL*, paste the subscription URL, save, then select it and start.
- **v2rayNG**: menu → *Subscription group setting* → **+**, paste the URL, save; back on the main screen, menu → *Update subscription*, pick a node and press the start button.
- **Hiddify**: **+** → *Add from clipboard* after copying the URL, then connect.', 3, CURRENT_TIMESTAMP),
('Getting started', 'en', 'iPhone and iPad: Shadowrocket or Stash',
'- **Shadowrocket**: tap **+**, choose type *Subscribe*, paste the URL into *URL*, save; then choose a node and turn the switch on.
- **Stash**: *Settings* → *Profile* → *Download from URL*, paste the URL, then select the profile and start.

Both refresh the subscription when opened; pull down to refresh by hand.', 4, CURRENT_TIMESTAMP),
('Getting started', 'en', 'Any platform: sing-box',
'In the sing-box app (SFA on Android, SFI on iOS, SFM on macOS): *Profiles* → *New profile* → type *Remote*, paste the subscription URL, turn on *Auto update*, create it, then start it from the *Dashboard*.', 5, CURRENT_TIMESTAMP),
('新手指南', 'zh-CN', '你的订阅链接',
'订阅链接在账户页面上，其中含有你自己的凭据：**请勿分享**。如果泄露，请在账户页面重置，旧链接会立即失效。

在客户端中把它添加为“订阅”（有的客户端叫“配置”或“远程配置”）。面板能识别大多数客户端并以对应格式回应；如果客户端里没有节点，请在链接后加上 `?target=clash`、`?target=singbox` 或 `?target=base64`。

客户端会自动更新订阅；购买或续费套餐后请手动更新一次。', 1, CURRENT_TIMESTAMP),
('新手指南', 'zh-CN', 'Windows、macOS 和 Linux：Clash Verge Rev',
'1. 从发布页面安装 Clash Verge Rev（mihomo 客户端）。
2. 打开 **订阅**，把订阅链接粘贴到顶部输入框，点击 **导入**。
3. 选中新的配置，然后在 **设置** 页面打开 **系统代理**。
4. 在 **代理** 页面选择节点。

FlClash 等其他 mihomo 客户端的用法相同。', 2, CURRENT_TIMESTAMP),
('新手指南', 'zh-CN', '安卓：Clash Meta for Android、v2rayNG 或 Hiddify',
'- **Clash Meta for Android**：*配置* → *新配置* → *URL*，粘贴订阅链接并保存，然后选中它并启动。
- **v2rayNG**：菜单 → *订阅分组设置* → **+**，粘贴链接并保存；回到主界面，菜单 → *更新订阅*，选择节点后点击启动按钮。
- **Hiddify**：复制链接后点 **+** → *从剪贴板添加*，然后连接。', 3, CURRENT_TIMESTAMP),
('新手指南', 'zh-CN', 'iPhone 和 iPad：Shadowrocket 或 Stash',
'- **Shadowrocket**：点 **+**，类型选 *Subscribe*，把链接粘贴到 *URL* 并保存；然后选择节点并打开开关。
- **Stash**：*设置* → *配置文件* → *从 URL 下载*，粘贴链接，然后选中该配置并启动。

两者打开时都会更新订阅；下拉可手动更新。', 4, CURRENT_TIMESTAMP),
('新手指南', 'zh-CN', '所有平台：sing-box',
'在 sing-box 应用中（安卓 SFA、iOS SFI、macOS SFM）：*配置* → *新建配置* → 类型 *远程*，粘贴订阅链接，打开 *自动更新*，创建后在 *仪表盘* 中启动。', 5, CURRENT_TIMESTAMP);
