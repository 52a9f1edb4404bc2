namespace AdaptiveLearning.Application.Users.DeleteMe;

public sealed record DeleteMeCommand(Guid UserId);
