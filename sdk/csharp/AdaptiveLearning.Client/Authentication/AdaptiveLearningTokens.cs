namespace AdaptiveLearning.Client;

/// <summary>One user's tokens as a token store keeps them.</summary>
/// <param name="AccessToken">The bearer token sent with each call.</param>
/// <param name="RefreshToken">The single-use token that renews the access token.</param>
/// <param name="AccessTokenExpiresAt">When the access token expires.</param>
public sealed record AdaptiveLearningTokens(string AccessToken, string RefreshToken, DateTimeOffset AccessTokenExpiresAt);
