package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import spanel.adapter.http.support.InvalidRequest;

/** Which format a fetch gets: target, then path subtype, then flag or User-Agent by the client table, then base64. */
class FormatChoiceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // row 1: sing-box family
            "sing-box 1.10.1, SINGBOX", "SFA/1.10.1, SINGBOX", "SFI/1.9.0, SINGBOX", "SFM/1.9.0, SINGBOX",
            "SFT/1.9.0, SINGBOX", "HiddifyNext/2.5, SINGBOX",
            // row 2: mihomo family, before plain clash
            "mihomo/1.18.5, CLASH_META", "clash-verge/v1.7.7, CLASH_META", "ClashMetaForAndroid/2.10, CLASH_META",
            "Clash.Meta/1.0, CLASH_META", "FlClash/0.8, CLASH_META", "Clash Nyanpasu/1.5, CLASH_META",
            "Verge/2.0, CLASH_META",
            // the iOS rows, before the Clash rows: Stash names Clash in its User-Agent too
            "Surge iOS/2398, SURGE", "Surge Mac/2700, SURGE", "Quantumult%20X/1.5.2 (iPhone14), QUANTUMULT_X",
            "Quantumult X/1.0.30, QUANTUMULT_X", "Loon/637 CFNetwork/1494, LOON", "Stash/2.4 Clash/1.0, STASH",
            // row 3: plain clash
            "ClashforWindows/0.20.39, CLASH", "clash/1.18, CLASH",
            // rows 4 and 5 and the default: the link list
            "Shadowrocket/2070 CFNetwork/1494, BASE64", "v2rayN/6.45, BASE64", "v2rayNG/1.8.19, BASE64",
            "NekoBox/1.3, BASE64", "curl/8.5.0, BASE64", "Mozilla/5.0, BASE64", "metasploit, BASE64",
    })
    void the_user_agent_table(String userAgent, SubscriptionFormat expected) {
        assertThat(FormatChoice.choose(null, null, null, userAgent)).isEqualTo(expected);
    }

    /**
     * User-Agents as each app sends them, read from its own source. Apps running the mihomo core
     * that do not say "mihomo" still get the mihomo profile; apps that read only SIP008 get it
     * without ?target=sip008.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // MetaCubeX/ClashX.Meta (branch meta) ClashX/General/Managers/RemoteConfigManager.swift sends no
            // User-Agent, so Alamofire's default (Source/HTTPHeaders.swift defaultUserAgent) goes out:
            // "<executable>/<version> (<bundle id>; build:<build>; <OS>) Alamofire/<version>", with the
            // executable "ClashX Meta" and bundle id com.metacubex.ClashX.meta (ClashX.xcodeproj/project.pbxproj).
            "ClashX Meta/1.4.7 (com.metacubex.ClashX.meta; build:1.4.7; macOS 14.5.0) Alamofire/5.9.1 | CLASH_META",
            // mihomo-party-org/clash-party src/main/config/profile.ts: `mihomo.party/v${app.getVersion()} (clash.meta)`.
            "mihomo.party/v1.8.3 (clash.meta) | CLASH_META",
            // vernesong/OpenClash luci-app-openclash/luasrc/model/cbi/openclash/config-subscribe-edit.lua: sub_ua
            // offers "Clash" (the default) and "clash.meta"; root/usr/share/openclash/openclash.sh sends it with
            // curl -H 'User-Agent: ...'. OpenClash runs the mihomo (Meta) core.
            "Clash | CLASH_META", "clash.meta | CLASH_META",
            // clash-verge-rev/clash-verge-rev src-tauri/src/utils/network.rs: format!("clash-verge/v{}", CARGO_PKG_VERSION).
            "clash-verge/v2.2.3 | CLASH_META",
            // chen08209/FlClash lib/common/package.dart: "$appName/v$version", "like ClashMeta Clash",
            // "Platform/${Platform.operatingSystem}" joined by spaces.
            "FlClash/v0.8.80 like ClashMeta Clash Platform/android | CLASH_META",
            // Premium-core apps keep the plain Clash profile: ClashX's own Alamofire default, Clash for Windows.
            "ClashX/1.118.0 (com.west2online.ClashX; build:1.118.0; macOS 14.5.0) Alamofire/5.8.0 | CLASH",
            "ClashforWindows/0.20.39 | CLASH",
            // shadowsocks/shadowsocks-android core/src/main/java/com/github/shadowsocks/subscription/SubscriptionService.kt
            // fetchJsonAsync opens an HttpURLConnection without a User-Agent, so Android's http.agent
            // ("Dalvik/2.1.0 (Linux; U; Android <release>; <model> Build/<id>)") goes out; it parses SIP008 JSON only.
            "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240805.005) | SIP008",
            // shadowsocks/shadowsocks-windows shadowsocks-csharp/Model/Configuration.cs: userAgent = "ShadowsocksWindows/$version";
            // Controller/Service/OnlineConfigResolver.cs reads SIP008 JSON only.
            "ShadowsocksWindows/4.4.1.0 | SIP008",
            // An Android app that names itself keeps its own row.
            "Dalvik/2.1.0 (Linux; U; Android 14) v2rayNG/1.8.19 | BASE64",
    })
    void real_clients_user_agents(String userAgent, SubscriptionFormat expected) {
        assertThat(FormatChoice.choose(null, null, null, userAgent)).isEqualTo(expected);
    }

    @Test
    void the_first_matching_row_wins() {
        // hiddify (row 1) beats clash (row 3); clash-verge (row 2) beats clash (row 3); clash (row 3) beats v2rayn (row 5)
        assertThat(FormatChoice.choose(null, null, null, "HiddifyNext clash")).isEqualTo(SubscriptionFormat.SINGBOX);
        assertThat(FormatChoice.choose(null, null, null, "clash-verge")).isEqualTo(SubscriptionFormat.CLASH_META);
        assertThat(FormatChoice.choose(null, null, null, "clash v2rayN")).isEqualTo(SubscriptionFormat.CLASH);
        assertThat(FormatChoice.choose(null, null, null, "Shadowrocket sing-box")).isEqualTo(SubscriptionFormat.SINGBOX);
    }

    @Test
    void no_user_agent_at_all_is_base64() {
        assertThat(FormatChoice.choose(null, null, null, null)).isEqualTo(SubscriptionFormat.BASE64);
        assertThat(FormatChoice.choose("", " ", "", "")).isEqualTo(SubscriptionFormat.BASE64);
    }

    @Test
    void flag_stands_in_for_the_user_agent() {
        assertThat(FormatChoice.choose(null, null, "meta", "sing-box")).isEqualTo(SubscriptionFormat.BASE64);
        assertThat(FormatChoice.choose(null, null, "clash", "sing-box")).isEqualTo(SubscriptionFormat.CLASH);
        assertThat(FormatChoice.choose(null, null, "sing-box", "clash")).isEqualTo(SubscriptionFormat.SINGBOX);
    }

    @Test
    void target_beats_subtype_which_beats_flag_and_user_agent() {
        assertThat(FormatChoice.choose("sip008", "clash", "sing-box", "clash")).isEqualTo(SubscriptionFormat.SIP008);
        assertThat(FormatChoice.choose(null, "clash", "sing-box", "sing-box")).isEqualTo(SubscriptionFormat.CLASH_META);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "base64, BASE64", "v2rayn, BASE64", "general, BASE64", "clash, CLASH_META", "mihomo, CLASH_META",
            "meta, CLASH_META", "clashmeta, CLASH_META", "singbox, SINGBOX", "sing-box, SINGBOX", "sip008, SIP008",
            "SingBox, SINGBOX", "surge, SURGE", "quanx, QUANTUMULT_X", "quantumultx, QUANTUMULT_X", "loon, LOON",
            "stash, STASH",
            // SSPanel's path values
            "sip002, BASE64", "ss, BASE64", "v2ray, BASE64", "trojan, BASE64", "json, BASE64", "v2rayjson, BASE64",
    })
    void named_formats(String name, SubscriptionFormat expected) {
        assertThat(FormatChoice.choose(name, null, null, "clash")).isEqualTo(expected);
        assertThat(FormatChoice.choose(null, name, null, "clash")).isEqualTo(expected);
    }

    @Test
    void an_unknown_target_or_subtype_is_a_400_naming_it() {
        assertThatThrownBy(() -> FormatChoice.choose("quantumult", null, null, null))
                .isInstanceOf(InvalidRequest.class).hasMessageStartingWith("target: unknown target");
        assertThatThrownBy(() -> FormatChoice.choose(null, "quantumult", null, null))
                .isInstanceOf(InvalidRequest.class).hasMessageStartingWith("subtype: unknown target");
    }
}
