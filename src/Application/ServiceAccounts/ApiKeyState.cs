namespace AdaptiveLearning.Application.ServiceAccounts;

/// <summary>Whether a key is accepted now; sent by wire name.</summary>
public enum ApiKeyState
{
    Active,
    Expired,
    Revoked,
}
