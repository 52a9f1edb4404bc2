namespace AdaptiveLearning.Application.Users.UpdateMe;

/// <summary>A partial update: null leaves a value as it is.</summary>
public sealed record UpdateMeCommand(
    Guid UserId,
    string? DisplayName,
    string? TimeZone,
    string? Language,
    LearningSettingsPatch? Settings);
