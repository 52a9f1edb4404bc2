namespace AdaptiveLearning.Application.Users;

/// <summary>A signed-in device: one refresh-token family, from its login to its latest refresh.</summary>
/// <param name="Current">True for the device whose access token asked.</param>
public sealed record SignedInSession(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastUsedAt, string? UserAgent, string? Client, bool Current);
