namespace AdaptiveLearning.Application.ServiceAccounts.GetServiceAccount;

public sealed record GetServiceAccountQuery(Guid Id);
