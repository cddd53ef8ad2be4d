package spanel.application.admin.port.in;

/**
 * The operator creates an account from the command line (the first admin, scripted set-ups),
 * optionally as an admin and with a starting balance, which is booked in the ledger.
 */
public interface CreateUser {

    UserCreated create(CreateUserCommand command);
}
