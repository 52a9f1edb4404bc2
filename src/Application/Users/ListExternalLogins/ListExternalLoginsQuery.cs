namespace AdaptiveLearning.Application.Users.ListExternalLogins;

public sealed record ListExternalLoginsQuery(Guid UserId);
