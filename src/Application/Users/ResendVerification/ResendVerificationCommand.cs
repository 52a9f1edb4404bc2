namespace AdaptiveLearning.Application.Users.ResendVerification;

public sealed record ResendVerificationCommand(Guid UserId, string Client);
