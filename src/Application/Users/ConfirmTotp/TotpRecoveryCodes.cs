namespace AdaptiveLearning.Application.Users.ConfirmTotp;

/// <param name="RecoveryCodes">Single-use codes that stand in for the authenticator; shown only this once.</param>
public sealed record TotpRecoveryCodes(IReadOnlyList<string> RecoveryCodes);
