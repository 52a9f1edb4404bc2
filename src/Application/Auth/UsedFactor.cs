namespace AdaptiveLearning.Application.Auth;

/// <summary>What a second-factor code turned out to be.</summary>
public enum UsedFactor
{
    None,
    Authenticator,
    RecoveryCode,
}
