namespace AdaptiveLearning.Application.Badges.ListBadgeDefinitions;

public sealed record ListBadgeDefinitionsQuery(bool IncludeRetired);
