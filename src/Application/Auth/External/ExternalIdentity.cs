namespace AdaptiveLearning.Application.Auth.External;

/// <summary>Who the provider says signed in, taken from an id_token whose signature, issuer, audience, expiry and nonce were checked.</summary>
/// <param name="EmailVerified">Only the provider's <c>email_verified=true</c> counts; a missing claim is false.</param>
public sealed record ExternalIdentity(string Issuer, string Subject, string? Email, bool EmailVerified, string? Name);
