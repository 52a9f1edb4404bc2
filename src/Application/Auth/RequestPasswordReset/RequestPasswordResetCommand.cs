namespace AdaptiveLearning.Application.Auth.RequestPasswordReset;

public sealed record RequestPasswordResetCommand(string Email, string Client);
