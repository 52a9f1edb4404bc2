namespace AdaptiveLearning.Application.Auth.External;

/// <summary>What the provider's authorization URL carries: state and nonce are opaque, the challenge is PKCE S256.</summary>
public sealed record ExternalAuthorization(string State, string Nonce, string CodeChallenge, string RedirectUri);
