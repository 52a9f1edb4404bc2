namespace AdaptiveLearning.Application.Users.ListExternalLogins;

/// <summary>A provider the user can sign in with; the provider's subject id stays on the server.</summary>
/// <param name="Provider">The configured provider name, as in <c>/auth/external/{provider}/start</c>.</param>
/// <param name="Email">The email the provider reported when the link was made.</param>
public sealed record ExternalLoginView(Guid Id, string Provider, string? Email, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);
