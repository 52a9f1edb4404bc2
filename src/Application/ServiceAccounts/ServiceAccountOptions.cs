namespace AdaptiveLearning.Application.ServiceAccounts;

/// <summary>Limits on API keys, under <c>ServiceAccounts</c> in configuration.</summary>
public sealed class ServiceAccountOptions
{
    public const string Section = "ServiceAccounts";

    /// <summary>The longest a key may live; every key must expire.</summary>
    public int MaxKeyLifetimeDays { get; set; } = 365;

    /// <summary>How long a rotated key keeps working unless the rotation asks for less.</summary>
    public int RotationGraceMinutes { get; set; } = 24 * 60;

    /// <summary>The longest grace period a rotation may ask for.</summary>
    public int MaxRotationGraceMinutes { get; set; } = 7 * 24 * 60;

    /// <summary>A key's last use is written at most this often, so a busy key costs no write per call.</summary>
    public int LastUsedPrecisionSeconds { get; set; } = 60;
}
