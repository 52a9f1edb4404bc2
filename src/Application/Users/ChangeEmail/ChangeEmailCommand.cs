namespace AdaptiveLearning.Application.Users.ChangeEmail;

public sealed record ChangeEmailCommand(Guid UserId, string NewEmail, string CurrentPassword, string Client);
