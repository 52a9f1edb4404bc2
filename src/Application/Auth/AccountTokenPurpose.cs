namespace AdaptiveLearning.Application.Auth;

/// <summary>What a mailed link does when redeemed; stored by its wire name.</summary>
public enum AccountTokenPurpose
{
    PasswordReset,
    /// <summary>Proves the account's current address.</summary>
    VerifyEmail,
    /// <summary>Proves a new address and moves the account to it.</summary>
    ChangeEmail,
}
