namespace AdaptiveLearning.Api.Features.Auth.VerifyEmail;

/// <param name="Email">The account's address, now verified (the new one after an email change).</param>
public sealed record VerifiedEmailResponse(string Email);
