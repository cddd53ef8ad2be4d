package spanel.bootstrap;

import java.util.List;
import spanel.application.admin.port.in.CreateUserCommand;
import spanel.domain.money.Money;
import spanel.domain.user.Email;
import spanel.domain.user.Password;

/** {@code --email E --password P [--admin] [--balance 10.00]}; anything else is refused with the reason. */
final class UserCreateArguments {

    private UserCreateArguments() {
    }

    static CreateUserCommand parse(List<String> args) {
        String email = null;
        String password = null;
        boolean admin = false;
        Money balance = Money.ZERO;
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            switch (flag) {
                case "--admin" -> admin = true;
                case "--email" -> email = value(args, ++i, flag);
                case "--password" -> password = value(args, ++i, flag);
                case "--balance" -> balance = balance(value(args, ++i, flag));
                default -> throw new IllegalArgumentException("unknown argument '" + flag + "'");
            }
        }
        if (email == null) {
            throw new IllegalArgumentException("--email is required");
        }
        if (password == null) {
            throw new IllegalArgumentException("--password is required");
        }
        Email parsedEmail = checked("--email", email, Email::of);
        Password parsedPassword = checked("--password", password, Password::new);
        return new CreateUserCommand(parsedEmail, parsedPassword, admin, balance);
    }

    private static String value(List<String> args, int index, String flag) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args.get(index);
    }

    private static Money balance(String text) {
        return checked("--balance", text, Money::parse);
    }

    private static <T> T checked(String flag, String text, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + ": " + e.getMessage());
        }
    }
}
