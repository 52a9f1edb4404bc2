namespace AdaptiveLearning.Application.Users.EnrollTotp;

/// <param name="Secret">The base32 secret, for typing into an authenticator app; never shown again after confirmation.</param>
/// <param name="OtpauthUri">The same secret as an <c>otpauth://totp/…</c> URI, for a QR code.</param>
public sealed record TotpEnrollment(string Secret, string OtpauthUri);
