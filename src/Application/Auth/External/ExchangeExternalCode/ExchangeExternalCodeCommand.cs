namespace AdaptiveLearning.Application.Auth.External.ExchangeExternalCode;

/// <param name="CodeVerifier">The PKCE verifier whose S256 challenge the app sent to <c>/auth/external/{provider}/start</c>.</param>
public sealed record ExchangeExternalCodeCommand(string Code, string CodeVerifier);
