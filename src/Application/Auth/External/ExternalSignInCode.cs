namespace AdaptiveLearning.Application.Auth.External;

/// <summary>What a one-time code stands for: the account signed in, and the challenge the exchange must answer.</summary>
public sealed record ExternalSignInCode(Guid UserId, string ClientCodeChallenge);
