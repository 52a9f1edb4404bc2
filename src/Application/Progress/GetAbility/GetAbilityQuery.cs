namespace AdaptiveLearning.Application.Progress.GetAbility;

public sealed record GetAbilityQuery(Guid UserId);
