namespace AdaptiveLearning.Application.Users.ExportMe;

public sealed record PersonalDataExport(DateTimeOffset ExportedAt, UserProfile Profile, IReadOnlyDictionary<string, object> Data);
