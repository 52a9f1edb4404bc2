namespace AdaptiveLearning.Application.Auth.External.CompleteExternalSignIn;

/// <param name="Code">The provider's authorization code; null when the provider answered with <paramref name="Error"/>.</param>
/// <param name="Client">The caller's address, for the audit log.</param>
public sealed record CompleteExternalSignInCommand(string Provider, string? State, string? Code, string? Error, string Client);
