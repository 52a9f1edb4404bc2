namespace AdaptiveLearning.Application.Users.ExportMe;

public sealed record ExportMeQuery(Guid UserId);
