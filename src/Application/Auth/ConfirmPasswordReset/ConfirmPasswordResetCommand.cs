namespace AdaptiveLearning.Application.Auth.ConfirmPasswordReset;

public sealed record ConfirmPasswordResetCommand(string Token, string NewPassword, string Client);
