package io.reviewrecovery.verification;

/** How a customer on record can be reached; email and phone may be {@code null}. */
public record CustomerContact(String fullName, String email, String phone) {
}
