package spanel.bootstrap.notice;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import spanel.application.notice.port.out.NoticeSender;
import spanel.application.notice.port.out.TelegramUpdates;

/**
 * The Telegram Bot API over HTTPS ({@code TELEGRAM_API_URL}/bot{@code TOKEN}/method): notices by
 * {@code sendMessage} with parse mode HTML (the templates have escaped every value), and the
 * messages users send the bot, by {@code getUpdates}, for linking chats. A 403 (the user blocked
 * the bot) or 400 (no such chat) will not change by trying again; other failures are retried.
 */
public final class TelegramBot implements NoticeSender, TelegramUpdates {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final String base;

    public TelegramBot(URI apiUrl, String token) {
        Objects.requireNonNull(token, "token");
        String api = apiUrl.toString();
        this.base = (api.endsWith("/") ? api.substring(0, api.length() - 1) : api) + "/bot" + token + "/";
    }

    record SendMessage(
            @JsonProperty("chat_id") long chatId,
            @JsonProperty("text") String text,
            @JsonProperty("parse_mode") String parseMode,
            @JsonProperty("disable_web_page_preview") boolean noPreview) {
    }

    @Override
    public void send(Outgoing outgoing) {
        long chat = outgoing.telegramChat().orElseThrow(() -> new NotDelivered("no Telegram chat is linked", true));
        String text = "<b>" + outgoing.subject() + "</b>\n\n" + outgoing.body();
        HttpResponse<String> response = Http.exchange(client, post("sendMessage", new SendMessage(chat, text, "HTML", true)),
                "the Telegram Bot API");
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new NotDelivered("the Telegram Bot API answered HTTP " + status, status == 400 || status == 403);
        }
    }

    @Override
    public List<Update> updates(long offset) {
        HttpResponse<String> response = Http.exchange(client, post("getUpdates", java.util.Map.of("offset", offset,
                "timeout", 0, "allowed_updates", List.of("message"))), "the Telegram Bot API");
        if (response.statusCode() / 100 != 2) {
            throw new NotDelivered("the Telegram Bot API answered HTTP " + response.statusCode());
        }
        List<Update> updates = new ArrayList<>();
        try {
            for (JsonNode update : JSON.readTree(response.body()).path("result")) {
                JsonNode message = update.path("message");
                updates.add(new Update(update.path("update_id").asLong(), message.path("chat").path("id").asLong(),
                        message.path("text").asText("")));
            }
        } catch (JsonProcessingException e) {
            throw new NotDelivered("the Telegram Bot API answered something that is not JSON");
        }
        return updates;
    }

    private HttpRequest post(String method, Object body) {
        try {
            return HttpRequest.newBuilder(URI.create(base + method)).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Bot API request could not be written as JSON", e);
        }
    }
}
