namespace AdaptiveLearning.Application.Admin.GetUser;

public sealed record GetUserQuery(Guid Id);
