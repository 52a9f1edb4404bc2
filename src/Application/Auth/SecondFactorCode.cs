namespace AdaptiveLearning.Application.Auth;

/// <summary>What a user gave as the second factor: the authenticator's code, or one of the recovery codes.</summary>
public sealed record SecondFactorCode(string? Code, string? RecoveryCode);
