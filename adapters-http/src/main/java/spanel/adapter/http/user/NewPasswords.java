package spanel.adapter.http.user;

import spanel.adapter.http.support.Fields;
import spanel.domain.user.Password;

/** The "new_password" field of a password change or reset: required, and a valid password. */
final class NewPasswords {

    private NewPasswords() {
    }

    static Password of(String typed) {
        return Fields.checked("new_password", () -> new Password(Fields.required("new_password", typed)));
    }
}
