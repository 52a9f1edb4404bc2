namespace AdaptiveLearning.Application.Auth.VerifyEmail;

public sealed record VerifyEmailCommand(string Token, string Client);
