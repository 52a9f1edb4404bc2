namespace AdaptiveLearning.Application.Auth.External;

/// <summary>An account's link to one identity at one provider, keyed by (issuer, subject): emails change, subjects don't.</summary>
public sealed record ExternalLogin(
    Guid Id, Guid UserId, string Provider, string Issuer, string Subject, string? Email, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);
